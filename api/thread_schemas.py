"""Wire types of the review-thread endpoints (``/threads``) and the demo cases."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from agents.schemas import StageName, StageRecord, StageResult
from api.schemas import CASE_ONE_OF, DEMO_CASE, CaseBody, WireModel
from api.settings import DISCLAIMER
from cases.models import Case
from graph.audit import AuditRecord
from graph.state import FinalSummary
from graph.threads import ThreadStatus

THREAD_ID_PATTERN = r"^[0-9a-f]{32}$"


class ThreadRequest(CaseBody):
    """Start a review thread: one case plus the stages a clinician reviews."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"case": DEMO_CASE, "review_before": ["treatment", "disposition"]}
            ],
            "oneOf": CASE_ONE_OF,
        },
    )

    review_before: list[StageName] = Field(
        default_factory=list,
        max_length=5,
        description="Stages whose proposed output waits for a clinician's approve "
        "or edit before anything downstream uses it",
    )


class _Review(WireModel):
    stage: StageName = Field(description="The stage reviewed (must be the pending one)")
    reviewer: str = Field(
        min_length=1, max_length=200, pattern=r"\S", description="Who reviews"
    )
    comment: str | None = Field(default=None, max_length=4000)


class ApproveReview(_Review):
    """Approve the pending stage's proposed output as it stands."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"action": "approve", "stage": "treatment", "reviewer": "dr.lee"}
            ]
        },
    )

    action: Literal["approve"]


class EditReview(_Review):
    """Replace the pending stage's output; the safety floors apply to the edit."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "action": "edit",
                    "stage": "disposition",
                    "reviewer": "dr.lee",
                    "comment": "observation overnight",
                    "output": {
                        "stage": "disposition",
                        "disposition": "Observation",
                        "rationale": "serial troponins",
                    },
                }
            ]
        },
    )

    action: Literal["edit"]
    output: StageResult = Field(
        description="The edited typed output; its 'stage' must be the reviewed stage"
    )


ReviewRequest = Annotated[ApproveReview | EditReview, Field(discriminator="action")]
"""A clinician's decision on the pending stage of a waiting thread."""


class PendingReview(WireModel):
    """The stage awaiting review and the output it proposes."""

    stage: StageName
    proposed: StageResult | None = Field(
        description="The stage's proposed output (None when it abstained)"
    )
    record: StageRecord


class ThreadMeta(WireModel):
    """Request id, disclaimer and run metadata (thread id, backend, versions)."""

    request_id: str
    disclaimer: str = DISCLAIMER
    run: dict[str, Any] = Field(default_factory=dict)


class ThreadResponse(WireModel):
    """A thread: status, pending review, the staged trace so far, final summary."""

    thread_id: str
    case_id: str
    status: ThreadStatus = Field(
        description="waiting (a stage awaits review), running, done or stopped "
        "(a stage failed)"
    )
    review_before: list[StageName]
    pending: PendingReview | None
    stages: list[StageRecord] = Field(description="The trace, review records included")
    final: FinalSummary
    meta: ThreadMeta


class AuditTrail(WireModel):
    """Every review of a thread, oldest first."""

    thread_id: str
    records: list[AuditRecord]


class DemoCase(WireModel):
    """A bundled synthetic demo case (no real patient)."""

    case_id: str
    label: str = Field(description="Age, sex and chief complaint")
    case: Case


class DemoCases(WireModel):
    """The bundled demo cases, for the /ui page."""

    cases: list[DemoCase]
    disclaimer: str = DISCLAIMER
