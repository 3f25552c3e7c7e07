"""ER-Reason label vocabularies (exact strings) and the note-type map."""

from __future__ import annotations

from typing import Final, Literal, get_args

Acuity = Literal["Immediate", "Emergent", "Urgent", "Less Urgent", "Non-Urgent"]
"""Triage acuity words used by ER-Reason's ``acuitylevel`` column (ESI 1..5)."""

ACUITY_WORDS: Final[tuple[Acuity, ...]] = get_args(Acuity)
ACUITY_TO_ESI: Final[dict[Acuity, int]] = {w: i + 1 for i, w in enumerate(ACUITY_WORDS)}
ESI_TO_ACUITY: Final[dict[int, Acuity]] = {i: w for w, i in ACUITY_TO_ESI.items()}

TriageScale = Literal["ESI", "KTAS", "CTAS"]
"""The five-level triage scale a site grades in: the Emergency Severity Index (US;
ER-Reason), the Korean Triage and Acuity Scale (Park J, Lim T. J Korean Soc Emerg Med
2017;28:547) or the Canadian Triage and Acuity Scale it adapts (Bullard MJ et al. CJEM
2017;19(S2):S18). Level 1 is the most urgent in all three; the acuity words name the
level whatever the scale (1 Immediate .. 5 Non-Urgent)."""
TRIAGE_SCALES: Final[tuple[TriageScale, ...]] = get_args(TriageScale)

Disposition = Literal[
    "Discharge",
    "Admit",
    "Observation",
    "Transfer to Another Facility",
    "AMA",
    "OR Admit",
    "LWBS after Triage",
    "Send to L&D",
    "Expired",
    "Eloped",
    "Dismissed - Never Arrived",
]
"""Every ``eddisposition`` value seen in ER-Reason (V3 offers the first ten)."""

DISPOSITION_LABELS: Final[tuple[Disposition, ...]] = get_args(Disposition)
OFFERED_DISPOSITIONS: Final[tuple[Disposition, ...]] = DISPOSITION_LABELS[:10]
"""The ten labels the official V3 disposition prompt offers."""

CollapsedDisposition = Literal["admit", "discharge", "transfer", "other"]

_COLLAPSE: Final[dict[str, CollapsedDisposition]] = {
    "Admit": "admit",
    "OR Admit": "admit",
    "Observation": "admit",
    "Discharge": "discharge",
    "Transfer to Another Facility": "transfer",
}


def collapse_disposition(label: str) -> CollapsedDisposition:
    """Collapse a disposition the way ``cross_stage_analysis.py`` does."""
    return _COLLAPSE.get(label, "other")


NoteType = Literal[
    "discharge_summary", "progress_note", "hp_note", "echo", "imaging", "consult", "ecg"
]
"""The seven prior-note types of ER-Reason."""

NOTE_TYPES: Final[tuple[NoteType, ...]] = get_args(NoteType)

NOTE_COLUMNS: Final[dict[NoteType, tuple[str, str, str]]] = {
    # note type: (text column, key column, year column) in er_reason.csv
    "discharge_summary": (
        "Discharge_Summary_Text",
        "Discharge_Summary_Note_Key",
        "Discharge_Summary_Year",
    ),
    "progress_note": ("Progress_Note_Text", "Progress_Note_Key", "Progress_Note_Year"),
    "hp_note": ("HP_Note_Text", "HP_Note_Key", "HP_Note_Year"),
    "echo": ("Echo_Text", "Echo_Key", "Echo_Year"),
    "imaging": ("Imaging_Text", "Imaging_Key", "Imaging_Year"),
    "consult": ("Consult_Text", "Consult_Key", "Consult_Year"),
    "ecg": ("ECG_Text", "ECG_Key", "ECG_Year"),
}

StageName = Literal["triage", "assessment", "treatment", "disposition", "diagnosis"]
"""The five workflow stages, in order."""

STAGE_ORDER: Final[tuple[StageName, ...]] = get_args(StageName)
