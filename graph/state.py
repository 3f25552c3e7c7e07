"""Graph state and the narrow input / output schemas of one reasoning run."""

from __future__ import annotations

from typing import Required

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypedDict

from agents.schemas import (
    DifferentialEntry,
    StageName,
    StageRecord,
    StageResult,
    TraceSummary,
)
from agents.state import ReasoningState
from cases.labels import Acuity, Disposition, TriageScale
from cases.models import Case

__all__ = ["FinalSummary", "ReasoningInput", "ReasoningOutput", "ReasoningState"]


class ReasoningInput(TypedDict, total=False):
    """What a caller gives the graph: one case (gold is structurally absent)."""

    case: Required[Case]
    """The encounter."""

    overrides: dict[StageName, StageResult]
    """Oracle ablation: stage outputs to record instead of reasoning."""

    review_before: list[StageName]
    """Review threads: stages whose output waits for clinician review."""


class FinalSummary(BaseModel):
    """The end-of-visit answers collected from the stage outputs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    acuity: Acuity | None = None
    esi: int | None = Field(default=None, ge=1, le=5, description="ESI v4 level")
    triage_scale: TriageScale = Field(
        default="ESI", description="The scale ``acuity`` is graded in"
    )
    site_level: int | None = Field(
        default=None, ge=1, le=5, description="The level in a KTAS/CTAS site's scale"
    )
    disposition: Disposition | None = None
    icd10: str | None = None
    diagnosis_name: str | None = None
    ledger: tuple[DifferentialEntry, ...] = Field(
        default=(), description="The final rule-out ledger, ranked"
    )
    summary: TraceSummary = Field(
        default=TraceSummary(),
        description="What a clinician reads first: top three diagnoses, open "
        "must-not-miss diagnoses, the one next step that would change management",
    )


MetaValue = str | int | float | bool | None


class ReasoningOutput(BaseModel):
    """The result of one run: the staged trace, the final answers and run metadata."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: str = Field(description="The encounter id")
    trace: tuple[StageRecord, ...]
    final: FinalSummary
    meta: dict[str, MetaValue] = Field(
        default_factory=dict,
        description="Backend, versions, thread id, interrupt point (no secrets)",
    )
