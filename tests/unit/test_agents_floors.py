"""Safety floors: they fire after any backend and are recorded in the trace."""

from __future__ import annotations

import pytest

from agents import floors
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline.knowledge import load_knowledge
from agents.offline.triage import reason_triage
from agents.schemas import DifferentialEntry, DispositionResult, TriageResult
from agents.stage import run_stage
from cases.models import Case, Demographics, Vitals
from cases.views import build_view

pytestmark = pytest.mark.anyio


def _case(**vitals: float) -> Case:
    return Case(
        patient_id="p1",
        encounter_id="e1",
        chief_complaint="CHEST PAIN",
        demographics=Demographics(age=67, sex="Male"),
        vitals=Vitals(**vitals),
        ed_note="HPI: chest pain.\nMedical Decision Making\nObserved in the ED.",
    )


@pytest.fixture(scope="module")
def ctx() -> AgentContext:
    return AgentContext(knowledge=load_knowledge())


def test_triage_floor_raises_unsafe_acuity(ctx):
    view = build_view(
        _case(heart_rate=128, systolic_bp=84, respiratory_rate=26, spo2=89), "triage"
    )
    floor, _ = floors.esi_floor(view, ctx)
    assert floor <= 2
    unsafe = TriageResult(acuity="Non-Urgent", esi=5, rationale="fake model output")
    raised, events = floors.enforce("triage", unsafe, view, (), ctx)
    assert raised.esi == floor and raised.acuity != "Non-Urgent"
    assert events and events[0].floor == "esi_decision_point"
    assert "ESI 5" in events[0].before


def test_triage_floor_leaves_safe_answers_alone(ctx):
    view = build_view(
        _case(heart_rate=80, systolic_bp=120, respiratory_rate=14, spo2=99), "triage"
    )
    safe = TriageResult(acuity="Immediate", esi=1, rationale="x")
    assert floors.enforce("triage", safe, view, (), ctx) == (safe, ())


def test_no_discharge_with_danger_zone_vitals(ctx):
    view = build_view(
        _case(heart_rate=135, systolic_bp=120, respiratory_rate=16, spo2=98),
        "disposition",
    )
    out, events = floors.enforce(
        "disposition",
        DispositionResult(disposition="Discharge", rationale="x"),
        view,
        (),
        ctx,
    )
    assert out.disposition == "Admit"
    assert events[0].floor == "no_unsafe_discharge" and "heart_rate" in events[0].reason


def test_no_discharge_with_open_must_not_miss_above_threshold(ctx):
    view = build_view(
        _case(heart_rate=80, systolic_bp=120, respiratory_rate=14, spo2=99),
        "disposition",
    )
    open_pe = DifferentialEntry(
        diagnosis="Pulmonary embolism",
        must_not_miss=True,
        status="cannot_exclude",
        probability=0.3,
        changed_by="assessment",
    )
    low_pe = open_pe.model_copy(update={"probability": 0.01})
    discharge = DispositionResult(disposition="Discharge", rationale="x")
    out, events = floors.enforce("disposition", discharge, view, (open_pe,), ctx)
    assert out.disposition == "Observation" and "Pulmonary embolism" in events[0].reason
    assert floors.enforce("disposition", discharge, view, (low_pe,), ctx) == (
        discharge,
        (),
    )


class _FakeUnsafeRefiner:
    """A fake LLM refiner that always answers ESI 5 (no model can run in unit tests)."""

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        bad = TriageResult(acuity="Non-Urgent", esi=5, rationale="fake")
        return StageOutcome(
            status="ok", result=bad, rules=offline.rules, model_id="fake"
        )


async def test_floor_applies_after_refiner_and_is_recorded(ctx):
    hybrid = AgentContext(
        knowledge=ctx.knowledge,
        backend="hybrid",
        refiner=_FakeUnsafeRefiner(),
        model_id="fake",
    )
    case = _case(heart_rate=130, systolic_bp=82, respiratory_rate=28, spo2=88)
    result, _, record = await run_stage("triage", {"case": case}, hybrid, reason_triage)
    assert record.backend == "hybrid" and record.model_id == "fake"
    assert result.esi <= 2
    assert [f.floor for f in record.floors_fired] == ["esi_decision_point"]
