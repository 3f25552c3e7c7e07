"""SCT answered by a chat model: the official protocol in the four conditions."""

from __future__ import annotations

import json

import pytest

from agents.llm.sct import MAX_ATTEMPTS, answer_sct_llm, validate_step
from cases.models import SCTStep
from tests.fakes import scripted

pytestmark = pytest.mark.anyio

POOL = ["Acute coronary syndrome", "Pulmonary embolism", "GERD"]
STEPS = [
    SCTStep(
        timestep=1,
        differential="Pulmonary embolism",
        evidence="SpO2 88%",
        rationale="Hypoxia raises PE.",
    ),
    SCTStep(
        timestep=2,
        differential="Acute coronary syndrome",
        evidence="Troponin negative x2",
        rationale="Two negatives lower ACS.",
    ),
]


def _reply(ranking, updates=(("Pulmonary embolism", 1),), final=None) -> str:
    data = {
        "dx_updates": [{"diagnosis": d, "update": u} for d, u in updates],
        "ranked_differential": list(ranking),
        "reasoning_summary": "x",
    }
    if final:
        data["final_diagnosis"] = final
    return "```json\n" + json.dumps(data) + "\n```"


def test_a_ranking_must_be_an_exact_permutation_of_the_pool():
    ok = json.loads(
        _reply(["gerd", "pulmonary embolism", "acute coronary syndrome"]).strip(
            "`json\n"
        )
    )
    assert validate_step(ok, POOL, 1, False).ranking[0] == "GERD"  # snapped
    missing = dict(ok, ranked_differential=["GERD", "Pulmonary embolism"])
    assert validate_step(missing, POOL, 1, False) is None
    invented = dict(ok, ranked_differential=[*POOL, "Aortic dissection"])
    assert validate_step(invented, POOL, 1, False) is None
    bad_update = dict(ok, dx_updates=[{"diagnosis": "GERD", "update": 3}])
    assert validate_step(bad_update, POOL, 1, False) is None


async def test_zero_shot_feeds_the_models_own_ranking_forward():
    first = ["Pulmonary embolism", "Acute coronary syndrome", "GERD"]
    model = scripted(_reply(first), _reply(first, final="Pulmonary embolism"))
    rec = await answer_sct_llm(model, "55M chest pain", POOL, STEPS)
    assert [s.ranking[0] for s in rec.sct_steps] == ["Pulmonary embolism"] * 2
    assert rec.sct_steps[-1].final_diagnosis == "Pulmonary embolism"
    second_prompt = model.calls[1][-1].content
    assert "Your previous ranking: Pulmonary embolism; Acute coronary" in second_prompt
    assert "Physician rationale" not in second_prompt and rec.error is None


async def test_invalid_answers_are_retried_five_times_then_counted():
    model = scripted(*(["not json"] * MAX_ATTEMPTS), _reply(POOL, final="GERD"))
    rec = await answer_sct_llm(model, "stem", POOL, STEPS)
    assert rec.sct_steps[0].ranking == () and rec.sct_steps[0].updates == ()
    assert rec.sct_steps[1].final_diagnosis == "GERD"
    assert len(model.calls) == MAX_ATTEMPTS + 1
    assert rec.error.startswith("1 invalid step")
    assert "none (this is the first evidence)" in model.calls[-1][-1].content


@pytest.mark.parametrize(
    ("condition", "shown_at_step2"),
    [
        ("single_oracle", ["Two negatives lower ACS."]),
        ("full_oracle", ["Hypoxia raises PE.", "Two negatives lower ACS."]),
    ],
)
async def test_oracle_conditions_show_the_physician_rationales(
    condition, shown_at_step2
):
    model = scripted(_reply(POOL), _reply(POOL, final="GERD"))
    await answer_sct_llm(
        model,
        "stem",
        POOL,
        STEPS,
        condition=condition,
        rationales={s.timestep: s.rationale for s in STEPS},
    )
    prompt = model.calls[1][-1].content
    for text in shown_at_step2:
        assert text in prompt
    if condition == "single_oracle":
        assert "Hypoxia raises PE." not in prompt


async def test_clinical_knowledge_sends_all_evidence_once_and_snaps_one_answer():
    model = scripted("pulmonary embolism.")
    rec = await answer_sct_llm(
        model, "stem", POOL, STEPS, condition="clinical_knowledge"
    )
    assert len(model.calls) == 1
    assert "SpO2 88%" in model.calls[0][-1].content
    assert "Troponin negative x2" in model.calls[0][-1].content
    (step,) = rec.sct_steps
    assert step.final_diagnosis == "Pulmonary embolism" and step.timestep == 2
