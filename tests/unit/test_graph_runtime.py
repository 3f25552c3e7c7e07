"""The reasoning graph end to end: stage order, review interrupts, checkpoints."""

from __future__ import annotations

import pytest

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from agents.schemas import STAGE_ORDER, DispositionResult, StageRecord, TriageResult
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from cases.models import Case, Vitals
from graph.runtime import Reasoner
from graph.settings import Settings
from graph.state import ReasoningOutput

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def ctx() -> AgentContext:
    return AgentContext(knowledge=load_knowledge())


@pytest.fixture(scope="module")
def demo_cases() -> list[Case]:
    return [
        lc.case for lc in load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    ]


async def test_every_demo_case_gets_a_complete_five_stage_trace(ctx, demo_cases):
    reasoner = Reasoner(ctx)
    for case in demo_cases:
        out = await reasoner.run(case)
        assert tuple(r.stage for r in out.trace) == STAGE_ORDER
        assert all(r.status != "error" for r in out.trace), [r.error for r in out.trace]
        assert out.case_id == case.encounter_id
        assert out.final.acuity is not None and out.final.disposition is not None
        for record in out.trace:
            assert record.started_at.tzinfo is not None and record.latency_ms >= 0
        for entry in out.final.ledger:
            if entry.status == "ruled_out":
                assert entry.evidence_against


async def test_stream_yields_records_in_stage_order_then_the_output(ctx, demo_cases):
    reasoner = Reasoner(ctx)
    items = [item async for item in reasoner.stream(demo_cases[0])]
    *records, last = items
    assert tuple(r.stage for r in records if isinstance(r, StageRecord)) == STAGE_ORDER
    assert isinstance(last, ReasoningOutput) and list(last.trace) == records
    ran = await reasoner.run(demo_cases[0])
    assert last.final == ran.final and last.final.summary.top_diagnoses
    threaded = [item async for item in reasoner.stream(demo_cases[0], thread_id="s")]
    assert isinstance(threaded[-1], ReasoningOutput)
    assert threaded[-1].final == ran.final and threaded[-1].meta["thread_id"] == "s"


async def test_interrupt_edit_resume_records_the_review(ctx, demo_cases):
    reasoner = Reasoner(ctx, interrupt_before=("treatment",))
    paused = await reasoner.run(demo_cases[0], thread_id="t-edit")
    assert paused.meta["interrupted_before"] == "treatment"
    assert [r.stage for r in paused.trace] == ["triage", "assessment"]
    with pytest.raises(ValueError):
        await reasoner.review("t-edit", "triage", "approve")  # not the last stage
    edited_dx = paused.trace[1].output.model_copy(
        update={"problem_representation": "clinician-edited summary"}
    )
    done = await reasoner.review(
        "t-edit", "assessment", "edit", edited_dx, reviewer="dr"
    )
    stages = [(r.stage, r.backend) for r in done.trace]
    assert stages[2] == ("assessment", "review")
    assert [s for s, _ in stages[3:]] == ["treatment", "disposition", "diagnosis"]
    review = done.trace[2].review
    assert review.action == "edit" and "problem_representation" in review.before
    assert done.meta["interrupted_before"] is None


async def test_review_edit_of_paused_stage_is_floored(ctx, demo_cases):
    reasoner = Reasoner(ctx, interrupt_before=("disposition",))
    sick = demo_cases[0].model_copy(update={"vitals": Vitals(heart_rate=140, spo2=85)})
    await reasoner.run(sick, thread_id="t-floor")
    unsafe = DispositionResult(disposition="Discharge", rationale="clinician typo")
    out = await reasoner.review("t-floor", "disposition", "edit", unsafe)
    rec = next(r for r in out.trace if r.backend == "review")
    assert rec.output.disposition != "Discharge" and rec.floors_fired
    assert out.final.disposition != "Discharge"


async def test_checkpoint_resume_from_sqlite_file(ctx, demo_cases, tmp_path):
    path = str(tmp_path / "ck.sqlite")
    first = Reasoner(ctx, checkpoint_path=path, interrupt_before=("disposition",))
    await first.run(demo_cases[1], thread_id="t-file")
    await first.aclose()
    second = Reasoner(ctx, checkpoint_path=path, interrupt_before=("disposition",))
    state = await second.state("t-file")
    assert state.meta["interrupted_before"] == "disposition" and len(state.trace) == 3
    done = await second.review("t-file", "treatment", "approve")
    assert [r.stage for r in done.trace][-2:] == ["disposition", "diagnosis"]
    assert done.trace[3].review.action == "approve"
    await second.aclose()


async def test_oracle_override_is_recorded_instead_of_reasoning(ctx, demo_cases):
    oracle = TriageResult(acuity="Immediate", esi=1, rationale="gold label")
    out = await Reasoner(ctx).run(demo_cases[0], overrides={"triage": oracle})
    assert out.trace[0].backend == "oracle" and out.trace[0].output == oracle
    assert out.trace[1].backend == "rules"


async def test_from_settings_and_ready_without_retrieval():
    reasoner = Reasoner.from_settings(
        Settings(retrieval=False, checkpoint_path=":memory:")
    )
    assert await reasoner.ready()
    await reasoner.aclose()
