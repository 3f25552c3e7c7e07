"""Laboratory abnormalities stated in words, read as result findings.

Research software, not for clinical use. Case reports and discharge letters often
give a result as a direction and an analyte instead of a number: "reduced serum IgM",
"mildly decreased hemoglobin", "lymphocytes were low", "elevated creatinine". Each
phrase maps to the same concept the numeric band of ``results`` gives (low
lymphocytes are lymphopenia, low immunoglobulins hypogammaglobulinaemia, Harrison's
Principles of Internal Medicine, 21st ed. 2022, ch. 66 and 351); a single-word name
("lymphopenia", "leukocytosis") is a lexicon synonym in ``findings.yaml``. Like the
imaging reports, a phrase counts only when its ConText status is present ("if the
potassium is high", "no low platelets").
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.rx import guarded

__all__ = ["WORD_NORMALS", "lab_word_findings", "normal_word_findings"]

_LOW = r"(?:low|lowered|reduced|decreased|diminished|depressed|undetectable)"
_HIGH = r"(?:high|raised|elevated|increased)"
_DEGREE = (
    r"(?:(?:mild(?:ly)?|moderate(?:ly)?|marked(?:ly)?|severe(?:ly)?|slight(?:ly)?|"
)
_DEGREE += r"significant(?:ly)?|very)\s+)?"
_SERUM = r"(?:(?:serum|blood|plasma|total)\s+)?"

_ANALYTES: Final[tuple[tuple[str, str | None, str | None], ...]] = (
    # analyte words, concept when low, concept when high
    (r"lymphocytes?(?:\s+count)?|lymphocyte\s+counts?", "lymphopenia", None),
    (
        r"immunoglobulins?(?:\s+levels?)?|ig\s?[gam]s?(?:\s+levels?)?|"
        r"gamma\s?globulins?",
        "hypogammaglobulinemia",
        None,
    ),
    (
        r"white\s+(?:blood\s+)?(?:cell\s+)?counts?|wbcs?|white\s+cells|leukocytes?|"
        r"leucocytes?",
        "wbc_low",
        "wbc_high",
    ),
    (r"platelets?(?:\s+counts?)?", "thrombocytopenia", None),
    (r"ha?emoglobin|hgb|hb", "hemoglobin_low", None),
    (r"sodium", "sodium_low", "sodium_high"),
    (r"potassium", "potassium_low", "potassium_high"),
    (r"calcium", None, "calcium_high"),
    (r"creatinine", None, "creatinine_high"),
    (r"lactate|lactic\s+acid", None, "lactate_high"),
    (r"liver\s+enzymes|transaminases|aminotransferases|lfts", None,
     "transaminases_high"),
    (r"inr", None, "inr_high"),
    (r"lithium(?:\s+levels?)?", None, "lithium_level_high"),
    # readers45: "D-dimer raised", "raised troponin" (British usage; the lexicon
    # holds "elevated"/"positive"): a D-dimer above its cut-off is a positive test
    # (NICE NG158 2020: a positive D-dimer is followed by CTPA or a proximal leg
    # ultrasound), a troponin above the 99th centile an elevated one (Fourth UDMI
    # 2018; ESC 2023 ACS); neither is read low
    (r"d-?dimer", None, "d_dimer_positive"),
    (r"(?:hs-?|high[- ]sensitivity\s+)?(?:(?:troponins?|trops?)(?:\s*[it](?![A-Za-z]))?"
     r"|tn[it])", None, "troponin_elevated"),
)  # fmt: skip


_ANY = "|".join(f"(?:{a})" for a, _, _ in _ANALYTES)
_NOT_RESULT = r"(?!\s+(?:diet|intake|formula|supplement\w*|foods?|salt|dose\w*))"
_PHRASE: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9-])(?:{_DEGREE}(?P<d1>{_LOW}|{_HIGH})\s+{_SERUM}"
        rf"(?P<t>{_ANY}){_NOT_RESULT}|(?P<a>{_ANY})\s+(?:(?:was|were|is|are)\s+)?"
        rf"{_DEGREE}(?P<d2>{_LOW}|{_HIGH})"
        r"(?!\s*-|\s+(?:risk|sensitivity|dose|flow)))(?![A-Za-z0-9])"
    )
)
"""Direction then analyte ("reduced serum IgM") or analyte then direction
("lymphocytes were low"); one pass over the text for every analyte."""
_WHICH: Final = tuple(
    (re.compile(rf"(?i)(?:{a})$"), low, high) for a, low, high in _ANALYTES
)
_IS_LOW: Final = re.compile(rf"(?i){_LOW}$")
_CUES: Final = ("low", "reduc", "decreas", "dimin", "depress", "undetect", "high",
                "raise", "elevat", "increas")  # fmt: skip


_NORMAL_ANALYTES: Final[tuple[tuple[str, str | None], ...]] = (
    # analyte words, the concept a value within its reference interval gives
    # (``results`` bands: sodium 135-145, potassium 3.5-5.0, lactate < 2, lipase
    # < 60, bicarbonate >= 22); None: a member of a list with no such concept
    (r"sodium|(?-i:Na)\+?", "sodium_normal"),
    (r"potassium|(?-i:K)\+?", "potassium_normal"),
    (r"lactate|lactic\s+acid", "lactate_normal"),
    (r"lipase", "lipase_normal"),
    (r"bicarbonate|bicarb|(?-i:HCO3)-?", "bicarbonate_normal"),
    (
        r"u\s?&\s?e'?s?|u\s+and\s+e'?s|urea\s+and\s+electrolytes|renal\s+profile"
        r"|electrolytes",
        "normal_electrolytes",
    ),
    # readers43: the creatinine and the liver tests (the concepts ``findings.yaml``
    # documents); the renal function and U&Es give the creatinine's too
    (
        r"creatinine|(?-i:Cr|Creat)|renal\s+function|kidney\s+function",
        "creatinine_normal",
    ),
    (r"lfts?|liver\s+function(?:\s+tests?)?|liver\s+enzymes", "lfts_normal"),
    # readers45: "D-dimer not raised" (the lexicon has "not elevated"): below its
    # cut-off, a negative test (NICE NG158 2020; Righini M et al. JAMA 2014)
    (r"d-?dimer", "d_dimer_negative"),
    (
        r"(?-i:Ur)|urea|(?-i:BUN)|calcium|magnesium|chloride|glucose|fbc|cbc"
        r"|full\s+blood\s+count",
        None,
    ),
)
_ALSO: Final = {"normal_electrolytes": ("creatinine_normal",)}
"""A panel's other member stated normal with it: U&Es hold the creatinine."""
_NORMAL_ANY = "|".join(f"(?:{a})" for a, _ in _NORMAL_ANALYTES)
_NORMAL_ITEM = rf"(?<![A-Za-z0-9&])(?:{_NORMAL_ANY})(?![A-Za-z0-9])"
_NORMAL_LIST = rf"{_NORMAL_ITEM}(?:\s*(?:/|,|\band\b|&)\s*{_NORMAL_ITEM})*"
_WITHIN = r"within\s+(?:the\s+)?(?:normal|reference)\s+(?:limits|range|interval)"
_NORMAL_PHRASE: Final = guarded(
    re.compile(
        rf"(?i)(?P<list>{_NORMAL_LIST})\s*(?::\s*)?(?:(?:was|were|is|are|all|both"
        rf"|came\s+back|returned)\s+)*(?:normal|{_WITHIN}|wnl|unremarkable|in\s+range"
        r"|not\s+(?:raised|elevated))(?![A-Za-z0-9])"
    )
)
"""readers42: an analyte, or a list of them, stated normal without a value
("potassium within normal limits", "Na/K/Cr normal", "U&Es normal"): the reference
interval's concept, as a value inside it gives (a result in words: the same reading
as ``results``' bands)."""
_NORMAL_BEFORE: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9-])normal\s+(?P<item>lfts?|liver\s+function(?:\s+tests?)?"
        r"|liver\s+enzymes|renal\s+function|kidney\s+function|creatinine"
        r"|u\s?&\s?e'?s?|electrolytes)(?![A-Za-z0-9])"
    )
)
"""The same, the word before the test ("normal LFTs", "normal renal function")."""
_WHICH_NORMAL: Final = tuple(
    (re.compile(rf"(?i)(?:{a})$"), concept) for a, concept in _NORMAL_ANALYTES
)
_CHECK_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:check|ensure|confirm|make sure|until|once|when|whether"
    r"|repeat|recheck|aim)\s+(?:that\s+)?(?:the\s+|his\s+|her\s+)?$"
)
_NORMAL_CUES: Final = (
    "normal",
    "wnl",
    "unremarkable",
    "range",
    "raised",
    "elevated",
    "nad",
)
WORD_NORMALS: Final = frozenset(c for _, c in _NORMAL_ANALYTES if c is not None)
"""The concepts :func:`normal_word_findings` gives."""


def normal_word_findings(text: str | None) -> tuple[Finding, ...]:
    """Analytes stated normal in words, as present findings (one per concept).

    Read only when its ConText status is present ("if the potassium is normal",
    "previous U&Es normal" are not this visit's result).
    """
    if not text or not any(cue in text.lower() for cue in _NORMAL_CUES):
        return ()
    seen: dict[str, Finding] = {}
    for m in _NORMAL_PHRASE.finditer(text):
        if _CHECK_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "check that the potassium is normal": a plan
        if context_status(text, m.start(), m.end()) != "present":
            continue
        for item in re.finditer(_NORMAL_ITEM, m.group("list"), re.I):
            concept = next(c for rx, c in _WHICH_NORMAL if rx.match(item.group(0)))
            if concept is None:
                continue
            for c in (concept, *_ALSO.get(concept, ())):
                seen.setdefault(c, _normal(c, m))
    for m in _NORMAL_BEFORE.finditer(text):
        concept = next(c for rx, c in _WHICH_NORMAL if rx.match(m.group("item")))
        if (
            concept is not None
            and context_status(text, m.start(), m.end()) == "present"
        ):
            for c in (concept, *_ALSO.get(concept, ())):
                seen.setdefault(c, _normal(c, m))
    for m in _ROUTINE_BLOODS.finditer(text):
        if context_status(text, m.start(), m.end()) == "present":
            for c in _ROUTINE_PANEL:
                seen.setdefault(c, _normal(c, m))
    return tuple(sorted(seen.values(), key=lambda f: f.start))


def _normal(concept: str, m: re.Match[str]) -> Finding:
    return Finding(
        concept=concept, status="present", text=m.group(0), start=m.start(), end=m.end()
    )


_ROUTINE_BLOODS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?:routine|admission|initial|screening)\s+)?"
        r"(?:bloods|blood\s+tests|blood\s+results|labs)\s*(?::\s*)?"
        r"(?:(?:were|are|all|came\s+back|returned)\s+)*(?:normal|unremarkable"
        rf"|{_WITHIN}|wnl|nad)(?![A-Za-z0-9])"
        # "bloods unremarkable apart from a potassium of 6.2": the exception decides
        r"(?!\s*,?\s*(?:apart|except|other\s+than|save|but|bar|aside|besides"
        r"|including|with\s+(?:a|an|the)?\s*(?:raised|high|low|elevated)))"
    )
)
_ROUTINE_PANEL: Final = ("normal_electrolytes", "creatinine_normal")
"""readers43: "bloods unremarkable": the routine emergency panel sent on arrival holds
the urea and electrolytes (RCEM; NICE NG148 AKI: a creatinine for the acutely ill),
read as those tests normal; the count, CRP and liver tests are not assumed (they are
not sent for every patient). An exception named after it keeps the words unread."""


def _concept(analyte: str, direction: str) -> str | None:
    low = _IS_LOW.match(direction) is not None
    for rx, if_low, if_high in _WHICH:
        if rx.match(analyte):
            return if_low if low else if_high
    return None  # pragma: no cover - the phrase matched one of the analytes


def lab_word_findings(text: str | None) -> tuple[Finding, ...]:
    """Results stated as a direction and an analyte, as present findings.

    Args:
        text: Free text of the current visit (never prior notes).

    Returns:
        One finding per concept (its first present phrase), in text order.
    """
    if not text:
        return ()
    lower = text.lower()
    if not any(cue in lower for cue in _CUES):
        return ()
    seen: dict[str, Finding] = {}
    for m in _PHRASE.finditer(text):
        before = m.group("t") is not None
        analyte = m.group("t") if before else m.group("a")
        concept = _concept(analyte, m.group("d1") if before else m.group("d2"))
        if concept is None or concept in seen:
            continue
        start = m.start("t") if before else m.start("a")
        if context_status(text, start, m.end()) == "present":
            seen[concept] = Finding(
                concept=concept,
                status="present",
                text=m.group(0),
                start=m.start(),
                end=m.end(),
            )
    return tuple(sorted(seen.values(), key=lambda f: f.start))
