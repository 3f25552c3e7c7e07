"""The harness's SCT suite in each of the paper's four conditions and backends."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agents.context import AgentContext
from agents.llm import LLMSettings
from agents.offline.knowledge import load_knowledge
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from evals.erreason import wiring

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def sct_case():
    cases = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    return next(lc for lc in cases if len(lc.gold.sct_steps) >= 2)


@pytest.fixture(scope="module")
def reasoner():
    return SimpleNamespace(context=AgentContext(knowledge=load_knowledge()))


@pytest.mark.parametrize(
    "condition", ["zero_shot", "single_oracle", "full_oracle", "clinical_knowledge"]
)
async def test_offline_reasoner_answers_every_condition(reasoner, sct_case, condition):
    hook = wiring.make_sct_hook(reasoner, None, condition)
    rec = await hook(sct_case)
    pool = set(sct_case.gold.sct_pool)
    if condition == "clinical_knowledge":
        (step,) = rec.sct_steps  # one answer, all evidence at once
        assert step.final_diagnosis in pool and step.ranking == ()
    else:
        assert len(rec.sct_steps) == len(sct_case.gold.sct_steps)
        assert all(set(s.ranking) == pool for s in rec.sct_steps)


async def test_the_oracle_rationale_reaches_the_offline_reasoner(reasoner, sct_case):
    plain = await wiring.make_sct_hook(reasoner, None, "zero_shot")(sct_case)
    oracle = await wiring.make_sct_hook(reasoner, None, "single_oracle")(sct_case)
    assert plain.sct_steps != oracle.sct_steps or not any(
        s.rationale for s in sct_case.gold.sct_steps
    )


async def test_hybrid_fills_the_steps_the_model_left_invalid(
    reasoner, sct_case, monkeypatch
):
    from tests.fakes import scripted

    model = scripted(*(["no json"] * 50))
    monkeypatch.setattr("agents.llm.make_chat_model", lambda _settings: model)
    settings = SimpleNamespace(backend="hybrid", llm=LLMSettings(model="fake"))
    rec = await wiring.make_sct_hook(reasoner, settings, "zero_shot")(sct_case)
    assert rec.backend == "hybrid"
    assert all(s.ranking for s in rec.sct_steps)  # every step came from the rules
    assert rec.error == f"{len(sct_case.gold.sct_steps)} step(s) answered by the rules"
