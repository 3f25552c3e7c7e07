"""Stage agents work alone and inside a user-built graph (the documented example)."""

from __future__ import annotations

import pytest

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from examples.standalone_agent import example_case, my_graph, triage_alone

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def ctx() -> AgentContext:
    return AgentContext(knowledge=load_knowledge())


async def test_triage_node_runs_on_a_case_without_the_graph(ctx):
    update = await triage_alone(example_case(), ctx)
    assert set(update) == {"triage", "trace"}
    assert update["triage"].esi <= 2  # HR 112, SpO2 93, RR 22: danger zone
    assert update["trace"][0].stage == "triage" and update["trace"][0].status == "ok"


async def test_assessment_node_inside_a_user_graph(ctx):
    state = await my_graph().compile().ainvoke({"case": example_case()}, context=ctx)
    assert state["case"].chief_complaint == "chest pain"  # the user's node ran first
    assert [r.stage for r in state["trace"]] == ["assessment"]
    names = [e.diagnosis.lower() for e in state["ledger"]]
    assert any("pulmonary embolism" in n for n in names)
