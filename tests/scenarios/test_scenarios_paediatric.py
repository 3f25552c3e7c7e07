"""Paediatric scenarios: ages in days, population limits, febrile infant, sepsis, doses.

Sources: AAP Clinical Practice Guideline, Evaluation and Management of Well-Appearing
Febrile Infants 8 to 60 Days Old (Pantell et al., Pediatrics 2021); Surviving Sepsis
Campaign international guidelines for children (Weiss et al., Pediatr Crit Care Med
2020); PALS 2020 (hypotension by age).
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

ADULT_ONLY_DIAGNOSES = (
    "alcohol",
    "eclampsia",
    "myocardial infarction",
    "copd",
    "chronic obstructive",
    "aortic",
    "hip fracture",
    "suicidal",
)
ADULT_RULES = ("curb-65", "qsofa", "heart", "perc", "wells pe", "ciwa", "sirs")


def _febrile_infant(days: int, *, text_age: bool = False) -> dict[str, object]:
    demographics = {} if text_age else {"age_days": days}
    return {
        "chief_complaint": "FEVER",
        "demographics": demographics,
        "vitals": {"temperature_c": 38.4, "heart_rate": 168, "respiratory_rate": 44},
        "one_liner": f"{days}-day-old with fever to 38.4 at home, feeding less",
        "ed_note": f"HPI: {days}-day-old full-term infant with fever of 38.4 C rectal."
        " Well appearing, feeding slightly less. Exam: anterior fontanelle flat.",
    }


def _run(reason: Reason, fields: dict[str, object]) -> O.ReasoningOutput:
    complaint = str(fields.pop("chief_complaint"))
    return reason(make_case(complaint, **fields))


def test_18_day_old_with_fever_gets_full_sepsis_evaluation(reason: Reason) -> None:
    """AAP 2021, 8-21 days: UA, blood culture, LP, parenteral antibiotics, admission."""
    out = _run(reason, _febrile_infant(18))
    assert O.ordered(out, "urinalysis", "urine culture")
    assert O.ordered(out, "blood culture")
    assert O.ordered(out, "lumbar puncture", r"\bcsf\b")
    assert O.medication_ordered(out, "ampicillin")
    assert O.medication_ordered(out, "gentamicin", "ceftazidime")
    assert O.ordered(out, "admission")
    assert out.final.disposition in ("Admit", "OR Admit")


def test_3_week_old_with_age_only_in_text_is_a_febrile_neonate(reason: Reason) -> None:
    """AAP 2021: a '3 wk old' without structured age is still <= 28 days."""
    fields = _febrile_infant(18, text_age=True)
    fields["one_liner"] = "3 wk old girl with fever, feeding less"
    fields["ed_note"] = "HPI: 3 wk old girl with rectal fever 38.3 C, well appearing."
    out = _run(reason, fields)
    assert O.ordered(out, "lumbar puncture", r"\bcsf\b")
    assert O.medication_ordered(out, "ampicillin")
    assert O.ordered(out, "admission")
    assert out.final.disposition in ("Admit", "OR Admit")


def test_25_day_old_gets_inflammatory_markers_cultures_and_urine(
    reason: Reason,
) -> None:
    """AAP 2021, 22-28 days: UA, blood culture, inflammatory markers, LP per IMs."""
    out = _run(reason, _febrile_infant(25))
    assert O.ordered(out, "urinalysis", "urine culture")
    assert O.ordered(out, "blood culture")
    assert O.ordered(out, "procalcitonin", "inflammatory marker", "crp")


def test_45_day_old_gets_urine_culture_and_inflammatory_markers(reason: Reason) -> None:
    """AAP 2021, 29-60 days: UA, blood culture, inflammatory markers."""
    out = _run(reason, _febrile_infant(45))
    assert O.ordered(out, "urinalysis", "urine culture")
    assert O.ordered(out, "procalcitonin", "inflammatory marker", "crp")


@pytest.mark.parametrize("days", [18, 45])
def test_febrile_infant_gets_no_adult_rules(reason: Reason, days: int) -> None:
    """CURB-65, qSOFA, HEART and PERC were derived in adults: never in an infant."""
    out = _run(reason, _febrile_infant(days))
    shown = O.rules_shown(out)
    assert not any(any(r in name for r in ADULT_RULES) for name in shown), shown


def test_10_month_old_is_not_an_adult(reason: Reason) -> None:
    """Age in the note only: no alcohol withdrawal, eclampsia or CIWA in an infant."""
    out = reason(
        make_case(
            "FUSSY",
            vitals={"heart_rate": 150, "temperature_c": 37.2},
            one_liner="10-month-old boy, irritable and shaking, not feeding well",
            ed_note="HPI: 10-month-old boy brought by mother for irritability, tremor"
            " and poor feeding since yesterday. Vomited twice.",
        )
    )
    assert not O.proposes(out, *ADULT_ONLY_DIAGNOSES)
    assert not O.ordered(out, "ciwa")


def test_10_month_old_seizure_is_not_eclampsia_or_withdrawal(reason: Reason) -> None:
    """Population limits: eclampsia and alcohol withdrawal never in an infant."""
    out = reason(
        make_case(
            "SEIZURE",
            vitals={"heart_rate": 160, "temperature_c": 39.0},
            one_liner="10-month-old with a generalized seizure and fever",
            ed_note="HPI: 10-month-old, 2-minute generalized tonic-clonic seizure at"
            " home with fever. Now sleepy.",
        )
    )
    assert not O.proposes(out, "eclampsia", "alcohol")
    assert not O.ordered(out, "ciwa")
    assert not O.medication_ordered(out, "magnesium")


def test_child_gets_no_adult_fixed_doses(reason: Reason) -> None:
    """Weight-based paediatric dosing (Harriet Lane / BNF for Children)."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=6,
            sex="Female",
            vitals={"temperature_c": 38.9, "heart_rate": 120},
            one_liner="6 y.o. girl with sore throat and fever, no cough",
            ed_note="HPI: sore throat, fever, no cough. Exam: tonsillar exudate, tender"
            " anterior cervical nodes. Rapid strep positive.",
        )
    )
    assert O.fixed_doses(out) == []


def test_child_anaphylaxis_gets_weight_based_epinephrine_only(reason: Reason) -> None:
    """WAO 2020 anaphylaxis guidance: IM epinephrine 0.01 mg/kg in children."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=4,
            sex="Male",
            vitals={"heart_rate": 150, "systolic_bp": 80, "spo2": 91},
            one_liner="4 y.o. boy with hives, lip swelling and wheeze after peanuts",
            ed_note="HPI: ate peanuts, then hives, lip swelling, wheeze and vomiting.",
        )
    )
    assert O.medication_ordered(out, "epinephrine")
    assert O.fixed_doses(out) == []


def test_adult_dose_kept_for_adult_anaphylaxis(reason: Reason) -> None:
    """WAO 2020: adults 0.5 mg IM; no paediatric-only dose for an adult."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=34,
            sex="Female",
            vitals={"heart_rate": 124, "systolic_bp": 86, "spo2": 93},
            one_liner="34 y.o. female with hives, throat tightness and wheeze after"
            " shrimp",
        )
    )
    assert O.medication_ordered(out, "epinephrine")


def test_paediatric_septic_shock_bundle(reason: Reason) -> None:
    """SSC children 2020: cultures, antibiotics within 1 h, 10-20 mL/kg boluses."""
    out = reason(
        make_case(
            "FEVER",
            age=3,
            sex="Female",
            vitals={
                "heart_rate": 178,
                "systolic_bp": 64,
                "temperature_c": 39.6,
                "respiratory_rate": 40,
            },
            one_liner="3 y.o. girl with fever, lethargy and mottled skin",
            ed_note="HPI: fever for 2 days, now lethargic. Exam: mottled, capillary"
            " refill 5 seconds, cool extremities.",
        )
    )
    assert O.ordered(out, "blood culture")
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone", "cefotaxime")
    assert O.ordered(out, "10-20 ml/kg", "20 ml/kg", "10 ml/kg")
    assert not O.ordered(out, "30 ml/kg")
    assert O.ordered(out, "large-bore", "intraosseous", "iv access")


def test_infant_hypotension_uses_pals_threshold(reason: Reason) -> None:
    """PALS 2020: SBP < 70 mmHg is hypotension from 1 month to 1 year."""
    out = reason(
        make_case(
            "VOMITING",
            demographics={"age_days": 240},
            sex="Male",
            vitals={"heart_rate": 190, "systolic_bp": 66},
            one_liner="8-month-old with vomiting and diarrhea, lethargic",
        )
    )
    assert O.ordered(out, "large-bore", "intraosseous", "iv access")


def test_6_year_old_chest_pain_is_not_acs(reason: Reason) -> None:
    """AHA/ACC 2021 chest pain guideline is an adult guideline: no HEART, no ACS."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=6,
            sex="Male",
            vitals={"heart_rate": 110, "spo2": 99},
            one_liner="6 y.o. boy with chest pain after coughing",
        )
    )
    assert "heart" not in O.rules_shown(out)
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC, *O.NITRATE)


def test_teenage_boy_scrotal_pain_keeps_torsion(reason: Reason) -> None:
    """AUA / ACEP: testicular torsion stays on the list for a boy (positive control)."""
    out = reason(
        make_case(
            "TESTICULAR PAIN",
            age=14,
            sex="Male",
            vitals={"heart_rate": 104},
            one_liner="14 y.o. boy, sudden severe left testicular pain and vomiting",
        )
    )
    assert O.proposes(out, "torsion")


def test_child_with_appendicitis_gets_ultrasound_not_ct_first(reason: Reason) -> None:
    """ACR Appropriateness Criteria RLQ pain 2022: ultrasound first in children."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=8,
            sex="Male",
            vitals={"heart_rate": 118, "temperature_c": 38.3},
            one_liner="8 y.o. boy with periumbilical pain moving to the right lower"
            " quadrant, vomiting",
            ed_note="HPI: pain migrated to the RLQ, anorexia, vomiting, fever. Exam:"
            " RLQ tenderness, rebound.",
        )
    )
    assert O.proposes(out, "appendicitis")
    assert O.ordered(out, "ultrasound")
    assert not O.ordered(out, r"\bct\b")
