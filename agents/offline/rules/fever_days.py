"""Days of fever as ED notes write them: one source for triage and the pathways.

"fever for 5 days", "fever 5 days", "fever x5 days" (lead43: shorthand without the
preposition), "febrile for six days", "5-day fever", "6 days of high fever", "day 6 of
fever". A fever of 5 days or more is a NICE NG143 amber feature in a child under 5
and the first criterion of Kawasaki disease (McCrindle BW et al. AHA 2017).
Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cases.rx import word_start

__all__ = ["FEVER_DAYS", "PROLONGED_FEVER_DAYS", "fever_days"]

FEVER_DAYS: Final = word_start(
    r"(?:fever\w*|febrile)(?:\W+(?:(?:up )?to \d{2}(?:\.\d)? ?°? ?[cf]?\W+)?"
    r"(?:\w+\W+){0,2}?(?:for|of|x|since)\s*(?:the (?:past|last) )?| x? ?)"
    r"(\d{1,2}|five|six|seven|eight|nine|ten) ?days|(\d{1,2}|five|six|seven|eight|"
    r"nine|ten)[- ]days? (?:of |history of )?(?:\w+ )?fever|"
    r"day (\d{1,2}|five|six|seven|eight|nine|ten) of (?:the |his |her )?"
    r"(?:fever|illness)"
)
"""A stated number of days of fever (groups: the number in digits or words)."""
PROLONGED_FEVER_DAYS: Final = 5
"""NICE NG143 (2019/2021) amber: fever for 5 days or longer; AHA 2017 Kawasaki."""
_WORDS: Final = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def fever_days(texts: Iterable[str]) -> int:
    """The most days of fever any text states (0 when none does)."""
    days = [
        int(g) if g.isdigit() else _WORDS.get(g.lower(), 0)
        for t in texts
        for m in FEVER_DAYS.finditer(t)
        for g in m.groups()
        if g
    ]
    return max(days, default=0)
