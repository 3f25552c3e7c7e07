"""Readers changed by paeds26: tachycardia for age, a fall's height, pain-limited
movement, and 100 % oxygen standing for a titrated oxygen order."""

from __future__ import annotations

import pytest

from agents import order_concepts
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import tachycardia_hr, vital_sign_findings
from agents.offline.rules.findings import extract_findings, sign_findings
from agents.schemas import Order
from cases.models import Vitals
from cases.population import Population


def _pop(days: int) -> Population:
    return Population(age_days_min=days, age_days_max=days)


@pytest.mark.parametrize(
    ("days", "hr", "tachycardic"),
    [
        (2 * 365, 130, False),  # ESI v4 ch.6: > 160 from 3 months to 3 years
        (2 * 365, 165, True),
        (60, 170, False),  # > 180 under 3 months
        (5 * 365, 150, True),  # > 140 from 3 to 8 years
        (5 * 365, 125, False),
        (30 * 365, 105, True),  # adult > 100
    ],
)
def test_tachycardia_is_read_for_age(days: int, hr: float, tachycardic: bool) -> None:
    found = {
        f.concept
        for f in vital_sign_findings(Vitals(heart_rate=hr), _pop(days))
        if f.status == "present"
    }
    assert ("tachycardia" in found) is tachycardic


def test_unknown_age_keeps_the_adult_limit() -> None:
    assert tachycardia_hr(None) == 100.0


@pytest.mark.parametrize(
    ("text", "dangerous"),
    [
        ("He fell about 4 metres from scaffolding.", True),  # CDC 2021: > 10 ft
        ("after a 12 ft fall from a ladder", True),
        ("She fell 1 m off a wall.", False),
        ("tripped and fell on the pavement", False),
    ],
)
def test_a_fall_of_three_metres_or_more_is_a_dangerous_mechanism(
    text: str, dangerous: bool
) -> None:
    found = [f for f in sign_findings(text) if f.concept == "dangerous_mechanism"]
    assert bool(found) is dangerous
    assert all(f.status == "present" for f in found)


@pytest.mark.parametrize(
    ("text", "cord"),
    [
        ("Unable to move her legs because of the pain in her pelvis.", False),
        ("cannot move his legs for pain", False),
        ("Cannot move his legs after diving into the shallow end.", True),
    ],
)
def test_limbs_not_moved_for_pain_are_no_cord_sign(text: str, cord: bool) -> None:
    found = {
        f.concept
        for f in extract_findings(text, load_knowledge())
        if f.status == "present"
    }
    assert ("cord_injury_signs" in found) is cord


def test_hundred_percent_oxygen_stands_for_titrated_oxygen() -> None:
    titrated = Order(
        kind="procedure", name="high-flow oxygen, titrated to SpO2 94-98 %", reason="x"
    )
    full = Order(kind="procedure", name="100% oxygen by non-rebreather", reason="y")
    kept, dropped = order_concepts.deduplicate([titrated, full])
    assert [o.name for o in kept] == [full.name]
    assert dropped == [(titrated, full)]
