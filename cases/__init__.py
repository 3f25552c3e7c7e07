"""Typed ED encounters: the Case model, label vocabularies, loaders and staged views.

Bottom layer: cases ← retrieval ← agents ← graph ← api / evals.
"""

# First: routes re compiles through the on-disk code cache (cases.re_cache).
from cases import re_cache  # noqa: F401
from cases.erreason import ERReasonDataset, case_from_row, load_erreason
from cases.errors import DataError
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
from cases.redaction import redact_gold, scrub_outcome_text
from cases.reports import AdapterResult, LoadReport
from cases.sections import split_note
from cases.splits import patient_split
from cases.views import StageView, build_view, missing_cut_count
from cases.vitals import VitalsReport, extract_vitals, extract_vitals_report

__all__ = [
    "ACUITY_TO_ESI",
    "ACUITY_WORDS",
    "DISPOSITION_LABELS",
    "ESI_TO_ACUITY",
    "NOTE_TYPES",
    "STAGE_ORDER",
    "Acuity",
    "AdapterResult",
    "Arrival",
    "Case",
    "ClinicalNote",
    "CollapsedDisposition",
    "DataError",
    "Demographics",
    "Disposition",
    "ERReasonDataset",
    "GoldLabels",
    "LabelledCase",
    "LoadReport",
    "NoteType",
    "SCTStep",
    "StageName",
    "StageView",
    "Vitals",
    "VitalsReport",
    "build_view",
    "case_from_row",
    "collapse_disposition",
    "extract_vitals",
    "extract_vitals_report",
    "load_erreason",
    "missing_cut_count",
    "patient_split",
    "redact_gold",
    "scrub_outcome_text",
    "split_note",
]
