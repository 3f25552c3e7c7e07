"""obgyn27: obstetric and gynaecological emergencies, domain review leftovers.

Written from: AWHONN Maternal-Fetal Triage Index 2015 and RCOG Green-top Guideline 50
(umbilical cord prolapse, 2014): ruptured membranes in late pregnancy are triaged
urgently; Workowski KA et al. CDC STI treatment guidelines 2021 (PID: hospitalisation
and the parenteral regimen for a tubo-ovarian abscess or vomiting); Hoff WS et al.
EAST blunt abdominal trauma 2002, ACR Appropriateness Criteria and ACOG Committee
Opinion 723 (2017) / ACOG trauma in pregnancy (CT after blunt abdominal injury, not
withheld in pregnancy). Research software, not for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_waters_broken_at_term_is_triaged_emergent(reason: Reason) -> None:
    """At 39 weeks with the waters broken and something felt at the vulva, cord
    prolapse is excluded by an immediate examination (AWHONN MFTI 2015; RCOG GTG 50):
    ESI 1-2, not the default 3 of an unrecognised complaint."""
    out = reason(
        make_case(
            "PREGNANCY PROBLEM",
            age=27,
            sex="F",
            vitals=vitals(90, 118, 72, 18, 99),
            one_liner="27 y.o. female at 39 weeks, waters broken at home, feels "
            "something at the vulva.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final


def test_pid_with_vomiting_gets_the_parenteral_regimen(reason: Reason) -> None:
    """PID with vomiting meets the CDC 2021 criteria for hospitalisation: the
    parenteral regimen, not the outpatient intramuscular/oral one."""
    out = reason(
        make_case(
            "PELVIC PAIN",
            age=21,
            sex="F",
            vitals=vitals(104, 116, 72, 18, 99, 38.2),
            one_liner="21 y.o. female with pelvic pain, discharge and vomiting.",
            ed_note=(
                "HPI: 3 days of lower abdominal pain with purulent vaginal discharge; "
                "vomiting since last night, cannot keep tablets down.\nExam: cervical "
                "motion tenderness and bilateral adnexal tenderness, no mass.\nUrine "
                "hCG negative.\nMDM: pelvic inflammatory disease."
            ),
        )
    )
    meds = " ".join(o.name.lower() for o in O.medications(out))
    assert "iv" in meds and "ceftriaxone" in meds, meds
    assert "500 mg im" not in meds, meds


def test_tubo_ovarian_abscess_on_ultrasound_is_treated_as_one(reason: Reason) -> None:
    """A tubo-ovarian abscess reported on ultrasound: inpatient parenteral antibiotics
    and gynaecology (CDC 2021), not the outpatient PID regimen."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=29,
            sex="F",
            vitals=vitals(106, 120, 74, 18, 98, 38.6),
            one_liner="29 y.o. female with 5 days of pelvic pain and fever.",
            ed_note=(
                "HPI: 5 days of pelvic pain, fever and vaginal discharge.\nExam: "
                "right adnexal tenderness with a tender right adnexal mass, cervical "
                "motion tenderness.\nUrine hCG negative. Pelvic ultrasound: 6 cm right "
                "tubo-ovarian abscess."
            ),
        )
    )
    meds = " ".join(o.name.lower() for o in O.medications(out))
    assert "500 mg im" not in meds, meds
    assert "iv" in meds, meds
    assert O.ordered(out, "gynecology", "gynaecology"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_seat_belt_sign_in_pregnancy_gets_abdominal_ct(reason: Reason) -> None:
    """A restrained driver at 30 weeks with a seat-belt sign and abdominal
    tenderness: CT abdomen and pelvis is indicated and not withheld in pregnancy
    (ACOG CO 723; EAST), beside the fetal monitoring."""
    out = reason(
        make_case(
            "MVC",
            age=31,
            sex="F",
            vitals=vitals(98, 114, 70, 18, 99),
            one_liner="31 y.o. female, 30 weeks pregnant, driver in a highway crash.",
            ed_note=(
                "HPI: restrained driver, 30 weeks pregnant, frontal collision at "
                "highway speed. Abdominal pain.\nExam: GCS 15. Seat belt sign across "
                "the lower abdomen, left upper quadrant tenderness. Fetal heart rate "
                "145."
            ),
        )
    )
    assert O.ordered(out, "ct abdomen"), O.orders(out)
    assert O.ordered(out, "fetal monitoring", "cardiotocograph"), O.orders(out)


def test_seat_belt_sign_without_pregnancy_gets_abdominal_ct(reason: Reason) -> None:
    """The same sign in a man: hollow viscus and mesenteric injury are imaged by CT
    with IV contrast when haemodynamically normal (EAST; ACR)."""
    out = reason(
        make_case(
            "MOTOR VEHICLE CRASH",
            age=44,
            sex="M",
            vitals=vitals(92, 132, 80, 18, 98),
            one_liner="44 y.o. male, restrained passenger in a 60 mph collision.",
            ed_note=(
                "HPI: restrained front-seat passenger, 60 mph frontal collision. "
                "Abdominal pain.\nExam: GCS 15. Seat-belt sign across the abdomen, "
                "periumbilical tenderness, no guarding."
            ),
        )
    )
    assert O.ordered(out, "ct abdomen"), O.orders(out)
