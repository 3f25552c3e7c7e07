"""Decision rules against worked examples and boundaries from their publications."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from agents.offline.knowledge import RuleCriterion
from agents.offline.rules import RULES, ClinicalFacts, criterion_met, rule_positive
from cases.models import Vitals


def facts(
    present: Iterable[str] = (),
    absent: Iterable[str] = (),
    historical: Iterable[str] = (),
    *,
    age: int | None = None,
    sex: str | None = None,
    measurements: dict[str, float] | None = None,
    **vitals: float,
) -> ClinicalFacts:
    return ClinicalFacts(
        age=age,
        sex=sex,
        vitals=Vitals(**vitals),
        present=frozenset(present),
        absent=frozenset(absent),
        historical=frozenset(historical),
        measurements=measurements or {},
    )


def test_every_rule_handles_empty_facts_and_names_a_source() -> None:
    for key, rule in RULES.items():
        r = rule(ClinicalFacts())
        assert r.source and r.name, key
        assert isinstance(r.missing, tuple)


# --- HEART (Six 2008; Backus 2013) -------------------------------------------------
HIGH_RISK_PATIENT = {
    "present": {
        "chest_pressure",
        "radiation_arm_jaw",
        "diaphoresis",
        "exertional_pain",
        "ecg_st_depression",
        "troponin_markedly_elevated",
    },
    "historical": {"hypertension", "hyperlipidemia", "diabetes"},
}


def test_heart_maximum_score() -> None:
    r = RULES["heart"](facts(**HIGH_RISK_PATIENT, age=67))  # type: ignore[arg-type]
    assert r.score == 10 and r.applicable and "high risk" in r.interpretation


@pytest.mark.parametrize(("age", "points"), [(44, 0), (45, 1), (64, 1), (65, 2)])
def test_heart_age_boundaries(age: int, points: int) -> None:
    r = RULES["heart"](facts({"ecg_normal", "troponin_normal"}, age=age))
    assert r.inputs["age"] == age and r.score == points


def test_heart_low_and_moderate_boundary() -> None:
    # atypical history 0, normal ECG 0, age 50 -> 1, known CAD -> 2, troponin normal 0
    low = RULES["heart"](
        facts(
            {"ecg_normal", "troponin_normal", "sharp_pain"}, historical={"cad"}, age=50
        )
    )
    assert low.score == 3 and "low risk" in low.interpretation
    mod = RULES["heart"](
        facts({"ecg_lbbb", "troponin_normal"}, historical={"cad"}, age=50)
    )
    assert mod.score == 4 and "moderate" in mod.interpretation


def test_heart_missing_troponin_or_ecg_not_applicable() -> None:
    r = RULES["heart"](facts({"ecg_normal"}, age=30))
    assert not r.applicable and "troponin" in r.missing
    r = RULES["heart"](facts({"troponin_normal"}, age=30))
    assert not r.applicable and "ecg" in r.missing


# --- Wells PE, PERC --------------------------------------------------------------
def test_wells_pe_two_tier_threshold() -> None:
    # HR > 100 (1.5) + previous DVT (1.5) + hemoptysis (1) = 4.0 -> unlikely
    f = facts({"hemoptysis"}, historical={"prior_pe_dvt"}, heart_rate=110)
    r = RULES["wells_pe"](f)
    assert r.score == 4.0 and "unlikely" in r.interpretation
    # + malignancy (1) = 5.0 -> likely
    r = RULES["wells_pe"](
        facts(
            {"hemoptysis"}, historical={"prior_pe_dvt", "active_cancer"}, heart_rate=110
        )
    )
    assert r.score == 5.0 and r.interpretation.startswith("PE likely")
    assert rule_positive("wells_pe", r) is True


def test_wells_pe_hr_100_is_not_tachycardic() -> None:
    r = RULES["wells_pe"](facts(heart_rate=100))
    assert r.inputs["heart_rate>100"] == 100 and r.score == 0
    assert r.applicable  # missing 'PE most likely' (3) cannot cross > 4 from 0


def test_wells_pe_current_pe_is_not_previous_pe() -> None:
    r = RULES["wells_pe"](facts({"pulmonary_embolism", "prior_pe_dvt"}, heart_rate=80))
    assert r.score == 0


@pytest.mark.parametrize(
    ("age", "hr", "spo2", "positive"),
    [(49, 99, 95, False), (50, 99, 95, True), (49, 100, 95, True), (49, 99, 94, True)],
)
def test_perc_boundaries(age: int, hr: float, spo2: float, positive: bool) -> None:
    r = RULES["perc"](facts(age=age, heart_rate=hr, spo2=spo2))
    assert r.applicable and rule_positive("perc", r) is positive


def test_perc_missing_vitals() -> None:
    r = RULES["perc"](facts(age=30, heart_rate=80))
    assert not r.applicable and "spo2<95" in r.missing
    r = RULES["perc"](facts(age=30, heart_rate=120))  # positive whatever SpO2 is
    assert r.applicable and rule_positive("perc", r) is True
    neg = RuleCriterion(rule="perc", op="negative")
    assert not criterion_met(neg, RULES["perc"](facts(age=30, heart_rate=80)))
    assert criterion_met(neg, RULES["perc"](facts(age=30, heart_rate=80, spo2=99)))


# --- Wells DVT ---------------------------------------------------------------------
def test_wells_dvt_with_alternative_diagnosis() -> None:
    f = {"calf_swelling", "pitting_edema"}
    r = RULES["wells_dvt"](facts(f, historical={"active_cancer"}))
    assert r.score == 3 and "likely" in r.interpretation
    r = RULES["wells_dvt"](facts(f | {"cellulitis"}, historical={"active_cancer"}))
    assert r.score == 1 and "unlikely" in r.interpretation


# --- CURB-65 -----------------------------------------------------------------------
def test_curb65_all_criteria_and_boundaries() -> None:
    r = RULES["curb65"](
        facts(
            {"confusion"},
            age=70,
            measurements={"bun": 25},
            respiratory_rate=32,
            systolic_bp=85,
            diastolic_bp=50,
        )
    )
    assert r.score == 5 and "severe" in r.interpretation
    r = RULES["curb65"](
        facts(
            ["alert_oriented"],
            age=64,
            measurements={"bun": 19},
            respiratory_rate=29,
            systolic_bp=90,
            diastolic_bp=61,
        )
    )
    assert r.score == 0 and r.applicable
    r = RULES["curb65"](
        facts(
            ["alert_oriented"],
            age=65,
            measurements={"bun": 19.5},
            respiratory_rate=30,
            systolic_bp=120,
            diastolic_bp=60,
        )
    )
    assert r.score == 4


def test_curb65_missing_bun_can_change_category() -> None:
    r = RULES["curb65"](
        facts(
            ["alert_oriented"],
            age=70,
            respiratory_rate=18,
            systolic_bp=120,
            diastolic_bp=80,
        )
    )
    assert r.score == 1 and not r.applicable and "bun>19" in r.missing


# --- Canadian CT head, NEXUS, Ottawa -------------------------------------------------
def test_canadian_ct_head() -> None:
    r = RULES["canadian_ct_head"](
        facts({"loss_of_consciousness", "head_injury", "alert_oriented"}, age=70)
    )
    assert r.applicable and r.score == 1 and "indicated" in r.interpretation
    r = RULES["canadian_ct_head"](
        facts({"loss_of_consciousness", "alert_oriented"}, age=30)
    )
    assert r.applicable and r.score == 0 and "not required" in r.interpretation
    r = RULES["canadian_ct_head"](
        facts(
            {"loss_of_consciousness", "alert_oriented"},
            historical={"anticoagulation"},
            age=30,
        )
    )
    assert not r.applicable and "anticoagulation" in r.interpretation
    r = RULES["canadian_ct_head"](facts({"head_injury", "alert_oriented"}, age=30))
    assert not r.applicable  # no LOC/amnesia/disorientation: rule does not apply


def test_nice_head_ct() -> None:
    """NICE NG232 1.4.7-1.4.11: no criterion with GCS and neuro exam documented is a
    negative; an undocumented exam is missing, never a negative."""
    r = RULES["nice_head_ct"](
        facts({"head_injury", "alert_oriented"}, absent={"focal_deficit"}, age=35)
    )
    assert r.applicable and r.score == 0 and "not indicated" in r.interpretation
    r = RULES["nice_head_ct"](facts({"head_injury", "alert_oriented"}, age=35))
    assert not r.applicable and "focal_neurological_deficit" in r.missing
    r = RULES["nice_head_ct"](
        facts(
            {"head_injury", "alert_oriented"},
            absent={"focal_deficit"},
            historical={"anticoagulation"},
            age=35,
        )
    )
    assert r.score == 1 and "indicated" in r.interpretation
    r = RULES["nice_head_ct"](
        facts(
            {"head_injury", "alert_oriented", "loss_of_consciousness"},
            absent={"focal_deficit"},
            age=70,
        )
    )
    assert r.score == 1


def test_nexus() -> None:
    clean = facts({"alert_oriented"}, {"midline_tenderness", "focal_deficit"})
    r = RULES["nexus"](clean)
    assert r.applicable and r.score == 0 and "not required" in r.interpretation
    r = RULES["nexus"](facts({"alert_oriented"}))
    assert not r.applicable and "midline_cervical_tenderness" in r.missing
    r = RULES["nexus"](facts({"alert_oriented", "midline_tenderness"}))
    assert r.applicable and rule_positive("nexus", r)


def test_ottawa_ankle_and_knee() -> None:
    r = RULES["ottawa_ankle"](facts({"ambulatory", "ankle_pain"}, {"bony_tenderness"}))
    assert r.applicable and r.score == 0
    r = RULES["ottawa_ankle"](facts({"unable_to_bear_weight"}))
    assert r.applicable and r.score >= 1
    r = RULES["ottawa_ankle"](facts(absent={"bony_tenderness"}))
    assert not r.applicable
    r = RULES["ottawa_knee"](facts({"ambulatory"}, {"patellar_tenderness"}, age=55))
    assert r.score == 1 and r.applicable
    r = RULES["ottawa_knee"](facts({"ambulatory"}, {"patellar_tenderness"}, age=54))
    assert r.score == 0 and r.applicable


# --- San Francisco syncope -----------------------------------------------------------
def test_san_francisco_syncope() -> None:
    r = RULES["sf_syncope"](facts(historical={"chf"}, systolic_bp=120))
    assert r.applicable and "high risk" in r.interpretation
    low = facts({"ecg_normal"}, measurements={"hematocrit": 40}, systolic_bp=120)
    r = RULES["sf_syncope"](low)
    assert r.applicable and r.score == 0 and "low risk" in r.interpretation
    r = RULES["sf_syncope"](facts({"ecg_normal"}, systolic_bp=120))
    assert not r.applicable and "hematocrit<30" in r.missing
    r = RULES["sf_syncope"](
        facts({"ecg_normal"}, measurements={"hematocrit": 29}, systolic_bp=89)
    )
    assert r.score == 2


# --- Centor / McIsaac, Alvarado ------------------------------------------------------
def test_centor_mcisaac_age_modifier() -> None:
    base = {"tonsillar_exudate", "cervical_adenopathy"}
    r = RULES["centor"](facts(base, {"cough"}, age=10, temperature_c=38.5))
    assert r.score == 5 and r.applicable
    r = RULES["centor"](facts(base, {"cough"}, age=50, temperature_c=38.5))
    assert r.score == 3 and "rapid strep" in r.interpretation
    r = RULES["centor"](
        facts(
            absent={"tonsillar_exudate", "cervical_adenopathy", "fever"},
            present={"cough"},
            age=30,
            temperature_c=37,
        )
    )
    assert r.score == 0 and r.applicable


def test_alvarado_full_and_low() -> None:
    full = facts(
        {"pain_migration_rlq", "anorexia", "nausea", "rlq_tenderness", "rebound"},
        temperature_c=37.5,
        measurements={"wbc": 12, "neutrophil_pct": 80},
    )
    r = RULES["alvarado"](full)
    assert r.score == 10 and "very probable" in r.interpretation
    low = facts(
        absent={"rlq_tenderness", "rebound"},
        temperature_c=36.8,
        measurements={"wbc": 7, "neutrophil_pct": 60},
    )
    r = RULES["alvarado"](low)
    assert r.score == 0 and r.applicable
    assert criterion_met(RuleCriterion(rule="alvarado", op="<=", value=3), r)


# --- qSOFA, SIRS, shock index, Glasgow-Blatchford, ABCD2 ---
def test_qsofa_boundaries() -> None:
    r = RULES["qsofa"](facts({"alert_oriented"}, respiratory_rate=22, systolic_bp=100))
    assert r.score == 2 and rule_positive("qsofa", r)
    r = RULES["qsofa"](facts({"alert_oriented"}, respiratory_rate=21, systolic_bp=101))
    assert r.score == 0 and r.applicable


def test_sirs_missing_wbc() -> None:
    r = RULES["sirs"](facts(temperature_c=38.5, heart_rate=95, respiratory_rate=18))
    assert r.score == 2 and r.applicable and "wbc>12_or<4" in r.missing
    r = RULES["sirs"](facts(temperature_c=37, heart_rate=95, respiratory_rate=18))
    assert r.score == 1 and not r.applicable


def test_shock_index() -> None:
    r = RULES["shock_index"](facts(heart_rate=120, systolic_bp=100))
    assert r.score == 1.2 and "elevated" in r.interpretation
    r = RULES["shock_index"](facts(heart_rate=70, systolic_bp=120))
    assert r.score == 0.58 and "normal" in r.interpretation
    r = RULES["shock_index"](facts(heart_rate=120))
    assert not r.applicable and r.missing == ("systolic_bp",)


def test_glasgow_blatchford() -> None:
    ok = facts(
        sex="M",
        measurements={"bun": 10, "hemoglobin": 14},
        systolic_bp=130,
        heart_rate=80,
    )
    r = RULES["glasgow_blatchford"](ok)
    assert r.score == 0 and r.applicable and "low risk" in r.interpretation
    r = RULES["glasgow_blatchford"](
        facts(
            {"melena"},
            sex="M",
            measurements={"bun": 30, "hemoglobin": 9},
            systolic_bp=95,
            heart_rate=110,
        )
    )
    # BUN 30 mg/dL = urea 10.7 mmol/L (4) + Hb<10 (6) + SBP 90-99 (2) + HR + melena
    assert r.score == 14


def test_abcd2_maximum() -> None:
    r = RULES["abcd2"](
        facts(
            {"unilateral_weakness", "symptoms_over_60_min"},
            historical={"diabetes"},
            age=65,
            systolic_bp=150,
            diastolic_bp=95,
        )
    )
    assert r.score == 7 and "high" in r.interpretation


def test_burch_wartofsky_storm_and_bands() -> None:
    # Burch HB, Wartofsky L 1993: 39.6 C (25) + delirium (20) + diarrhoea (10) +
    # HR 146 (25) + bibasal crackles (10) + AF (10) = 100: a storm (>= 45).
    r = RULES["burch_wartofsky"](
        facts(
            {"confusion", "diarrhea", "rales", "atrial_fibrillation"},
            temperature_c=39.6,
            heart_rate=146,
        )
    )
    assert r.score == 100 and "storm" in r.interpretation
    assert rule_positive("burch_wartofsky", r) is True
    # 37.5 C (5) + HR 112 (10) + agitation (10) = 25: impending, not a storm
    low = RULES["burch_wartofsky"](
        facts({"agitation"}, temperature_c=37.5, heart_rate=112)
    )
    assert low.score == 25 and "impending" in low.interpretation
    assert rule_positive("burch_wartofsky", low) is False
