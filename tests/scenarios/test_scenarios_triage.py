"""Triage scenarios: ESI v4 decision points and time-critical patterns in any complaint.

Written from the ESI v4 Implementation Handbook (Gilboy et al., AHRQ 2012/2020 ed.),
AHA/ASA 2019 acute ischaemic stroke guideline (BE-FAST warning signs), AHA/ACC 2021
chest pain guideline, ACEP early-pregnancy policy 2017, WAO/AAAAI anaphylaxis 2020,
Surviving Sepsis Campaign 2021 and ACG 2021 GI bleeding; never from shared data rows.
Each case asserts a property (a level bound), not an exact trace.
"""

from __future__ import annotations

import pytest

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 82,
    "systolic_bp": 128,
    "diastolic_bp": 76,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def _triage(out: ReasoningOutput) -> TriageResult:
    record = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(record.output, TriageResult)
    return record.output


# (id, complaint, age, sex, vitals, source) -> ESI must be <= 2
HIGH_RISK = [
    ("stroke-L-side-weakness", "L side weakness", 68, "Male", NORMAL, "AHA/ASA 2019"),
    (
        "stroke-weakness-arm-face",
        "WEAKNESS, LEFT ARM AND FACE",
        71,
        "Female",
        NORMAL,
        "AHA/ASA 2019 BE-FAST",
    ),
    (
        "stroke-sudden-weakness",
        "SUDDEN WEAKNESS AND SLURRED SPEECH",
        59,
        "Male",
        NORMAL,
        "AHA/ASA 2019",
    ),
    (
        "stroke-cant-move-arm",
        "CAN'T MOVE RIGHT ARM SINCE 1 HOUR",
        74,
        "Female",
        NORMAL,
        "AHA/ASA 2019",
    ),
    (
        "stroke-numb-weak-side",
        "NUMBNESS AND WEAKNESS LEFT SIDE",
        63,
        "Male",
        NORMAL,
        "AHA/ASA 2019",
    ),
    (
        "stroke-posterior",
        "DIZZY, DOUBLE VISION, CAN'T WALK STRAIGHT",
        66,
        "Male",
        NORMAL,
        "ACEP GRACE-3 2023; AHA/ASA 2019",
    ),
    (
        "acs-pressure-radiating",
        "CHEST PRESSURE RADIATING TO LEFT ARM",
        55,
        "Male",
        NORMAL,
        "AHA/ACC 2021 chest pain; ESI handbook ch.4",
    ),
    (
        "anaphylaxis-throat",
        "HIVES AND THROAT TIGHTNESS AFTER BEE STING",
        34,
        "Female",
        NORMAL,
        "WAO anaphylaxis 2020; ESI handbook ch.4",
    ),
    ("gi-bleed-hematemesis", "VOMITING BLOOD", 57, "Male", NORMAL, "ACG 2021"),
    (
        "gi-bleed-melena-tachy",
        "BLACK STOOLS, DIZZY",
        62,
        "Male",
        {**NORMAL, "heart_rate": 116},
        "ACG 2021; ESI handbook danger zone",
    ),
    (
        "ectopic-pain-pregnant",
        "ABDOMINAL PAIN, 6 WEEKS PREGNANT",
        27,
        "Female",
        NORMAL,
        "ACEP early pregnancy 2017",
    ),
    (
        "ectopic-bleeding-pregnant",
        "VAGINAL BLEEDING, PREGNANT, LIGHTHEADED",
        31,
        "Female",
        NORMAL,
        "ACEP early pregnancy 2017",
    ),
    (
        "sepsis-fever-confused",
        "FEVER AND CONFUSION",
        78,
        "Female",
        {**NORMAL, "temperature_c": 38.9},
        "SSC 2021; ESI handbook (new confusion)",
    ),
    (
        "sepsis-sirs-vitals",
        "FEVER",
        70,
        "Male",
        {**NORMAL, "heart_rate": 124, "respiratory_rate": 26, "temperature_c": 39.2},
        "SSC 2021; ESI handbook decision point D",
    ),
    (
        "febrile-infant",
        "FEVER",
        0,
        "Male",
        {"heart_rate": 165, "respiratory_rate": 44, "temperature_c": 38.4, "spo2": 98},
        "ESI handbook ch.6; AAP febrile infant 2021",
    ),
    (
        "peds-tachypnoea",
        "COUGH",
        2,
        "Female",
        {"heart_rate": 150, "respiratory_rate": 52, "temperature_c": 37.9, "spo2": 95},
        "ESI handbook danger zone (RR > 40, 3 mo-3 y)",
    ),
    (
        "thunderclap",
        "WORST HEADACHE OF MY LIFE, SUDDEN ONSET",
        44,
        "Female",
        NORMAL,
        "ACEP headache 2019",
    ),
    (
        "suicidal-plan",
        "SUICIDAL IDEATION WITH PLAN",
        29,
        "Male",
        NORMAL,
        "ESI handbook ch.4; ACEP psychiatric 2017",
    ),
    (
        "testicular-pain",
        "TESTICULAR PAIN",
        15,
        "Male",
        NORMAL,
        "ESI handbook ch.4 (torsion)",
    ),
    (
        "airway-drooling",
        "SORE THROAT, DROOLING, CAN'T SWALLOW",
        40,
        "Male",
        NORMAL,
        "ESI handbook ch.4 (airway compromise)",
    ),
]


@pytest.mark.parametrize(
    ("complaint", "age", "sex", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in HIGH_RISK],
)
def test_time_critical_presentation_in_any_complaint_is_esi_2_or_1(
    reason: Reason,
    complaint: str,
    age: int,
    sex: str,
    vitals: dict[str, float],
    source: str,
) -> None:
    """Time-critical words anywhere in the triage text make it ESI <= 2 (``source``)."""
    out = reason(make_case(complaint, age=age, sex=sex, vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= 2, (source, out.final.esi)


ESI_ONE = [
    ("cardiac-arrest", "CARDIAC ARREST", {}),
    ("apnoea", "NOT BREATHING", {"heart_rate": 40}),
    ("unresponsive", "UNRESPONSIVE", {"heart_rate": 60, "systolic_bp": 110}),
    (
        "shock",
        "WEAKNESS",
        {"heart_rate": 138, "systolic_bp": 72, "respiratory_rate": 28, "spo2": 93},
    ),
    (
        "anaphylaxis-shock",
        "ALLERGIC REACTION, LIPS SWOLLEN",
        {"heart_rate": 130, "systolic_bp": 78, "respiratory_rate": 28, "spo2": 90},
    ),
]


@pytest.mark.parametrize(
    ("complaint", "vitals"), [pytest.param(*row[1:], id=row[0]) for row in ESI_ONE]
)
def test_immediate_life_saving_intervention_is_esi_1(
    reason: Reason, complaint: str, vitals: dict[str, float]
) -> None:
    """ESI handbook decision point A: apnoea, pulselessness, unresponsiveness, shock."""
    out = reason(make_case(complaint, age=52, sex="Male", vitals=vitals))
    assert out.final.esi == 1


@pytest.mark.parametrize(
    ("complaint", "age"),
    [
        pytest.param("CHEST PAIN", 61, id="chest-pain"),
        pytest.param("SHORTNESS OF BREATH", 72, id="dyspnoea"),
        pytest.param("SYNCOPE", 70, id="syncope"),
    ],
)
def test_missing_vitals_in_high_risk_presentation_are_flagged_with_esi_2_floor(
    reason: Reason, complaint: str, age: int
) -> None:
    """ESI handbook decision point D needs vitals: never silently ESI 3 without them."""
    out = reason(make_case(complaint, age=age, sex="Male"))
    triage = _triage(out)
    assert out.final.esi is not None and out.final.esi <= 2
    assert {"heart_rate", "systolic_bp"} <= set(triage.missing_vitals)


def test_missing_vitals_in_a_minor_complaint_are_flagged_without_uptriage(
    reason: Reason,
) -> None:
    """Missing vitals are always listed; a minor complaint is not forced to ESI 2."""
    out = reason(make_case("SORE THROAT", age=23, sex="Female"))
    triage = _triage(out)
    assert "heart_rate" in triage.missing_vitals
    assert out.final.esi is not None and out.final.esi >= 3


LOW_ACUITY = [
    ("ankle-sprain", "ANKLE SPRAIN", 25, {**NORMAL, "pain": 6}),
    ("finger-laceration", "FINGER LACERATION", 33, {**NORMAL, "pain": 3}),
    ("sore-throat", "SORE THROAT", 22, {**NORMAL, "temperature_c": 37.9}),
    ("med-refill", "MEDICATION REFILL", 45, NORMAL),
    ("wrist-injury", "WRIST INJURY", 30, {**NORMAL, "pain": 5}),
]


@pytest.mark.parametrize(
    ("complaint", "age", "vitals"),
    [pytest.param(*row[1:], id=row[0]) for row in LOW_ACUITY],
)
def test_minor_complaint_with_normal_vitals_is_esi_4_or_5(
    reason: Reason, complaint: str, age: int, vitals: dict[str, float]
) -> None:
    """ESI handbook ch.5: one resource -> 4, none -> 5 (x-ray, simple repair = 1)."""
    out = reason(make_case(complaint, age=age, sex="Male", vitals=vitals))
    assert out.final.esi in (4, 5)


def test_young_adult_musculoskeletal_chest_wall_pain_is_not_esi_2(
    reason: Reason,
) -> None:
    """ESI handbook ch.4: chest pain is high risk when suggestive of ACS, not always."""
    out = reason(
        make_case(
            "CHEST WALL PAIN AFTER LIFTING, WORSE WITH MOVEMENT",
            age=23,
            sex="Male",
            vitals={**NORMAL, "pain": 4},
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


def test_generalised_weakness_without_deficit_or_abnormal_vitals_is_not_esi_2(
    reason: Reason,
) -> None:
    """Only focal or sudden weakness is a stroke sign (AHA/ASA 2019 BE-FAST)."""
    out = reason(make_case("GENERALIZED WEAKNESS X 1 WEEK", age=45, vitals=NORMAL))
    assert out.final.esi is not None and out.final.esi >= 3


def test_time_critical_pattern_is_named_among_the_red_flags(reason: Reason) -> None:
    """A physician reading the trace sees why: 'signs of stroke' is a red flag."""
    out = reason(make_case("L side weakness", age=68, sex="Male", vitals=NORMAL))
    assert any("signs of stroke" in f for f in _triage(out).red_flags)
