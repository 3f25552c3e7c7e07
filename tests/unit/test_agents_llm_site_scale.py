"""LLM triage at a KTAS or CTAS site: asked in the site's scale, answered as its level
(with a FAKE scripted model; no model runs here)."""

from __future__ import annotations

import dataclasses

import pytest

from agents.llm import LLMSettings
from agents.llm.output import TriageLLM
from agents.llm.prompts import stage_prompt
from agents.llm.refiner import LLMRefiner
from agents.schemas import TriageResult
from cases.labels import TriageScale
from tests.fakes import offline, scripted, stage_input, tool_call

pytestmark = pytest.mark.anyio

SETTINGS = LLMSettings(model="openai:gpt-4o-mini")

# The rules at a KTAS site: KTAS 3 (Urgent) while ESI says 2.
RULES_KTAS = TriageResult(
    acuity="Urgent",
    esi=2,
    scale="KTAS",
    site_level=3,
    red_flags=("abdominal pain",),
    rationale="KTAS 3 (Urgent), the site's scale",
)


def site_input(scale: TriageScale):
    inp = stage_input("triage")
    return dataclasses.replace(
        inp, view=inp.view.model_copy(update={"triage_scale": scale})
    )


@pytest.mark.parametrize("scale", ["KTAS", "CTAS"])
async def test_the_model_is_asked_in_the_site_scale(scale):
    model = scripted(tool_call(TriageLLM(rationale="r", acuity="Urgent", red_flags=[])))
    ref = LLMRefiner(model, SETTINGS, mode="llm")
    await ref(site_input(scale), offline("triage", RULES_KTAS))
    system, user = (str(m.content) for m in model.calls[0])
    assert f"{scale}" in system and "Emergency Severity Index" not in system
    assert f"Urgent ({scale} 3" in user and "ESI 3" not in user


async def test_esi_site_keeps_the_esi_prompt():
    system = stage_prompt("triage").system
    assert "Emergency Severity Index" in system
    assert stage_prompt("triage", "KTAS").system != system
    assert stage_prompt("assessment", "KTAS") is stage_prompt("assessment")


async def test_llm_answer_is_the_site_level_and_esi_stays_the_rules():
    answer = TriageLLM(rationale="r", acuity="Less Urgent", red_flags=[])
    out = await LLMRefiner(scripted(tool_call(answer)), SETTINGS, mode="llm")(
        site_input("KTAS"), offline("triage", RULES_KTAS)
    )
    result = out.result
    assert isinstance(result, TriageResult)
    assert (result.scale, result.site_level, result.level) == ("KTAS", 4, 4)
    assert result.acuity == "Less Urgent" and result.esi == 2


async def test_hybrid_compares_with_the_rules_site_level():
    # The model says KTAS 3 like the rules (ESI 2 is not the site level): no change.
    same = TriageLLM(rationale="r", acuity="Urgent", red_flags=[])
    out = await LLMRefiner(scripted(tool_call(same)), SETTINGS, mode="hybrid")(
        site_input("KTAS"), offline("triage", RULES_KTAS)
    )
    assert out.disagreements == () and out.result.site_level == 3
    # Calmer than the rules: the rules stand. More urgent: the model escalates.
    calmer = TriageLLM(rationale="r", acuity="Non-Urgent", red_flags=[])
    out = await LLMRefiner(scripted(tool_call(calmer)), SETTINGS, mode="hybrid")(
        site_input("KTAS"), offline("triage", RULES_KTAS)
    )
    assert out.result.site_level == 3 and out.result.acuity == "Urgent"
    sicker = TriageLLM(rationale="r", acuity="Emergent", red_flags=["pain"])
    out = await LLMRefiner(scripted(tool_call(sicker)), SETTINGS, mode="hybrid")(
        site_input("KTAS"), offline("triage", RULES_KTAS)
    )
    assert out.result.site_level == 2 and out.result.esi == 2


async def test_step_back_principles_are_kept_per_scale(tmp_path):
    settings = SETTINGS.model_copy(update={"principles_dir": str(tmp_path)})
    answer = tool_call(TriageLLM(rationale="r", acuity="Urgent", red_flags=[]))
    model = scripted("ESI principles", answer, "KTAS principles", answer)
    ref = LLMRefiner(model, settings, mode="llm", step_back=True)
    await ref(stage_input("triage"), offline("triage"))
    await ref(site_input("KTAS"), offline("triage", RULES_KTAS))
    assert "KTAS principles" in str(model.calls[3][-1].content)
    assert "KTAS" in str(model.calls[2][-1].content)  # the step-back question
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and sum("__triage__KTAS__" in n for n in names) == 1
