"""The ESI assessment names the criterion that set the level and how resources were
predicted (esi30: the trace records it, so a level is auditable per decision point)."""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import esi_triage
from agents.offline.rules.esi import EsiAssessment
from agents.offline.rules.facts import ClinicalFacts
from cases.models import Vitals

KB = load_knowledge()
NORMAL = Vitals(
    heart_rate=80, respiratory_rate=16, spo2=99, systolic_bp=125, temperature_c=36.8
)


def _run(cc: str, age: int = 40, vitals: Vitals = NORMAL) -> EsiAssessment:
    facts = ClinicalFacts.from_texts(
        [("cc", cc)], KB, age=age, vitals=vitals, chief_complaint=cc
    )
    return esi_triage(facts, KB.match_complaint(cc))


def test_decision_point_b_names_the_high_risk_situation() -> None:
    a = _run("sudden right arm weakness and slurred speech for one hour", age=70)
    assert a.level == 2 and a.decided_by.startswith("B:high-risk:")


def test_decision_point_c_records_the_resource_trail() -> None:
    a = _run("laceration to the palm, 3 cm gaping, needs stitches", age=30)
    assert a.decided_by == "C:resources"
    assert a.resource_trail and a.resource_trail[0].startswith("complaint=")
    assert a.resource_trail[-1].endswith(f"={a.expected_resources}")


def test_an_unreadable_complaint_keeps_the_unknown_default() -> None:
    a = _run("zzzz qqq")
    assert a.level == 3 and a.decided_by == "C:unknown-complaint"
    assert a.resource_trail == ("unknown complaint=?",)


def test_a_danger_zone_uptriage_is_named() -> None:
    a = _run("abdominal pain", age=40, vitals=NORMAL.model_copy(update={"spo2": 91}))
    assert a.level == 2 and a.decided_by.startswith(("D:", "B:"))
