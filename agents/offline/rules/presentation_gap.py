"""A record with no presentation: no complaint, no vital sign, no history, only results.

Research software, not for clinical use. Some records hold laboratory results and
nothing else (an extract of the first results of an ED stay). No diagnosis can be
placed on results alone, and no complaint, vital sign or history is there to place
one on: the next step a clinician writes is the clinical assessment itself, a full
set of observations and a history (RCP NEWS2 2017 and RCEM: every ED patient has a
full set of observations on arrival; ESI v4 handbook ch. 2: the vital signs are part
of triage), with any critical result acted on at once (The Joint Commission NPSG
02.03.01 critical results; Royal College of Pathologists 2017, The communication of
critical and unexpected pathology results). The trace says so with the typed flag
``no_presentation`` instead of forcing a protocol.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.results import result_findings
from cases.models import Vitals

__all__ = ["CRITICAL", "critical_results", "no_presentation", "results_only"]

_VITAL_FIELDS: Final = (
    "heart_rate",
    "systolic_bp",
    "diastolic_bp",
    "respiratory_rate",
    "temperature_c",
    "spo2",
)
_HEADING: Final = re.compile(r"^[^:\n]{1,120}:\s*$")
"""A heading line ("ED laboratory results (first value of each test):")."""
_QUALITATIVE: Final = (
    r"(?-i:NEG(?:ATIVE)?|POS(?:ITIVE)?|NONE|TRACE|HOLD|(?:NOT )?DETECTED|NORMAL"
    r"|ABNORMAL|SMALL|SM|MODERATE|MOD|LARGE|LG|FEW|MANY|OCC|RARE|CLEAR|HAZY|CLOUDY"
    r"|YELLOW|STRAW|AMBER|RED|BROWN|VEN|ART|MIX)\.?"
    r"(?:\s+(?-i:[A-Z0-9][A-Z0-9 .,/()-]*))?"
)
"""A laboratory system's qualitative result, upper case ("NEG", "HOLD.  DISCARD
GREATER THAN 4 HOURS OLD."): case-sensitive, so no narrative word is one."""
_RESULT_LINE: Final = re.compile(
    r"(?i)^[A-Za-z\[][\w ,%#/().'+\[\]-]{0,80}?\s+(?:(?:[<>]=?\s*)?-?\d[\d.,]*"
    r"(?:\s*[A-Za-z%/^*µ#][\w%/^*µ.#]*(?:/[\w.#]+)?)?"
    rf"|{_QUALITATIVE})"
    r"(?:\s*\((?:abnormal|high|low|critical|h|l|delta)\))?\s*$"
)
"""A result line: a test's name, a number and a unit or a qualitative result, a flag
("Potassium 6.8 mEq/L (abnormal)", "Urine WBC 13 #/hpf", "Barbiturate Screen NEG")."""

CRITICAL: Final[dict[str, str]] = {
    # the severe band of each analyte in ``results`` (with its source there)
    "potassium_high_severe": "severe hyperkalaemia (potassium >= 6.5 mmol/L)",
    "sodium_low_profound": "profound hyponatraemia (sodium < 125 mmol/L)",
    "sodium_high_marked": "marked hypernatraemia (sodium >= 155 mmol/L)",
    "glucose_low_severe": "severe hypoglycaemia (glucose < 54 mg/dL, 3.0 mmol/L)",
    "glucose_very_high": "glucose > 600 mg/dL (33 mmol/L)",
    "hemoglobin_low_severe": "haemoglobin < 7 g/dL",
    "platelets_low_severe": "platelets < 30 x10^9/L",
    "neutropenia": "neutrophils < 0.5 x10^9/L",
    "hyperleukocytosis": "white count > 100 x10^9/L",
    "lactate_high_severe": "lactate >= 4 mmol/L",
    "acidemia": "pH < 7.30",
    "calcium_high_severe": "severe hypercalcaemia (calcium >= 14 mg/dL)",
    "calcium_low_severe": "severe hypocalcaemia (calcium < 7.6 mg/dL)",
    "inr_supratherapeutic": "INR >= 4.5",
    "troponin_elevated": "raised troponin",
    "carboxyhemoglobin_severe": "severe carbon monoxide poisoning (COHb)",
    "methemoglobin_severe": "severe methaemoglobinaemia",
}
"""Result concepts read as critical: the severe band of each analyte as ``results``
reads it (its guideline named there), a value to act on before anything else."""


def _no_vitals(vitals: Vitals) -> bool:
    return all(getattr(vitals, f) is None for f in _VITAL_FIELDS)


def results_only(text: str | None) -> bool:
    """Whether ``text`` is empty or holds only headings and result lines."""
    if not text:
        return True
    return all(
        _HEADING.match(line) or _RESULT_LINE.match(line)
        for raw in text.splitlines()
        if (line := raw.strip())
    )


def no_presentation(
    complaint: str | None,
    vitals: Vitals,
    *texts: str | None,
) -> bool:
    """Whether a record names no complaint, no vital sign and no history.

    Args:
        complaint: The chief complaint.
        vitals: The recorded vital signs.
        texts: The other texts the stage reads (presentation, one-liner, ED note):
            each empty or only results (``results_only``).
    """
    if complaint and complaint.strip():
        return False  # the cheap answer first: almost every record has one
    return _no_vitals(vitals) and all(results_only(t) for t in texts)


def critical_results(text: str | None, *, age: int | None = None) -> tuple[str, ...]:
    """The critical results read from ``text``: "Potassium 6.8 mEq/L: severe ..."."""
    if not text:
        return ()
    return tuple(
        f"{f.text.strip()}: {CRITICAL[f.concept]}"
        for f in result_findings(text, age=age)
        if f.status == "present" and f.concept in CRITICAL
    )
