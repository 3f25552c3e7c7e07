"""Typed stage results, the rule-out ledger and the staged-trace record.

Every backend (offline rules, LLM, hybrid) returns these same types, so the API, the
eval harness and the tests share one vocabulary.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cases.labels import STAGE_ORDER, Acuity, Disposition, StageName, TriageScale
from retrieval.schemas import Citation

__all__ = [
    "STAGE_ORDER",
    "AssessmentResult",
    "Backend",
    "BeliefUpdate",
    "BlockedOrder",
    "DiagnosisResult",
    "DifferentialEntry",
    "DispositionResult",
    "DxStatus",
    "ErrorKind",
    "Evidence",
    "FloorEvent",
    "LedgerChange",
    "Order",
    "OrderGate",
    "OrderKind",
    "ReviewEdit",
    "RuleResult",
    "SCTStepResult",
    "StageName",
    "StageRecord",
    "StageResult",
    "StageStatus",
    "SummaryDiagnosis",
    "TokenUsage",
    "TraceFlag",
    "TraceSummary",
    "TreatmentResult",
    "TriageResult",
]

StageStatus = Literal["ok", "abstained", "error"]
Backend = Literal["rules", "llm", "hybrid", "oracle", "review"]
DxStatus = Literal["considered", "ruled_out", "cannot_exclude", "ruled_in"]
ErrorKind = Literal[
    "model_timeout", "model_error", "output_invalid", "retrieval_error", "internal"
]
"""Why a stage failed (``agents.errors.error_kind``): ``model_timeout`` and
``model_error`` are faults of the model endpoint (the API answers 504 / 502, the harness
retries the case); ``output_invalid`` is an unusable model answer, ``retrieval_error`` a
failed prior-note search and ``internal`` any other exception."""
TraceFlag = Literal[
    "out_of_scope",
    "undifferentiated",
    "working_diagnosis",
    "unexplained_findings",
    "no_presentation",
]
"""A typed flag on a trace: ``out_of_scope`` = the case lies outside the knowledge
base (no complaint or diagnosis matched with enough support), so the stage abstained;
``undifferentiated`` = no disease diagnosis met its rule-in requirement, so the stage
names the presenting symptom (an ICD-10-CM chapter R code) and no disease protocol,
or the leading diagnosis is itself a symptom or sign (chapter R): no disease claimed;
``working_diagnosis`` = the named disease is a working diagnosis, not established (no
rule-in finding or validated rule, or findings it does not explain): stated below even
odds, any protocol ordered for it is empiric; ``unexplained_findings`` = documented
abnormal results or unstable vitals that none of the leading diagnoses explains (a
diagnosis outside the knowledge base or a second process): the picture is unexplained
and the patient is not discharged; ``no_presentation`` = the record names no
complaint, no vital sign and no history (results at most): no diagnosis is placed on
results alone, and the next step is the clinical assessment (a full set of
observations and a history), with any critical result named
(``TraceSummary.critical_results``)."""
Scalar = float | int | bool | str | None


def _is_none(value: object) -> bool:
    return value is None


def _is_empty(value: object) -> bool:
    return not value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RuleResult(_Frozen):
    """The output of one deterministic clinical decision tool."""

    name: str = Field(description="Rule name, e.g. 'HEART', 'Wells PE', 'ESI v4'")
    source: str = Field(description="Published definition the rule follows")
    version: str | None = Field(
        default=None, description="Tool version, e.g. a fitted model's artifact id"
    )
    inputs: dict[str, Scalar] = Field(description="Inputs used, with their values")
    missing: tuple[str, ...] = Field(
        default=(), description="Inputs that were not available (never invented)"
    )
    score: float | None = Field(default=None, description="Numeric score, if any")
    interpretation: str = Field(description="Result in words, e.g. 'low risk (0-3)'")
    applicable: bool = Field(
        default=True, description="False when missing inputs make the result unusable"
    )


class Evidence(_Frozen):
    """One piece of evidence that moved a diagnosis on the ledger."""

    kind: Literal["finding", "citation", "rule"]
    text: str = Field(description="The finding, quote or rule result in words")
    citation: Citation | None = None
    rule: str | None = Field(default=None, description="Rule name when kind='rule'")


class DifferentialEntry(_Frozen):
    """One diagnosis on the rule-out ledger."""

    diagnosis: str
    icd10: str | None = None
    status: DxStatus = "considered"
    must_not_miss: bool = False
    probability: float | None = Field(default=None, ge=0.0, le=1.0)
    evidence_for: tuple[Evidence, ...] = ()
    evidence_against: tuple[Evidence, ...] = ()
    rules: tuple[RuleResult, ...] = ()
    changed_by: StageName

    @model_validator(mode="after")
    def _exclusion_needs_evidence(self) -> DifferentialEntry:
        if self.status == "ruled_out" and not self.evidence_against:
            raise ValueError(
                f"'{self.diagnosis}' ruled out without evidence against it"
            )
        if self.status == "ruled_in" and not self.evidence_for:
            raise ValueError(f"'{self.diagnosis}' ruled in without evidence for it")
        return self


class LedgerChange(_Frozen):
    """A status change on the ledger, for the trace's evolution view."""

    diagnosis: str
    before: DxStatus | None = Field(description="None when first added")
    after: DxStatus
    stage: StageName
    reason: str


class BeliefUpdate(_Frozen):
    """An SCT-style belief update for one pool diagnosis given one new evidence item."""

    diagnosis: str
    update: int = Field(ge=-2, le=2)
    rationale: str = ""


class SCTStepResult(_Frozen):
    """The assessment agent's answer to one ER-Reason SCT step."""

    timestep: int
    updates: tuple[BeliefUpdate, ...]
    ranking: tuple[str, ...] = Field(description="The full pool, most likely first")
    final_diagnosis: str | None = None


class TriageResult(_Frozen):
    """Acuity assignment.

    ``esi`` is always the ESI v4 level. When the site grades in another scale
    (``scale`` KTAS or CTAS, from ``Case.triage_scale``), ``site_level`` is the level in
    that scale and ``acuity`` names it; in ESI, ``site_level`` is None and ``acuity``
    names the ESI level.
    """

    stage: Literal["triage"] = "triage"
    acuity: Acuity
    esi: int = Field(ge=1, le=5, description="The ESI v4 level (always computed)")
    scale: TriageScale = Field(
        default="ESI", description="The scale ``acuity`` is graded in"
    )
    site_level: int | None = Field(
        default=None,
        ge=1,
        le=5,
        description="The level in ``scale`` when it is not ESI (KTAS/CTAS), else None",
    )
    probabilities: dict[Acuity, float] | None = None
    red_flags: tuple[str, ...] = ()
    expected_resources: int | None = None
    missing_vitals: tuple[str, ...] = Field(
        default=(),
        description="Triage vitals not recorded or implausible (never invented)",
    )
    vitals_to_obtain: tuple[str, ...] = Field(
        default=(),
        description="Vitals the level depends on that were not documented: obtain "
        "before the final level (ESI decision point D)",
    )
    rationale: str

    @model_validator(mode="after")
    def _site_level_in_site_scale(self) -> TriageResult:
        if (self.site_level is None) != (self.scale == "ESI"):
            raise ValueError("site_level is set exactly when scale is not ESI")
        return self

    @property
    def level(self) -> int:
        """The final level in ``scale`` (``site_level``, or ``esi`` in ESI)."""
        return self.esi if self.site_level is None else self.site_level


class AssessmentResult(_Frozen):
    """Problem representation and the ranked working differential."""

    stage: Literal["assessment"] = "assessment"
    problem_representation: str
    differential: tuple[DifferentialEntry, ...] = Field(description="Ranked, top first")
    rationale: str = ""


OrderKind = Literal["diagnostic", "medication", "procedure", "consult", "monitoring"]


class Order(_Frozen):
    """One typed order in the initial plan."""

    kind: OrderKind
    name: str
    reason: str
    for_diagnosis: str | None = None


OrderGate = Literal[
    "contraindication",
    "allergy",
    "pregnancy",
    "population",
    "time_window",
    "dose",
    "treatment_threshold",
    "already_resulted",
]
"""Why the order-safety layer withheld an order (``already_resulted``: the test's
answer is already in this visit's notes, ``agents.resulted``)."""


class BlockedOrder(_Frozen):
    """An order the safety layer withheld, with the gate and the reason."""

    order: Order
    gate: OrderGate
    reason: str = Field(
        description="What made it unsafe, e.g. 'aortic dissection open'"
    )


class TreatmentResult(_Frozen):
    """Initial management plan as typed orders."""

    stage: Literal["treatment"] = "treatment"
    working_diagnosis: str | None = None
    orders: tuple[Order, ...]
    rationale: str = ""
    blocked: tuple[BlockedOrder, ...] = Field(
        default=(), description="Orders withheld by the safety layer, with reasons"
    )


class DispositionResult(_Frozen):
    """Where the patient goes next."""

    stage: Literal["disposition"] = "disposition"
    disposition: Disposition
    probabilities: dict[Disposition, float] | None = None
    admit_level: Literal["ward", "icu"] | None = None
    rationale: str


class DiagnosisResult(_Frozen):
    """Final ED diagnosis as an ICD-10-CM code plus name."""

    stage: Literal["diagnosis"] = "diagnosis"
    icd10: str = Field(description="ICD-10-CM code with dot, e.g. 'J18.9'")
    name: str
    probability: float | None = Field(default=None, ge=0.0, le=1.0)
    differential: tuple[DifferentialEntry, ...] = ()
    rationale: str = ""


StageResult = Annotated[
    TriageResult
    | AssessmentResult
    | TreatmentResult
    | DispositionResult
    | DiagnosisResult,
    Field(discriminator="stage"),
]


class SummaryDiagnosis(_Frozen):
    """One diagnosis of the clinician summary."""

    diagnosis: str
    icd10: str | None = None
    status: DxStatus
    probability: float | None = Field(default=None, ge=0.0, le=1.0)


class TraceSummary(_Frozen):
    """What a clinician reads first.

    The three leading diagnoses, the must-not-miss diagnoses still open, and the one
    next step that would change management.
    """

    top_diagnoses: tuple[SummaryDiagnosis, ...] = Field(
        default=(), description="Up to three leading diagnoses not ruled out"
    )
    open_must_not_miss: tuple[str, ...] = Field(
        default=(), description="Must-not-miss diagnoses not yet excluded"
    )
    next_step: str | None = Field(
        default=None,
        description="The one order that would change management (e.g. the test "
        "that excludes the likeliest open must-not-miss diagnosis)",
    )
    next_step_reason: str | None = None
    flags: tuple[TraceFlag, ...] = Field(
        default=(), description="e.g. 'out_of_scope': the reasoner abstained"
    )
    critical_results: tuple[str, ...] = Field(
        default=(),
        exclude_if=_is_empty,
        description="With the flag 'no_presentation': the critical results read from "
        "the record (the severe band of each analyte, e.g. 'Potassium 6.8 mEq/L: "
        "severe hyperkalaemia (potassium >= 6.5 mmol/L)'), to act on at once",
    )


class FloorEvent(_Frozen):
    """A safety floor that changed a stage's answer."""

    floor: str = Field(description="e.g. 'esi_decision_point', 'no_unsafe_discharge'")
    before: str
    after: str
    reason: str


class TokenUsage(_Frozen):
    """Model tokens spent by one stage (zero for the offline reasoner)."""

    prompt: int = 0
    completion: int = 0
    cost_usd: float | None = None


class ReviewEdit(_Frozen):
    """A clinician's edit of a stage output during an interrupt."""

    reviewer: str | None = None
    action: Literal["approve", "edit"]
    before: str = Field(description="JSON of the output before review")
    note: str | None = None


class StageRecord(_Frozen):
    """One append-only entry of the staged trace."""

    stage: StageName
    status: StageStatus
    output: StageResult | None = None
    seen_fields: tuple[str, ...] = Field(default=(), description="Case fields read")
    seen_note_keys: tuple[str, ...] = Field(default=(), description="Prior notes read")
    citations: tuple[Citation, ...] = ()
    rules_applied: tuple[RuleResult, ...] = ()
    floors_fired: tuple[FloorEvent, ...] = ()
    ledger_changes: tuple[LedgerChange, ...] = ()
    sct_steps: tuple[SCTStepResult, ...] = ()
    backend: Backend = "rules"
    model_id: str | None = None
    prompt_version: str
    started_at: datetime
    latency_ms: float
    tokens: TokenUsage = TokenUsage()
    disagreements: tuple[str, ...] = Field(
        default=(), description="Hybrid mode: where the LLM and the rules differed"
    )
    review: ReviewEdit | None = None
    error: str | None = None
    error_kind: ErrorKind | None = Field(
        default=None,
        exclude_if=_is_none,
        description="Why the stage failed (status 'error' only; absent otherwise)",
    )
    flags: tuple[TraceFlag, ...] = Field(
        default=(), description="Typed flags, e.g. 'out_of_scope' with an abstention"
    )

    @model_validator(mode="after")
    def _kind_only_on_error(self) -> StageRecord:
        if self.error_kind is not None and self.status != "error":
            raise ValueError("error_kind is set only on a record with status 'error'")
        return self
