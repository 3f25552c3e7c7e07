"""What an emergency physician reads in a note (lead, session 18).

Written from: NICE NG133 / ACOG Practice Bulletin 222 (2020) hypertension in pregnancy:
severe-range blood pressure (>= 160/110) in pregnancy is treated within 30-60 minutes and
magnesium sulfate is given for pre-eclampsia with severe features; obstetric notes write
gestation as weeks over a 40-week term ("G2P1 at 34/40", "28+3/40": RCOG / NICE
antenatal care notation).
"""

from __future__ import annotations

import pytest

from cases.population import population_of
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("G3P2 at 31/40, reduced fetal movements", 31), ("now 26+5/40 with bleeding", 26)],
)
def test_weeks_over_forty_is_a_pregnancy(text: str, weeks: int) -> None:
    """'31/40' and '26+5/40' are gestations: the patient is pregnant at that week."""
    case = make_case("abdominal pain", age=30, sex="F", ed_note=text)
    pop = population_of(case.demographics, (case.ed_note,))
    assert pop.pregnancy == "pregnant"
    assert pop.gestation_weeks == weeks


def test_a_blood_pressure_over_forty_is_no_pregnancy() -> None:
    """'BP 88/40' and 'hypotensive at 90/40' are blood pressures, not gestations."""
    note = "BP 88/40 on arrival, hypotensive at 90/40 after fluids, no other history."
    case = make_case("dizziness", age=30, sex="F", ed_note=note)
    pop = population_of(case.demographics, (case.ed_note,))
    assert pop.pregnancy != "pregnant"


def test_severe_pre_eclampsia_in_obstetric_notation_is_treated(reason: Reason) -> None:
    """A woman at 36/40 with severe-range BP, headache, visual symptoms and proteinuria
    gets an antihypertensive and magnesium, not a pregnancy test first (ACOG PB 222)."""
    out = reason(
        make_case(
            "blurred vision",
            age=27,
            sex="F",
            vitals=vitals(88, 174, 116, 18, 98),
            ed_note="27F primip, G1P0 at 36/40, blurred vision and headache since this "
            "morning, epigastric pain. O/E: oedema of face and hands, hyperreflexia. "
            "Urine dip protein 2+. Repeat BP 170/112.",
        )
    )
    assert O.medication_ordered(out, "magnesium"), O.orders(out)
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine"), O.orders(out)
    assert out.final.disposition != "Discharge"


def test_severe_hyperkalaemia_on_dialysis_is_dialysed(reason: Reason) -> None:
    """Severe hyperkalaemia in a dialysis-dependent patient: calcium for the ECG
    changes, insulin-glucose, and emergency dialysis, the definitive treatment (UK
    Kidney Association 2020); the measured value makes the diagnosis."""
    out = reason(
        make_case(
            "palpitations",
            age=58,
            sex="F",
            vitals=vitals(54, 138, 80, 16, 98),
            ed_note="58F end-stage kidney disease on PD, has not done her exchanges "
            "for 3 days after a family funeral. Palpitations and tingling in her hands. "
            "ECG: tented T waves, wide QRS. Labs: K 7.1 mmol/L, bicarbonate 15.",
        )
    )
    assert O.ordered(out, "dialysis"), O.orders(out)
    assert O.medication_ordered(out, "calcium"), O.orders(out)
    assert "hyperkal" in (out.final.diagnosis_name or "").lower()
    assert out.final.disposition != "Discharge"


def test_hyperkalaemia_without_kidney_failure_is_not_dialysed(reason: Reason) -> None:
    """Hyperkalaemia of DKA shifts back with insulin: no dialysis is asked for."""
    out = reason(
        make_case(
            "vomiting",
            age=22,
            sex="M",
            vitals=vitals(118, 112, 70, 28, 99),
            ed_note="22M type 1 diabetic, vomiting for a day, missed insulin. Kussmaul "
            "breathing. Glucose 29 mmol/L, pH 7.12, ketones 5.2, K 6.6, creatinine 98.",
        )
    )
    assert not O.ordered(out, "dialysis"), O.orders(out)
