"""A retrograde amnesia of 30 minutes or more, in the words a history uses.

NICE NG232 (2023) head injury 1.4.9: an adult with some loss of consciousness or
amnesia since the injury and "more than 30 minutes' retrograde amnesia of events
immediately before the head injury" has a CT head scan within 8 hours; the Canadian
CT head rule holds "amnesia before impact > 30 min" as a medium-risk criterion
(Stiell IG et al. Lancet 2001;357:1391). The lexicon reads the term ("retrograde
amnesia", "amnesia for events before"); notes also write the loss as what the patient
cannot recall: "cannot remember the events for an hour before the injury", "no memory
of the 45 minutes before the fall", "amnesic for 40 minutes before the crash". Read
only with a stated span of 30 minutes or more before the injury (a shorter gap is no
criterion). Used by ``agents.offline.rules.findings`` (its spans, each given its
ConText status) and by the minor head injury pathway (through ``asserted``).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["RETROGRADE_AMNESIA", "RETROGRADE_AMNESIA_30", "retrograde_amnesia_spans"]

RETROGRADE_AMNESIA: Final = "retrograde_amnesia"
"""The finding: amnesia of 30 minutes or more before the impact."""

_THIRTY_MINUTES_OR_MORE: Final = (
    r"(?:(?:[3-9]\d|[1-9]\d{2,})\s*(?:minutes?|mins?)"
    r"|(?:thirty|forty|forty-five|fifty)\s+minutes?"
    r"|(?:[1-9]\d*(?:\.\d+)?|an?|one|two|three|four|five|six|several|(?:a\s+)?few"
    r"|half\s+an?)\s*(?:hours?|hrs?|h)"
    r"|the\s+(?:whole\s+|full\s+|last\s+|previous\s+)?(?:hour|half\s+hour))"
)
"""A span of 30 minutes or more: 30-999 minutes, thirty to fifty minutes in words, or
any number of hours from half an hour ("0.25 h" is not read), or "the hour" itself
("cannot remember anything from the hour before the assault": trauma49)."""
RETROGRADE_AMNESIA_30: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:cannot|can't|could\s+not|couldn't|does\s+not|doesn't"
    r"|did\s+not|didn't|unable\s+to)\s+(?:remember|recall)|no\s+(?:memory"
    r"|recollection)\s+of|amnesi(?:a|c)\s+(?:for|of))[^.;\n]{0,40}?(?<![a-z])"
    rf"{_THIRTY_MINUTES_OR_MORE}\s+(?:before|prior\s+to|leading\s+up\s+to"
    r"|preceding)\s+(?:the\s+|his\s+|her\s+)?(?:head\s+)?(?:injury|fall|impact"
    r"|accident|collision|crash|blow|assault|incident)(?![a-z])"
)
"""What the patient cannot recall, stated as 30 minutes or more before the injury."""


def retrograde_amnesia_spans(text: str) -> list[tuple[str, int, int]]:
    """``(retrograde_amnesia, start, end)`` of a stated loss of >= 30 min before it."""
    return [
        (RETROGRADE_AMNESIA, *m.span()) for m in RETROGRADE_AMNESIA_30.finditer(text)
    ]
