"""The graph state every stage node reads (defined here so agents never import graph).

``trace`` is the only key with a reducer and it only appends. Every other key is
replaced by the node that owns it; nodes never mutate state in place.
"""

from __future__ import annotations

import operator
from typing import Annotated, Required

from typing_extensions import TypedDict

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    StageName,
    StageRecord,
    StageResult,
    TreatmentResult,
    TriageResult,
)
from cases.models import Case


class ReasoningState(TypedDict, total=False):
    """State of one case moving through retrieve → five stages."""

    case: Required[Case]
    """The encounter as it exists during the visit (never gold labels)."""

    indexed_chunks: int
    """Prior-note chunks newly indexed by ``retrieve`` (0 when already indexed)."""

    ledger: list[DifferentialEntry]
    """The current rule-out ledger (ranked, top first); history is in the trace."""

    triage: TriageResult | None
    """Triage stage output."""

    assessment: AssessmentResult | None
    """Initial assessment output."""

    treatment: TreatmentResult | None
    """Treatment stage output."""

    disposition: DispositionResult | None
    """Disposition stage output."""

    diagnosis: DiagnosisResult | None
    """Final diagnosis output."""

    trace: Annotated[list[StageRecord], operator.add]
    """Append-only staged trace: one record per stage plus review records."""

    overrides: dict[StageName, StageResult]
    """Oracle ablation: a stage listed here records this output (backend 'oracle')."""

    review_before: list[StageName]
    """Review threads: stages whose output waits for a clinician before the run goes
    on (read by ``graph.threads``; the stage nodes ignore it)."""
