"""A tissue diagnosis the knowledge base does not know: the case lies outside it.

Research software, not for clinical use. Histopathology, a biopsy, cytology, a bone
marrow or a surgical specimen is the reference standard for a tumour, a granulomatous
or a tissue-invasive infection (Sox HC et al. Medical Decision Making, 2nd ed. 2013,
ch. 5: the reference standard defines the disease). When the note reports such a
result and names a disease the knowledge base has no entry for ("Brain biopsy:
intravascular large B-cell lymphoma", "histopathology revealed Histoplasma yeast
forms with necrotising granulomas"), the diagnosis lies outside the knowledge base:
the diagnosis stage says so (flag ``out_of_scope``) instead of naming the best of its
own candidates (issue 10: honest abstention, never a confident wrong protocol).

An imaging study's stated conclusion is read the same way (dx40): "MRI: multifocal
non-enhancing white matter lesions, consistent with progressive multifocal
leukoencephalopathy" (Berger JR et al. AAN PML criteria, Neurology 2013;80:1430:
clinical and imaging features define possible PML), "MRI: ... consistent with
transverse myelitis" (Transverse Myelitis Consortium Working Group, Neurology
2002;59:499: the MRI is part of the definition). Only a conclusion ("consistent with",
"diagnostic of", "in keeping with") counts, not a finding described.

A culture, PCR or serology names an organism, which specifies the cause of an
infection the knowledge base may hold (pneumonia, endocarditis, sepsis), so it is no
reason on its own. A result read as negated, hypothetical, a differential, historical
or another person's (ConText, ``findings.context_status``) is no tissue diagnosis of
this visit: "biopsy negative for malignancy", "biopsy to rule out lymphoma", "past
history: biopsy-proven sarcoidosis".

One organism result is a reason: the knowledge base's meningitis is empirical
bacterial meningitis (Tunkel AR et al. IDSA 2004: ceftriaxone and vancomycin).
Mycobacterium tuberculosis or Cryptococcus shown in the cerebrospinal fluid (smear,
culture, nucleic-acid test, antigen) is a definite tuberculous meningitis (Marais S et
al. uniform case definition, Lancet Infect Dis 2010;10:803) or a cryptococcal
meningitis (Perfect JR et al. IDSA 2010; WHO 2022), treated otherwise (Thwaites G et
al. BIS guidelines, J Infect 2009;59:167: four anti-tuberculous drugs with
dexamethasone; WHO 2022: amphotericin B with flucytosine, no dexamethasone), and
neither is in the knowledge base (``csf_outside``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from agents.offline.rules.csf_organisms import OUTSIDE, OUTSIDE_NAMES, csf_causes
from agents.offline.rules.findings import context_status
from cases.rx import guarded, scan

__all__ = ["csf_outside", "outside_diagnoses"]

_TISSUE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:biops(?:y|ies)|histopatholog\w*|histolog\w*|"
        r"(?:surgical |postoperative |operative |final )?patholog(?:y|ical)|cytolog\w*|"
        r"bone marrow (?:aspirate|biopsy|examination|trephine)|autopsy|necropsy|"
        r"immunohistochem\w*|excised (?:specimen|tissue)|resected specimen)"
        r"(?P<between>[^.;\n]{0,80}?)"
        r"(?:\s*:\s*|\s(?:confirm\w*|reveal\w*|show\w*|demonstrat\w*|disclos\w*|"
        r"consistent with|diagnostic of|compatible with|positive for|found|"
        r"identified|was|were)\s)"
        r"(?P<result>[^.;\n]{3,240})"
    )
)
"""A tissue result and what it showed, to the end of the sentence."""
_IMAGING: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:MRI|MR angiogra\w*|CT|CTA|CT angiogra\w*|CT venogra\w*|"
        r"MR venogra\w*|ultrasound|ultrasonograph\w*|sonograph\w*|doppler|"
        r"echocardiogra\w*|radiograph\w*|x-ray|scan|imaging|angiogra\w*)(?![A-Za-z])"
        r"(?P<between>[^.;\n]{0,160}?)"
        r"\s(?:consistent with|diagnostic of|in keeping with|compatible with|"
        r"typical of|characteristic of)\s"
        r"(?P<result>[^.;\n]{3,160})"
    )
)
"""An imaging study's stated conclusion ("MRI: ... consistent with X"), to the end of
the sentence: the radiologist's diagnosis, read like a tissue result (dx40)."""
_ENTITY: Final = re.compile(
    # a disease by its suffix or its class: lymphoma, histoplasmosis, vasculitis
    r"(?<![A-Za-z])(?i:[a-z-]*(?:oma|omas|omatosis|osis|oses|itis|iasis|pathy)"
    r"|leuk(?:a)?emia|cancer|malignan(?:cy|t)|neoplasm|metastas[ie]s|metastatic"
    r"|[a-z]+ (?:disease|syndrome))(?![A-Za-z])"
    # an organism seen in tissue, capitalised as a genus: a binomial or a genus with
    # its form ("Entamoeba histolytica", "Histoplasma yeast forms")
    r"|(?<![A-Za-z])[A-Z][a-z]{3,}\s+(?:[a-z]{3,}(?:um|us|a|ae|is|ii|i|ica|ensis"
    r"|oides|ans|ens)|yeasts?|trophozoites|hyphae|organisms|bacilli|cysts|spores)"
    r"(?![A-Za-z])"
)
"""A named disease or an organism in tissue, the words a tissue diagnosis names."""
_NOT_DISEASE: Final = re.compile(
    r"(?i)^(?:diagnosis|prognosis|analysis|emphasis|basis|hypothesis|thesis|"
    r"synthesis|dosis|mitosis|mitoses|apoptosis|necrosis|fibrosis|sclerosis|"
    r"stenosis|thrombosis|ectasis|hematoma|haematoma|atheroma|edema|oedema|"
    r"stoma|scotoma|trauma|coma|glaucoma|carcinoma in situ|"
    # dx40: chronic, degenerative or incidental imaging findings, no disease of the
    # visit (ACR incidental findings white papers)
    r"steatosis|spondylosis|arthrosis|atherosclerosis|arteriosclerosis|"
    r"diverticulosis|lymphadenopathy|osteoporosis|osteopenia|cardiomyopathy|"
    r"bronchiectasis|nephrolithiasis|cholelithiasis|urolithiasis|"
    r"microangiopathy|leukoaraiosis|gliosis)$"
)
"""Words with a disease suffix that name a process or a finding a knowledge base
records under its own diagnoses (a thrombosis, a haematoma), not a disease outside."""


def outside_diagnoses(texts: Iterable[str], known: re.Pattern[str]) -> tuple[str, ...]:
    """Diseases a tissue result of this visit names that ``known`` does not match.

    Args:
        texts: The texts the stage may read.
        known: Matches every name and synonym of the knowledge base's diagnoses.

    Returns:
        The unknown disease words, in order of mention (empty when none).
    """
    found: list[str] = []
    for text in texts:
        for m in (*scan(_TISSUE, text), *scan(_IMAGING, text)):
            start = m.start("result")
            result = m.group("result")
            covered = [(k.start(), k.end()) for k in known.finditer(result)]
            for e in _ENTITY.finditer(result):
                word = e.group(0)
                if _NOT_DISEASE.match(word.split()[-1]) or any(
                    a <= e.start() < b or a < e.end() <= b for a, b in covered
                ):
                    continue
                status = _status(text, start, e.start(), e.end())
                if status == "present" and word.lower() not in found:
                    found.append(word.lower())
    return tuple(found)


def _status(text: str, start: int, a: int, b: int) -> str:
    """The context of a result's disease word at ``start + a .. start + b``.

    A negation in an earlier clause belongs to the findings described ("lesions
    without mass effect, consistent with X", "no compression, consistent with
    transverse myelitis"), not to the conclusion: when the whole text reads the word
    negated, the conclusion's own clause (from the last comma, colon or semicolon)
    decides, so "not consistent with X" and "negative for lymphoma" still negate.
    """
    status = context_status(text, start + a, start + b)
    if status == "absent":
        clause = max(text.rfind(p, 0, start) for p in ",:;") + 1
        return context_status(text[clause:], start - clause + a, start - clause + b)
    return status


def csf_outside(texts: Iterable[str]) -> tuple[str, ...]:
    """Meningitides outside the knowledge base that a CSF result of this visit shows.

    The organism's clause must report it found ("Koch bacillus positive on PCR",
    "Xpert MTB/RIF detected M. tuberculosis") and not negated or pending ("AFB smear
    negative", "CSF sent for cryptococcal antigen"); a historical or hypothetical
    mention shows nothing (``csf_organisms.csf_causes``).
    """
    return tuple(OUTSIDE_NAMES[c] for c in csf_causes(texts) if c in OUTSIDE)
