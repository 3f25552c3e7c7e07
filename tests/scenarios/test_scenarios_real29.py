"""real29: a physician's review of traces on real visits (issue 10).

Written from: Bivalacqua TJ et al. AUA/SMSNA guideline on priapism, J Urol
2022;208:43 (an erection that brings a man to the emergency department is priapism
until shown otherwise: urology and corporal aspiration within hours); ATLS 10th ed.,
Hoff WS et al. EAST blunt abdominal trauma (J Trauma 2002;53:602) and the ACR
Appropriateness Criteria for blunt abdominal trauma and rib fractures (2018): abdominal
pain or chest pain after an injury is imaged, FAST and CT abdomen, a chest radiograph;
Kelly CA et al. Emerg Med J 2004;21:158 (AVPU V or P is a reduced level of
consciousness: glucose, the causes of delirium, CT head); KDIGO 2012 acute kidney
injury (section 2.1.1: a reduced urine output is kidney injury by definition).
"""

from __future__ import annotations

from typing import Any

from cases.models import Case, Vitals
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(case: Case, raw: str, **v: Any) -> Case:
    """``case`` with a triage vital-signs block whose structured fields are ``raw``."""
    return case.model_copy(update={"vitals": Vitals(raw=raw, **v)})


def test_coded_penile_erection_complaint_is_priapism(reason: Reason) -> None:
    """'Erection, penile' is an erection that brought a man to the ED: priapism is on
    the list, urology is called, and he is not forecast home (AUA/SMSNA 2022)."""
    out = reason(make_case("Erection, penile", age=38, sex="M"))
    assert O.proposes(out, "priapism"), O.diagnoses_proposed(out)
    assert O.ordered(out, "urology"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_abdominal_pain_with_the_triage_injury_field_is_imaged(reason: Reason) -> None:
    """Abdominal pain at a visit the triage record marks as an injury: an
    intra-abdominal injury stays open and FAST / CT abdomen is ordered (ATLS 10th ed.;
    EAST 2002; ACR blunt abdominal trauma)."""
    case = _triage(
        make_case("abdominal pain", age=58, sex="M"),
        "Triage Vital Signs: BP: 132/80 | HR: 92 | RR: 18 | Mental: alert | "
        "Injury: yes",
        heart_rate=92,
        systolic_bp=132,
        diastolic_bp=80,
        respiratory_rate=18,
        pain=6,
    )
    out = reason(case)
    assert O.ordered(out, "ct abdomen"), O.orders(out)
    assert any("injury" in d.lower() for d in out.final.summary.open_must_not_miss), (
        out.final.summary.open_must_not_miss
    )


def test_chest_pain_after_a_fall_gets_a_chest_radiograph(reason: Reason) -> None:
    """Chest pain after a fall: a chest radiograph for rib fractures, pneumothorax and
    haemothorax (ACR Appropriateness Criteria rib fractures 2018; ATLS 10th ed.)."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="F",
            one_liner="52-year-old woman with left chest pain since she fell onto the"
            " edge of a table this morning",
        )
    )
    assert O.ordered(out, "chest radiograph", "chest x-ray", "cxr"), O.orders(out)


def test_avpu_verbal_on_the_triage_record_is_altered_mental_status(
    reason: Reason,
) -> None:
    """A triage AVPU of V (responds to voice only) with no complaint recorded is a
    reduced level of consciousness: the causes of delirium are sought (glucose, CT
    head), not only a glucose (Kelly CA et al. Emerg Med J 2004)."""
    case = _triage(
        make_case("", age=64, sex="F"),
        "Triage Vital Signs: BP: 128/76 | HR: 96 | RR: 18 | Temp: 36.6 °C | "
        "Mental: verbal response",
        heart_rate=96,
        systolic_bp=128,
        diastolic_bp=76,
        respiratory_rate=18,
        temperature_c=36.6,
    )
    out = reason(case)
    assert O.ordered(out, "ct head"), O.orders(out)
    assert O.ordered(out, "cbc"), O.orders(out)


def test_reduced_urine_output_is_acute_kidney_injury(reason: Reason) -> None:
    """A complaint of reduced urine output is acute kidney injury by KDIGO's urine
    criterion: it is on the list, with a urinalysis and a renal ultrasound for
    obstruction (KDIGO 2012 section 2.1.1; NICE NG148)."""
    out = reason(make_case("oliguria", age=74, sex="M"))
    assert O.proposes(out, "kidney"), O.diagnoses_proposed(out)
    assert O.ordered(out, "renal ultrasound", "bladder scan"), O.orders(out)


def test_abdominal_pain_at_70_is_imaged(reason: Reason) -> None:
    """Abdominal pain at 70 with normal vital signs: CT abdomen and pelvis is ordered,
    not only the laboratory panel (Hustey FM et al. Am J Emerg Med 2005: CT changed
    the diagnosis in 45 % of older adults; ACR acute nonlocalized abdominal pain)."""
    out = reason(
        make_case(
            "right sided abdominal pain",
            age=70,
            sex="F",
            vitals={**vitals(74, 132, 78, 16, 97), "pain": 4},
        )
    )
    assert O.ordered(out, "ct abdomen", "ultrasound"), O.orders(out)


def test_open_sepsis_is_worked_up_with_a_blood_count(reason: Reason) -> None:
    """Fever with a heart rate of 112 at 70: while sepsis is open its organ function
    and source are tested, a blood count and urinalysis beside lactate and cultures
    (Sepsis-3, Singer M et al. JAMA 2016; NICE NG51 1.6; SSC 2021)."""
    out = reason(
        make_case("fever", age=70, sex="M", vitals=vitals(112, 128, 78, 20, 97, 38.6))
    )
    assert O.ordered(out, "cbc"), O.orders(out)
    assert O.ordered(out, "urinalysis"), O.orders(out)


def test_haemoptysis_gets_blood_count_clotting_and_group(reason: Reason) -> None:
    """Coughing up blood at 58: CBC, clotting and a group and screen, and a chest film
    (ACR Appropriateness Criteria hemoptysis 2020)."""
    out = reason(
        make_case(
            "coughing up blood", age=58, sex="M", vitals=vitals(88, 134, 82, 18, 96)
        )
    )
    assert O.ordered(out, "inr", "clotting"), O.orders(out)
    assert O.ordered(out, "chest x-ray", "cxr", "ct angiography"), O.orders(out)


def test_signs_of_peritoneal_irritation_are_peritonism(reason: Reason) -> None:
    """'Signs of peritoneal irritation' on examination is peritonism: a surgeon now and
    CT, nil by mouth (WSES 2017/2020; McGee: peritoneal signs)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=50,
            sex="M",
            vitals=vitals(96, 134, 82, 18, 97),
            ed_note="Exam: abdomen tender in all quadrants with signs of peritoneal"
            " irritation.",
        )
    )
    assert O.ordered(out, "general surgery"), O.orders(out)
