"""A loss of consciousness of 30 minutes or less: the finding ``brief_loc``.

ICD-10-CM FY2024 S06.0X1A codes a concussion with a loss of consciousness of 30
minutes or less; S06.0X9A one of unspecified duration. Read by ``findings`` from a
loss of consciousness with its duration beside it ("knocked out for about 1 minute",
"LOC for a few seconds", "brief LOC"); a duration over 30 minutes is not brief (a
moderate head injury: the Mayo classification, Malec JF et al. J Neurotrauma
2007;24:1417).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import may_match, word_start

__all__ = ["BRIEF_LOC", "BRIEF_LOC_MAX_MIN", "brief_loc_spans"]

BRIEF_LOC: Final = "brief_loc"
BRIEF_LOC_MAX_MIN: Final = 30.0
"""ICD-10-CM S06.0X1A: a loss of consciousness of 30 minutes or less."""

_LOC: Final = (
    r"(?:loss of consciousness|lost consciousness|\bloc\b|knocked out|"
    r"blacked out|passed out|unconscious)"
)
_COUNT: Final = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|ten|a few|few|several)"
_UNIT: Final = r"(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?)"
BRIEF_LOC_RX: Final = word_start(
    rf"(?:brief|momentary|transient)(?:ly)? {_LOC}|{_LOC} briefly|"
    rf"{_LOC}(?: \w+){{0,2}} (?:for |of )?(?:about |around |approximately |~|<\s*|"
    rf"less than |under |up to )?{_COUNT}[ -]?{_UNIT}"
)
_WORDS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "a few": 3,
    "few": 3,
    "several": 5,
}


def _minutes(m: re.Match[str]) -> float:
    n = m["n"]
    if n is None:
        return 0.0  # 'brief LOC'
    count = float(_WORDS.get(n.lower(), 0) or (n.isdigit() and int(n)) or 0)
    unit = m["u"].lower()
    if unit.startswith(("sec",)):
        return count / 60.0
    if unit.startswith(("hour", "hr")):
        return count * 60.0
    return count


def brief_loc_spans(text: str) -> list[tuple[str, int, int]]:
    """(``brief_loc``, start, end) of a loss of consciousness of <= 30 minutes."""
    if not may_match(BRIEF_LOC_RX, text):
        return []
    return [
        (BRIEF_LOC, *m.span())
        for m in BRIEF_LOC_RX.finditer(text)
        if _minutes(m) <= BRIEF_LOC_MAX_MIN
    ][:1]
