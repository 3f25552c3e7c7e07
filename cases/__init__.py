"""Typed ED encounters: the Case model, label vocabularies, loaders and staged views.

Bottom layer: cases ← retrieval ← agents ← graph ← api / evals.
"""

from cases.labels import (
    ACUITY_TO_ESI,
    ACUITY_WORDS,
    DISPOSITION_LABELS,
    ESI_TO_ACUITY,
    NOTE_TYPES,
    STAGE_ORDER,
    Acuity,
    CollapsedDisposition,
    Disposition,
    NoteType,
    StageName,
    collapse_disposition,
)
from cases.models import (
    Arrival,
    Case,
    ClinicalNote,
    Demographics,
    GoldLabels,
    LabelledCase,
    SCTStep,
    Vitals,
)

__all__ = [
    "ACUITY_TO_ESI",
    "ACUITY_WORDS",
    "DISPOSITION_LABELS",
    "ESI_TO_ACUITY",
    "NOTE_TYPES",
    "STAGE_ORDER",
    "Acuity",
    "Arrival",
    "Case",
    "ClinicalNote",
    "CollapsedDisposition",
    "Demographics",
    "Disposition",
    "GoldLabels",
    "LabelledCase",
    "NoteType",
    "SCTStep",
    "StageName",
    "Vitals",
    "collapse_disposition",
]
