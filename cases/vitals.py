"""Triage vital signs from free text: typed values plus ER-Reason's official cascade.

:func:`extract_vitals_report` finds a vitals block ("Triage Vital Signs:",
"Vital Signs:", "Vitals:"), parses typed HR, BP, RR, temperature (°F converted to
°C), SpO2 and pain, and keeps implausible numbers out of the typed fields while
recording them in :attr:`VitalsReport.rejected`; the raw block is kept either way.
Without a block, the whole text is scanned for labelled values only (a bare "120/80"
is never read as BP).

:func:`vitals_cascade_official` reproduces the 5-step regex cascade of ER-Reason's
``acuity.py`` (first match wins) for paper-mode parity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict

from cases.decimal import decimal_points
from cases.memo import HashMemo, text_digest
from cases.models import Vitals

NO_VITALS: Final = "No vital signs available"
"""The official cascade's output when nothing matches."""

VitalsSource = Literal["triage_block", "vitals_block", "inline", "none"]

_PLAUSIBLE: Final[dict[str, tuple[float, float]]] = {
    "heart_rate": (20, 300),
    "systolic_bp": (40, 300),
    "diastolic_bp": (10, 200),
    "respiratory_rate": (4, 80),
    "temperature_c": (25, 45),
    "spo2": (40, 100),
    "pain": (0, 10),
}
"""Inclusive plausible ranges; values outside are rejected, not clipped."""

PLAUSIBLE_RANGES: Final = _PLAUSIBLE
"""Public name of the plausible ranges (also used by the FHIR importer)."""

RECORDED_RANGES: Final[dict[str, tuple[float, float]]] = {
    "heart_rate": (1, 300),
    "systolic_bp": (20, 300),
    "diastolic_bp": (5, 250),
    "respiratory_rate": (1, 80),
    "temperature_c": (25, 45),
    "spo2": (30, 100),
    "pain": (0, 10),
}
"""Inclusive ranges of a *recorded* (typed) vital sign: outside them (0 for "not
measured", SpO2 140) the value is not used. Wider than ``PLAUSIBLE_RANGES``, which
also rejects numbers that parsing picked up from unrelated text."""


def plausible_vitals(vitals: Vitals) -> tuple[Vitals, tuple[str, ...]]:
    """Drop recorded vitals outside ``RECORDED_RANGES`` (e.g. HR 0, SpO2 140).

    Returns:
        The cleaned vitals and a label for each dropped value.
    """
    dropped: list[str] = []
    update: dict[str, float | None] = {}
    for name, (lo, hi) in RECORDED_RANGES.items():
        value = getattr(vitals, name)
        if value is not None and not lo <= value <= hi:
            dropped.append(f"{name} implausible ({value:g})")
            update[name] = None
    if not update:
        return vitals, ()
    return vitals.model_copy(update=update), tuple(dropped)


_BLOCK_MAX_CHARS: Final = 600

_TRIAGE_HEADER = re.compile(r"(?i)triage\s+vital(?:\s+sign)?s?\b\s*:?")
_VITALS_HEADER = re.compile(
    r"(?i)\b(?:vital\s+signs?|vitals)\b\s*(?:\([^)\n]{0,30}\))?\s*:"
)
_BLOCK_END = re.compile(
    r"(?i)\b(?:HENT|Head|Eyes|Neck|Cardiovascular|Pulmonary|Constitutional|"
    r"Physical\s+Exam|Exam|General|Skin|Abdominal|Abdomen|Neurological|"
    r"Medical\s+Decision\s+Making|Review\s+of\s+Systems|Allergies|"
    r"Past\s+Medical\s+History)\s*:"
    r"|\n[ \t]*\n"
    # a sentence end followed by narrative (not by another vitals label)
    r"|\.\s+(?!(?:BP|HR|RR|Pulse|Resp|Temp|SpO2|O2|Pain|Sat|Weight|Height|Heart|"
    r"Blood|Mental)\b)(?=[A-Z][a-z])"
)

# Separator between a label and its number: colons, "(!)" abnormal flags, "(Src)",
# and a few linking words ("HR of 104", "BP was 90/60").
_SEP = r"[ \t:=]*(?:\((?:!|Src|src)\)[ \t:=]*)?(?:(?:is|was|are|were|of|at)[ \t]+)?"
_NUM = r"(\d{1,3}(?:\.\d+)?)"

_BP = re.compile(
    r"(?i)\b(?:BP|B/P|NIBP|blood\s+pressure)\b" + _SEP + r"(\d{2,3})\s*/\s*(\d{2,3})"
)
_HR = re.compile(
    r"(?i)\b(?:HR|heart\s+rate|pulse(?!\s*ox)(?:\s+rate)?"
    r"|tachy(?:cardic|cardia)?\s+(?:to|at|in\s+the)|brady(?:cardic|cardia)?\s+(?:to|at"
    r"|in\s+the))\b" + _SEP + _NUM
)
"""Heart rate: "HR 104", "pulse of 48", "tachy to 140s", "bradycardic at 38"."""
_RR = re.compile(
    r"(?i)\b(?:RR|resp(?:iratory)?(?:\s+rate)?|resp\.|respirations)(?![a-z])"
    + _SEP
    + _NUM
    + r"|\bbreath(?:ing|es|s)?(?:\s+(?:only|at|about|just|around))?\s+(\d{1,2})\s*"
    r"(?:(?:times|breaths)\s+)?(?:a|per|each|every|/)\s*min(?:ute)?\b"
    r"|\b(\d{1,2})\s*breaths\s*(?:a|per|/)\s*min(?:ute)?\b"
)
"""Respiratory rate: "RR 24", "respirations of 6", and in words, "breathing 4 times a
minute", "breathing 40 a minute", "6 breaths per minute", "40 breaths/min"."""
_TEMP = re.compile(
    r"(?i)(?:\b(?:temp(?:erature)?|tmax)(?:\s*\(src\))?\b"
    r"(?:\s+(?:at\s+triage|on\s+arrival))?|\bT(?=[ \t:]*\d))"
    + _SEP
    + r"(\d{2,3}(?:\.\d+)?)\s*(?:[°˚º]|deg(?:rees)?)?\s*([FC])?(?![a-z])"
)
_SPO2 = re.compile(
    r"(?i)\b(?:SpO2|SpO₂|SaO2|O2\s*sat(?:uration)?s?|sat(?:uration)?s?|saturating|"
    r"satting|"
    r"pulse\s*ox(?:imetry)?)(?![a-z])" + _SEP + _NUM + r"\s*%?"
    # a reading in words: "the pulse oximeter reads 79%", "oximetry shows 88 percent"
    r"|\b(?:pulse\s*ox\w*|oximet\w*|(?:oxygen|O2)\s+sat\w*)(?:\s+\w+){0,3}?\s+"
    r"(?:reads?|reading|shows?|showing|displays?|displaying|of|at|is|was)"
    r"(?:\s+(?:a\s+)?(?:saturation|sat)s?\s+of)?\s+(\d{2,3})\s*(?:%|percent)"
)
"""Oxygen saturation: "SpO2 94%", "sats 88", and a reading in words with its unit."""
_PAIN_BLOCK = re.compile(
    r"(?i)\b(?:pain(?:\s+score)?|NRS)\b[ \t:=]*(\d{1,2})(?:\s*/\s*10)?"
)
_PAIN_INLINE = re.compile(
    r"(?i)\bpain\s+score\b[ \t:=]*(\d{1,2})"
    r"|\bpain\b(?:\s+(?:as|at|is|was|of))?[ \t:=]*(\d{1,2})\s*(?:/\s*10|out of 10)\b"
    r"|\brates?\s+(?:it\s+)?(?:as|at)\s+(?:a\s+)?(\d{1,2})\s*(?:/\s*10|out of 10)\b"
)
"""Pain in running text: "pain score 6", "pain 7/10", "rates her pain as 9/10",
"cramping that she rates as 5/10"."""


class VitalsReport(BaseModel):
    """Extraction result: typed vitals plus what was rejected and where it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    vitals: Vitals
    source: VitalsSource
    rejected: tuple[str, ...] = ()
    """Implausible readings kept out of ``vitals``, as ``"field=value"``."""

    @property
    def n_found(self) -> int:
        """Number of typed vital values found."""
        return sum(
            v is not None for k, v in self.vitals.model_dump().items() if k != "raw"
        )


def _find_block(text: str) -> tuple[str, VitalsSource] | None:
    headers: tuple[tuple[re.Pattern[str], VitalsSource], ...] = (
        (_TRIAGE_HEADER, "triage_block"),
        (_VITALS_HEADER, "vitals_block"),
    )
    for header, source in headers:
        match = header.search(text)
        if match is None:
            continue
        rest = text[match.start() : match.start() + _BLOCK_MAX_CHARS]
        body_start = len(match.group(0))
        body_start += len(rest[body_start:]) - len(rest[body_start:].lstrip())
        end = _BLOCK_END.search(rest, body_start)
        block = rest[: end.start()] if end else rest
        if re.search(r"\d", block):
            return block.strip(), source
    return None


_BP_PALPATED = re.compile(
    r"(?i)\b(?:BP|B/P|NIBP|blood\s+pressure)\b"
    + _SEP
    + r"(\d{2,3})\s*(?:/\s*(?:palp(?:ated|ation)?|p|dopp(?:ler)?)\b"
    r"|(?:mm\s?hg\s*)?(?:systolic\s*)?(?:by|on|to)\s+(?:palpation|doppler)\b"
    r"|(?:mm\s?hg\s*)?systolic\b|palp(?:ated|able)?\b)"
    r"|\b(?:SBP|systolic(?:\s+(?:BP|blood\s+pressure|pressure))?)\b"
    + _SEP
    + r"(\d{2,3})\b(?!\s*/)"
)
"""A systolic pressure alone: by palpation or Doppler ("BP 70/palp", "BP 78 by
palpation", "BP 70 systolic"), or labelled systolic ("SBP 84"): no diastolic value."""


_LETTER_HR = re.compile(r"(?:^|[,;:|]\s*)P\s*:?\s*(\d{2,3})(?=\s*(?:[,;|]|$))")
_LETTER_RR = re.compile(
    r"(?:^|[,;:|]\s*)(?:P\s*:?\s*\d{2,3}\s*[,;|]?\s*)?R\s*:?\s*(\d{1,2})(?=\s*(?:[,;|.]|$))"
)
"""Pulse and respirations by their one-letter labels inside a comma-separated run of
vital signs ("T 37.7, P 78, R 16, BP 128/74"), read only when no worded label gave
them and another labelled vital sits in the same text."""


def _to_celsius(value: float, unit: str | None) -> float:
    if (unit or "").upper() == "F" or (unit is None and value > 45):
        return round((value - 32) * 5 / 9, 1)
    return value


def _temp_reading(text: str, *, in_block: bool) -> tuple[float, int, int] | None:
    """The temperature (°C) of ``text`` the vitals take, and its span.

    A block's first labelled reading. readers55: in running text a reading taken
    before the visit is history, not the vital sign ("38.9 at home yesterday ... in
    triage T 35.4"), as ``text_temperature`` reads them; when every labelled reading
    was such, this visit's reading with its unit alone is taken ("Temp 104 F at home,
    103.5 F in triage").
    """
    skipped = False
    for m in _TEMP.finditer(text):
        if in_block or not _reported_reading(text, m.start(), m.end()):
            return _to_celsius(float(m.group(1)), m.group(2)), m.start(), m.end()
        skipped = True
    if not skipped:
        return None
    lo, hi = TEXT_TEMPERATURE_RANGE
    for start, end, value in temperature_readings(text):
        if (
            lo <= value <= hi
            and not _carer_measured(text, start)
            and not _reported_reading(text, start, end)
        ):
            return value, start, end
    return None


def _parse_fields(text: str, *, in_block: bool) -> dict[str, float]:
    found: dict[str, float] = {}
    if m := _BP.search(text):
        found["systolic_bp"], found["diastolic_bp"] = (
            float(m.group(1)),
            float(m.group(2)),
        )
    elif m := _BP_PALPATED.search(text):
        found["systolic_bp"] = float(m.group(1) or m.group(2))
    for name, pattern in (
        ("heart_rate", _HR),
        ("respiratory_rate", _RR),
        ("spo2", _SPO2),
    ):
        if m := pattern.search(text):
            found[name] = float(next(g for g in m.groups() if g is not None))
    if reading := _temp_reading(text, in_block=in_block):
        found["temperature_c"] = reading[0]
    if found:
        for name, pattern in (
            ("heart_rate", _LETTER_HR),
            ("respiratory_rate", _LETTER_RR),
        ):
            if name not in found and (m := pattern.search(text)):
                found[name] = float(m.group(1))
    pain = (_PAIN_BLOCK if in_block else _PAIN_INLINE).search(text)
    if pain:
        found["pain"] = float(next(g for g in pain.groups() if g is not None))
    return found


_COLUMN_LABELS = r"temp\s*src|BP|temp|pulse|resp|SpO2|weight|height|pain(?:\s*score)?"
_COLUMN_LABEL = re.compile(_COLUMN_LABELS, re.IGNORECASE)
_HEADER_LINE = re.compile(
    rf"^[ \t]*(?:(?:{_COLUMN_LABELS})[ \t]*){{3,}}$", re.IGNORECASE | re.MULTILINE
)
_COLUMN_VALUE: Final[dict[str, str]] = {
    "bp": r"(\d{2,3}\s*/\s*\d{2,3})",
    "tempsrc": r"([A-Za-z]+)",
    "temp": r"(\d{2,3}(?:\.\d+)?\s*(?:[°˚º]\s*[FC])?(?:\s*\([^)]*\))?)",
    "weight": r"(\d+(?:\.\d+)?\s*(?:kg|lb)?)",
    "height": r"(\d+(?:\.\d+)?\s*(?:m|cm|\"|in)?)",
}
_COLUMN_TO_LABEL: Final = {
    "pulse": "HR",
    "resp": "RR",
    "spo2": "SpO2",
    "temp": "Temp",
    "bp": "BP",
}


def _columnar(block: str) -> str | None:
    """Rewrite an Epic columnar table (label line, value line) as labelled text."""
    header = _HEADER_LINE.search(block)
    if header is None:
        return None
    values = block[header.end() :].lstrip("\n")
    labels = [
        re.sub(r"\s+", "", m).lower() for m in _COLUMN_LABEL.findall(header.group(0))
    ]
    parts: list[str] = []
    pos = 0
    for label in labels:
        key = "pain" if label.startswith("pain") else label
        pattern = _COLUMN_VALUE.get(key, r"(\d+(?:\.\d+)?\s*%?)")
        m = re.compile(r"[ \t]*(?:\(!\)[ \t]*)?" + pattern).match(values, pos)
        if m is None:
            return None
        pos = m.end()
        if key in _COLUMN_TO_LABEL:
            parts.append(f"{_COLUMN_TO_LABEL[key]} {m.group(1)}")
        elif key == "pain":
            parts.append(f"Pain {m.group(1)}")
    return " | ".join(parts)


def _inline_snippets(text: str) -> str:
    spans = [
        m.span() for p in (_BP, _HR, _RR, _SPO2, _PAIN_INLINE) if (m := p.search(text))
    ]
    if reading := _temp_reading(text, in_block=False):
        spans.append(reading[1:])
    spans.sort()
    return " | ".join(text[a:b].strip() for a, b in spans)


_UNITS_WORDS: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNIT_W = "|".join(_UNITS_WORDS)
_TENS_W = "|".join(_TENS_WORDS)
_TEENS_W = (
    "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_BELOW_100 = rf"(?:(?:{_TENS_W})(?:[- ](?:{_UNIT_W}))?|{_TEENS_W})"
_WORDED_RATE: Final = re.compile(
    rf"(?i)(?<![A-Za-z])(?P<label>(?:HR|heart\s+rate|pulse(?:\s+rate)?|RR|resp(?:iratory)?"
    rf"\s+rate|respirations|sats?|saturations?|SpO2|O2\s+sats?)(?:\s+(?:of|is|was|at))?"
    rf"\s+)(?P<n>(?:(?:a|one|two)\s+hundred(?:\s+and)?(?:\s+(?:{_BELOW_100}|{_UNIT_W}))?)"
    rf"|{_BELOW_100})(?![A-Za-z-])"
)
"""readers54 (readers53's R28): a rate written in words after its label ("Heart rate one
hundred and eighty", "resp rate thirty-two", "sats eighty-eight"), as dictated notes
write it: read as its number."""


def _words_value(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower().strip())
    total = 0
    if "hundred" in parts:
        total = 200 if parts[0] == "two" else 100
        parts = parts[parts.index("hundred") + 1 :]
    return total + sum(_TENS_WORDS.get(w, 0) + _UNITS_WORDS.get(w, 0) for w in parts)


def worded_rates(text: str) -> str:
    """``text`` with each vital rate written in words after its label as digits."""
    low = text.lower()
    if not any(
        w in low for w in (*_TENS_WORDS, "hundred", "ten", "teen", "eleven", "twelve")
    ):
        return text
    return _WORDED_RATE.sub(
        lambda m: f"{m.group('label')}{_words_value(m.group('n'))}", text
    )


def extract_vitals_report(note_text: str | None) -> VitalsReport:
    """Parse typed vital signs from a note, recording rejected implausible values.

    Args:
        note_text: An ED provider note, a triage text or a vignette; None or blank
            gives empty vitals.

    Returns:
        A VitalsReport whose ``vitals.raw`` is the vitals block (or the labelled
        snippets when there is no block) and whose ``rejected`` lists implausible
        values such as ``"spo2=140"``.
    """
    if not note_text or not note_text.strip():
        return VitalsReport(vitals=Vitals(), source="none")
    return _REPORTS.get_or_compute(
        text_digest(note_text), lambda: _extract_report(note_text)
    )


_REPORTS: HashMemo[VitalsReport] = HashMemo(256)
"""Reports (frozen) by the SHA-256 of the note (no text kept as a key): a served
worker reads a returning case's note once."""


def _extract_report(note_text: str) -> VitalsReport:
    note_text = worded_rates(decimal_points(note_text))
    block = _find_block(note_text)
    if block is not None:
        raw, source = block
        values = _parse_fields(raw, in_block=True)
        if len(values) < 2 and (table := _columnar(raw)):
            values = {**_parse_fields(table, in_block=True), **values}
    else:
        values = _parse_fields(note_text, in_block=False)
        raw, source = (
            (_inline_snippets(note_text), "inline") if values else ("", "none")
        )
    rejected: list[str] = []
    kept: dict[str, float] = {}
    for name, value in values.items():
        low, high = _PLAUSIBLE[name]
        if low <= value <= high:
            kept[name] = value
        else:
            rejected.append(f"{name}={value:g}")
    if (
        "systolic_bp" in kept
        and "diastolic_bp" in kept
        and (kept["diastolic_bp"] >= kept["systolic_bp"])
    ):
        rejected.append(
            f"blood_pressure={kept['systolic_bp']:g}/{kept['diastolic_bp']:g}"
        )
        del kept["systolic_bp"], kept["diastolic_bp"]
    vitals = Vitals(raw=raw or None, **kept)
    return VitalsReport(vitals=vitals, source=source, rejected=tuple(rejected))


def extract_vitals(note_text: str | None) -> Vitals:
    """Parse typed vital signs from a note (see :func:`extract_vitals_report`)."""
    return extract_vitals_report(note_text).vitals


def format_vitals(vitals: Vitals) -> str:
    """Render typed vitals as one compact line, e.g. ``"BP 142/88 | HR 104"``."""
    parts: list[str] = []
    if vitals.systolic_bp is not None and vitals.diastolic_bp is not None:
        parts.append(f"BP {vitals.systolic_bp:g}/{vitals.diastolic_bp:g}")
    for label, value, unit in (
        ("HR", vitals.heart_rate, ""),
        ("RR", vitals.respiratory_rate, ""),
        ("Temp", vitals.temperature_c, " °C"),
        ("SpO2", vitals.spo2, "%"),
        ("Pain", vitals.pain, "/10"),
    ):
        if value is not None:
            parts.append(f"{label} {value:g}{unit}")
    return " | ".join(parts)


_OFFICIAL_P1 = re.compile(r"Triage Vital Signs:.*?(?=HENT:)", re.DOTALL)
_OFFICIAL_P2 = re.compile(
    r"(?:Triage Vital Signs|Vital Signs)[\s:]*.*?"
    r"(?=(?:HENT|Head|Eyes|Cardiovascular|Pulmonary|Constitutional|Physical Exam):)",
    re.DOTALL,
)
_OFFICIAL_P3 = re.compile(
    r"(?:BP|Heart Rate|Pulse|Temp|Resp|SpO2|Temperature)[\s:].{1,150}"
)
_OFFICIAL_P4 = re.compile(
    r"(?:BP|HR|RR|T|Temp|O2)[\s:]*\d+(?:[\/\.\-]\d+)?(?:\s*[%℃℉]?)+"
)
_OFFICIAL_P5 = re.compile(r"\d{2,3}\/\d{2,3}")


def vitals_cascade_official(text: object) -> str:
    """Reproduce ER-Reason ``acuity.py``'s ``extract_vital_signs`` output string.

    Same patterns and order (first match wins), including its quirks: case-sensitive
    headers, pattern 3's 150 trailing characters, and pattern 5's ±100-character window
    around the first "nn/nn". Non-strings give "No vital signs available".

    Args:
        text: The ED provider note (any type; only ``str`` is searched).

    Returns:
        The string the official script would put in ``Vital_Signs``.
    """
    if not isinstance(text, str):
        return NO_VITALS
    for pattern in (_OFFICIAL_P1, _OFFICIAL_P2):
        if m := pattern.search(text):
            return m.group(0).strip()
    for pattern in (_OFFICIAL_P3, _OFFICIAL_P4):
        found = pattern.findall(text)
        if found:
            return "Vital Signs: " + " ".join(found)
    if m := _OFFICIAL_P5.search(text):
        start, end = max(0, m.start() - 100), min(len(text), m.end() + 100)
        return "Possible Vital Signs: " + text[start:end]
    return NO_VITALS


_TEMP_WORDS: Final = (
    r"(?<![A-Za-z0-9-])(?:temp(?:erature)?s?|t\s?-?max|max(?:imum)?\s+temp(?:erature)?"
    r"|(?:highest|peak)\s+temp(?:erature)?|febrile|pyrexial|hypothermic|fevers?"
    r"|pyrexia|spik(?:ed|ing|es?)(?:\s+(?:a\s+)?(?:temp(?:erature)?s?|fevers?))?"
    r"|temp(?:erature)?\s+spikes?)(?:\s+(?:to|of|at|up to|as high as|reaching"
    r"|reached|measured at|recorded at|on arrival|at triage))?"
    r"|(?<![A-Za-z0-9-])(?<!troponin )(?<!trop )(?-i:T)\s?°?(?=[ \t:]*\d)"
)
"""The words that name a temperature reading: "temp", "T", "T°", "Tmax", "T max",
"max temp", "febrile to", "pyrexial at", "fevers to", "spiking to", "temperature spike
to" (US and UK notes)."""
_TEXT_TEMP: Final = re.compile(
    r"(?i)(?:"
    + _TEMP_WORDS
    + r")"
    + _SEP
    + r"(\d{2,3}(?:\.\d+)?)(?!\d|\.\d)\s*(?:[°˚º]|deg(?:rees)?)?\s*([FC])?"
    r"(?![A-Za-z0-9/%])"
    r"(?!\s*(?:h|hrs|hours?|min|mins|minutes|d|days?|wks?|weeks?|ng|pg|mg|mmol"
    r"|/)(?![A-Za-z]))"
    r"|(?<![\w.])(\d{2,3}(?:\.\d+)?)\s*(?:[°˚º]\s*([FC])|(?-i:(F)))(?![A-Za-z0-9])"
)
"""A temperature in running text: "temp 39.2", "febrile to 38.9", "T 102.4F",
"temperature of 35.1 C", "Tmax 39" (°F converted; a number followed by a time or a lab
unit is not one), also at the end of its sentence ("Temp 38.9."), and a number with
its degree sign or a Fahrenheit F alone ("39.2 °C on arrival", "102F")."""
FEVER_READING: Final = (
    r"(?:"
    + _TEMP_WORDS
    + r")"
    + _SEP
    + r"(?:(?:3[89]|4[0-3])(?:\.\d+)?(?!\d|\.\d)(?!\s*(?:[°˚º]\s*)?F)"
    r"|(?:100\.[4-9]\d*|10[1-9](?:\.\d+)?)(?!\d|\.\d))"
    r"(?!\s*(?:h|hrs|hours?|min|mins|minutes|d|days?|wks?|weeks?|/|%)(?![A-Za-z]))"
    r"|(?<![\w.])(?:(?:3[89]|4[0-3])(?:\.\d+)?\s*[°˚º]\s*C"
    r"|(?:100\.[4-9]\d*|10[1-9](?:\.\d+)?)\s*(?:[°˚º]\s*)?F)(?![A-Za-z0-9])"
)
"""Regex source of a stated reading of 38.0 °C (100.4 °F) or more, in any of the
words of ``_TEXT_TEMP``, at home or in the ED: a fever (AAP 2021 febrile infant
guideline, Pantell RH et al. Pediatrics 2021;148:e2021052228: a reliable home reading
counts; NICE NG143). For the pathways' word patterns, which cannot compare numbers."""

FEVER_WORDS: Final = rf"fever\w*|febrile|pyrexi\w*|rigors?|{FEVER_READING}"
"""Regex source of a fever in words or a stated reading of 38.0 °C or more (the one
pattern of the pathways and the triage resource rules)."""
_REPORTED_TEMP: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:at home|home|prior to arrival|pta|before arrival"
    r"|per (?:mom|mum|mother|dad|father|parents?|family|caregiver)|reported"
    r"|by (?:mom|mum|mother|dad|father|parents?)|at (?:school|daycare|nursery)"
    r"|yesterday|last night|t\s?-?max|max(?:imum)?\s+temp|(?:highest|peak)\s+temp"
    r")(?![A-Za-z])"
)
"""A temperature taken before the visit (at home, by a parent) or the illness's
maximum: history, not a vital sign of this visit."""
_MEASURED_TEMP: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:mother|mum|mom|father|dad|parents?|carer|caregiver"
    r"|grand(?:mother|ma|father|pa|ad)|granny|wife|husband|partner|daughter|son"
    r"|family|she|he|they)\s+(?:had\s+)?(?:(?:measured|recorded|checked)\s+"
    r"(?:(?:it|him|her|them)\s+)?|(?:took|got)\s+(?:it|him|her|them)\s+)"
    r"(?:(?:at|as|of)\s+)?((?:3[5-9]|4[0-2])(?:\.\d)?)"
    r"(?!\d|\.\d)(?:\s*(?:[°˚º]\s*C?|deg(?:rees)?(?:\s*C)?|C(?![A-Za-z])))?"
    r"(?=\s*(?:$|[.,;:)\n]|(?:at|this|last|yesterday|overnight|earlier|before|on|in"
    r"|and|with|but|when|tonight|today|then)(?![A-Za-z])))"
)
"""readers47: a temperature a carer measured, stated without the word "temperature"
("Mother measured 38.3 at home", "Dad took it at 38.6"): a parent-measured fever counts
(NICE NG143 2019 fever in under 5s, 1.2.1.1: a fever reported by a parent or carer is
a fever). A value of 35-42.9 after a lay person's "measured" / "recorded" /
"checked" (or "took it at"), ending its clause or followed by a time or place ("She
took 40 paracetamol tablets" is none); always a reading before the visit (never this
visit's vital sign: ``text_temperature`` leaves it out). The span read is the
value's."""
_CLAUSE_BREAK: Final = re.compile(r"[.;,\n]")
TEXT_TEMPERATURE_RANGE: Final = (30.0, 44.0)
"""Temperatures (°C) a text reading may give; outside it the number is another."""


def text_temperature(text: str | None) -> float | None:
    """The most extreme temperature (°C) measured in this visit's running text.

    Reads "temp 39.2", "febrile to 38.9", "T 102.4F" (°F converted, as a number above
    45 without a unit is); a reading taken before the visit ("38.5 at home", "per
    mum", "Tmax") is history, not a vital sign, and is left out. The value furthest
    from 37 °C is kept (a fever or hypothermia seen in the ED is not undone by a later
    reading after an antipyretic).

    Args:
        text: Running text of the visit (a note, a one-liner, a triage history).

    Returns:
        The temperature in °C, or None when none is stated.
    """
    if not text:
        return None
    text = decimal_points(text)
    lo, hi = TEXT_TEMPERATURE_RANGE
    found: list[float] = []
    for start, end, value in temperature_readings(text):
        if _carer_measured(text, start):
            continue  # a carer's reading is history, not this visit's vital sign
        if _reported_reading(text, start, end):
            continue
        if lo <= value <= hi:
            found.append(value)
    return max(found, key=lambda t: abs(t - 37.0)) if found else None


def temperature_readings(text: str | None) -> list[tuple[int, int, float]]:
    """Every temperature stated in ``text`` as (start, end, °C), measured or reported.

    "Tmax 100.9 F", "T max 38.4", "febrile to 39.1", "temp 101" (a bare number above 45
    is Fahrenheit), "39.2 °C", "102F". Whether a reading is this visit's vital sign is
    the caller's question (``text_temperature`` leaves home readings and Tmax out).
    """
    if not text:
        return []
    out = []
    text = decimal_points(text)
    for m in _TEXT_TEMP.finditer(text):
        if m.group(1) is not None:
            value = _to_celsius(float(m.group(1)), m.group(2))
        else:
            value = _to_celsius(float(m.group(3)), m.group(4) or m.group(5))
        out.append((m.start(), m.end(), value))
    for m in _MEASURED_TEMP.finditer(text):
        if not any(a <= m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(), float(m.group(1))))
    return sorted(out)


def _reported_reading(text: str, start: int, end: int) -> bool:
    """Whether the temperature at ``start:end`` was taken before the visit.

    Its clause (30 characters either side, cut at a comma, full stop or semicolon)
    names home, a parent, a time before arrival or the illness's maximum
    (``_REPORTED_TEMP``).
    """
    before = text[max(0, start - 30) : start]
    cuts = list(_CLAUSE_BREAK.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    after = text[end : end + 30]
    cut = _CLAUSE_BREAK.search(after)
    after = after[: cut.start()] if cut else after
    return bool(_REPORTED_TEMP.search(before + " " + text[start:end] + after))


def _carer_measured(text: str, start: int) -> bool:
    """Whether the reading at ``start`` is the value of a carer's measuring verb."""
    return any(m.start(1) == start for m in _MEASURED_TEMP.finditer(text))


def with_text_temperature(vitals: Vitals, texts: Iterable[str | None]) -> Vitals:
    """``vitals`` with a temperature read from ``texts`` when none is recorded.

    The recorded (structured) temperature wins when present; otherwise a
    temperature measured in this visit's text (``text_temperature``) is the one the
    rules read (a fever written only in the examination, "T 39.2", is a fever: SIRS,
    Bone RC et al. Chest 1992; NEWS2, RCP 2017).
    """
    if vitals.temperature_c is not None:
        return vitals
    readings = [t for text in texts if (t := text_temperature(text)) is not None]
    if not readings:
        return vitals
    value = max(readings, key=lambda t: abs(t - 37.0))
    return vitals.model_copy(update={"temperature_c": value})
