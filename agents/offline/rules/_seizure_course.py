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

from cases.number_words import number_value
from cases.rx import guarded

__all__ = [
    "CONVULSING_NOW",
    "FOCAL_SEIZURE",
    "PROLONGED_SEIZURE",
    "PROLONGED_SEIZURE_MIN",
    "seizure_course_spans",
]

PROLONGED_SEIZURE: Final = "prolonged_seizure"
FOCAL_SEIZURE: Final = "focal_seizure"
PROLONGED_SEIZURE_MIN: Final = 15
"""AAP 2011: a febrile seizure of 15 minutes or more is complex."""
CONVULSING_NOW: Final = "convulsing_now"
STATUS_EPILEPTICUS: Final = "status_epilepticus"
STATUS_MIN: Final = 5
"""ILAE 2015 (Trinka E et al.) t1: a convulsion lasting 5 minutes is status."""

_COUNT: Final = r"(\d{1,3}|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)"
"""Minutes in digits or words ('seizing for ten minutes'; trauma43: the words were
not read, and a convulsion going on for ten minutes got no benzodiazepine)."""
_EVENT: Final = (
    r"(?:seizures?|seized|seizing|convulsions?|convulsing|convulsed|fits?|fitting|"
    r"jerking|twitching|tonic[- ]clonic (?:activity|movements))"
)
_MINUTES: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_EVENT}[^.;\n]{{0,50}}?(?:lasting|lasted|for|of|"
        r"over)\s+(?:about |around |approximately |~)?"
        rf"{_COUNT}\s*(?:-\s*(\d{{1,3}})\s*)?"
        r"(?:min(?:ute)?s?|mins?)(?![A-Za-z])|"
        rf"{_COUNT}[- ]?(?:min(?:ute)?s?|mins?)(?:[- ]long)? (?:\w+ ){{0,2}}?"
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


_GOING_ON: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9]){_EVENT}"
        r"(?:(?!stopp|ended|resolv|settl|fever|temperature|pain|rash|cough)[^.;,\n])"
        r"{0,60}?(?<![A-Za-z])(?:(?:is|are) (?:still )?(?:continuing|ongoing|on-going"
        r"|going on)|continues|still going|has not (?:yet )?stopped)"
        r"(?![A-Za-z])"
    )
)
"""A seizure worded as still going on ('started 10 minutes ago and is continuing in
the department'): a convulsion at ED arrival (APLS 6th ed.; NICE NG217 1.4)."""
_SEIZING_FOR: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?<!was )(?<!were )(?<!had been )(?<!after )(?<!had )"
        r"(?:seizing|convulsing|fitting) (?:continuously )?for (?:about |around |"
        rf"over |more than |~)?{_COUNT} ?(?:min(?:ute)?s?)(?![A-Za-z])"
        r"(?! (?:\w+ ){0,2}(?:ago|earlier|before|yesterday|last))"
    )
)
"""'Convulsing for 10 minutes', 'has been seizing for fifteen minutes' (trauma43: the
present perfect is still going on; 'had been' is past): a present seizure already 5
minutes or longer is convulsive status epilepticus (ILAE 2015 t1; AES 2016: a
benzodiazepine now)."""


_STILL_HAVING: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:still|is|are) (?:still )?having (?:a |an |the |his "
        r"|her |their )?(?:[a-z-]+ ){0,3}?(?:seizures?|convulsions?|fits?)(?![A-Za-z])"
        r"(?! (?:\w+ ){0,2}(?:every|each|a day|a week|a month|per|most|several|"
        r"more often|less often|since))"
        r"|(?<![A-Za-z0-9])still (?:jerking|shaking|twitching|convulsing|seizing"
        r"|fitting)(?![A-Za-z])"
    )
)
"""A convulsion worded as happening now ("still having a generalised tonic-clonic
seizure", "is having a fit", "still jerking"), not a frequency ("is having seizures
every day"): a seizure at ED arrival is treated at once (APLS 6th ed.; ILAE 2015;
peds44: a child still convulsing 10 minutes after onset was called a simple febrile
seizure and given no benzodiazepine)."""


def seizure_course_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) for each prolonged, focal or still-going seizure."""
    out: list[tuple[str, int, int]] = []
    for m in _MINUTES.finditer(text):
        # a range ('10-20 minutes') is read by its upper end
        minutes = max(number_value(g) for g in m.groups() if g)
        if minutes >= PROLONGED_SEIZURE_MIN:
            out.append((PROLONGED_SEIZURE, *m.span()))
    out.extend((FOCAL_SEIZURE, *m.span()) for m in _FOCAL.finditer(text))
    out.extend((CONVULSING_NOW, *m.span()) for m in _GOING_ON.finditer(text))
    out.extend((CONVULSING_NOW, *m.span()) for m in _STILL_HAVING.finditer(text))
    out.extend(
        (STATUS_EPILEPTICUS, *m.span())
        for m in _SEIZING_FOR.finditer(text)
        if number_value(m.group(1)) >= STATUS_MIN
    )
    return out
