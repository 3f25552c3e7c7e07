"""Trauma scenarios: mechanism, physiology and anticoagulation decide triage.

Written from ATLS 10th ed. (ACS 2018), the CDC/ACS-COT National Guideline for the
Field Triage of Injured Patients 2021, the ESI v4 Implementation Handbook and ACEP's
mild TBI policy 2008; never from shared data rows.
"""

from __future__ import annotations

import pytest

from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 88,
    "systolic_bp": 132,
    "diastolic_bp": 80,
    "respiratory_rate": 18,
    "spo2": 98,
    "temperature_c": 36.7,
}

HIGH_RISK_MECHANISM = [
    ("stab-chest", "STAB WOUND TO CHEST", 24, NORMAL, "ATLS: penetrating torso"),
    ("gsw-abdomen", "GUNSHOT WOUND ABDOMEN", 31, NORMAL, "ATLS: penetrating torso"),
    (
        "rollover-ejection",
        "MVC ROLLOVER, EJECTED",
        28,
        {**NORMAL, "heart_rate": 108},
        "CDC field triage 2021: ejection",
    ),
    ("fall-height", "FALL FROM 20 FEET", 40, NORMAL, "CDC field triage 2021: fall"),
    (
        "pedestrian-struck",
        "PEDESTRIAN STRUCK BY CAR",
        35,
        NORMAL,
        "CDC field triage 2021: pedestrian struck",
    ),
    (
        "anticoagulated-head",
        "FALL, HIT HEAD, ON WARFARIN",
        81,
        NORMAL,
        "ACEP mild TBI 2008; ESI handbook (anticoagulated head injury)",
    ),
    (
        "trauma-pregnancy",
        "MVC, 30 WEEKS PREGNANT",
        29,
        NORMAL,
        "ACOG 2019 trauma in pregnancy; ATLS",
    ),
    (
        "airway-burn",
        "BURNS TO FACE, HOARSE VOICE",
        45,
        NORMAL,
        "ATLS: inhalation injury threatens the airway",
    ),
]


@pytest.mark.parametrize(
    ("complaint", "age", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in HIGH_RISK_MECHANISM],
)
def test_high_risk_mechanism_is_esi_2_or_1(
    reason: Reason, complaint: str, age: int, vitals: dict[str, float], source: str
) -> None:
    """A high-risk mechanism is an ESI-2 situation even with normal vitals."""
    sex = "Female" if "PREGNANT" in complaint else "Male"
    out = reason(make_case(complaint, age=age, sex=sex, vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= 2, source


def test_penetrating_trauma_in_shock_is_esi_1_and_never_discharged(
    reason: Reason,
) -> None:
    """ATLS class III-IV haemorrhage: immediate intervention, operative care."""
    out = reason(
        make_case(
            "GSW ABDOMEN",
            age=26,
            sex="Male",
            vitals={"heart_rate": 134, "systolic_bp": 78, "respiratory_rate": 30},
        )
    )
    assert out.final.esi == 1
    assert out.final.disposition not in ("Discharge", "Observation")


def test_head_injury_unresponsive_is_esi_1(reason: Reason) -> None:
    """ESI handbook decision point A: unresponsive (GCS <= 8) needs airway now."""
    out = reason(make_case("HEAD INJURY, UNRESPONSIVE", age=38, sex="Male"))
    assert out.final.esi == 1


@pytest.mark.parametrize(
    "complaint",
    [
        pytest.param("TWISTED ANKLE", id="ankle"),
        pytest.param("HAND LACERATION", id="hand-laceration"),
    ],
)
def test_isolated_minor_injury_with_normal_vitals_is_esi_4_or_5_and_discharged(
    reason: Reason, complaint: str
) -> None:
    """ESI handbook: one x-ray or one simple repair is one resource -> ESI 4."""
    out = reason(
        make_case(complaint, age=27, sex="Female", vitals={**NORMAL, "pain": 5})
    )
    assert out.final.esi in (4, 5)
    assert out.final.disposition == "Discharge"
