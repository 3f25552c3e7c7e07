"""complaint31: an adult's empty complaint is graded by the first-order modifiers.

CTAS 2016 (Bullard MJ et al. CJEM 2017;19 Suppl 2:S18): the first-order modifiers
(vital signs, consciousness, temperature, pain) apply to every complaint; with no
complaint recorded no second-order modifier can apply, so an acute visit no modifier
raises is 4 (never 5, which needs a complaint known to be minor), flagged as outside
what the knowledge base knows. Without a heart rate and blood pressure the
first-order modifiers cannot be read and the unrecognised complaint's 3 stays.
"""

from __future__ import annotations

from typing import Any

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage
from agents.offline.rules.ctas import CtasAssessment, ctas_triage
from cases.models import Vitals

KB = load_knowledge()
NORMAL: dict[str, Any] = {
    "heart_rate": 82,
    "systolic_bp": 128,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.7,
}


def _site(age: int = 50, **v: Any) -> CtasAssessment:
    facts = ClinicalFacts.from_texts(
        [], KB, age=age, vitals=Vitals(**(NORMAL | v)), chief_complaint=None
    )
    esi = esi_triage(facts, None)
    return ctas_triage(facts, None, esi, "KTAS")


def test_empty_complaint_with_normal_signs_is_4_and_flagged() -> None:
    site = _site()
    assert site.level == 4
    assert site.decided_by == "complaint:empty"
    assert any("outside what we know" in m.text for m in site.modifiers)


def test_first_order_modifiers_still_bind_an_empty_complaint() -> None:
    assert _site(heart_rate=128, systolic_bp=84).level <= 2
    assert _site(pain=8).level <= 3


def test_without_heart_rate_the_unrecognised_level_stays() -> None:
    site = _site(heart_rate=None)
    assert site.level <= 3
    assert "complaint:empty" not in site.decided_by
