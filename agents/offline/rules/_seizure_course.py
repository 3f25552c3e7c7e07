"""A seizure's length and side: the findings prolonged_seizure and focal_seizure.

Private to ``agents.offline.rules.findings``. A simple febrile seizure is generalised,
lasts less than 15 minutes and does not recur within 24 hours; a focal or prolonged
one is complex (Subcommittee on Febrile Seizures. AAP. Pediatrics 2011;127:389), and
a seizure lasting 5 minutes or more is treated as status epilepticus (Trinka E et al.
ILAE. Epilepsia 2015;56:1515). The text states both in many ways ('a 20 minute
seizure affecting his right side', 'jerking of the left arm and leg for 25 min').
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = [
    "FOCAL_SEIZURE",
    "PROLONGED_SEIZURE",
    "PROLONGED_SEIZURE_MIN",
    "seizure_course_spans",
]

PROLONGED_SEIZURE: Final = "prolonged_seizure"
FOCAL_SEIZURE: Final = "focal_seizure"
PROLONGED_SEIZURE_MIN: Final = 15
"""AAP 2011: a febrile seizure of 15 minutes or more is complex."""

_EVENT: Final = (
    r"(?:seizures?|seized|seizing|convulsions?|convulsing|convulsed|fits?|fitting|"
    r"jerking|twitching|tonic[- ]clonic (?:activity|movements))"
)
_MINUTES: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_EVENT}[^.;\n]{{0,50}}?(?:lasting|lasted|for|of|"
        r"over)\s+(?:about |around |approximately |~)?(\d{1,3})\s*(?:-\s*(\d{1,3})\s*)?"
        r"(?:min(?:ute)?s?|mins?)(?![A-Za-z])|"
        r"(\d{1,3})[- ]?(?:min(?:ute)?s?|mins?)(?:[- ]long)? (?:\w+ ){0,2}?"
        rf"{_EVENT})"
    )
)
_SIDE: Final = r"(?:right|left|one)"
_FOCAL: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:focal (?:seizures?|convulsions?|fits?|"
        r"motor seizures?)|"
        rf"{_SIDE}[- ]sided (?:seizures?|convulsions?|fits?|jerking|twitching)|"
        r"(?:unilateral|hemi-?) ?(?:seizures?|convulsions?|jerking|clonic)|"
        rf"{_EVENT}[^.;\n]{{0,40}}?(?:of|in|affecting|involving) (?:the |his |her |"
        rf"their )?{_SIDE} (?:side|arm|leg|hand|face|upper limb|lower limb))"
        r"(?![A-Za-z0-9])"
    )
)


def seizure_course_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) for each prolonged or focal seizure stated in ``text``."""
    out: list[tuple[str, int, int]] = []
    for m in _MINUTES.finditer(text):
        # a range ('10-20 minutes') is read by its upper end
        minutes = max(int(g) for g in m.groups() if g)
        if minutes >= PROLONGED_SEIZURE_MIN:
            out.append((PROLONGED_SEIZURE, *m.span()))
    out.extend((FOCAL_SEIZURE, *m.span()) for m in _FOCAL.finditer(text))
    return out
