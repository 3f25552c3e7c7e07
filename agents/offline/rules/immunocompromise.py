"""Immunocompromise read from drugs, doses and counts in the visible text.

Research software, not for clinical use. One named fact,
``ClinicalFacts.immunocompromised`` (concept ``immunocompromised``), that any module
can use (disposition, sepsis work-up, antimicrobial choice). Besides the words
("immunosuppressed", "transplant": ``findings.yaml``) and neutropenia (``implies``),
the text states it as what the patient takes or measures. High-level
immunosuppression per the IDSA guideline for the immunocompromised host (Rubin LG et
al. Clin Infect Dis 2014;58:e44) and the febrile neutropenia guideline (Freifeld AG
et al. Clin Infect Dis 2011;52:e56):

- B-cell depleting or other lymphocyte-depleting biologics (rituximab,
  ocrelizumab, ofatumumab, obinutuzumab, alemtuzumab) and TNF antagonists;
- cancer chemotherapy within the last 6 weeks (a stated time; "on chemotherapy");
- transplant immunosuppressants (tacrolimus, ciclosporin, mycophenolate,
  sirolimus, everolimus, azathioprine, belatacept);
- corticosteroids >= 20 mg prednisone(-equivalent) a day for >= 14 days;
- HIV with a CD4 count < 200 cells/uL (or AIDS);
- neutrophils < 0.5 x 10^9/L (``results``: neutropenia, which implies it).

Each mention counts only when its ConText status is present or historical (not
"no chemotherapy", not "if she starts rituximab").
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.rx import guarded

__all__ = ["IMMUNOCOMPROMISED", "immunocompromise_findings"]

IMMUNOCOMPROMISED: Final = "immunocompromised"
"""The concept (and ``ClinicalFacts`` fact) this module produces."""

_DRUGS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:rituximab|ocrelizumab|ofatumumab|obinutuzumab|"
        r"alemtuzumab|ublituximab|anti-?CD20|infliximab|adalimumab|etanercept|"
        r"golimumab|certolizumab|TNF[- ]?(?:alpha )?(?:inhibitor|antagonist|blocker)s?|"
        r"tacrolimus|ciclosporin|cyclosporine?|mycophenol\w*|cellcept|sirolimus|"
        r"everolimus|azathioprine|belatacept|anti-?rejection (?:drugs?|medications?|"
        r"therapy)|AIDS)(?![A-Za-z0-9])"
    )
)
_CHEMO: Final = guarded(
    re.compile(r"(?i)(?<![A-Za-z0-9])(?:chemo(?:therapy)?|chemoradiation)(?![A-Za-z])")
)
_WEEKS: Final = {"day": 1 / 7, "week": 1.0, "wk": 1.0, "month": 4.35, "year": 52.0}
_AGO: Final = guarded(
    re.compile(
        r"(?i)(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s*"
        r"(days?|weeks?|wks?|months?|years?)\s+(?:ago|prior|earlier|before)"
    )
)
_CURRENT: Final = guarded(
    re.compile(
        r"(?i)\b(?:on|receiving|currently|ongoing|undergoing|recent(?:ly)?|"
        r"active|current|last (?:cycle|dose)|cycle \d+|mid-?cycle)\b"
    )
)
_NUMBER_WORDS: Final = {
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0,
    "five": 5.0, "six": 6.0,
}  # fmt: skip
CHEMO_WEEKS: Final = 6.0
"""Chemotherapy within this many weeks counts (IDSA 2013: during and shortly after)."""

_STEROID_FACTOR: Final = {
    "prednisone": 1.0,
    "prednisolone": 1.0,
    "methylprednisolone": 1.25,
    "dexamethasone": 6.67,
    "hydrocortisone": 0.25,
}
"""Anti-inflammatory equivalence to prednisone (BNF; Liu D et al. Allergy Asthma Clin
Immunol 2013;9:30)."""
_STEROID: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?P<drug>prednisone|prednisolone|methylprednisolone|"
        r"dexamethasone|hydrocortisone)[^.;\n]{0,25}?(?P<dose>\d+(?:\.\d+)?)\s*mg"
        r"(?P<tail>[^.;\n]{0,60})"
    )
)
_DURATION: Final = guarded(
    re.compile(
        r"(?i)(?:for|x|over|since|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?"
        r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s*(days?|weeks?|wks?|"
        r"months?|years?)"
    )
)
_CHRONIC: Final = guarded(
    re.compile(r"(?i)\b(?:long[- ]term|chronic(?:ally)?|maintenance|daily since)\b")
)
STEROID_MG: Final = 20.0
STEROID_DAYS: Final = 14.0
_CD4: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])CD4\+?(?:\s*(?:T[- ]cell|cell|lymphocyte))?"
        r"(?:\s*count)?\s*(?:of|is|was|:|=)?\s*(?P<cmp><)?\s*(?P<v>\d+)"
    )
)
CD4_BELOW: Final = 200.0


def _weeks(number: str, unit: str) -> float:
    n = _NUMBER_WORDS.get(number.lower())
    value = float(number) if n is None else n
    key = unit.lower().rstrip("s")
    return value * _WEEKS["week" if key == "wk" else key]


def _counts(text: str, start: int, end: int) -> bool:
    return context_status(text, start, end) in ("present", "historical")


def _chemo_recent(text: str, m: re.Match[str]) -> bool:
    """A stated time within 6 weeks, or wording of current treatment."""
    line = (
        re.split(r"[.;\n]", text[max(0, m.start() - 60) : m.start()])[-1]
        + (re.split(r"[.;\n]", text[m.start() : m.end() + 60])[0])
    )
    ago = _AGO.search(line)
    if ago is not None:
        return _weeks(ago.group(1), ago.group(2)) <= CHEMO_WEEKS
    return _CURRENT.search(line) is not None


def _steroid_high(m: re.Match[str]) -> bool:
    dose = float(m.group("dose")) * _STEROID_FACTOR[m.group("drug").lower()]
    if dose < STEROID_MG:
        return False
    tail = m.group("tail")
    duration = _DURATION.search(tail)
    if duration is not None:
        return 7 * _weeks(duration.group(1), duration.group(2)) >= STEROID_DAYS
    return _CHRONIC.search(tail) is not None


def immunocompromise_findings(text: str | None) -> tuple[Finding, ...]:
    """The first statement of high-level immunosuppression, as a present finding.

    Args:
        text: Free text of the current visit (never prior notes).

    Returns:
        At most one ``immunocompromised`` finding, quoting what states it.
    """
    if not text:
        return ()
    found = [
        (d.start(), d.end())
        for d in _DRUGS.finditer(text)
        if _counts(text, d.start(), d.end())
    ][:1]
    found += [
        (c.start(), c.end())
        for c in _CHEMO.finditer(text)
        if _chemo_recent(text, c) and _counts(text, c.start(), c.end())
    ][:1]
    found += [
        (s.start(), s.end())
        for s in _STEROID.finditer(text)
        if _steroid_high(s) and _counts(text, s.start(), s.end())
    ][:1]
    found += [
        (c.start(), c.end())
        for c in _CD4.finditer(text)
        if float(c.group("v")) < CD4_BELOW and _counts(text, c.start(), c.end())
    ][:1]
    if not found:
        return ()
    start, end = min(found)
    return (
        Finding(
            concept=IMMUNOCOMPROMISED,
            status="present",
            text=text[start:end],
            start=start,
            end=end,
        ),
    )
