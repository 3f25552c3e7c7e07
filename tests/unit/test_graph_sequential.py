"""The pipeline run in order gives LangGraph's final state, stops and all."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from agents.schemas import StageRecord
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from cases.models import Case
from graph import build, sequential
from graph.build import Step, build_graph, compile_graph
from graph.sequential import run_pipeline

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def ctx() -> AgentContext:
    return AgentContext(knowledge=load_knowledge())


@pytest.fixture(scope="module")
def demo_cases() -> list[Case]:
    found = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    return [lc.case for lc in found[:6]]


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """The state with each record's timing removed (it differs run to run)."""
    out = dict(values)
    out["trace"] = [
        r.model_dump(mode="json", exclude={"started_at", "latency_ms"})
        for r in values.get("trace", [])
    ]
    return out


async def test_same_final_state_as_the_compiled_graph(ctx, demo_cases):
    graph = compile_graph()
    for case in demo_cases:
        ours = await run_pipeline({"case": case}, ctx)
        theirs = await graph.ainvoke({"case": case}, context=ctx)
        assert _plain(ours) == _plain(theirs)
        assert len(ours["trace"]) == 5


def _failing(stage: str):
    async def node(state, runtime):
        del runtime
        record = StageRecord(
            stage=stage,
            status="error",
            prompt_version="t",
            started_at=datetime(2026, 1, 1, tzinfo=UTC),
            latency_ms=0.0,
            error="boom",
        )
        return {stage: None, "trace": [record]}

    return node


async def test_an_error_record_ends_the_run_as_in_the_graph(
    ctx, demo_cases, monkeypatch
):
    steps = tuple(
        Step(s.name, _failing(s.name), s.route) if s.name == "treatment" else s
        for s in build.PIPELINE
    )
    monkeypatch.setattr(build, "PIPELINE", steps)
    monkeypatch.setattr(sequential, "PIPELINE", steps)
    ours = await run_pipeline({"case": demo_cases[0]}, ctx)
    theirs = await build_graph().compile().ainvoke({"case": demo_cases[0]}, context=ctx)
    assert [r.stage for r in ours["trace"]] == ["triage", "assessment", "treatment"]
    assert _plain(ours) == _plain(theirs)
    assert "disposition" not in ours


async def test_runs_on_one_loop_take_turns_between_steps(ctx, monkeypatch):
    order: list[str] = []

    def _node(name: str):
        async def node(state, runtime):
            del runtime
            order.append(f"{state['case'].encounter_id}:{name}")
            return {}

        return node

    steps = tuple(Step(s.name, _node(s.name), s.route) for s in build.PIPELINE)
    monkeypatch.setattr(sequential, "PIPELINE", steps)
    await asyncio.gather(
        *(
            run_pipeline({"case": Case(patient_id="p", encounter_id=e)}, ctx)
            for e in ("a", "b")
        )
    )
    assert order[:4] == ["a:retrieve", "b:retrieve", "a:triage", "b:triage"]
