"""ktas30: suicidal ideation without a plan, symptomatic hypoglycaemia, site scale.

CTAS 2016 (Bullard, CJEM 2017) / prehospital CTAS v4.2: suicidal ideation is level 2
with a clear plan, an attempt, active intent or a flight risk, 3 without them; the
card's blood glucose modifier gives symptomatic hypoglycaemia 2, its level 1 for
consciousness is the unconscious patient. ESI keeps both at their own levels.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage, ideation_without_plan
from agents.offline.rules.ctas import ctas_triage, site_mandatory_floor
from cases.models import Vitals

KB = load_knowledge()
NORMAL: dict[str, Any] = {
    "heart_rate": 84,
    "systolic_bp": 130,
    "diastolic_bp": 80,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def _facts(cc: str, text: str) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("chief_complaint", cc), ("one_liner", text)],
        KB,
        age=45,
        vitals=Vitals(**NORMAL),
        chief_complaint=cc,
    )


@pytest.mark.parametrize(
    ("text", "without"),
    [
        ("low mood, suicidal thoughts, no plan, no intent", True),
        ("passive suicidal ideation. Denies a plan or intent.", True),
        ("suicidal ideation", False),
        ("suicidal ideation with a plan to overdose", False),
        ("suicidal ideation, no plan, took 30 tablets", False),
        ("suicide attempt, no plan", False),
        ("suicidal ideation, no plan, hearing voices", False),
        ("suicidal ideation, no plan, homicidal ideation", False),
        ("no plan to go home, suicidal ideation with intent", False),
        ("no plan, has bought a rope, wants to die", False),
    ],
)
def test_ideation_without_plan(text: str, without: bool) -> None:
    assert ideation_without_plan(_facts("suicidal ideation", text)) is without


def test_ideation_without_plan_is_level_3_on_the_site_scale_and_esi_2() -> None:
    cc = "suicidal ideation"
    facts = _facts(cc, "thoughts of suicide, no plan, no intent")
    complaint = KB.match_complaint(cc)
    esi = esi_triage(facts, complaint)
    assert esi.level <= 2
    assert ctas_triage(facts, complaint, esi, "KTAS").level == 3
    assert site_mandatory_floor(esi, ideation_only=True) >= 3
    assert site_mandatory_floor(esi) == 2


def test_symptomatic_hypoglycaemia_binds_site_level_2_not_1() -> None:
    cc = "hypoglycemia"
    facts = _facts(cc, "on insulin, confused, glucose 2.2 mmol/L")
    complaint = KB.match_complaint(cc)
    esi = esi_triage(facts, complaint)
    assert esi.level == 1
    assert ctas_triage(facts, complaint, esi, "KTAS").level == 2
    assert site_mandatory_floor(esi) == 2


def test_hypoglycaemia_unconscious_binds_site_level_1() -> None:
    cc = "hypoglycemia"
    facts = _facts(cc, "on insulin, GCS 8, glucose 2.0 mmol/L")
    complaint = KB.match_complaint(cc)
    esi = esi_triage(facts, complaint)
    assert ctas_triage(facts, complaint, esi, "KTAS").level == 1
    assert site_mandatory_floor(esi) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("glucose 1.8 mmol/L, sweaty", "hypoglycaemia"),
        ("glucose 30 mg/dL, sweaty", "hypoglycaemia"),
        ("glucose 2.2 mmol/L, sweaty", "hypoglycaemia"),
        ("glucose 25 mmol/L, vomiting", "hyperglycaemia"),
        ("capillary glucose 22 mmol/L, vomiting", "hyperglycaemia"),
        ("glucose 400 mg/dL, vomiting", "hyperglycaemia"),
    ],
)
def test_glucose_modifier_reads_the_unit(text: str, kind: str) -> None:
    # A glucose stated in mmol/L or mg/dL is kept in mg/dL by the measurement: a
    # profound hypoglycaemia (< 35 mg/dL) is never read as 30 mmol/L.
    facts = _facts("diabetic problem", text)
    complaint = KB.match_complaint("diabetic problem")
    esi = esi_triage(facts, complaint)
    texts = [m.text for m in ctas_triage(facts, complaint, esi, "KTAS").modifiers]
    assert any(t.startswith(kind) for t in texts), texts


def test_a_bare_glucose_of_10_to_35_is_one_ambiguous_reading() -> None:
    # text30: one glucose convention (findings.glucose_mg_dl, the typed results'):
    # a bare whole 25 is 25 mmol/L or 25 mg/dL; neither the CTAS modifier nor ESI's
    # hypoglycaemia reads it (it had been hyperglycaemia to one, hypoglycaemia to
    # the other).
    facts = _facts("diabetic problem", "glucose 25, vomiting, confused")
    complaint = KB.match_complaint("diabetic problem")
    esi = esi_triage(facts, complaint)
    texts = [m.text for m in ctas_triage(facts, complaint, esi, "KTAS").modifiers]
    assert not any("glycaemia (glucose" in t for t in texts), texts
    assert not any("hypoglycaemia" in r for r in esi.life_saving_reasons)
