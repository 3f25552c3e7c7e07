"""Breathlessness written with a duration of six weeks or more.

NICE CG163 (idiopathic pulmonary fibrosis, 2013, updated 2017) 1.1.1 names
*persistent* breathlessness on exertion and a persistent cough, with bilateral
inspiratory crackles, as the picture in which a fibrotic interstitial lung disease is
considered; an acute breathlessness of days with the same crackles is a pneumonia's or
heart failure's. The note gives the persistence as a duration ("progressive
breathlessness for 2 months", "three months of shortness of breath", "breathless on
exertion over the last 8 weeks"); this reader finds it for the finding
``chronic_breathlessness``: six weeks or more (chronic breathlessness is usually
defined from about 8 weeks, Johnson MJ et al. Eur Respir J 2017;49:1602277; six is
the shorter bound of a subacute course). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.number_words import number_value

__all__ = ["CHRONIC_BREATHLESSNESS_CUES", "chronic_breathlessness_spans"]

CHRONIC_BREATHLESSNESS_CUES: Final = ("breath", "dyspn")
"""Cheap words without which nothing is read (the hot path)."""

_NUM: Final = (
    r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)"
)
_UNIT: Final = r"(?P<u>weeks?|months?|years?)"
_BREATH: Final = (
    r"(?:breathless\w*|short(?:ness)? of breath|dyspno?ea|dyspnea|"
    r"difficulty breathing)"
)
_AFTER: Final = re.compile(
    rf"\b{_BREATH}\b(?:\W+\w+){{0,3}}?\W+(?:for|over|over the (?:last|past))\s+"
    rf"(?:the (?:last|past) )?{_NUM}\s+{_UNIT}\b",
    re.IGNORECASE,
)
_BEFORE: Final = re.compile(
    rf"\b{_NUM}\s+{_UNIT}\s+(?:of|history of)\s+(?:\w+\s+){{0,2}}?{_BREATH}",
    re.IGNORECASE,
)


def _weeks(m: re.Match[str]) -> float:
    n = m.group("n").lower()
    value = number_value(n)
    unit = m.group("u").lower()
    if unit.startswith("month"):
        return value * 4.3
    if unit.startswith("year"):
        return value * 52
    return value


def chronic_breathlessness_spans(text: str) -> list[tuple[int, int]]:
    """Spans dating a breathlessness six weeks or more back."""
    return [
        m.span()
        for rx in (_AFTER, _BEFORE)
        for m in rx.finditer(text)
        if _weeks(m) >= 6
    ]
