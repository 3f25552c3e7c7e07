"""Test fakes: a scripted chat model driving LangChain's real structured-output path.

``ScriptedChatModel`` is a FAKE model (no weights, no server). Its ``bind_tools``
returns itself, so ``with_structured_output`` goes through LangChain's real
tool-call parsing (``PydanticToolsParser``) and validation. Script items may be an
``AIMessage`` (see :func:`tool_call`), a plain string (a reply without a tool call)
or an exception instance, which is raised in place of a reply.

Also holds small synthetic stage inputs shared by the LLM-backend tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult
from pydantic import BaseModel, Field

from agents.contracts import StageInput, StageOutcome
from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    Evidence,
    Order,
    RuleResult,
    StageName,
    TreatmentResult,
    TriageResult,
)
from cases.models import Arrival, Demographics, Vitals
from cases.views import StageView
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
