"""A laboratory value's place in a trend: today's value, or a past one.

Private to ``agents.offline.rules`` (read by ``findings.extract_measurements`` and the
typed ``results`` reader). A result stands for its specimen's collection time (LOINC
result semantics): in a trend the current value is the one after 'to', 'now' or the
last arrow ("Hb dropped from 14 to 7.5", "Hb 14 -> 7.5", "creatinine 1.0, now 2.6"),
and a value marked baseline, previous, prior or usual, or dated in the past ("Hb 14 a
year ago"), is history, not today's (ConText 'historical': Harkema H et al. J Biomed
Inform 2009;42:839). A transfusion-range bleed read at its baseline haemoglobin scores
as low risk (Glasgow-Blatchford: Blatchford O et al. Lancet 2000;356:1318); ESC 0/1 h
troponin and KDIGO creatinine use the change, which ``results`` reads on its own.
"""

from __future__ import annotations

import re
from typing import Final

_VALUE: Final = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
_ITEM: Final = rf"{_VALUE}(?!,\d{{3}}(?![\d.]))"
"""readers54: a value of a list or a series, never the thousands of the next one
("troponin T 2,340 ng/L" is one value, 2340, not 2 then 340: ISO 80000-1 groups
digits in threes)."""
_UNIT: Final = (
    r"(?:\s*(?:mmol/l|meq/l|mg/dl|g/dl|g/l|ng/l|ng/ml|umol/l|µmol/l|u/l|iu/l|"
    r"k/ul|x ?10\^?9/l|%))?"
)
_CHANGED: Final = (
    r"(?:(?:has|had|have)\s+)?(?:(?:de|in)creased|dropped|fell|fallen|declined|"
    r"(?:drifted|trended|trending|gone|went|come|came)\s+(?:down|up)|down|up|rose|"
    r"risen|climbed|jumped|rising|climbing|increasing|falling|dropping|decreasing"
    r"|declining|improving|worsening)"
)
_PAST_NOTE: Final = (
    r"(?:\s*\(?(?:at\s+)?baseline\)?|\s+(?:\d+|a|an|one|two|three|several|few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago"
    # readers50 (medgi50): "creatinine 90 last week, now 230": the earlier value dated
    # by its own word (ConText 'historical', Harkema 2009); the value after "now" is
    # today's
    r"|\s+(?:last\s+(?:week|month|year)|yesterday|previously|earlier)"
    # lead37: "platelets 230 before surgery, now 84": a value before an event is history
    r"|\s+(?:before|pre-?)\s*(?:the\s+|her\s+|his\s+)?(?:surgery|operation|"
    r"procedure|admission)"
    # orders38: "platelets 260 at the start, now 88", "260 at the start of heparin":
    # the value at the start of a treatment is history (the 4Ts compare the count
    # with the one before heparin: Lo GK et al. J Thromb Haemost 2006;4:759)
    r"|\s+at\s+(?:the\s+)?(?:start|outset)"
    r"(?:\s+of\s+(?:\w+\s+)?(?:heparin|enoxaparin|dalteparin|tinzaparin|treatment))?)?"
)
_VISIT_NOTE: Final = (
    r"(?:\s+(?:on|at)\s+(?:arrival|presentation|admission|triage|\[REDACTED\]))?"
)
"""readers39: the first value of this visit in a trend ("creatinine 3.1 on admission,
now 1.4", "K 6.8 on arrival, now 5.1"): an earlier result of the visit, not history
(ConText 'historical' is before the visit: Harkema H et al. J Biomed Inform
2009;42:839). The stage views write "admission" as "[REDACTED]" (``cases.redaction``
scrubs disposition words from what the reasoner sees): the time word is kept, no
label is read from it."""
_CHAIN: Final = (
    rf"(?:{_VALUE}{_UNIT}{_VISIT_NOTE}{_PAST_NOTE}\s*(?:->|-->|→|=>|,?\s*(?:and\s+)?(?:is\s+)?now"
    r"(?:\s+(?:is|at))?)\s*)+"
)
_MOVING: Final = (
    r"(?:(?:is|was|has\s+been)\s+)?(?:rising|climbing|increasing|worsening|going\s+up"
    r"|falling|dropping|decreasing|declining|improving|coming\s+down)\s*[,:]?\s*"
    r"(?:from\s*)?"
)
"""readers41: a trend word between the name and its values ("creatinine rising, 90 a
week ago now 240 umol/L", "Hb falling, 128 -> 96"): the last value is today's."""
_CLOCK: Final = (
    r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d|:\d)(?:\s*(?:h|hrs?)(?![A-Za-z]))?"
)
_AT_CLOCK: Final = rf"(?:(?:at|@)\s*)?{_CLOCK}"
NOT_CLOCK: Final = r"(?!:[0-5]\d)"
"""After a value: a number followed by ':MM' is a clock time's hour ("09:00")."""
CLOCK_LABEL: Final = (
    rf"(?:{_AT_CLOCK}\s*(?:[:=,]\s*)?(?:(?:was|is)\s+)?(?=(?:[<>]|less than)?\s*\d))"
)
"""readers43: a clock time labelling the value after it ("troponin 09:00 12 ng/L",
"lactate at 10:00: 1.8"): the sampling time, not a value (a result stands for its
specimen's collection time: LOINC / HL7 FHIR Observation.effective)."""
_SERIAL_SEP: Final = r"(?:;|->|-->|→|=>|,?\s*(?:and\s+)?then|,?\s*and|,)"
_TIMED_AFTER: Final = rf"(?:{_ITEM}{_UNIT}\s*\(?{_AT_CLOCK}\)?\s*{_SERIAL_SEP}\s*)"
_TIMED_BEFORE: Final = (
    rf"(?:{_ITEM}{_UNIT}\s*(?:\(?{_AT_CLOCK}\)?\s*)?{_SERIAL_SEP}\s*{CLOCK_LABEL})"
)
_TIMED_CHAIN: Final = (
    rf"(?:{_TIMED_AFTER}*{_TIMED_BEFORE}"
    rf"|{_TIMED_AFTER}+(?=(?:[<>]\s*)?{_VALUE}{_UNIT}\s*\(?{_AT_CLOCK}))"
)
"""readers43: serial values of one test each dated by its clock time, the last one
current: "lactate 1.8 at 10:00, 4.6 at 13:00", "troponin 09:00 12 ng/L, 12:00 58
ng/L" (ESC 2020 NSTE-ACS: the change between timed samples; Surviving Sepsis 2021 and
NICE NG51: the repeat lactate). Every value of the chain, the current one included,
carries its own time, so "Hb 98 at 14:00, 2 units given" is one haemoglobin."""
TREND_PREFIX: Final = (
    rf"(?:{_TIMED_CHAIN}"
    rf"|{_CHANGED}\s*(?:from\s*{_VALUE}{_UNIT}\s*)?to\s*"
    r"|(?:now|currently|today)(?:\s+(?:is|at|of))?\s*"
    rf"|{_CHAIN}"
    rf"|{_MOVING}(?:{_CHAIN}|(?:now|currently|today)(?:\s+(?:is|at|of))?\s*)?)?"
)
"""Put before a result's value: the words of a change to it ("decreased to", "dropped
from 14 to") or earlier values of a trend ("14 -> 10 -> ", "1.0, now "), so that the
value read is the current, last one."""

_SAMPLE_LABEL: Final = r"(?:(?:at\s*)?\d{1,2}\s*(?:h|hrs?|hours?)\s*[:=]?\s*)"
"""A sampling time written before a serial value ("0 h 8 ng/L, 3 h 62 ng/L")."""
_SERIAL_DIRECTION: Final = (
    r"(?:(?:rising|rose|risen|increasing|increased|falling|fell|decreasing|decreased"
    r"|static|flat|stable|unchanged)\s*[,:]?\s*)"
)
SERIAL_PREFIX: Final = (
    rf"(?:{_SERIAL_DIRECTION}?(?:{_ITEM}{_UNIT}\s*(?:,\s*)?(?:and\s+then|then|and"
    rf"|->|-->|→|=>|,|;)\s*{_SAMPLE_LABEL}?)+)"
)
"""Serial values of one test stated in a row, the last one current: "hs-TnT 6 then 7
ng/L", "troponin 3 and 4 ng/L", "troponins rising, 120 then 480 ng/L", "0 h 8 ng/L,
3 h 62 ng/L". For tests sampled serially by protocol (the ESC 0/1 h, 0/2 h and 0/3 h
troponin algorithms: Collet JP et al. ESC 2020 NSTE-ACS; Byrne RA et al. ESC 2023
ACS), where "and" between two values joins two samples; elsewhere "Hb 7.1 and 2 units
given" is no second haemoglobin, so only the serial tests take it."""

_EARLIER: Final = re.compile(
    rf"(?i)(?<![\d.,:])(?P<v>{_VALUE})(?!\d|:[0-5]\d)(?P<u>{_UNIT}){_VISIT_NOTE}"
    rf"(?P<past>{_PAST_NOTE})"
    # a sampling time is no value ("0 h 8 ng/L, 3 h 62 ng/L": the 3 is an hour)
    r"(?!\s*(?:h|hrs?|hours?|mins?|minutes?)(?![A-Za-z]))"
)


def earlier_values(prefix: str) -> list[tuple[float, str, int, int]]:
    """The earlier values of a trend in ``prefix`` (``TREND_PREFIX``'s text).

    Each as (value, unit written or '', start, end) within ``prefix``: a trend's
    earlier values are still results of the visit (a potassium of 6.9 treated to 5.0
    was a hyperkalaemia) unless marked as history.
    """
    return [
        (float(m["v"].replace(",", "")), m["u"].strip().lower(), m.start(), m.end())
        for m in _EARLIER.finditer(prefix)
        if not m["past"]  # "14 at baseline, now 7.5": the 14 is history
    ]


_HISTORY_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z-])(?:baseline|previous(?:ly)?|prior|usual|old|last known|"
    r"pre-?(?:admission|operative|morbid))\s+(?:[A-Za-z-]+\s+)?$"
)
"""History words just before the analyte's name ("baseline haemoglobin", "previous
potassium", "prior serum creatinine")."""
_HISTORY_AFTER: Final = re.compile(
    rf"(?i){_UNIT}"
    r"\s*[,(]?\s*(?:(?:at|as|is|was|her|his|their|its)\s+)?(?:(?:usual|normal)\s+)?"
    r"(?:baseline|previously|prior to (?:\w+\s+){0,2}(?:presentation|admission|visit|"
    r"illness|bleed\w*)|(?:\d+|a|an|one|two|three|four|six|several|few)\s+(?:days?|"
    r"weeks?|months?|years?)\s+(?:ago|before|earlier|prior)|last (?:week|month|year)"
    r"|in (?:19|20)\d\d)(?![A-Za-z])"
    r"(?!\s*(?:of|was|is|at|:|=)?\s*[<>~]?\s*\d)"
)
"""History words just after the value ("Hb 14 at baseline", "14 (baseline)", "Hb 14
a year ago", "Hb 14 g/dL prior to current presentation"); not the label of another
value ("creatinine 310 umol/L (baseline 90)": the 310 is today's)."""
_LOOKBACK: Final = 40


def historical_value(text: str, start: int, end: int) -> bool:
    """Whether the result at ``text[start:end]`` is a past value, not today's.

    History words within its clause just before its name or just after its value.
    """
    lo = max(0, start - _LOOKBACK)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in ".;:\n")
    if cut >= 0 and not (before[cut] == "." and before[cut + 1 : cut + 2].isdigit()):
        before = before[cut + 1 :]
    return bool(
        _HISTORY_BEFORE.search(before) or _HISTORY_AFTER.match(text, end, end + 80)
    )


_CONDITION_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:if|unless|should|once|until|whenever)\s+(?:(?:the|his|her"
    r"|their|serum|plasma|blood|capillary|venous|repeat|repeated|next)\s+){0,2}$"
)
_TARGET_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:keep(?:ing)?|target(?:ing|ed)?|aim(?:ing)?(?:\s+for)?|goal"
    r"|maintain(?:ing)?|titrat(?:e|ed|ing)\s+to|threshold)\s*(?:[:=]\s*)?(?:(?:the|his"
    r"|her|their|serum|plasma|a)\s+){0,2}$"
)
_COMPARATOR: Final = re.compile(
    r"(?i)<|>|\u2264|\u2265|(?<![A-Za-z])(?:(?:less|fewer|more|greater) than|under"
    r"|below|over|above)(?![A-Za-z])"
)


def threshold_value(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` is a plan's threshold, not a result.

    A bound after a condition ("transfuse if Hb < 7", "if Na < 120 give hypertonic
    saline", "intubate if GCS < 8") or a target ("keep K > 4", "target K 4-5") is
    what the plan will act on, not what was measured (ConText hypothetical: "if",
    "should"; Harkema H et al. J Biomed Inform 2009;42:839; medspaCy's default "if" is
    a FORWARD HYPOTHETICAL trigger). The condition's value needs its comparator
    ("when K was 2.8" and "if still 2.8" are results); a target takes any value.
    """
    lo = max(0, start - _LOOKBACK)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in ".;:\n")
    if cut >= 0 and not (before[cut] == "." and before[cut + 1 : cut + 2].isdigit()):
        before = before[cut + 1 :]
    if _TARGET_BEFORE.search(before):
        return True
    return bool(
        _CONDITION_BEFORE.search(before) and _COMPARATOR.search(text, start, end)
    )
