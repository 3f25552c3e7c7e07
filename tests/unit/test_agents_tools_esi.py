"""ESI v4 decision points on clear cases (Gilboy et al., ESI v4 Handbook)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import KnowledgeBase, load_knowledge
from agents.offline.rules import (
    ClinicalFacts,
    danger_zone_vitals,
    esi_triage,
    plausible_vitals,
)
from cases.models import Vitals

KB = load_knowledge()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


def run(kb: KnowledgeBase, cc: str | None, text: str, age: int | None, **vitals: float):
    facts = ClinicalFacts.from_texts(
        [("cc", cc), ("note", text)],
        KB,
        age=age,
        vitals=Vitals(**vitals),
        chief_complaint=cc,
    )
    return esi_triage(facts, kb.match_complaint(cc))


NORMAL = {
    "heart_rate": 80,
    "respiratory_rate": 16,
    "spo2": 99,
    "systolic_bp": 125,
    "temperature_c": 36.8,
}


def test_pulseless_is_esi_1(kb: KnowledgeBase) -> None:
    a = run(kb, "CARDIAC ARREST", "Found pulseless, CPR in progress.", 60)
    assert a.level == 1 and a.floor == 1 and a.decision_point == "A"
    assert a.life_saving_intervention


def test_hypotensive_tachycardic_chest_pain_is_esi_1(kb: KnowledgeBase) -> None:
    a = run(
        kb,
        "CHEST PAIN",
        "",
        70,
        heart_rate=130,
        systolic_bp=78,
        respiratory_rate=24,
        spo2=93,
    )
    assert a.level == 1 and "hypotension" in a.rule.interpretation


def test_chest_pain_with_diaphoresis_67m_is_esi_2(kb: KnowledgeBase) -> None:
    a = run(kb, "CHEST PAIN", "67M with chest pain, diaphoretic.", 67, **NORMAL)
    assert a.level == 2 and a.decision_point == "B" and a.high_risk
    assert "diaphoresis" in a.rule.interpretation


def test_ankle_sprain_walking_normal_vitals_is_4_or_5(kb: KnowledgeBase) -> None:
    a = run(
        kb, "ANKLE INJURY", "Twisted ankle, walking normally.", 25, pain=4, **NORMAL
    )
    assert a.level in (4, 5) and a.floor == 5 and a.decision_point == "C"
    assert a.expected_resources == 1 and a.danger_zone_vitals == ()
    assert a.rule.applicable and a.rule.missing == ()


def test_abdominal_pain_hr_130_danger_zone_floor_2(kb: KnowledgeBase) -> None:
    vitals = {**NORMAL, "heart_rate": 130}
    a = run(kb, "ABDOMINAL PAIN", "Diffuse abdominal pain.", 40, pain=5, **vitals)
    assert a.floor == 2 and a.level == 2 and a.decision_point == "D"
    assert a.danger_zone_vitals == ("heart_rate>100",)


def test_abdominal_pain_normal_vitals_is_esi_3(kb: KnowledgeBase) -> None:
    a = run(kb, "ABDOMINAL PAIN", "Diffuse abdominal pain.", 40, pain=5, **NORMAL)
    assert a.level == 3 and a.floor == 5 and a.decision_point == "C"


def test_new_confusion_and_suicidal_ideation_are_esi_2(kb: KnowledgeBase) -> None:
    a = run(kb, "WEAKNESS", "Family notes new confusion.", 80, **NORMAL)
    assert a.level == 2 and a.altered_mental_status
    a = run(kb, "DEPRESSION", "Endorses suicidal ideation with a plan.", 30, **NORMAL)
    assert a.level == 2 and a.high_risk


def test_severe_pain_escalates_only_high_risk_complaints(kb: KnowledgeBase) -> None:
    a = run(kb, "FLANK PAIN", "Left flank pain.", 35, pain=9, **NORMAL)
    assert a.level == 2 and a.severe_pain
    a = run(kb, "ANKLE INJURY", "Twisted ankle.", 25, pain=9, **NORMAL)
    assert a.severe_pain and a.level > 2


def test_severe_pain_escalates_an_unknown_complaint(kb: KnowledgeBase) -> None:
    """Unknown complaint = work-up assumed (ESI 3 by default), so severe pain -> 2.

    Hiccups in a well patient are no longer that default (esi21): the handbook
    resolves them by examination and oral medication (ch.5, no resource), ESI 5.
    """
    text = "Feels strange since yesterday."
    a = run(kb, "FEELS STRANGE", text, 40, pain=9, **NORMAL)
    assert kb.match_complaint("FEELS STRANGE") is None
    assert a.severe_pain and a.level == 2
    a = run(kb, "FEELS STRANGE", text, 40, pain=2, **NORMAL)
    assert a.level == 3
    a = run(kb, "HICCUPS", "Hiccups since yesterday.", 40, pain=9, **NORMAL)
    assert kb.match_complaint("HICCUPS") is None
    assert a.severe_pain and a.level == 2
    a = run(kb, "HICCUPS", "Hiccups since yesterday.", 40, pain=2, **NORMAL)
    assert a.level == 5


def test_known_cad_makes_chest_pain_high_risk(kb: KnowledgeBase) -> None:
    a = run(kb, "CHEST PAIN", "PMH: CAD s/p stent.", 58, **NORMAL)
    assert a.level == 2 and "known cad" in a.rule.interpretation


def test_missing_vitals_are_listed_not_invented(kb: KnowledgeBase) -> None:
    a = run(kb, "HEADACHE", "", 40)
    assert a.level == 3 and not a.rule.applicable
    assert set(a.rule.missing) == {
        "heart_rate",
        "respiratory_rate",
        "spo2",
        "systolic_bp",
        "temperature_c",
    }
    assert a.rule.inputs["heart_rate"] is None


def test_missing_vitals_are_flagged_and_esi_2_only_when_high_risk(
    kb: KnowledgeBase,
) -> None:
    """Issue 10: missing vitals are flagged, with an ESI 2 floor when the presentation
    is high-risk (decision point B); otherwise the nurse measures them at decision
    point D and level 3 is held (ESI v4 handbook ch.2, ch.6)."""
    a = run(kb, "ABDOMINAL PAIN", "", 40)
    assert a.level == 3 and a.floor == 3
    assert a.unassessable_vitals == ("heart_rate", "systolic_bp")
    assert "obtain before final level" in a.rule.interpretation
    assert "heart_rate" in a.rule.missing
    a = run(kb, "HEADACHE", "", 70)
    assert a.level == 3 and a.unassessable_vitals, "older adult, HR/BP flagged"
    a = run(kb, "CHEST PAIN", "Crushing pain, diaphoretic.", 55)
    assert a.level == 2 and a.decision_point == "B" and "heart_rate" in a.rule.missing


def test_implausible_vitals_flagged(kb: KnowledgeBase) -> None:
    clean, dropped = plausible_vitals(Vitals(heart_rate=0, spo2=12, systolic_bp=120))
    assert clean.heart_rate is None and clean.spo2 is None and clean.systolic_bp == 120
    assert dropped == ("heart_rate implausible (0)", "spo2 implausible (12)")
    a = run(
        kb,
        "COUGH",
        "",
        30,
        heart_rate=0,
        spo2=12,
        respiratory_rate=16,
        systolic_bp=120,
    )
    assert "spo2 implausible (12)" in a.rule.missing
    assert a.level != 1  # HR 0 alone is not treated as arrest without a finding


def test_unknown_complaint_defaults_to_3_not_applicable(kb: KnowledgeBase) -> None:
    a = run(kb, None, "", 40, **NORMAL)
    assert a.level == 3 and a.expected_resources is None and not a.rule.applicable


def test_pediatric_danger_zone_by_age_band() -> None:
    assert danger_zone_vitals(Vitals(heart_rate=150, respiratory_rate=35), 2) == ()
    assert danger_zone_vitals(Vitals(heart_rate=170, respiratory_rate=45), 2) == (
        "heart_rate>160",
        "respiratory_rate>40",
    )
    assert danger_zone_vitals(Vitals(heart_rate=150), 5) == ("heart_rate>140",)
    assert danger_zone_vitals(Vitals(heart_rate=101, spo2=91), 40) == (
        "heart_rate>100",
        "spo2<92",
    )


def test_febrile_infant_is_high_risk(kb: KnowledgeBase) -> None:
    a = run(
        kb,
        "FEVER",
        "",
        0,
        heart_rate=150,
        respiratory_rate=40,
        spo2=99,
        systolic_bp=80,
        temperature_c=38.4,
    )
    assert a.level == 2 and "infant" in a.rule.interpretation


def block(raw: str, **vitals: float) -> Vitals:
    return Vitals(raw=raw, **vitals)


def test_avpu_from_triage_block_maps_to_esi(kb: KnowledgeBase) -> None:
    def level(mental: str) -> tuple[int, bool]:
        facts = ClinicalFacts.from_texts(
            [("cc", "dizziness")],
            KB,
            age=50,
            vitals=block(f"Mental: {mental}", **NORMAL),
        )
        a = esi_triage(facts, kb.match_complaint("dizziness"))
        return a.level, a.altered_mental_status

    assert level("alert") == (3, False)
    assert level("verbal response") == (2, True)
    assert level("pain response")[0] == 1
    assert level("unresponsive")[0] == 1


def test_adult_chest_pain_is_high_risk_unless_young_or_chest_wall(
    kb: KnowledgeBase,
) -> None:
    a = run(kb, "CHEST PAIN", "", 55, **NORMAL)
    assert a.level == 2 and "ACS" in a.rule.interpretation
    assert run(kb, "CHEST PAIN", "", 22, **NORMAL).level == 3
    a = run(kb, "CHEST PAIN", "Reproducible chest pain on palpation.", 50, **NORMAL)
    assert a.level == 3


def test_isolated_mild_tachycardia_is_considered_not_uptriaged(
    kb: KnowledgeBase,
) -> None:
    vitals = {**NORMAL, "heart_rate": 108}
    a = run(kb, "ABDOMINAL PAIN", "Diffuse abdominal pain.", 40, pain=5, **vitals)
    assert a.level == 3 and a.floor == 3 and "considered" in a.rule.interpretation
    fever = {**vitals, "temperature_c": 38.6}
    a = run(kb, "ABDOMINAL PAIN", "", 40, pain=5, **fever)
    assert a.level == 3 and "considered" in a.rule.interpretation
    a = run(kb, "ABDOMINAL PAIN", "", 40, pain=5, **{**NORMAL, "respiratory_rate": 26})
    assert a.level == 3
    a = run(kb, "ABDOMINAL PAIN", "", 40, pain=5, **{**NORMAL, "respiratory_rate": 32})
    assert a.level == 2 and a.decision_point == "D"
    a = run(kb, "ABDOMINAL PAIN", "", 40, pain=5, **{**NORMAL, "spo2": 90})
    assert a.level == 2


def test_fever_with_qsofa_2_is_possible_sepsis(kb: KnowledgeBase) -> None:
    """Seymour 2016 / SSC 2021: fever with RR >= 22 and SBP <= 100 is high risk."""
    v = {**NORMAL, "temperature_c": 38.9, "respiratory_rate": 24, "systolic_bp": 96}
    a = run(kb, "FEVER", "", 50, **v)
    assert a.level == 2 and "possible sepsis" in a.rule.interpretation


def test_stroke_signs_in_chief_complaint_are_esi_2(kb: KnowledgeBase) -> None:
    assert run(kb, "Rt. side motor weakness", "", 70, **NORMAL).level == 2
    assert run(kb, "dysarthria", "", 70, **NORMAL).level == 2
    assert run(kb, "NUMBNESS", "", 40, **NORMAL).level > 2


def test_older_adult_resources_come_from_the_presentation(kb: KnowledgeBase) -> None:
    """ESI v4 ch.5: resources are predicted from the presentation, not from age."""
    young = run(kb, "Lt. ankle pain", "", 30, pain=4, **NORMAL)
    old = run(kb, "Lt. ankle pain", "", 82, pain=4, **NORMAL)
    assert young.expected_resources == 1 and young.level == 4
    assert old.expected_resources == 1 and old.level == 4
    hip = run(kb, "HIP PAIN AFTER A FALL, CANNOT STAND", "", 82, **NORMAL)
    assert hip.expected_resources == 2 and hip.level == 3
    belly = run(kb, "ABDOMINAL PAIN", "", 82, pain=3, **NORMAL)
    assert belly.expected_resources == 2 and belly.level == 3

    assert run(kb, "TOOTHACHE", "", 82, **NORMAL).expected_resources == 0


def test_handbook_high_risk_situations(kb: KnowledgeBase) -> None:
    a = run(kb, "WEAKNESS", "She did not go to dialysis yesterday.", 54, **NORMAL)
    assert a.level == 2 and "missed_dialysis" in a.rule.interpretation
    a = run(kb, "BACK PAIN", "Sickle cell crisis, pain in both legs.", 30, **NORMAL)
    assert a.level == 2
    a = run(kb, "SYNCOPE", "Paramedics are externally pacing him.", 84)
    assert a.level == 1 and a.life_saving_intervention
    a = run(kb, "LACERATION", "He says he has been shot in the leg.", 25, **NORMAL)
    assert a.level == 2


def test_severe_pain_escalates_work_up_complaints_not_minor_injury(
    kb: KnowledgeBase,
) -> None:
    a = run(kb, "HEADACHE", "Headache.", 35, pain=8, **NORMAL)
    assert a.level == 2 and a.severe_pain
    a = run(kb, "TOOTHACHE", "Tooth pain.", 35, pain=8, **NORMAL)
    assert a.level > 2 and a.severe_pain


def test_denied_chest_pain_and_stable_early_pregnancy_are_not_esi_2(
    kb: KnowledgeBase,
) -> None:
    a = run(kb, "LEG SWELLING", "Calf hurts. Denies chest pain.", 47, **NORMAL)
    assert "ACS" not in a.rule.interpretation
    a = run(kb, "VAGINAL BLEEDING", "7 weeks pregnant, spotting.", 26, pain=3, **NORMAL)
    assert a.level == 3
    a = run(kb, "VAGINAL BLEEDING", "Pregnant, passed out at home.", 26, **NORMAL)
    assert a.level == 2


def test_narrative_history_of_stroke_is_not_a_stroke_sign(kb: KnowledgeBase) -> None:
    text = (
        "A 65-year-old nursing home resident needs her PEG tube replaced; she had a "
        "massive stroke 3 years ago and is at her baseline."
    )
    facts = ClinicalFacts.from_texts([("cc", text)], KB, age=65, chief_complaint=text)
    a = esi_triage(facts, kb.match_complaint("STROKE"))
    assert "signs of stroke" not in a.rule.interpretation


def test_sexual_assault_is_high_risk(kb: KnowledgeBase) -> None:
    a = run(kb, "sexual violence", "", 24, **NORMAL)
    assert a.level == 2 and "sexual_assault" in a.rule.interpretation


def test_narrative_patient_not_responding_to_voice_is_esi_1(kb: KnowledgeBase) -> None:
    """ESI handbook decision point A: AVPU P or U needs an immediate intervention."""
    text = (
        "A 26-year-old woman with a sudden severe headache is brought by EMS. On"
        " arrival she is moaning and does not respond to voice."
    )
    assert run(kb, text, "", 26).level == 1


def test_vitals_documented_normal_are_not_treated_as_missing(kb: KnowledgeBase) -> None:
    text = (
        "An 87-year-old man slipped on the ice and injured his right hip; the leg is"
        " shortened and externally rotated. Pain 5/10, vital signs within normal"
        " limits."
    )
    a = run(kb, text, "", 87)
    assert a.level == 3 and "not recorded" not in a.rule.interpretation


def test_self_harm_thoughts_in_a_narrative_are_high_risk(kb: KnowledgeBase) -> None:
    text = (
        "A 26-year-old woman cannot get an appointment with her therapist. She admits"
        " to thinking about hurting herself."
    )
    assert run(kb, text, "", 26, **NORMAL).level == 2
