"""CTAS / KTAS modifiers (agents.offline.rules.ctas) on clear cases.

Written from the CTAS 2016 modifiers (Bullard MJ et al. CJEM 2017;19(S2):S18) and
KTAS (Park & Lim 2017); each case names the modifier it exercises.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage
from agents.offline.rules.ctas import CTAS_SOURCE, CtasAssessment, ctas_triage
from cases.models import Vitals

KB = load_knowledge()
NORMAL: dict[str, Any] = {
    "heart_rate": 80,
    "systolic_bp": 125,
    "diastolic_bp": 80,
    "respiratory_rate": 16,
    "spo2": 99,
    "temperature_c": 36.8,
}


def grade(cc: str | None, age: int | None = 45, **vitals: Any) -> CtasAssessment:
    facts = ClinicalFacts.from_texts(
        [("cc", cc)],
        KB,
        age=age,
        vitals=Vitals(**{**NORMAL, **vitals}),
        chief_complaint=cc,
    )
    complaint = KB.match_complaint(cc)
    return ctas_triage(facts, complaint, esi_triage(facts, complaint), "KTAS")


@pytest.mark.parametrize(
    ("spo2", "level"), [(86, 1), (91, 2), (93, 3)], ids=["severe", "moderate", "mild"]
)
def test_respiratory_distress_by_saturation(spo2: float, level: int) -> None:
    assert grade("cough", spo2=spo2).level == level


@pytest.mark.parametrize(
    ("vitals", "level"),
    [
        ({"heart_rate": 125}, 2),
        ({"heart_rate": 38}, 2),
        ({"systolic_bp": 88}, 2),
        ({"heart_rate": 115}, 3),
        ({"systolic_bp": 96}, 3),
        ({"heart_rate": 105}, 4),
    ],
    ids=["tachy", "brady", "sbp88", "hr115", "sbp96", "hr105"],
)
def test_haemodynamic_bands(vitals: dict[str, float], level: int) -> None:
    # compromise -> 2, ends of normal -> 3, otherwise the complaint's level (4)
    assert grade("leg swelling", **vitals).level == level


@pytest.mark.parametrize("cc", ["vomiting blood", "forearm laceration"])
def test_tachycardia_120_in_bleeding_is_compromise(cc: str) -> None:
    # ATLS 10th ed. class III haemorrhage: HR 120-140 in a bleeding or injured adult
    assert grade(cc, heart_rate=124).level <= 2


@pytest.mark.parametrize(
    ("pain", "cc", "level"),
    [
        (9, "abdominal pain", 2),
        (6, "abdominal pain", 3),
        (2, "abdominal pain", 4),
        (9, "ankle injury", 3),
        (5, "ankle injury", 4),
        (2, "ankle injury", 5),
    ],
)
def test_pain_by_severity_and_site(pain: float, cc: str, level: int) -> None:
    # central 8-10/4-7/<4 -> 2/3/4; peripheral -> 3/4/5 (triage51: the CTAS 2016 /
    # KTAS pain table's 5 for a mild acute sprain is no longer held at the acute 4)
    assert grade(cc, pain=pain).level == level


def test_chronic_pain_is_one_level_less_urgent() -> None:
    assert grade("chronic back pain", pain=5).level == 5
    assert grade("chronic abdominal pain", pain=6).level == 4


def test_pain_of_unknown_site_is_graded_as_central() -> None:
    # CTAS: in doubt, the more urgent level
    r = grade("fever", pain=6)
    assert r.level == 3 and any("central" in m.text for m in r.modifiers)


def test_fever_graded_by_sirs_and_immunosuppression() -> None:
    septic = grade("fever", temperature_c=38.8, heart_rate=110, respiratory_rate=24)
    unwell = grade("fever", temperature_c=38.8, heart_rate=110)
    well = grade("fever", temperature_c=38.8)
    immuno = grade("fever, on chemotherapy", temperature_c=38.4)
    assert (septic.level, unwell.level, well.level, immuno.level) == (2, 3, 4, 2)


def test_hypertension_bands_with_and_without_symptoms() -> None:
    assert grade("headache", systolic_bp=230, diastolic_bp=120, pain=2).level == 2
    assert grade("medication refill", systolic_bp=230, diastolic_bp=120).level == 3
    # 200-219 with symptoms -> 3 (ESI's hypertensive-emergency screen may keep 2)
    assert grade("headache", systolic_bp=205, diastolic_bp=100, pain=2).level <= 3
    assert grade("medication refill", systolic_bp=205, diastolic_bp=100).level == 4


def test_esi_life_threat_and_high_risk_carry_over() -> None:
    arrest = grade("cardiac arrest", heart_rate=None, systolic_bp=None)
    assert arrest.level == 1
    assert any(m.text.startswith("resuscitation") for m in arrest.modifiers)
    chest = grade("chest pain", age=60, pain=2)
    assert chest.level == 2  # chest pain with cardiac features (ESI high risk)


def test_resources_do_not_grade_the_site_scale() -> None:
    # ESI: an older adult with abdominal pain needs >= 2 resources (ESI 3); CTAS
    # grades mild central pain at 4
    r = grade("abdominal pain", age=70, pain=2)
    assert r.level == 4 and r.rule.inputs["esi_level"] == 3


def test_unrecognised_complaint_is_graded_by_what_is_known() -> None:
    """ktas35: first-order modifiers alone (4), 3 for a predicted work-up; vitals
    still raise it (CTAS 2016; ESI v4 handbook ch.5). A child keeps 3."""
    assert grade("zzzz qqq").level == 4
    assert grade("zzzz qqq").decided_by == "complaint:unrecognised"
    assert grade("zzzz qqq, sent in by his doctor").level == 3
    assert grade("zzzz qqq work-up").level == 3
    assert grade("zzzz qqq", heart_rate=125).level <= 2
    assert grade("zzzz qqq", age=6).level == 3
    # ktas36: CTAS 2016 grades frailty, not age: an independent 70-year-old's
    # unnamed complaint with no modifier is 4; frailty or an acute loss of function
    # is 3 (Bullard 2017 frailty modifier; BGS Silver Book II)
    assert grade("zzzz qqq", age=70).level == 4
    assert grade("zzzz qqq, nursing home resident", age=70).level == 3
    assert grade("zzzz qqq, gone off her legs", age=82).level == 3
    assert grade("zzzz qqq", heart_rate=None).level == 3  # modifiers not readable
    assert grade("zzzz qqq", pain=6).level == 3  # moderate pain, site unknown
    assert grade("zzzz qqq", temperature_c=38.6, heart_rate=96).level == 3


def test_children_are_graded_by_paediatric_modifiers() -> None:
    """PaedsCTAS 2008: rates read against the range for age (APLS), not adult bands."""
    r = grade("fever", age=3, temperature_c=39.0, heart_rate=150, respiratory_rate=24)
    assert r.rule.applicable and r.rule.name == "KTAS paediatric"
    assert r.level == 2  # HR 150 beyond the 3-8 y danger zone (140)
    r = grade("cough", age=1, heart_rate=155, respiratory_rate=30)
    assert r.level == 3  # HR above the 1-2 y normal range (150), below 160
    r = grade("cough", age=1, heart_rate=120, respiratory_rate=30)
    assert r.level >= 4  # normal for a toddler; an adult HR 120 would be 2


@pytest.mark.parametrize(
    ("age", "temp", "level"),
    [(1, 38.6, 3), (6, 38.6, 4), (6, 38.2, 4)],
    ids=["toddler-fever", "school-child-well", "below-38.5"],
)
def test_paediatric_fever_by_age_band(age: int, temp: float, level: int) -> None:
    """PaedsCTAS: >= 38.5 at 3-36 months -> 3; a well child from 3 years -> 4."""
    vit = {"heart_rate": 110, "respiratory_rate": 24} if age < 3 else {}
    assert grade("fever", age=age, temperature_c=temp, **vit).level == level


def test_rule_result_names_scale_modifiers_and_sources() -> None:
    r = grade("abdominal pain", pain=6)
    assert r.rule.name == "KTAS" and r.rule.source == CTAS_SOURCE
    assert r.rule.score == 3.0 and r.rule.interpretation.startswith("KTAS 3:")
    assert [m.level for m in r.modifiers] == sorted(m.level for m in r.modifiers)
    assert all(m.source for m in r.modifiers)


def test_bleeding_disorder_by_site() -> None:
    # CTAS bleeding-disorder modifier: anticoagulated, head -> 2; nose -> 3
    facts = ClinicalFacts.from_texts(
        [("cc", "nosebleed"), ("note", "on warfarin for atrial fibrillation")],
        KB,
        age=70,
        vitals=Vitals(**NORMAL),
        chief_complaint="nosebleed",
    )
    complaint = KB.match_complaint("nosebleed")
    assert facts.known("anticoagulation")
    nose = ctas_triage(facts, complaint, esi_triage(facts, complaint))
    assert nose.level <= 3 and any("anticoagulated" in m.text for m in nose.modifiers)
