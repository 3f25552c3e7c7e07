"""perf32: stage facts found by a digest of their inputs, across requests.

A returning patient's background is read as a view of its own in every request
(``door.triage_facts``); its facts are served again after many other views, and a
change in any input they read computes them afresh.
"""

from __future__ import annotations

from agents.offline import stage_facts
from agents.offline.knowledge import load_knowledge
from cases.models import Case
from cases.views import StageView, build_view

NOTE = (
    "HPI: 58 y.o. man with crushing chest pain radiating to the left arm. "
    "Troponin 0.9 ng/mL. Denies fever."
)


def _view(complaint: str, encounter: str = "E-1", **vitals: float) -> StageView:
    case = Case.model_validate(
        {
            "patient_id": "P-perf32",
            "encounter_id": encounter,
            "chief_complaint": complaint,
            "demographics": {"age": 58, "sex": "M"},
            "vitals": {"heart_rate": 96, "systolic_bp": 150, **vitals},
            "ed_note": NOTE,
            "source": "scenario",
        }
    )
    return build_view(case, "disposition")


def test_equal_inputs_are_served_after_many_other_views() -> None:
    kb = load_knowledge()
    stage_facts.clear_caches()
    first = stage_facts.facts_with_notes(_view("chest pain"), (), kb)
    for i in range(80):  # more than the views found by identity
        stage_facts.facts_with_notes(_view(f"chest pain #{i}", f"E-{i}"), (), kb)
    again = _view("chest pain", "E-later")  # equal inputs, new objects
    assert stage_facts.facts_with_notes(again, (), kb) is first


def test_a_changed_input_computes_the_facts_afresh() -> None:
    kb = load_knowledge()
    stage_facts.clear_caches()
    first = stage_facts.facts_with_notes(_view("chest pain"), (), kb)
    for changed in (
        _view("chest pain and fever"),
        _view("chest pain", heart_rate=130),
        _view("chest pain", heart_rate=96.5),
    ):
        got = stage_facts.facts_with_notes(changed, (), kb)
        assert got is not first and got.vitals == changed.vitals
    assert (
        "fever"
        in stage_facts.facts_with_notes(_view("chest pain and fever"), (), kb).present
    )
