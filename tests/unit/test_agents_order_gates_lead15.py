"""Order gates of session 15: blood-pressure targets and brain imaging first."""

from __future__ import annotations

from agents.order_safety import check
from agents.schemas import Order, TreatmentResult
from cases.models import Case
from cases.views import StageView, build_view

LOWER_TO_140 = Order(
    kind="medication",
    name="lower SBP to 140 mmHg (nicardipine)",
    reason="hematoma expansion",
)
ASPIRIN = Order(kind="medication", name="aspirin 300 mg", reason="secondary prevention")


def _view(text: str, sbp: float) -> StageView:
    case = Case.model_validate(
        {
            "patient_id": "p",
            "encounter_id": "e",
            "demographics": {"age": 66, "sex": "F"},
            "vitals": {"systolic_bp": sbp, "diastolic_bp": 80, "heart_rate": 80},
            "chief_complaint": "WEAKNESS",
            "ed_note": text,
        }
    )
    return build_view(case, "treatment")


def _plan(*orders: Order) -> TreatmentResult:
    return TreatmentResult(working_diagnosis=None, orders=orders)


def test_a_pressure_at_its_target_is_not_lowered() -> None:
    """AHA/ASA 2022 ICH: SBP 150-220 is lowered to 140; 124 is not lowered."""
    checked, _ = check(_plan(LOWER_TO_140), _view("headache", 124), [])
    assert not checked.orders
    assert "already at or below the target 140" in checked.blocked[0].reason


def test_a_pressure_above_its_target_is_lowered() -> None:
    checked, _ = check(_plan(LOWER_TO_140), _view("headache", 188), [])
    assert [o.name for o in checked.orders] == [LOWER_TO_140.name]


def test_aspirin_waits_for_imaging_in_an_ongoing_deficit() -> None:
    """AHA/ASA 2019 4.8: brain imaging excludes haemorrhage before antithrombotics."""
    checked, events = check(_plan(ASPIRIN), _view("left arm weakness", 150), [])
    assert checked.orders[0].name.startswith("once brain imaging")
    assert any(e.floor == "brain_imaging_first" for e in events)


def test_aspirin_is_not_held_after_imaging_or_a_resolved_deficit() -> None:
    for text in (
        "left arm weakness. CT head: no haemorrhage.",
        "left arm weakness for 15 minutes, fully resolved.",
    ):
        checked, _ = check(_plan(ASPIRIN), _view(text, 150), [])
        assert checked.orders[0].name == ASPIRIN.name, text
