"""NICE NG106: a suspected new heart failure seen as an outpatient.

Research software, not for clinical use. NICE NG106 (chronic heart failure in adults,
2018, updated 2025) 1.2: a raised NT-proBNP in someone with symptoms of heart failure
is referred for specialist assessment and transthoracic echocardiography within 2
weeks (NT-proBNP above 2,000 ng/L) or 6 weeks (400-2,000 ng/L); 1.6: a loop diuretic
relieves the fluid retention meanwhile. That plan is for a stable patient: breathless
for weeks, with no sign of acute heart failure (McDonagh TA et al. ESC 2021 heart
failure 11.1: hypoxaemia, tachypnoea, pulmonary or venous congestion, hypotension, a
fast heart rate, an acute coronary trigger, a kidney injury), which is treated in
hospital with IV diuretics.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

__all__ = ["ACUTE_HF_SIGNS", "AMBULATORY_HF", "ambulatory_heart_failure"]

AMBULATORY_HF: Final = "ambulatory_suspected_heart_failure"
"""The concept given a stable suspected new heart failure (``facts.from_findings``)."""
ACUTE_HF_SIGNS: Final = frozenset(
    {
        "chf",
        "dialysis_dependent",
        "hypoxaemia",
        "spo2_under_92",
        "tachypnea",
        "respiratory_distress",
        "severe_respiratory_distress",
        "rales",
        "orthopnoea",
        "jvd",
        "cxr_pulmonary_edema",
        "frothy_sputum",
        "s3_gallop",
        "b_lines",
        "hypotension",
        "tachycardia",
        "chest_pain",
        "syncope",
        "altered_mental_status",
        "ecg_ischemic_changes",
        "troponin_elevated",
        "creatinine_high",
        "potassium_high",
    }
)
"""A known heart failure (a decompensation, not a new one), or a sign of acute heart
failure or of its trigger (ESC 2021 heart failure 11.1): hospital care."""


def ambulatory_heart_failure(present: Set[str]) -> bool:
    """A raised natriuretic peptide after weeks of breathlessness, no acute sign."""
    return (
        "natriuretic_peptide_raised" in present
        and "chronic_breathlessness" in present
        and not present & ACUTE_HF_SIGNS
    )
