"""A viral illness days to weeks before the present one, as notes date it.

Private to ``agents.offline.rules.findings``. Acute myocarditis often follows an upper
respiratory or gastrointestinal viral illness by days to weeks (Caforio ALP et al. ESC
2013 position statement on myocarditis, Eur Heart J 2013;34:2636: a recent
respiratory or enteric infection is part of the clinical picture; Ammirati E et al.
Circ Heart Fail 2020;13:e007405: a febrile or flu-like prodrome in about 80 %). Notes
date it in their own words: "sore throat and fever about ten days ago", "had a cold two
weeks ago", "a flu-like illness last week", "a week after a flu-like illness".

Only a prodrome five or more days back, or a week or more, counts: "fever started 3
days ago" is the onset of the present illness, not a prodrome, and a span that says
the illness started, began or continues ("since", "for") is its onset.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["viral_prodrome_spans"]

_ILL: Final = (
    r"(?:sore throat|fevers?|febrile illness|(?:a |bad |head )?cold|flu[- ]like"
    r"(?: illness| symptoms)?|flu|influenza[- ]like illness|coryza\w*|runny nose|cough"
    r"|upper respiratory (?:tract )?infection|urti|chest infection|viral illness"
    r"|viral infection|gastroenteritis|diarrho?ea|vomiting)"
)
_ILLS: Final = rf"{_ILL}(?:\s*(?:,|and|with|&|/)\s*(?:and\s+|a\s+)?{_ILL}){{0,4}}"


def _ago(i: int) -> str:
    """A gap back from today ("about ten days ago"), its groups numbered ``i``."""
    return (
        rf"(?:(?:about|around|some|roughly|approximately|nearly|over)\s+)?"
        rf"(?:(?P<n{i}>\d+)|(?P<w{i}>a|one|two|three|four|five|six|seven|eight|nine"
        rf"|ten|eleven|twelve|thirteen|fourteen|a few|a couple of|couple of|several))"
        rf"\s+(?P<unit{i}>days?|weeks?)\s+(?:ago|before|earlier|previously)"
    )


_LAST_WEEK: Final = r"last week|the (?:previous|preceding|prior) week|the week before"
_PRODROME: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z])(?:"
        rf"(?P<ill1>{_ILLS})[^.;\n]{{0,30}}?\b(?:(?P<ago1>{_ago(1)})|{_LAST_WEEK})"
        rf"|(?:(?P<ago2>{_ago(2)})|{_LAST_WEEK}),?\s+"
        rf"(?:(?:he|she|they|the patient)\s+)?"
        rf"(?:had|developed|caught|got)\s+(?:a\s+|an\s+)?(?P<ill2>{_ILLS})"
        rf"|(?:days?|weeks?|a week|(?:one|two|three) weeks?)\s+after\s+(?:a\s+|an\s+)?"
        rf"(?P<ill3>{_ILLS})"
        rf")(?![A-Za-z])"
    )
)
_ONSET: Final = re.compile(
    r"(?i)\b(?:start\w*|began|begun|begin\w*|onset|since|for|ongoing|persist\w*"
    r"|continu\w*)\b"
)
"""Words that make a dated illness the present one's onset ("fever started ...")."""
_SMALL: Final = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "a few": 3, "a couple of": 2, "couple of": 2,
    "several": 5,
}  # fmt: skip
PRODROME_MIN_DAYS: Final = 5
"""The shortest gap (days) read as a prodrome rather than the present illness's onset
(ESC 2013: days to weeks before; a fever of 3 days is today's illness)."""


def _days(m: re.Match[str]) -> int | None:
    """The gap in days a dated span states (None when the span is undated)."""
    i = 1 if m.group("ago1") else 2 if m.group("ago2") else 0
    if not i:
        return None
    n = m.group(f"n{i}")
    count = int(n) if n else _SMALL.get((m.group(f"w{i}") or "").lower(), 0)
    return count * (7 if m.group(f"unit{i}").lower().startswith("week") else 1)


def viral_prodrome_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a viral illness dated five days or more before today.

    Args:
        text: Free text (typographic quotes already plain).

    Returns:
        ``(start, end)`` of each dated prodrome, in text order.
    """
    out: list[tuple[int, int]] = []
    for m in _PRODROME.finditer(text):
        days = _days(m)
        if days is not None and days < PRODROME_MIN_DAYS:
            continue
        if _ONSET.search(m.group(0)):
            continue
        out.append((m.start(), m.end()))
    return out
