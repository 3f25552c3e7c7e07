"""Test fakes: a scripted chat model driving LangChain's real structured-output path.

``ScriptedChatModel`` is a FAKE model (no weights, no server); ``FakeReasoner`` a
FAKE reasoner for the HTTP tests (the real class, scripted records). Its ``bind_tools``
returns itself, so ``with_structured_output`` goes through LangChain's real
tool-call parsing (``PydanticToolsParser``) and validation. Script items may be an
``AIMessage`` (see :func:`tool_call`), a plain string (a reply without a tool call)
or an exception instance, which is raised in place of a reply.

Also holds small synthetic stage inputs shared by the LLM-backend tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult
from pydantic import BaseModel, Field

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline.knowledge.models import KnowledgeBase
from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    ErrorKind,
    Evidence,
    Order,
    RuleResult,
    StageName,
    StageRecord,
    StageResult,
    TreatmentResult,
    TriageResult,
)
from cases.models import Arrival, Case, Demographics, Vitals
from cases.views import StageView
from graph.runtime import Reasoner
from graph.state import ReasoningOutput
from graph.summary import to_output
from retrieval.schemas import NoteChunk, NoteHit


class ScriptedChatModel(GenericFakeChatModel):
    """A FAKE chat model replaying scripted replies and recording every prompt."""

    calls: list[list[BaseMessage]] = Field(default_factory=list)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: Any = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.calls.append(list(messages))
        item = next(self.messages)
        if isinstance(item, BaseException):
            raise item
        return _result(item)

    def bind_tools(self, tools: Any, *, tool_choice: Any = None, **kwargs: Any):
        return self

    def with_structured_output(
        self,
        schema: Any,
        *,
        include_raw: bool = False,
        method: str | None = None,
        **kwargs: Any,
    ):
        # ``method`` selects a provider transport; the fake always uses tool calls.
        return super().with_structured_output(schema, include_raw=include_raw)


def _result(item: AIMessage | str) -> ChatResult:
    from langchain_core.outputs import ChatGeneration

    message = AIMessage(content=item) if isinstance(item, str) else item
    return ChatResult(generations=[ChatGeneration(message=message)])


def scripted(*items: AIMessage | str | BaseException) -> ScriptedChatModel:
    """Build a scripted model from replies, in order."""
    return ScriptedChatModel(messages=iter(items))


def tool_call(
    answer: BaseModel | dict[str, Any],
    name: str | None = None,
    usage: tuple[int, int] = (100, 20),
) -> AIMessage:
    """Turn an LLM-output instance (or raw args) into an AIMessage tool call."""
    if isinstance(answer, BaseModel):
        args, name = answer.model_dump(), name or type(answer).__name__
    else:
        args = answer
    return AIMessage(
        content="",
        tool_calls=[{"name": name or "unknown", "args": args, "id": "call_1"}],
        usage_metadata={
            "input_tokens": usage[0],
            "output_tokens": usage[1],
            "total_tokens": sum(usage),
        },
    )


# --- synthetic stage inputs (no real patient data) --------------------------------

CHUNK = NoteChunk(
    chunk_id="c-0001",
    note_key="n-1",
    note_type="discharge_summary",
    patient_id="P-SECRET-ID",
    year=2019,
    section="Hospital course",
    start=10,
    end=90,
    text="Admitted for NSTEMI in 2019; drug-eluting stent to LAD.",
)
RULE = RuleResult(
    name="HEART",
    source="Six et al. 2008",
    inputs={"age": 67},
    score=6.0,
    interpretation="high risk (6-10)",
)


def view(
    stage: StageName, ed_text: str | None = None, *, unstable: bool = True
) -> StageView:
    """A synthetic view; ``unstable`` gives danger-zone vitals."""
    vitals = (
        Vitals(
            heart_rate=128,
            systolic_bp=84,
            diastolic_bp=50,
            respiratory_rate=26,
            spo2=89,
        )
        if unstable
        else Vitals(heart_rate=78, systolic_bp=124, spo2=99)
    )
    return StageView(
        stage=stage,
        patient_id="P-SECRET-ID",
        encounter_id="E-SECRET-ID",
        demographics=Demographics(age=67, sex="M", race="White"),
        chief_complaint="chest pain",
        arrival=Arrival(year=2021, mode="ambulance"),
        vitals=vitals,
        one_liner="67M with CAD s/p stent, chest pain 1 h",
        prior_note_keys=("n-1",),
        ed_text=ed_text,
    )


def entry(
    name: str, stage: StageName = "assessment", mnm: bool = False
) -> DifferentialEntry:
    ev = (Evidence(kind="finding", text="chest pain"),)
    return DifferentialEntry(
        diagnosis=name, must_not_miss=mnm, changed_by=stage, evidence_for=ev
    )


LEDGER = (
    entry("Acute coronary syndrome", mnm=True),
    entry("Pulmonary embolism", mnm=True),
    entry("GERD"),
)

OFFLINE_RESULTS: dict[StageName, Any] = {
    "triage": TriageResult(
        acuity="Emergent",
        esi=2,
        red_flags=("hypotension",),
        rationale="danger-zone vitals",
    ),
    "assessment": AssessmentResult(
        problem_representation="67M chest pain", differential=LEDGER, rationale="rules"
    ),
    "treatment": TreatmentResult(
        working_diagnosis="Acute coronary syndrome",
        orders=(Order(kind="diagnostic", name="ECG", reason="ACS"),),
        rationale="rules",
    ),
    "disposition": DispositionResult(
        disposition="Admit", admit_level="ward", rationale="rules"
    ),
    "diagnosis": DiagnosisResult(
        icd10="I21.4", name="NSTEMI", differential=LEDGER, rationale="rules"
    ),
}


def stage_input(
    stage: StageName, ed_text: str | None = None, *, unstable: bool = True
) -> StageInput:
    """A synthetic StageInput with one retrieved chunk and the ledger."""
    hit = NoteHit(chunk=CHUNK, score=0.5, query="chest pain")
    return StageInput(
        stage=stage,
        view=view(stage, ed_text, unstable=unstable),
        hits=(hit,),
        ledger=LEDGER,
    )


def offline(stage: StageName, result: Any = None) -> StageOutcome:
    """The offline outcome the refiner receives (hand-built, with one rule)."""
    return StageOutcome(
        status="ok",
        result=result or OFFLINE_RESULTS[stage],
        rules=(RULE,),
        ledger=LEDGER,
        prompt_version="offline-1",
    )


def first_human(messages: Sequence[BaseMessage]) -> str:
    return str(messages[-1].content)


# --- a FAKE reasoner for the HTTP tests --------------------------------------------

_EMPTY_KB = KnowledgeBase(version="fake-empty", complaints={}, diagnoses={})

_FAKE_OUTPUTS: dict[StageName, StageResult | None] = {
    "triage": TriageResult(acuity="Emergent", esi=2, rationale="fake"),
    "assessment": None,
    "treatment": None,
    "disposition": DispositionResult(disposition="Admit", rationale="fake"),
    "diagnosis": DiagnosisResult(icd10="I21.9", name="Acute MI"),
}


def fake_records(
    fail_stage: StageName | None = None, fail_kind: ErrorKind = "internal"
) -> list[StageRecord]:
    """Five scripted records; ``fail_stage`` fails with ``fail_kind``."""
    now = datetime.now(UTC)
    records = []
    for stage, out in _FAKE_OUTPUTS.items():
        failed = stage == fail_stage
        records.append(
            StageRecord(
                stage=stage,
                status="error" if failed else ("ok" if out else "abstained"),
                output=None if failed else out,
                prompt_version="fake-1",
                started_at=now,
                latency_ms=1.0,
                error="stage failed" if failed else None,
                error_kind=fail_kind if failed else None,
            )
        )
    return records


class FakeReasoner(Reasoner):
    """A FAKE reasoner for the HTTP tests: scripted records instead of reasoning.

    It is the real :class:`graph.runtime.Reasoner` (empty knowledge base, graph
    compiled, never run) whose ``run``, ``stream``, ``ready`` and ``warm_up`` are
    replaced with the same signatures (checked in ``test_api_routes``): records
    after ``delay`` seconds each, ``exc`` raised (from the ``exc_after``-th record
    on, when streaming), ``fail_stage`` recorded as failed with ``fail_kind``.
    """

    def __init__(
        self,
        *,
        delay: float = 0.0,
        exc: BaseException | None = None,
        fail_stage: StageName | None = None,
        fail_kind: ErrorKind = "internal",
        ready: bool = True,
        exc_after: int | None = None,
        warm_fails: bool = False,
    ) -> None:
        super().__init__(AgentContext(knowledge=_EMPTY_KB), checkpoint_path=":memory:")
        self.delay, self.exc, self.exc_after = delay, exc, exc_after
        self.fail_stage, self.fail_kind = fail_stage, fail_kind
        self._ready, self.warm_fails = ready, warm_fails
        self.cases: list[Case] = []
        self.top_ks: list[int | None] = []
        self.warmed = self.closed = False

    def _output(self, case: Case) -> ReasoningOutput:
        records = fake_records(self.fail_stage, self.fail_kind)
        values: dict[str, object] = {"trace": records}
        values |= {r.stage: r.output for r in records if r.output is not None}
        return to_output(case.encounter_id, values, {"backend": "fake"})

    def _start(self, case: Case | Mapping[str, Any], top_k: int | None) -> Case:
        if not isinstance(case, Case):
            raise TypeError("the FAKE reasoner takes a Case")
        self.cases.append(case)
        self.top_ks.append(top_k)
        return case

    async def run(
        self,
        case: Case | Mapping[str, Any],
        *,
        thread_id: str | None = None,
        overrides: Mapping[StageName, StageResult] | None = None,
        top_k: int | None = None,
    ) -> ReasoningOutput:
        """Return the scripted output after ``delay`` (or raise ``exc``)."""
        got = self._start(case, top_k)
        await asyncio.sleep(self.delay)
        if self.exc is not None:
            raise self.exc
        return self._output(got)

    async def stream(
        self,
        case: Case | Mapping[str, Any],
        *,
        thread_id: str | None = None,
        overrides: Mapping[StageName, StageResult] | None = None,
        top_k: int | None = None,
    ) -> AsyncIterator[StageRecord | ReasoningOutput]:
        """Yield the scripted records, ``delay`` apart, then the output."""
        got = self._start(case, top_k)
        out = self._output(got)
        for i, rec in enumerate(out.trace):
            await asyncio.sleep(self.delay)
            if self.exc is not None and (self.exc_after or 0) <= i:
                raise self.exc
            yield rec
        yield out

    async def ready(self) -> bool:
        """Return the scripted readiness."""
        return self._ready

    async def warm_up(self) -> dict[str, float]:
        """Record the warm-up (or fail it with ``warm_fails``)."""
        if self.warm_fails:
            raise RuntimeError("model file missing")
        self.warmed = True
        return {"store_s": 0.0}

    async def aclose(self) -> None:
        """Record the close, then close what the real reasoner opened."""
        self.closed = True
        await super().aclose()
