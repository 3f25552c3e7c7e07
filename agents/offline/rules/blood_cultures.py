"""A positive blood culture and the organism class it names, as typed findings.

Research software, not for clinical use. A blood culture that grows an organism is a
bacteraemia, treated whatever the vital signs: repeat cultures, the source sought and
controlled, an intravenous antibiotic for the organism class (Evans L et al. Surviving
Sepsis Campaign 2021; Tamma PD et al. IDSA 2023 guidance on Gram-negative
infections). Staphylococcus aureus in any bottle is never a contaminant and needs IV
anti-staphylococcal therapy, repeat cultures, echocardiography and infectious
diseases input (Holland TL et al. JAMA 2014;312:1330; Liu C et al. IDSA MRSA 2011);
a Gram-negative rod in the blood is treated with an intravenous beta-lactam while the
urinary, biliary or abdominal source is looked for. Skin commensals (coagulase-negative
staphylococci, diphtheroids, Cutibacterium, Micrococcus, Bacillus other than
anthracis) are usually contaminants (Weinstein MP, Clin Infect Dis 1997;24:584;
Hall KK, Lyman JA Clin Microbiol Rev 2006;19:788) and are not read.

A result counts only in a sentence that names the blood culture (or its bottles), in a
clause that names the organism as found (a Gram stain's morphology is itself the
finding) and not negated or pending ("blood cultures: no growth", "awaited"), with no
other specimen named in that clause (urine, CSF, joint, ascitic or pleural fluid,
sputum, wound, pus), and only when ConText reads it as this visit's.

Findings: ``bacteremia`` for any organism, ``bacteremia_typical`` for an organism
typical of endocarditis (S. aureus, viridans or gallolyticus streptococci, Enterococcus
faecalis, HACEK: Fowler VG et al. Duke-ISCVID 2023), ``staph_aureus_bacteremia`` and
``gram_negative_bacteremia`` by class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.rx import guarded

__all__ = [
    "BACTEREMIA",
    "BACTEREMIA_TYPICAL",
    "GRAM_NEGATIVE_BACTEREMIA",
    "STAPH_AUREUS_BACTEREMIA",
    "blood_culture_findings",
]

BACTEREMIA: Final = "bacteremia"
BACTEREMIA_TYPICAL: Final = "bacteremia_typical"
STAPH_AUREUS_BACTEREMIA: Final = "staph_aureus_bacteremia"
GRAM_NEGATIVE_BACTEREMIA: Final = "gram_negative_bacteremia"

_SENTENCE: Final = re.compile(r"(?:[^.\n]|\.(?=\d| ?(?-i:[a-z])))+")
"""A sentence: a decimal point or an abbreviation's full stop ("S. aureus", "E. coli")
does not end it."""
_BLOOD_CULTURE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:blood[- ]?cultures?|blood cx|BCx|haemoculture\w*|"
        r"hemoculture\w*|culture bottles?|(?:an)?aerobic bottles?|\d+ (?:of|/) ?\d+ "
        r"bottles?|\d+/\d+ bottles?|both bottles|bottles? (?:flagged|positive))"
        r"(?![A-Za-z])"
    )
)
_OTHER_SPECIMEN: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:urine|urinary|MSU|CSF|cerebrospinal|lumbar puncture|joint|"
    r"synovial|aspirate\w*|ascitic|ascites|peritoneal|pleural|sputum|wound|pus|"
    r"swab|tissue|bone|catheter tip|line tip|stool|bile)(?![A-Za-z])"
)
"""Another specimen named in the clause: its organism is not the blood's."""
_GRAM_MORPHOLOGY: Final = re.compile(r"(?i)Gram[- ](?:positive|negative|variable)")
_CONTAMINANT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:coagulase[- ]negative staph\w*|CoNS|Staph(?:ylococcus)?\.? "
    r"epidermidis|S\. ?epidermidis|diphtheroids?|Corynebacter\w*|Cutibacter\w*|"
    r"Propionibacter\w*|Micrococc\w*|Bacillus (?!anthracis)\w+|skin (?:flora|"
    r"contaminants?)|likely contaminants?|contaminants?)(?![A-Za-z])"
)
_STAPH_AUREUS: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:Staph(?:ylococcus)?\.? aureus|S\. ?aureus|MRSA|MSSA)"
    r"(?![A-Za-z])"
)
_GRAM_NEGATIVE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:Gram[- ]negative (?:rods?|bacill\w*|coccobacill\w*|"
    r"organisms?|bacteria)|GNRs?|E\. ?coli|Escherichia coli|Klebsiella|Pseudomonas|"
    r"Proteus|Enterobacter\w*|Serratia|Salmonella|Citrobacter|Acinetobacter|"
    r"Bacteroides|Haemophilus|Neisseria)(?![A-Za-z])"
)
_TYPICAL_OTHER: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:viridans|Strep(?:tococcus)?\.? (?:gallolyticus|bovis|"
    r"mitis|sanguinis|oralis|mutans)|Enterococcus faecalis|E\. ?faecalis|HACEK|"
    r"Abiotrophia|Granulicatella|Gemella)(?![A-Za-z])"
)
_OTHER_BACTERIUM: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:Gram[- ]positive (?:cocci|rods?|bacilli)\w*|GPCs?|"
    r"Strep(?:tococc\w*)?\.? ?\w*|Enterococc\w*|Listeria|Clostridi\w*|anaerobes?)"
    r"(?![A-Za-z])"
)
_SHOWN: Final = re.compile(
    r"(?i)(?<![A-Za-z-])(?:positive|\+ve|detected|seen|grew|grown|growing|growth of|"
    r"isolated|identified|show\w*|reveal\w*|confirm\w*|flagged|in \d+ (?:of|/) ?\d+|"
    r"\d+/\d+|in both|in all)(?![A-Za-z])"
)
_NOT_SHOWN: Final = re.compile(
    r"(?i)(?<![A-Za-z-])(?:negative|-ve|not|no|none|nil|without|absent|pending|"
    r"awaited|to follow|sent|send|requested|ordered|if|rule[ds]? out|r/o|"
    r"excluded?|contaminant\w*)(?![A-Za-z])"
)
_CLAUSE: Final = re.compile(r"[^;,]+")


def _masked(clause: str) -> str:
    """The clause with Gram morphology blanked ("Gram-negative" is no negation)."""
    return _GRAM_MORPHOLOGY.sub(lambda m: "x" * len(m.group(0)), clause)


def _classes(clause: str) -> list[tuple[str, re.Match[str]]]:
    """The organism classes a clause names, each with its first match."""
    found: list[tuple[str, re.Match[str]]] = []
    for name, rx in (
        ("staph_aureus", _STAPH_AUREUS),
        ("gram_negative", _GRAM_NEGATIVE),
        ("typical_other", _TYPICAL_OTHER),
        ("other", _OTHER_BACTERIUM),
    ):
        m = rx.search(clause)
        if m is not None:
            found.append((name, m))
    return found


def _organisms(text: str) -> Iterable[tuple[str, int, int]]:
    """Each organism class a blood culture of ``text`` shows, with its span."""
    for s in _SENTENCE.finditer(text):
        if _BLOOD_CULTURE.search(s.group(0)) is None:
            continue
        for c in _CLAUSE.finditer(text, s.start(), s.end()):
            clause = c.group(0)
            if _OTHER_SPECIMEN.search(clause) or _CONTAMINANT.search(clause):
                continue
            plain = _masked(clause)
            if _NOT_SHOWN.search(plain) or not (
                _SHOWN.search(plain) or _GRAM_MORPHOLOGY.search(clause)
            ):
                continue
            for name, m in _classes(clause):
                a, b = c.start() + m.start(), c.start() + m.end()
                if context_status(text, a, b) == "present":
                    yield name, a, b


def blood_culture_findings(text: str | None) -> tuple[Finding, ...]:
    """Findings of an organism grown in this visit's blood cultures."""
    if not text or _BLOOD_CULTURE.search(text) is None:
        return ()
    out: dict[str, Finding] = {}
    for name, a, b in _organisms(text):
        concepts = [BACTEREMIA]
        if name == "staph_aureus":
            concepts += [BACTEREMIA_TYPICAL, STAPH_AUREUS_BACTEREMIA]
        elif name == "gram_negative":
            concepts.append(GRAM_NEGATIVE_BACTEREMIA)
        elif name == "typical_other":
            concepts.append(BACTEREMIA_TYPICAL)
        for concept in concepts:
            out.setdefault(
                concept,
                Finding(
                    concept=concept, status="present", text=text[a:b], start=a, end=b
                ),
            )
    return tuple(out.values())
