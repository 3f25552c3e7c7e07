"""peds29b (session 29): population limits and obstetric/paediatric leftovers.

Written from guidelines, not from shared data: pregnancy screening of girls from 12
years or menarche (ACR-SPR practice parameter 2018; ACOG / AAP adolescent care);
Kussmaul respiration is a breathing pattern, ketonuria a result (ADA hyperglycaemic
crises 2024; RCOG green-top 69, 2016: hyperemesis with hypokalaemia gets potassium);
chronic hypertension in pregnancy needs assessment (ACOG PB 203, 2019; ESI v4
handbook: resources); bronchiolitis on low-flow oxygen is ward care (AAP 2014; NICE
NG9, 2021); a child's severe pain is treated (RCEM best practice: management of pain
in children, 2021).
"""

from __future__ import annotations

from agents.schemas import TriageResult
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_PREGNANCY_ONLY = ("hyperemesis", "ectopic", "pre-eclampsia", "eclampsia", "abruption")


def _red_flags(out: ReasoningOutput) -> str:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return " ".join(rec.output.red_flags).lower()


def _dka_girl(age: int, extra: str = "") -> Case:
    return make_case(
        "VOMITING",
        age=age,
        sex="F",
        vitals=vitals(130, 104, 62, 32, 99),
        one_liner=f"{age}-year-old type 1 diabetic, vomiting and abdominal pain",
        ed_note=f"{age}-year-old girl with type 1 diabetes, missed insulin doses. "
        "Vomiting and abdominal pain since this morning, deep sighing breathing. "
        f"{extra}Glucose 27 mmol/L, venous pH 7.15, bicarbonate 9, blood ketones "
        "4.5 mmol/L, potassium 4.4.",
    )


def test_premenarchal_girl_no_pregnancy_test_or_pregnancy_diagnoses(
    reason: Reason,
) -> None:
    """ACR-SPR 2018 / ACOG-AAP: a 10-year-old not known past menarche is no 'woman who
    may be pregnant': no urine hCG floor, no pregnancy-only diagnosis."""
    out = reason(_dka_girl(10))
    assert not O.ordered(out, "hcg", "pregnancy test")
    assert not O.proposes(out, *_PREGNANCY_ONLY)
    assert O.ordered(out, "insulin")


def test_girl_past_menarche_keeps_pregnancy_screening(reason: Reason) -> None:
    """Guard: an 11-year-old whose periods have started is screened like a woman."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=11,
            sex="F",
            vitals=vitals(104, 112, 70, 18, 99),
            one_liner="11-year-old with lower abdominal pain",
            ed_note="11-year-old girl, periods started a year ago, last menstrual "
            "period 7 weeks ago. Lower abdominal pain since yesterday, one episode of "
            "vomiting. Abdomen tender in the left iliac fossa, no guarding.",
        )
    )
    assert O.ordered(out, "hcg", "pregnancy test")


def _hyperemesis(potassium: str) -> Case:
    return make_case(
        "VOMITING",
        age=25,
        sex="F",
        vitals=vitals(108, 108, 68, 16, 99),
        one_liner="25-year-old at 9 weeks pregnant, vomiting 4 days, urine ketones 3+",
        ed_note="25-year-old G1 at 9 weeks, intrauterine pregnancy on a scan. "
        "Vomiting 10-12 times a day for 4 days, cannot keep fluids down, lost 3 kg. "
        "No diabetes. Exam: dry mucous membranes, breathing comfortably, abdomen soft. "
        f"Urine ketones 3+. Glucose 4.8 mmol/L. Potassium {potassium}, sodium 134.",
    )


def test_hyperemesis_ketonuria_is_not_kussmaul(reason: Reason) -> None:
    """Urine ketones are a result of starvation, not deep laboured breathing: the
    non-diabetic with hyperemesis and a normal glucose is no possible DKA at triage
    (ESI v4: ESI 3, two or more resources; RCOG green-top 69)."""
    out = reason(_hyperemesis("3.8"))
    assert out.final.esi is not None and out.final.esi >= 3
    assert "kussmaul" not in _red_flags(out)


def test_hyperemesis_low_potassium_replaced(reason: Reason) -> None:
    """RCOG green-top 69: a measured hypokalaemia in hyperemesis is replaced."""
    out = reason(_hyperemesis("3.1"))
    assert O.medication_ordered(out, "potassium")


def test_dka_kussmaul_breathing_still_flags(reason: Reason) -> None:
    """Guard: Kussmaul breathing in a known diabetic stays a possible DKA (ESI 2)."""
    out = reason(
        make_case(
            "VOMITING",
            age=24,
            sex="M",
            vitals=vitals(118, 112, 70, 28, 99),
            one_liner="24-year-old type 1 diabetic, vomiting, Kussmaul breathing",
            ed_note="24-year-old man with type 1 diabetes, vomiting for a day, "
            "abdominal pain, Kussmaul respirations. Glucose 31 mmol/L.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_chronic_hypertension_16_weeks_not_a_refill(reason: Reason) -> None:
    """ACOG PB 203: chronic hypertension at 16 weeks off treatment needs assessment,
    labs and treatment: never ESI 5 (ESI v4: labs are resources)."""
    out = reason(
        make_case(
            "MEDICATION REFILL",
            age=35,
            sex="F",
            vitals=vitals(84, 156, 102, 16, 99),
            one_liner="35-year-old at 16 weeks pregnant, BP 156/102, off lisinopril",
            ed_note="35-year-old G2P1 at 16 weeks, known chronic hypertension, stopped "
            "her lisinopril when she found out she was pregnant and wants new blood "
            "pressure tablets. No headache, no visual change. BP 156/102 repeated. "
            "Urine protein negative.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 4


def _bronchiolitis_on_low_flow() -> Case:
    return make_case(
        "COUGH",
        age=0,
        sex="M",
        vitals={
            "heart_rate": 158,
            "respiratory_rate": 56,
            "spo2": 89,
            "temperature_c": 37.8,
        },
        one_liner="5-month-old with bronchiolitis, SpO2 89% in air",
        ed_note="5-month-old boy, term, 3 days of coryza then cough. Feeding about "
        "two thirds of normal. Exam: subcostal recession, fine crackles and wheeze, "
        "SpO2 89% in air, 96% on 1 L/min nasal cannula oxygen, settled on oxygen. "
        "No apnoeas. Weight 7 kg. Impression bronchiolitis.",
        demographics={"age_days": 150},
    )


def test_bronchiolitis_low_flow_oxygen_is_ward_care(reason: Reason) -> None:
    """AAP 2014 / NICE NG9: low-flow oxygen is ward care; HDU/ICU is for high-flow,
    CPAP, apnoea or failing therapy."""
    out = reason(_bronchiolitis_on_low_flow())
    d = O.disposition(out)
    assert d.disposition in {"Admit", "Observation"}
    assert d.admit_level != "icu"


def test_bronchiolitis_with_apnoea_keeps_icu(reason: Reason) -> None:
    """Guard: apnoeas in bronchiolitis stay high-dependency care (NICE NG9 1.4)."""
    out = reason(
        make_case(
            "COUGH",
            age=0,
            sex="F",
            vitals={
                "heart_rate": 176,
                "respiratory_rate": 68,
                "spo2": 86,
                "temperature_c": 37.6,
            },
            one_liner="7-week-old with bronchiolitis and apnoeas",
            ed_note="7-week-old girl, 2 days of cough and coryza, two apnoeas at home "
            "with colour change, grunting, severe recession. SpO2 86% in air. "
            "Impression bronchiolitis with apnoea.",
            demographics={"age_days": 49},
        )
    )
    assert O.disposition(out).admit_level == "icu"


def test_intussusception_pain_is_treated(reason: Reason) -> None:
    """RCEM 2021: a child's severe pain is treated (IV/intranasal opioid or
    paracetamol by weight) while the reduction is arranged."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=1,
            sex="M",
            vitals={
                "heart_rate": 150,
                "respiratory_rate": 30,
                "spo2": 99,
                "temperature_c": 37.2,
            },
            one_liner="14-month-old with episodic screaming and a sausage-shaped mass",
            ed_note="14-month-old boy, 10 kg. Episodes every 15 minutes of screaming "
            "and drawing his legs up, vomiting, pale between episodes. Exam: "
            "sausage-shaped mass in the right upper quadrant, redcurrant jelly stool. "
            "Impression intussusception.",
        )
    )
    assert O.medication_ordered(
        out, "analges", "morphine", "fentanyl", "paracetamol", "acetaminophen"
    )
