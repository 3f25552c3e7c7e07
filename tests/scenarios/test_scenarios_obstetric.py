"""Obstetric scenarios: ectopic pregnancy, pre-eclampsia/eclampsia, trauma in pregnancy.

Sources: ACOG Practice Bulletin 193 Tubal Ectopic Pregnancy (2018); ACOG Practice
Bulletin 222 Gestational Hypertension and Preeclampsia (2020) and Committee Opinion
767 (acute severe hypertension, 2019); ACOG/ATLS 10th ed. trauma in pregnancy;
ACOG Committee Opinion 723 (imaging in pregnancy, 2017).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case


def test_ruptured_ectopic_in_shock_gets_access_blood_and_obgyn(reason: Reason) -> None:
    """ACOG PB 193 / ATLS: haemorrhagic shock: two large-bore IVs, blood, OB/GYN now."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=27,
            sex="Female",
            vitals={"heart_rate": 132, "systolic_bp": 78, "diastolic_bp": 40},
            one_liner="27 y.o. female, positive home pregnancy test, sudden"
            " severe lower abdominal pain and fainting",
            ed_note="HPI: LMP 7 weeks ago, positive home pregnancy test, sudden severe"
            " left lower abdominal pain, shoulder tip pain, syncope. Exam: pale,"
            " diffuse peritonism.",
        )
    )
    assert O.proposes(out, "ectopic")
    assert O.ordered(out, "large-bore")
    assert O.ordered(out, "crossmatch", "blood", "transfus")
    assert O.ordered(out, "ob/gyn", "obstetric", "gynecolog")
    assert out.final.disposition != "Discharge"


def test_stable_ectopic_suspicion_gets_hcg_and_pelvic_ultrasound(
    reason: Reason,
) -> None:
    """ACOG PB 193: quantitative hCG and transvaginal ultrasound."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=24,
            sex="Female",
            vitals={"heart_rate": 88, "systolic_bp": 118},
            one_liner="24 y.o. female, 6 weeks pregnant by LMP, spotting and right"
            " pelvic pain",
        )
    )
    assert O.proposes(out, "ectopic")
    assert O.ordered(out, "hcg")
    assert O.ordered(out, "ultrasound")


def test_ectopic_never_for_a_man(reason: Reason) -> None:
    """Population limit: ectopic pregnancy needs a person who can be pregnant."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=31,
            sex="Male",
            vitals={"heart_rate": 96},
            one_liner="31 y.o. male with lower abdominal pain",
        )
    )
    assert not O.proposes(out, "ectopic", "abortion", "ovarian", "pelvic inflam")


def test_ectopic_never_for_a_woman_of_75(reason: Reason) -> None:
    """Population limit: no ectopic pregnancy after the reproductive years."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=75,
            sex="Female",
            vitals={"heart_rate": 96},
            one_liner="75 y.o. female with lower abdominal pain",
        )
    )
    assert not O.proposes(out, "ectopic", "abortion")


def test_testicular_torsion_never_for_a_woman(reason: Reason) -> None:
    """Population limit: testicular torsion only in people with testes."""
    out = reason(
        make_case(
            "GROIN PAIN",
            age=16,
            sex="Female",
            vitals={"heart_rate": 100},
            one_liner="16 y.o. female with sudden right groin pain and vomiting",
        )
    )
    assert not O.proposes(out, "testicular")


def test_severe_preeclampsia_gets_antihypertensive_and_magnesium(
    reason: Reason,
) -> None:
    """ACOG PB 222 / CO 767: BP >= 160/110 treated within 30-60 min; magnesium."""
    out = reason(
        make_case(
            "HEADACHE",
            age=29,
            sex="Female",
            vitals={"heart_rate": 96, "systolic_bp": 172, "diastolic_bp": 114},
            one_liner="29 y.o. female G1P0 at 33 weeks with severe headache and blurred"
            " vision",
            ed_note="HPI: G1P0 at 33 weeks, severe headache and visual changes since"
            " this morning, right upper quadrant pain. Exam: brisk reflexes, edema.",
        )
    )
    assert O.proposes(out, "eclampsia")
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine")
    assert O.medication_ordered(out, "magnesium")
    assert O.ordered(out, "ob/gyn", "obstetric")
    assert not O.medication_ordered(out, *O.LYTIC)


def test_eclamptic_seizure_gets_magnesium(reason: Reason) -> None:
    """ACOG PB 222: magnesium sulfate is first-line for eclamptic seizures."""
    out = reason(
        make_case(
            "SEIZURE",
            age=22,
            sex="Female",
            vitals={"heart_rate": 110, "systolic_bp": 168, "diastolic_bp": 108},
            one_liner="22 y.o. female, 36 weeks pregnant, generalized seizure at home",
        )
    )
    assert O.proposes(out, "eclampsia")
    assert O.medication_ordered(out, "magnesium")


def test_eclampsia_never_for_a_man(reason: Reason) -> None:
    """Population limit: no eclampsia in a man with a seizure and hypertension."""
    out = reason(
        make_case(
            "SEIZURE",
            age=35,
            sex="Male",
            vitals={"heart_rate": 104, "systolic_bp": 176, "diastolic_bp": 104},
            one_liner="35 y.o. male with a generalized seizure, hypertensive",
        )
    )
    assert not O.proposes(out, "eclampsia", "pregnan")
    assert not O.medication_ordered(out, "magnesium")


def test_trauma_in_pregnancy_pathway(reason: Reason) -> None:
    """ACOG/ATLS: left lateral tilt, Rh status, fetal monitoring >= 20 wk, KB test."""
    out = reason(
        make_case(
            "MVC",
            age=30,
            sex="Female",
            vitals={"heart_rate": 108, "systolic_bp": 112},
            one_liner="30 y.o. female, 28 weeks pregnant, restrained driver in a"
            " motor vehicle collision, abdominal pain",
        )
    )
    assert O.ordered(out, "left lateral", "uterine displacement")
    assert O.ordered(out, "rh ", "rh(d)", "type and screen", "rh status")
    assert O.ordered(out, "fetal monitor", "cardiotocograph")
    assert O.ordered(out, "kleihauer")


def test_early_pregnancy_trauma_checks_rh_without_fetal_monitoring(
    reason: Reason,
) -> None:
    """ACOG: Rh status for all; continuous fetal monitoring only from 20-24 weeks."""
    out = reason(
        make_case(
            "FALL",
            age=26,
            sex="Female",
            vitals={"heart_rate": 90, "systolic_bp": 118},
            one_liner="26 y.o. female, 10 weeks pregnant, fell on the stairs, abdominal"
            " bruise",
        )
    )
    assert O.ordered(out, "rh ", "rh(d)", "type and screen", "rh status")
    assert not O.ordered(out, "fetal monitor", "cardiotocograph")


def test_pregnant_woman_gets_no_nsaid_or_fluoroquinolone(reason: Reason) -> None:
    """FDA 2020 NSAIDs (>= 20 weeks); ACOG: avoid fluoroquinolones in pregnancy."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=31,
            sex="Female",
            vitals={"heart_rate": 100, "temperature_c": 37.4},
            one_liner="31 y.o. female at 24 weeks gestation with colicky right flank"
            " pain and hematuria",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID, "ciprofloxacin", "levofloxacin")
    assert not O.ordered(out, r"\bct\b") or O.ordered(out, "ultrasound")


def test_pregnant_woman_needs_no_pregnancy_test_before_imaging(reason: Reason) -> None:
    """ACOG CO 723: the prerequisite is met when pregnancy is already known."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=33,
            sex="Female",
            vitals={"heart_rate": 118, "respiratory_rate": 24, "spo2": 93},
            one_liner="33 y.o. female at 30 weeks gestation with sudden dyspnea and"
            " pleuritic chest pain",
        )
    )
    assert not any(
        "prerequisite" in o.reason.lower() for o in O.orders(out) if "hcg" in o.name
    )


def test_pregnant_woman_with_appendicitis_gets_ultrasound_not_ct(
    reason: Reason,
) -> None:
    """ACR Appropriateness Criteria RLQ pain 2022 / ACOG CO 723: US then MRI."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=30,
            sex="Female",
            vitals={"heart_rate": 104, "temperature_c": 38.1},
            one_liner="30 y.o. female, 16 weeks pregnant, right lower quadrant pain"
            " and fever",
            ed_note="HPI: G2P1 at 16 weeks, RLQ pain since yesterday, anorexia, fever."
            " Exam: RLQ tenderness.",
        )
    )
    assert O.proposes(out, "appendicitis")
    assert O.ordered(out, "ultrasound")
    assert not O.ordered(out, r"\bct\b")
