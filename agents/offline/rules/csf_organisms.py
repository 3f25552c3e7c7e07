"""The cause a CSF result names: an organism, an antigen or a nucleic-acid test.

Research software, not for clinical use. The empirical regimen of suspected
meningitis (ceftriaxone and vancomycin, ampicillin for Listeria, dexamethasone:
Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID 2016) is given until the CSF
names the cause; once it does, the organism decides the treatment:

- a bacterium on the Gram stain or in culture (Gram-positive diplococci or
  Streptococcus pneumoniae, Gram-negative diplococci or Neisseria meningitidis,
  Gram-positive rods or Listeria, group B streptococcus, Haemophilus influenzae) is
  bacterial meningitis: the Gram stain's specificity is about 97-100 % (Tunkel 2004);
- Mycobacterium tuberculosis (AFB smear, culture, Xpert MTB/RIF) is a definite
  tuberculous meningitis (Marais S et al. Lancet Infect Dis 2010;10:803), treated
  with four anti-tuberculous drugs and dexamethasone (Thwaites G et al. BIS, J Infect
  2009;59:167; WHO 2022);
- Cryptococcus (antigen, India ink, culture) is a cryptococcal meningitis, treated
  with amphotericin B and flucytosine, no corticosteroid (Perfect JR et al. IDSA
  2010; WHO 2022; Beardsley J et al. NEJM 2016;374:542);
- herpes simplex or varicella zoster virus by PCR is treated with IV aciclovir
  (Tunkel AR et al. IDSA 2008; Solomon T et al. ABN/BIA 2012), an enterovirus by
  supportive care (McGill F et al. UK joint specialist societies, J Infect
  2016;72:405: antibiotics stop once the CSF confirms a viral meningitis);
- a reactive CSF VDRL or a positive CSF treponemal test (FTA-ABS, TPPA) is a
  neurosyphilis, treated with IV aqueous penicillin G for 10-14 days (CDC STI
  Treatment Guidelines 2021; Workowski KA et al. MMWR 2021;70(4));
- JC virus by PCR is a progressive multifocal leukoencephalopathy (Berger JR et al.
  AAN consensus, Neurology 2013;80:1430), which no antimicrobial treats (immune
  reconstitution: NIH/CDC/IDSA opportunistic infection guidelines 2023);
- West Nile virus IgM in the CSF is a West Nile neuroinvasive disease (CDC case
  definition 2015), treated by supportive care (Tunkel AR et al. IDSA 2008).

A result counts only in a CSF sentence, in a clause that reports it found (positive,
detected, seen, grew; a Gram stain's morphology is itself the finding) and not
negated or pending ("AFB smear negative", "sent for cryptococcal antigen", "Gram
stain: no organisms seen"), and only when ConText reads it as this visit's
(``findings.context_status``: not historical or hypothetical).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.rx import guarded

__all__ = [
    "BACTERIAL",
    "MENINGITIC",
    "NOT_BACTERIAL",
    "OUTSIDE",
    "OUTSIDE_NAMES",
    "VIRAL",
    "csf_causes",
    "csf_organism_findings",
    "serum_crag_positive",
]

_CSF: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:CSF|cerebrospinal fluid|lumbar puncture|spinal tap)"
        r"(?![A-Za-z])(?:[^.\n]|\.(?=\d| ?(?-i:[a-z]))){0,300}"
    )
)
"""A CSF result, to the end of its sentence (a decimal point or an abbreviation's
full stop, "M. tuberculosis", does not end it)."""
_GRAM_MORPHOLOGY: Final = r"Gram[- ](?:positive|negative|variable) ?\w+"
CAUSES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "tuberculous",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:Koch'?s? bacill\w*|tubercle bacill\w*|"
            r"Mycobacterium tuberculosis|M\. ?tuberculosis|acid[- ]fast bacill\w*|"
            r"AFB|MTB(?:/RIF)?)(?![A-Za-z])"
        ),
    ),
    (
        "cryptococcal",
        re.compile(r"(?i)(?<![A-Za-z])(?:Cryptococc\w*|CrAg|India ink)(?![A-Za-z])"),
    ),
    (
        "herpes simplex",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:HSV(?:[- ]?[12])?|herpes simplex(?: virus)?"
            r"(?: type [12]| [12])?)(?![A-Za-z])"
        ),
    ),
    (
        "varicella zoster",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:VZV|varicella[- ]zoster(?: virus)?)(?![A-Za-z])"
        ),
    ),
    (
        "enterovirus",
        re.compile(r"(?i)(?<![A-Za-z])(?:enterovir\w*|coxsackie\w*|echovir\w*)"),
    ),
    (
        "pneumococcal",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:Gram[- ]positive diplococc\w*|Streptococcus "
            r"pneumoniae|S\. ?pneumoniae|pneumococc\w*)"
        ),
    ),
    (
        "meningococcal",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:Gram[- ]negative diplococc\w*|Neisseria "
            r"meningitidis|N\. ?meningitidis|meningococc\w*)"
        ),
    ),
    (
        "listeria",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:Gram[- ]positive (?:rods|bacilli)|Listeria\w*)"
            r"(?![A-Za-z])"
        ),
    ),
    (
        "group B streptococcal",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:group B strep\w*|GBS|Streptococcus agalactiae|"
            r"Gram[- ]positive cocci in chains)(?![A-Za-z])"
        ),
    ),
    (
        "haemophilus",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:Ha?emophilus influenzae|H\. ?influenzae|Hib|"
            r"Gram[- ]negative coccobacill\w*)(?![A-Za-z])"
        ),
    ),
    (
        "syphilitic",
        re.compile(
            r"(?i)(?<![A-Za-z])(?<!serum )(?<!blood )(?:VDRL|FTA[- ]?ABS"
            r"|TPPA|TPHA|Treponema pallidum|treponemal (?:antibod\w*|test))"
            r"(?![A-Za-z])"
        ),
    ),
    (
        "JC virus",
        re.compile(
            r"(?i)(?<![A-Za-z])(?:JC ?virus|JCV|JC polyoma ?virus|John Cunningham"
            r" virus)(?![A-Za-z])"
        ),
    ),
    (
        "West Nile virus",
        re.compile(r"(?i)(?<![A-Za-z])(?:West Nile(?: virus)?|WNV)(?![A-Za-z])"),
    ),
)
"""The causes a CSF result may name, each with the words that name it."""
OUTSIDE: Final = frozenset(
    {"tuberculous", "cryptococcal", "syphilitic", "JC virus", "West Nile virus"}
)
"""Causes the knowledge base's meningitis (empirical bacterial) does not cover."""
OUTSIDE_NAMES: Final = {
    "tuberculous": "tuberculous meningitis",
    "cryptococcal": "cryptococcal meningitis",
    "syphilitic": "neurosyphilis",
    "JC virus": "progressive multifocal leukoencephalopathy (JC virus)",
    "West Nile virus": "West Nile neuroinvasive disease",
}
"""What each cause outside the knowledge base is called."""
MENINGITIC: Final = frozenset({"tuberculous", "cryptococcal"})
"""Causes shown in the CSF that are a meningitis by themselves (Marais 2010; IDSA
2010), whatever the cell count."""
VIRAL: Final = frozenset({"herpes simplex", "varicella zoster", "enterovirus"})
BACTERIAL: Final = frozenset(
    {
        "pneumococcal",
        "meningococcal",
        "listeria",
        "group B streptococcal",
        "haemophilus",
    }
)
NOT_BACTERIAL: Final = OUTSIDE | VIRAL
"""Causes outside the empirical bacterial regimen."""
_SHOWN: Final = re.compile(
    r"(?i)(?<![A-Za-z-])(?:positive|\+ve|detected|seen|grew|grown|growing|isolated|"
    r"identified|reveal\w*|show\w*|confirm\w*|demonstrat\w*|found|consistent with|"
    r"reactive)(?![A-Za-z])"
)
"""A word that reports an organism as found ("Gram-positive" is a morphology)."""
_NOT_SHOWN: Final = re.compile(
    r"(?i)(?<![A-Za-z-])(?:negative|-ve|not|no|none|nil|without|absent|pending|"
    r"awaited|sent|send|requested|ordered|rule[ds]? out|r/o|excluded?)(?![A-Za-z])"
)
"""A word that reports it as not found, or as a test not yet resulted."""
_MORPHOLOGY: Final = re.compile(rf"(?i){_GRAM_MORPHOLOGY}")
_CLAUSE: Final = re.compile(r"[^,;]+")


def _found_in(clause: str) -> bool:
    """Whether the clause reports what it names as found (not negated or pending)."""
    plain = _MORPHOLOGY.sub(lambda m: "x" * len(m.group(0)), clause)
    if _NOT_SHOWN.search(plain):
        return False
    return bool(_SHOWN.search(plain) or _MORPHOLOGY.search(clause))


def _cause_spans(text: str) -> Iterable[tuple[str, int, int]]:
    """Each cause a CSF sentence of ``text`` shows, with the span that names it."""
    for m in _CSF.finditer(text):
        for c in _CLAUSE.finditer(text, m.start(), m.end()):
            if not _found_in(c.group(0)):
                continue
            for cause, rx in CAUSES:
                o = rx.search(c.group(0))
                if o is None:
                    continue
                a, b = c.start() + o.start(), c.start() + o.end()
                if context_status(text, a, b) == "present":
                    yield cause, a, b


def csf_causes(texts: Iterable[str | None]) -> tuple[str, ...]:
    """The causes the CSF results of this visit show, in order of mention."""
    found: list[str] = []
    for text in texts:
        if not text:
            continue
        for cause, _a, _b in _cause_spans(text):
            if cause not in found:
                found.append(cause)
    return tuple(found)


def csf_organism_findings(text: str | None) -> tuple[Finding, ...]:
    """Findings of a cause shown in the CSF.

    ``csf_organism`` for any cause (a CNS infection shown), ``csf_bacterium`` for a
    bacterium (the bacterial meningitis it proves), and ``csf_other_bacterium`` when
    that bacterium is not the meningococcus (the organism decides: a pneumococcal CSF
    is no meningococcal disease, whatever the rash).
    """
    if not text or _CSF.search(text) is None:
        return ()
    out: dict[str, Finding] = {}
    for cause, a, b in _cause_spans(text):
        names = ["csf_organism"] + ["csf_meningitic_organism"] * (cause in MENINGITIC)
        if cause in BACTERIAL:
            names += ["csf_bacterium"] + ["csf_other_bacterium"] * (
                cause != "meningococcal"
            )
        for concept in names:
            out.setdefault(
                concept,
                Finding(
                    concept=concept, status="present", text=text[a:b], start=a, end=b
                ),
            )
    return tuple(out.values())


_SERUM_CRAG: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:serum|blood|plasma)\s+(?:cryptococcal\s+antigen|CrAg)"
        r"(?![A-Za-z])[^.;\n]{0,60}"
    )
)
"""A blood cryptococcal antigen result, to the end of its clause."""


def serum_crag_positive(text: str | None) -> bool:
    """Whether a blood cryptococcal antigen of this visit is reported positive.

    infect55: in HIV the serum or plasma CrAg is positive in nearly all cryptococcal
    meningitis (WHO 2022 cryptococcal disease guidelines 2.2); with a headache or a
    sign of meningitis it is cryptococcal meningitis until the CSF says otherwise,
    treated with amphotericin B and flucytosine and its opening pressure measured
    (WHO 2022 3.1-3.2; Perfect JR et al. IDSA 2010). Pending, sent or negative
    results do not count (``_found_in``), nor a past one (``context_status``).
    """
    if not text:
        return False
    return any(
        _found_in(m.group(0)) and context_status(text, *m.span()) == "present"
        for m in _SERUM_CRAG.finditer(text)
    )
