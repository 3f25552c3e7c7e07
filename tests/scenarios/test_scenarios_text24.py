"""How a note's words are read when a misreading changes an order or a disposition.

text24 (issue 10). Text-layer sources: ConText (Harkema H et al. J Biomed Inform
2009;42:839) for experiencer and temporality; the stroke recognition tools for the
lay words of a one-sided deficit (Kothari RU et al. Cincinnati Prehospital Stroke
Scale, Ann Emerg Med 1999;33:373; FAST: face, arm, speech).

Each scenario failed on main before its change (main ab55dac).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_arm_she_cannot_lift_is_a_stroke_in_the_window(reason: Reason) -> None:
    """AHA/ASA 2019 acute ischaemic stroke (Powers WJ et al. Stroke 2019;50:e344):
    a sudden one-sided deficit within the reperfusion window gets brain and vessel
    imaging and the stroke team at once. "Could not lift her right arm" is the arm
    weakness of FAST; main read no deficit and gave an observation stay without
    imaging."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=77,
            sex="F",
            vitals=vitals(84, 171, 94, 16, 97),
            one_liner="77-year-old woman who suddenly could not lift her right arm"
            " while gardening 50 minutes ago",
            ed_note="Neighbour called the ambulance. Normal when seen at 1000.",
        )
    )
    assert O.ordered(out, "ct head", "cta", "ct angiography"), O.orders(out)
    assert O.ordered(out, "stroke team", "neurology"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_deficit_that_resolved_is_a_tia_not_no_deficit(reason: Reason) -> None:
    """AHA/ASA TIA statement (Easton JD et al. Stroke 2009;40:2276) and NICE NG128:
    a focal deficit that resolved is a TIA, with a high early stroke risk; it gets
    brain imaging and the stroke service, not a dizziness work-up. Main read
    "arm weakness resolved after 15 minutes" as no weakness (the resolution as a
    negation) and ordered no brain imaging."""
    out = reason(
        make_case(
            "DIZZY",
            age=73,
            sex="M",
            vitals=vitals(72, 152, 84, 14, 98),
            one_liner="73-year-old man who felt strange after breakfast",
            ed_note="At 0915 felt odd. Left arm weakness resolved after about 15"
            " minutes and the facial droop has resolved too. Feels back to normal.",
        )
    )
    assert O.ordered(out, "ct head", "mri", "cta"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_the_babys_intubation_is_not_the_mothers(reason: Reason) -> None:
    """ICU admission follows the patient's own organ support (Nates JL et al. SCCM
    ICU admission guideline. Crit Care Med 2016;44:1553). In a mother's note the
    baby's course under its own label ("Newborn: ... ventilated on NICU") is the
    baby's (ConText experiencer). Main read the baby's intubation as the mother's and
    admitted a well woman with a sore episiotomy to the ICU."""
    out = reason(
        make_case(
            "POSTPARTUM PAIN",
            age=27,
            sex="F",
            vitals=vitals(80, 116, 72, 16, 99),
            one_liner="27-year-old woman a week after delivery with a sore stitch line",
            ed_note="Episiotomy repaired after an assisted delivery. Sore and a little"
            " swollen at the stitches, no fever, normal lochia.\nNewborn: delivered"
            " at 34 weeks, grunting and intubated at birth, ventilated on NICU.",
        )
    )
    d = O.disposition(out)
    assert d.admit_level != "icu", d.rationale


def test_a_twin_sisters_intubation_is_not_hers(reason: Reason) -> None:
    """ICU admission follows the patient's own organ support (SCCM 2016); a
    sibling's illness listed under the sibling's label is family history (ConText
    experiencer). A well 4-year-old with a cold whose twin was once ventilated needs
    no ICU; main admitted him to the ICU for his twin's intubation."""
    out = reason(
        make_case(
            "COUGH",
            age=4,
            sex="F",
            vitals=vitals(108, 98, 60, 24, 98),
            one_liner="4-year-old girl with a runny nose and cough for 2 days",
            ed_note="Coryza and a dry cough, drinking well, playing in the waiting"
            " room.\nTwin sister: bronchiolitis as a baby, hypoxic, intubated for"
            " three days.\nChest clear, no recession, no wheeze.",
        )
    )
    d = O.disposition(out)
    assert d.admit_level != "icu", d.rationale


def test_a_fever_written_at_the_end_of_a_sentence_gets_cultures(
    reason: Reason,
) -> None:
    """Surviving Sepsis Campaign 2021 (Evans L et al. Crit Care Med 2021;49:e1063):
    in suspected sepsis take blood cultures before antimicrobials. A temperature
    written only in the note and closing its sentence ("Temp 39.4.") is a fever;
    main's text reader skipped a number followed by a full stop, so the sepsis
    antibiotics went out without blood cultures."""
    out = reason(
        make_case(
            "GENERALLY UNWELL",
            age=84,
            sex="M",
            vitals={
                "heart_rate": 114,
                "systolic_bp": 94,
                "diastolic_bp": 56,
                "respiratory_rate": 24,
                "spo2": 93,
            },
            one_liner="84-year-old man from residential care, weak and off his food",
            ed_note="Carers report a wet cough since Sunday. Temp 39.4.",
        )
    )
    assert O.ordered(out, "blood culture"), O.orders(out)
