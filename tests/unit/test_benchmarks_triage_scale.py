"""benchmarks.triage_scale: decision-point attribution and the CTAS-modifier level."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules import esi_triage
from agents.offline.stage_facts import facts_with_notes
from agents.schemas import RuleResult
from benchmarks.triage_scale import _rates, ctas_modifiers, over_triage_cause
from cases.models import Case
from cases.views import build_view

NORMAL = {
    "heart_rate": 78,
    "systolic_bp": 124,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 99,
    "temperature_c": 36.8,
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


def _levels(
    kb: KnowledgeBase, complaint: str, age: int, **vitals: float
) -> tuple[int, str, RuleResult]:
    case = Case.model_validate(
        {
            "patient_id": "P-scale",
            "encounter_id": "E-scale",
            "chief_complaint": complaint,
            "demographics": {"age": age, "sex": "M"},
            "vitals": {**NORMAL, **vitals},
            "source": "scenario",
        }
    )
    view = build_view(case, "triage")
    spec = kb.match_complaint(view.chief_complaint)
    facts = facts_with_notes(view, (), kb)
    esi = esi_triage(facts, spec)
    return esi.level, over_triage_cause(esi), ctas_modifiers(facts, spec, esi)


def test_mild_abdominal_pain_is_esi3_by_resources_and_ctas4(kb: KnowledgeBase) -> None:
    """A 70-year-old with abdominal pain 3/10: labs and imaging (ESI handbook ch.5,
    older adults; Table 3-4) make ESI 3; CTAS 2016 acute central pain below 4/10 with
    normal vital signs is level 4: the two scales differ by design."""
    level, cause, ctas = _levels(kb, "abdominal pain", 70, pain=3)
    assert level == 3 and cause == "C: >= 2 expected resources"
    assert ctas.score == 4.0 and ctas.applicable


@pytest.mark.parametrize(
    ("vitals", "expected"),
    [
        ({"pain": 9}, 2),  # acute central pain 8-10
        ({"pain": 5}, 3),  # acute central pain 4-7
        ({"spo2": 91}, 2),  # SpO2 < 92 %
        ({"heart_rate": 135}, 2),  # NEWS2 red band: haemodynamic compromise
        ({"temperature_c": 38.5, "heart_rate": 95, "respiratory_rate": 24}, 2),
    ],
)
def test_ctas_first_order_modifiers(
    kb: KnowledgeBase, vitals: dict[str, float], expected: int
) -> None:
    assert _levels(kb, "abdominal pain", 40, **vitals)[2].score == float(expected)


def test_peripheral_pain_is_graded_lower_than_central(kb: KnowledgeBase) -> None:
    """CTAS 2016: peripheral acute pain 4-7 is level 4 (central would be 3)."""
    assert _levels(kb, "ankle injury", 30, pain=6)[2].score == 4.0


def test_children_are_not_graded_by_adult_modifiers(kb: KnowledgeBase) -> None:
    assert not _levels(kb, "abdominal pain", 6, pain=3)[2].applicable


def test_rates() -> None:
    r = _rates([(4, 3), (4, 4), (2, 3), (3, 3)])
    assert r["n"] == 4
    assert r["exact_pct"] == 50.0 and r["over_pct"] == 25.0 and r["under_pct"] == 25.0
    assert r["ktas12_under_pct"] == 100.0
