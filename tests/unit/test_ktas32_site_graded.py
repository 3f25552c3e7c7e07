"""ktas32: ESI reasons the site scale grades by its own modifiers; HTN symptoms.

CTAS card / Bullard 2017 as KTAS adapts them: a testicular pain of gradual or
days-long onset is graded by the (central) pain modifier, blood-streaked sputum by
the respiratory and haemodynamic modifiers (ESI keeps both at 2); the hypertension
modifier's symptoms are those of target-organ effect (ACC/AHA 2017), not dizziness
or generalised weakness.
"""

from __future__ import annotations

from typing import Any

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage, site_graded_reasons
from agents.offline.rules.ctas import (
    HAEMOPTYSIS_REASON,
    TESTICULAR_REASONS,
    ctas_triage,
    scant_haemoptysis,
    scrotal_pain_graded_by_pain,
    site_mandatory_floor,
)
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


def _facts(cc: str, text: str, age: int = 40, **v: Any) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("chief_complaint", cc), ("one_liner", text)],
        KB,
        age=age,
        sex="M",
        vitals=Vitals(**(NORMAL | v)),
        chief_complaint=f"{cc}. {text}",
    )


def test_gradual_testicular_pain_is_graded_by_pain() -> None:
    facts = _facts("testicular pain", "gradual ache for 3 days", pain=4)
    assert scrotal_pain_graded_by_pain(facts)
    assert site_graded_reasons(facts) >= TESTICULAR_REASONS


def test_testicular_pain_stays_with_esi_when_sudden_vomiting_or_unscored() -> None:
    assert not scrotal_pain_graded_by_pain(
        _facts("testicular pain", "sudden pain for 3 days", pain=4)
    )
    assert not scrotal_pain_graded_by_pain(
        _facts("testicular pain", "pain for 3 days, vomiting", pain=4)
    )
    assert not scrotal_pain_graded_by_pain(
        _facts("testicular pain", "gradual ache for 3 days", pain=None)
    )
    assert not scrotal_pain_graded_by_pain(
        _facts("testicular pain", "pain since 5 hours", pain=5)
    )
    assert not scrotal_pain_graded_by_pain(
        _facts("testicular pain", "gradual ache for 3 days", age=12, pain=4)
    )


def test_streaked_sputum_is_scant_a_cupful_or_bare_word_is_not() -> None:
    facts = _facts("cough", "a few streaks of blood in the sputum")
    assert scant_haemoptysis(facts)
    assert HAEMOPTYSIS_REASON in site_graded_reasons(facts)
    assert not scant_haemoptysis(_facts("cough", "coughing up blood"))
    assert not scant_haemoptysis(
        _facts("cough", "blood-streaked sputum, then coughed up a cupful of blood")
    )


def test_site_floor_drops_only_the_graded_reasons() -> None:
    # peds50: streaks with normal vitals are no ESI high risk any more (a stable
    # work-up, ESI v4 ch.5: ``streaked_haemoptysis_only``); a heart rate over 100
    # keeps the reason
    facts = _facts(
        "cough", "a few streaks of blood in the sputum", pain=0, heart_rate=104
    )
    complaint = KB.match_complaint("cough")
    esi = esi_triage(facts, complaint)
    assert esi.level <= 2
    assert site_mandatory_floor(esi) == 2
    assert site_mandatory_floor(esi, graded=site_graded_reasons(facts)) >= 3
    site = ctas_triage(facts, complaint, esi, "KTAS")
    assert site.level >= 3 and "B:high-risk" not in site.decided_by


def _htn(cc: str, text: str, sbp: float, dbp: float) -> int:
    facts = _facts(cc, text, systolic_bp=sbp, diastolic_bp=dbp, pain=0)
    complaint = KB.match_complaint(cc)
    site = ctas_triage(facts, complaint, esi_triage(facts, complaint), "KTAS")
    return min(m.level for m in site.modifiers if m.criterion == "hypertension")


def test_hypertension_symptoms_are_target_organ_symptoms() -> None:
    assert _htn("dizziness", "light-headed, no headache", 224, 112) == 3
    assert _htn("general weakness", "tired and weak", 208, 100) == 4
    assert _htn("dizziness", "dizzy with a headache", 224, 112) == 2
    assert _htn("vomiting", "nausea and vomiting", 228, 120) == 2
