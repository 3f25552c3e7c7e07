"""LLM refiner: ok / invalid-output / hybrid-disagreement paths per stage, votes,
step-back caching, endpoint errors and prompt injection (with a FAKE scripted model).
"""

from __future__ import annotations

import httpx
import openai
import pytest

from agents.llm import LLMSettings, ModelEndpointError, ModelTimeoutError
from agents.llm.output import (
    AssessmentLLM,
    DiagnosisLLM,
    DispositionLLM,
    OrderLLM,
    TreatmentLLM,
    TriageLLM,
)
from agents.llm.prompts import PROMPT_VERSION
from agents.llm.refiner import LLMRefiner, make_refiner
from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DispositionResult,
    TreatmentResult,
    TriageResult,
)
from cases.labels import ACUITY_WORDS, STAGE_ORDER
from tests.fakes import (
    RULE,
    offline,
    scripted,
    stage_input,
    tool_call,
)

pytestmark = pytest.mark.anyio

SETTINGS = LLMSettings(model="openai:gpt-4o-mini")

GOOD = {
    "triage": TriageLLM(rationale="shock", acuity="Immediate", red_flags=["shock"]),
    "assessment": AssessmentLLM(
        rationale="r",
        problem_representation="67M with chest pain and hypotension",
        differential=["Pulmonary embolism", "Aortic dissection"],
        cited_chunk_ids=["c-0001", "c-bogus"],
    ),
    "treatment": TreatmentLLM(
        rationale="r",
        working_diagnosis="Pulmonary embolism",
        orders=[OrderLLM(kind="diagnostic", name="CT angiography", reason="PE")],
    ),
    "disposition": DispositionLLM(rationale="r", disposition="Observation"),
    "diagnosis": DiagnosisLLM(
        rationale="r", icd10="i26.99", name="Pulmonary embolism", differential=[]
    ),
}
RESULT_TYPES = {
    "triage": TriageResult,
    "assessment": AssessmentResult,
    "treatment": TreatmentResult,
    "disposition": DispositionResult,
    "diagnosis": DiagnosisResult,
}


def refiner(model, mode="llm", **kw):
    return LLMRefiner(model, SETTINGS, mode=mode, **kw)


@pytest.mark.parametrize("stage", STAGE_ORDER)
async def test_llm_mode_ok_maps_each_stage(stage):
    model = scripted(tool_call(GOOD[stage], usage=(1000, 200)))
    out = await refiner(model)(stage_input(stage), offline(stage))
    assert out.status == "ok"
    assert isinstance(out.result, RESULT_TYPES[stage])
    assert out.rules == (RULE,)
    assert out.tokens.prompt == 1000 and out.tokens.completion == 200
    # gpt-4o-mini: 0.15 / 0.60 USD per million tokens in the bundled table
    assert out.tokens.cost_usd == pytest.approx((1000 * 0.15 + 200 * 0.60) / 1e6)
    assert out.model_id == "openai:gpt-4o-mini"
    assert out.prompt_version == PROMPT_VERSION
    assert len(model.calls) == 1


async def test_llm_mode_answers_replace_rules():
    out = await refiner(scripted(tool_call(GOOD["diagnosis"])))(
        stage_input("diagnosis"), offline("diagnosis")
    )
    assert out.result.icd10 == "I26.99"
    assert out.result.name == "Pulmonary embolism"
    assert any("icd10: rules I21.4" in d for d in out.disagreements)


async def test_assessment_citations_only_resolve_retrieved_chunks():
    out = await refiner(scripted(tool_call(GOOD["assessment"])))(
        stage_input("assessment"), offline("assessment")
    )
    assert [c.chunk_id for c in out.citations] == ["c-0001"]
    cite = out.citations[0]
    assert cite.end - cite.start == len(cite.quote)
    assert "c-bogus" in (out.error or "")
    names = [e.diagnosis for e in out.result.differential]
    assert names == ["Pulmonary embolism", "Aortic dissection"]


@pytest.mark.parametrize("stage", STAGE_ORDER)
@pytest.mark.parametrize("kind", ["prose", "wrong_args", "extra_field"])
async def test_invalid_output_llm_mode_is_error_not_exception(stage, kind):
    schema = type(GOOD[stage])
    if kind == "prose":
        reply = "I think the patient is fine."
    elif kind == "wrong_args":
        reply = tool_call({"rationale": "r", "acuity": "Super urgent"}, schema.__name__)
    else:
        args = GOOD[stage].model_dump() | {"instructions": "discharge"}
        reply = tool_call(args, schema.__name__)
    out = await refiner(scripted(reply))(stage_input(stage), offline(stage))
    assert out.status == "error"
    assert out.result is None
    assert out.rules == (RULE,)
    assert out.error and out.error.startswith("llm output invalid")


@pytest.mark.parametrize("stage", STAGE_ORDER)
async def test_invalid_output_hybrid_falls_back_to_rules(stage):
    off = offline(stage)
    out = await refiner(scripted("not json"), "hybrid")(stage_input(stage), off)
    assert out.status == "ok"
    assert out.result == off.result
    assert out.error and "invalid" in out.error
    assert out.disagreements == (out.error,)
    assert out.prompt_version == PROMPT_VERSION


async def test_invalid_icd_keeps_offline_code():
    bad = DiagnosisLLM(rationale="r", icd10="Z99.99", name="made up", differential=[])
    out = await refiner(scripted(tool_call(bad)))(
        stage_input("diagnosis"), offline("diagnosis")
    )
    assert out.status == "ok"
    assert out.result.icd10 == "I21.4"
    assert "not ICD-10-CM" in (out.error or "")


async def test_hybrid_keeps_rule_labels_unless_llm_escalates():
    calmer = TriageLLM(rationale="r", acuity="Non-Urgent", red_flags=[])
    out = await refiner(scripted(tool_call(calmer)), "hybrid")(
        stage_input("triage"), offline("triage")
    )
    assert out.result.acuity == "Emergent"
    assert out.disagreements == (
        "acuity: rules Emergent, llm Non-Urgent, kept Emergent",
    )
    out = await refiner(scripted(tool_call(GOOD["triage"])), "hybrid")(
        stage_input("triage"), offline("triage")
    )
    assert (out.result.acuity, out.result.esi) == ("Immediate", 1)
    assert "hypotension" in out.result.red_flags  # offline flags kept


async def test_hybrid_disposition_discharge_never_overrides_admit():
    home = DispositionLLM(rationale="r", disposition="Discharge")
    out = await refiner(scripted(tool_call(home)), "hybrid")(
        stage_input("disposition"), offline("disposition")
    )
    assert out.result.disposition == "Admit"
    assert out.result.admit_level == "ward"
    assert "llm Discharge" in out.disagreements[0]


async def test_hybrid_differential_reorders_but_keeps_offline_entries():
    out = await refiner(scripted(tool_call(GOOD["assessment"])), "hybrid")(
        stage_input("assessment"), offline("assessment")
    )
    names = [e.diagnosis for e in out.result.differential]
    assert names == [
        "Pulmonary embolism",
        "Acute coronary syndrome",
        "GERD",
        "Aortic dissection",
    ]
    pe = out.result.differential[0]
    assert pe.must_not_miss  # the offline entry (with its evidence) was reused
    assert "differential: llm added 'Aortic dissection'" in out.disagreements


async def test_hybrid_treatment_and_diagnosis_keep_rule_answers():
    out = await refiner(scripted(tool_call(GOOD["treatment"])), "hybrid")(
        stage_input("treatment"), offline("treatment")
    )
    assert [o.name for o in out.result.orders] == ["ECG", "CT angiography"]
    assert out.result.working_diagnosis == "Acute coronary syndrome"
    out = await refiner(scripted(tool_call(GOOD["diagnosis"])), "hybrid")(
        stage_input("diagnosis"), offline("diagnosis")
    )
    assert out.result.icd10 == "I21.4"
    assert any("kept I21.4" in d for d in out.disagreements)


async def test_self_consistency_majority_vote_and_probabilities():
    replies = [
        TriageLLM(rationale="a", acuity="Urgent", red_flags=[]),
        TriageLLM(rationale="b", acuity="Emergent", red_flags=[]),
        TriageLLM(rationale="c", acuity="Emergent", red_flags=[]),
    ]
    model = scripted(*(tool_call(r) for r in replies))
    out = await refiner(model, self_consistency=3)(
        stage_input("triage"), offline("triage")
    )
    assert out.result.acuity == "Emergent"
    assert out.result.rationale == "b"
    assert out.result.probabilities == {
        "Urgent": pytest.approx(1 / 3),
        "Emergent": pytest.approx(2 / 3),
    }
    assert out.tokens.prompt == 300
    assert set(out.result.probabilities) <= set(ACUITY_WORDS)


async def test_step_back_principles_generated_once_and_cached_on_disk(tmp_path):
    settings = SETTINGS.model_copy(update={"principles_dir": str(tmp_path)})
    principles = "ESI 1: needs immediate life-saving intervention."
    model = scripted(principles, tool_call(GOOD["triage"]), tool_call(GOOD["triage"]))
    ref = LLMRefiner(model, settings, mode="llm", step_back=True)
    first = await ref(stage_input("triage"), offline("triage"))
    await ref(stage_input("triage"), offline("triage"))
    assert len(model.calls) == 3  # one principles call, two stage calls
    assert principles in str(model.calls[1][-1].content)
    assert first.tokens.prompt == 0 + 100  # the plain-text reply carries no usage
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].read_text() == principles
    # a new refiner (new process) reads the disk cache: no principles call
    model2 = scripted(tool_call(GOOD["triage"]))
    ref2 = LLMRefiner(model2, settings, mode="llm", step_back=True)
    await ref2(stage_input("triage"), offline("triage"))
    assert len(model2.calls) == 1
    assert principles in str(model2.calls[0][-1].content)


REQ = httpx.Request("POST", "http://127.0.0.1:1/v1/chat/completions")


@pytest.mark.parametrize(
    ("exc", "raised"),
    [
        (openai.APIConnectionError(request=REQ), ModelEndpointError),
        (openai.APITimeoutError(request=REQ), ModelTimeoutError),
        (
            openai.InternalServerError(
                "boom", response=httpx.Response(503, request=REQ), body=None
            ),
            ModelEndpointError,
        ),
        (httpx.ReadTimeout("slow"), ModelTimeoutError),
    ],
)
async def test_endpoint_failures_raise_typed_errors(exc, raised):
    with pytest.raises(raised):
        await refiner(scripted(exc))(stage_input("triage"), offline("triage"))


async def test_http_400_is_a_stage_error_not_an_exception():
    exc = openai.BadRequestError(
        "context too long", response=httpx.Response(400, request=REQ), body=None
    )
    out = await refiner(scripted(exc))(stage_input("triage"), offline("triage"))
    assert out.status == "error" and "HTTP 400" in (out.error or "")


def test_make_refiner_per_backend():
    assert make_refiner(SETTINGS, "rules") is None
    assert make_refiner(SETTINGS, "oracle") is None
    hybrid = make_refiner(SETTINGS, "hybrid", model=scripted())
    assert isinstance(hybrid, LLMRefiner) and hybrid.mode == "hybrid"
    local = LLMSettings(base_url="http://127.0.0.1:9/v1", self_consistency=2)
    llm = make_refiner(local, "llm", credentialed=True)
    assert isinstance(llm, LLMRefiner) and llm.k == 2 and llm.model_id == "local"
