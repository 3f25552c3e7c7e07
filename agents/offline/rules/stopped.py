"""A medication worded as stopped before the visit, or as planned: no current use.

One reading for every reader of anticoagulant use (the findings concept
``anticoagulation``, ``agents.reversal.on_anticoagulant`` and through it the NSAID gate,
the head-injury CT criterion and the reversal pathways). "Apixaban stopped 3 weeks
ago", "warfarin stopped after the bleed", "off rivaroxaban since March", "stopped
taking his warfarin months ago", "completed 6 months of apixaban" (a finished
fixed course) are no current anticoagulation; a stop within
``STOPPED_HOURS`` ("held this morning", "last dose yesterday") still is: a DOAC taken
in the last 48 h still anticoagulates (Powers WJ et al. AHA/ASA 2019 acute ischaemic
stroke, section 3.5; Tomaselli GF et al. ACC 2020 ECDP on bleeding on oral
anticoagulants: DOAC effect lasts about 24-48 h).

A drug that causes agranulocytosis (carbimazole, methimazole, propylthiouracil,
clozapine) stopped weeks or months before the visit ("stopped carbimazole 2 months
ago") no longer explains a fever: the neutrophil count recovers within about 1-3 weeks
of withdrawal (Vicente N et al. Eur Thyroid J 2017;6:93; Ross DS et al. ATA 2016), so
``stopped_weeks_ago`` asks for a stop dated ``RECOVERED_WEEKS`` or more ago; an
undated or recent stop still counts as exposure.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from cases.number_words import number_value

__all__ = ["STOPPED_HOURS", "planned", "stopped", "stopped_weeks_ago", "withdrawn"]

STOPPED_HOURS: Final = 48.0
"""A stop at least this long ago (or undated) ends the anticoagulation (AHA/ASA 2019
3.5: no DOAC dose within 48 h; warfarin's effect is measured by the INR anyway)."""
_STOP_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:stopped|discontinued|ceased|came off|taken off|weaned off|"
    r"off|no longer on|previously on|formerly on|used to (?:take|be on)|was on)"
    r"\W+(?:(?:his|her|their|the|taking)\W+){0,2}$"
)
_STOP_AFTER: Final = re.compile(
    r"(?i)^\W*(?:\w+\W+){0,2}?(?:(?:was|were|has been|had been)\s+)?"
    r"(?:stopped|discontinued|ceased)(?![A-Za-z])"
)
_HAEMOSTASIS: Final = re.compile(
    r"(?i)^\W*(?:[\w-]+\W+){0,3}?(?:(?:bleed\w*|nosebleed|epistaxis|ooz\w*|it"
    r"|haemorrhage|hemorrhage|blood\w*)\W+(?:(?:has|had|was|is|have)\s+)?"
    r"(?:now\s+)?(?:stopped|ceased|settled)(?![A-Za-z])"
    r"|(?:(?:has|had|was|is)\s+)?(?:now\s+)?(?:stopped|ceased|settled)\W+"
    r"(?:with\W+(?:[\w-]+\W+){0,2}?(?:pressure|compression|ice|pack\w*|cauter\w*"
    r"|gauze|pinching|tamponade|dressing)|by itself|on its own|of its own accord"
    r"|spontaneous\w*|(?:after|within)\W+(?:\d+|a few|few|ten|fifteen|twenty"
    r"|thirty)\s*(?:min\w*|h\b|hrs?|hours?)))"
)
"""A bleeding worded as stopped next to the drug: "on warfarin, stopped with
pressure", "warfarin, bleeding stopped", "apixaban, stopped by itself after 20
minutes". The stop is haemostasis (pressure, packing, cautery, spontaneous), not the
drug's withdrawal: the patient is still anticoagulated (ACC 2020 ECDP on bleeding on
oral anticoagulants: a controlled minor bleed on an anticoagulant keeps the drug
unless the bleed is major). "Warfarin stopped after the bleed" (a withdrawal dated by
an event) is not haemostasis wording and is still read as stopped."""
_COURSE_WORD: Final = (
    r"(?:a|an|his|her|their|the|full|\d+|one|two|three|four|six|nine|twelve|months?|"
    r"weeks?|years?|course|treatment|therapy|of|with)"
)
_COURSE_DONE: Final = re.compile(
    rf"(?i)(?<![A-Za-z])(?:completed|finished)\W+(?:{_COURSE_WORD}\W+){{0,6}}$"
)
"""A fixed course worded as completed: "completed 6 months of apixaban", "finished a
3-month course of warfarin" (a provoked VTE is treated 3-6 months, then the drug is
stopped: Stevens SM et al. CHEST 2021; Ortel TL et al. ASH 2020). Only duration and
course words may stand between, so "completed rehab, on apixaban" stays current use."""
_STOP_CLAUSE: Final = re.compile(r"[^.;\n]{0,60}")
_RECENT: Final = re.compile(
    r"(?i)\b(?:today|yesterday|this (?:morning|afternoon|evening)|last night|"
    r"tonight|(?:\d+|a|an|one|two|few)\s*(?:min\w*|h|hrs?|hours?)\s+ago)\b"
)
_DAYS_AGO: Final = re.compile(
    r"(?i)\b(\d+(?:\.\d+)?|a|an|one|two|three)\s*(d|days?)\s+(?:ago|prior|earlier)"
)


_DOSE_WORDS: Final = re.compile(
    r"(?i)\b(?:last|dose|doses|taken|took|held|withheld|stopped|ceased|missed|"
    r"restarted|resumed|back on)\b"
)
"""Words of the drug's own course ("stopped apixaban, last dose 3 days ago"): a comma
part with one of them still dates the stop; a comma part without one is another event
("off anticoagulation, sudden vertigo 2 h ago": the stroke's time, not the stop's)."""


def _own_parts(parts: list[str]) -> str:
    """The first comma part and the contiguous parts after it that speak of the drug."""
    kept = parts[:1]
    for part in parts[1:]:
        if not _DOSE_WORDS.search(part):
            break
        kept.append(part)
    return ",".join(kept)


def _clause(text: str, start: int, end: int) -> str:
    """The mention with its sentence's 30 characters before and its clause after.

    trauma54: a time in a neighbouring comma part that does not speak of the drug
    dates another event, not the stop (AHA/ASA 2019 3.5: the last DOAC dose decides).
    """
    m = _STOP_CLAUSE.match(text, end)
    before = text[max(0, start - 30) : start].rsplit(".", 1)[-1]
    after = text[end : m.end() if m else end]
    before = ",".join(_own_parts(before.split(",")[::-1]).split(",")[::-1])
    return before + text[start:end] + _own_parts(after.split(","))


def stopped(text: str, start: int, end: int) -> bool:
    """A stop worded at the mention, ``STOPPED_HOURS`` ago or more, or undated."""
    before = text[max(0, start - 30) : start]
    after = re.split(r"[.;\n]", text[end : end + 40], maxsplit=1)[0]
    course = text[max(0, start - 60) : start]
    if not (
        _STOP_BEFORE.search(before)
        or _COURSE_DONE.search(course)
        or (_STOP_AFTER.match(after) and not _HAEMOSTASIS.match(after))
    ):
        return False
    clause = _clause(text, start, end)
    if _RECENT.search(clause):
        return False
    days = _DAYS_AGO.search(clause)
    if days is None:
        return True
    return number_value(days.group(1)) * 24 >= STOPPED_HOURS


_PLAN_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:start|starting|begin|beginning|initiate|initiating|commence|"
    r"commencing|recommend|recommended|recommending|consider|considering|"
    r"candidate for|plan(?:ned|ning)? (?:for|to start|to begin)|will (?:start|begin)|"
    r"to be started on)\W+(?:[\w-]+\W+){0,3}$"
)
_PLAN_AFTER: Final = re.compile(
    r"(?i)^\W*(?:[\w-]+\W+){0,2}?(?:(?:is |are )?to be|will be|should be) "
    r"(?:started|initiated|commenced|begun)(?![A-Za-z])"
)


def planned(text: str, start: int, end: int) -> bool:
    """A medication worded as a plan to start: this visit's plan, no current use.

    "Start anticoagulation with apixaban", "apixaban to be started". The current
    medication is read from the medication list and the history, never from the
    plan: a DVT "started on apixaban" at discharge was not anticoagulated when it
    arrived (a past start, "started on warfarin in 2019", is current use and is not
    read here).
    """
    before = re.split(r"[.;\n]", text[max(0, start - 50) : start])[-1]
    after = re.split(r"[.;\n]", text[end : end + 40], maxsplit=1)[0]
    return bool(_PLAN_BEFORE.search(before) or _PLAN_AFTER.match(after))


RECOVERED_WEEKS: Final = 4.0
"""Weeks after withdrawal by which a drug-induced agranulocytosis has recovered."""
_WEEKS_AGO: Final = re.compile(
    r"(?i)\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|few|several)\s*"
    r"(weeks?|wks?|months?|mo|years?|yrs?)\s+(?:ago|prior|earlier|before)"
)
_WEEKS_PER: Final = {"w": 1.0, "m": 4.0, "y": 52.0}


def stopped_weeks_ago(text: str, start: int, end: int) -> bool:
    """A stop worded at the mention and dated ``RECOVERED_WEEKS`` or more ago."""
    if not stopped(text, start, end):
        return False
    ago = _WEEKS_AGO.search(_clause(text, start, end))
    if ago is None:
        return False
    unit = ago.group(2).lower()[0]
    weeks = number_value(ago.group(1)) * _WEEKS_PER[unit]
    return weeks >= RECOVERED_WEEKS


def withdrawn(pattern: re.Pattern[str], texts: Sequence[str]) -> bool:
    """Every mention of ``pattern`` worded as stopped, one dated weeks ago or more.

    "Off carbimazole" in the one-liner and "stopped carbimazole 2 months ago" in the
    history: withdrawn; a mention without stop wording ("restarted carbimazole last
    week", "on clozapine") is current use.
    """
    spans = [(t, m.start(), m.end()) for t in texts for m in pattern.finditer(t)]
    return (
        bool(spans)
        and all(stopped(t, a, b) for t, a, b in spans)
        and any(stopped_weeks_ago(t, a, b) for t, a, b in spans)
    )
