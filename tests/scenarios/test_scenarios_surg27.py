"""Surgical, trauma and wound scenarios (session 27, surg27), written from guidelines.

Sources: ICD-10-CM FY2024 Official Guidelines I.C.19 (an open wound is coded by its
site); Latifi R et al. J Emerg Trauma Shock 2014 (degloving: plastic surgery, the flap
kept); ASCRS 2021 colonic volvulus (endoscopic detorsion first); ATLS 10th ed. ch. 4
(tension pneumothorax: decompress, then a drain), ch. 5 (a haemodynamically abnormal
patient with free fluid goes to theatre, not CT), ch. 9 (rule of nines; a major burn
is ESI 2 / high risk); ESVS 2024, ACC/AHA 2021 chest pain, revised Atlanta 2012
(upper abdominal pain through to the back at 50 or more: aorta, ECG, lipase); ESI v4
handbook Table 5-1 (labs, IV fluids and a catheter are resources); ACOG CO 723
(ultrasound, then MRI in pregnancy); BOAST 10 (compartment syndrome); WSES 2020
(perforated peptic ulcer). Each asserts a safety or coding property, not exact
strings; the wording differs from the surg27 review cases.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: object) -> int | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, TriageResult):
            return record.output.esi
    return None


def _code(out: object) -> str:
    return out.final.icd10 or ""  # type: ignore[attr-defined]


def test_forearm_laceration_is_coded_at_the_forearm_not_the_hand(
    reason: Reason,
) -> None:
    """ICD-10-CM I.C.19: the documented site is coded (S51 forearm, not S61 hand)."""
    out = reason(
        make_case(
            "LACERATION",
            age=45,
            sex="Female",
            vitals=vitals(78, 132, 80, 14, 99),
            one_liner="45 y.o. woman caught her arm on a metal shelf",
            ed_note="HPI: caught her arm on the sharp edge of a shelf at work. Exam: "
            "3 cm linear laceration over the dorsal right forearm, edges clean, "
            "bleeding stopped, hand function and sensation normal. Tetanus 3 years "
            "ago.",
        )
    )
    assert _code(out).startswith("S51"), _code(out)


def test_chin_laceration_is_coded_on_the_head(reason: Reason) -> None:
    """ICD-10-CM I.C.19: a chin wound is an open wound of the head (S01)."""
    out = reason(
        make_case(
            "FACIAL LACERATION",
            age=9,
            sex="Male",
            vitals={"heart_rate": 92, "respiratory_rate": 20, "spo2": 99},
            one_liner="9 y.o. boy fell off the monkey bars onto his chin",
            ed_note="HPI: fell from the monkey bars, chin hit the ground, no loss of "
            "consciousness. Exam: 1.5 cm chin laceration, gaping, teeth and jaw "
            "normal, GCS 15.",
        )
    )
    assert _code(out).startswith("S01"), _code(out)


def test_a_degloved_lower_leg_goes_to_plastic_surgery_not_home(
    reason: Reason,
) -> None:
    """Latifi 2014 / ATLS ch. 8: a degloving is debrided in theatre by the plastic
    surgeon, with antibiotic cover; not a discharge with simple analgesia."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=58,
            sex="Male",
            vitals=vitals(94, 140, 86, 18, 98),
            one_liner="58 y.o. man whose shin skin was peeled off by a lawnmower",
            ed_note="HPI: his right lower leg was run over by a ride-on mower. Exam: "
            "degloving injury of the right shin, a 12 cm flap of skin lifted off the "
            "fascia, dusky edges, grass in the wound. Foot pulses present.",
        )
    )
    assert O.ordered(out, "plastic")
    assert O.medication_ordered(out, "cefazolin", "antibiotic", "clindamycin")
    assert O.disposition(out).disposition != "Discharge"
    assert (_esi(out) or 5) <= 3


def test_sigmoid_volvulus_gets_endoscopic_detorsion_and_its_own_code(
    reason: Reason,
) -> None:
    """ASCRS 2021: endoscopic detorsion with a rectal tube first; K56.2 volvulus."""
    out = reason(
        make_case(
            "ABDOMINAL DISTENSION",
            age=77,
            sex="Female",
            vitals=vitals(96, 128, 74, 18, 97),
            one_liner="77 y.o. care-home resident, bloated, no bowel motion for 3 days",
            ed_note="HPI: long-standing constipation, increasingly bloated, no flatus "
            "for 2 days. Exam: grossly distended tympanic abdomen, not peritonitic. "
            "Plain abdominal film: a coffee-bean sign from the left iliac fossa.",
        )
    )
    assert O.ordered(out, "detorsion", "sigmoidoscop")
    assert _code(out) == "K56.2", _code(out)


def test_tension_pneumothorax_is_decompressed_without_d_dimer_or_cultures(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4: a clinical diagnosis; needle or finger decompression,
    then a drain; no PE or sepsis work-up for the shock it explains."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=33,
            sex="Female",
            vitals=vitals(142, 80, 52, 34, 84),
            one_liner="33 y.o. woman with sudden breathlessness and left chest pain, "
            "now grey and hypotensive",
            ed_note="HPI: sudden left chest pain and breathlessness at rest an hour "
            "ago, getting worse. Exam: trachea shifted to the right, left chest "
            "hyperresonant with no breath sounds, distended neck veins.",
        )
    )
    assert O.first_index(out, "decompress") == 0
    assert not O.ordered(out, "d-dimer", "blood culture", "conservative care")
    assert not O.ordered(out, "cardiology")


def test_epigastric_pain_through_to_the_back_at_58_gets_aorta_ecg_and_lipase(
    reason: Reason,
) -> None:
    """ESVS 2024, ACC/AHA 2021, revised Atlanta 2012: an aneurysm, an anginal
    equivalent and pancreatitis are looked for; the aneurysm stays open."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=58,
            sex="Female",
            vitals=vitals(98, 156, 90, 18, 98),
            one_liner="58 y.o. woman with severe upper abdominal pain for 2 hours",
            ed_note="HPI: constant severe epigastric pain since lunch, going straight "
            "through to her back, nausea. Smoker, hypertensive. Exam: epigastric "
            "tenderness, no guarding.",
        )
    )
    assert O.ordered(out, r"\becg\b")
    assert O.ordered(out, "lipase")
    assert O.ordered(
        out, r"aort\w* (?:ultraso|us\b)|ultraso\w* (?:of )?(?:the )?(?:abdominal )?aort"
    )
    assert O.disposition(out).disposition != "Discharge"


def test_mechanical_back_pain_at_50_gets_no_aneurysm_work_up(reason: Reason) -> None:
    """Guard, ESVS 2024: the leaking-aneurysm criteria need collapse or hypotension
    (or pain through from the upper abdomen); a lifting strain gets none of it."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=50,
            sex="Male",
            vitals=vitals(76, 128, 78, 14, 99),
            one_liner="50 y.o. man with low back ache after gardening",
            ed_note="HPI: dug the garden yesterday, now aching low back, worse on "
            "bending. No leg symptoms, bladder and bowels normal. Exam: lumbar "
            "paraspinal tenderness, normal neurology.",
        )
    )
    assert not O.ordered(out, r"aort\w* (?:ultraso|us\b)|vascular surg|crossmatch")


def test_rhabdomyolysis_and_urinary_retention_need_two_resources(
    reason: Reason,
) -> None:
    """ESI v4 Table 5-1: labs and IV fluids (rhabdomyolysis), a catheter and labs
    (acute retention) are two resources: ESI 3, not 4."""
    rhabdo = reason(
        make_case(
            "LEG PAIN",
            age=31,
            sex="Female",
            vitals=vitals(88, 124, 76, 16, 99),
            one_liner="31 y.o. woman with aching calves and tea-coloured urine after "
            "a marathon",
        )
    )
    retention = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=59,
            sex="Male",
            vitals=vitals(90, 150, 90, 16, 98),
            one_liner="59 y.o. man who has not passed urine since last night",
        )
    )
    assert _esi(rhabdo) == 3
    assert _esi(retention) == 3


def test_fast_positive_splenic_bleed_with_shock_index_over_one_goes_to_theatre(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5: a haemodynamically abnormal patient (shock index >= 1)
    with free fluid on FAST goes to laparotomy; CT waits until stable."""
    out = reason(
        make_case(
            "FALL",
            age=36,
            sex="Male",
            vitals=vitals(128, 98, 60, 26, 96),
            one_liner="36 y.o. man fell from a ladder onto his left side",
            ed_note="HPI: fell 2 m from a ladder onto a fence, left upper abdominal "
            "pain. Exam: pale, left upper quadrant tenderness. FAST positive: free "
            "fluid in the splenorenal recess.",
        )
    )
    assert O.ordered(out, "laparotomy")
    cts = [
        o.name.lower()
        for o in O.orders(out)
        if o.kind == "diagnostic" and "ct " in o.name.lower()
    ]
    assert all(n.startswith("once haemodynamically stable") for n in cts), cts


def test_burns_named_over_both_legs_and_the_trunk_are_a_major_burn_at_triage(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 9 rule of nines: both legs and the front of the trunk are
    over 20 % TBSA even counted low: a major burn, high risk at triage."""
    out = reason(
        make_case(
            "BURN",
            age=44,
            sex="Female",
            vitals=vitals(108, 132, 80, 20, 98),
            one_liner="44 y.o. woman with scald burns to both legs and the trunk from "
            "a boiling pot",
        )
    )
    assert (_esi(out) or 5) <= 2
    assert O.ordered(out, "ringer")


def test_suspected_appendicitis_in_pregnancy_is_imaged_by_ultrasound_first(
    reason: Reason,
) -> None:
    """ACOG CO 723 / ACR: ultrasound, then MRI; CT only if these are unavailable or
    not diagnostic."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=31,
            sex="Female",
            vitals=vitals(104, 114, 70, 18, 99, 38.2),
            one_liner="31 y.o. woman, 24 weeks pregnant, right-sided abdominal pain",
            ed_note="HPI: 24 weeks pregnant, a day of pain that began centrally and "
            "moved to the right, off her food, vomited once, fever. Exam: right-sided "
            "tenderness with guarding and rebound, uterus soft. WCC 16.",
        )
    )
    cts = [
        o.name.lower()
        for o in O.orders(out)
        if o.kind == "diagnostic" and "ct abdomen" in o.name.lower()
    ]
    assert cts and all(n.startswith("abdominal ultrasound first") for n in cts), cts


def test_coded_surgical_diagnoses_name_the_documented_lesion(reason: Reason) -> None:
    """ICD-10-CM FY2024: a perforated peptic ulcer is K25-K27 with perforation (not
    K63.1); BOAST 10 compartment syndrome is T79.A-; an unstable pelvic ring is
    S32."""
    ulcer = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=70,
            sex="Female",
            vitals=vitals(112, 108, 64, 22, 96),
            one_liner="70 y.o. woman with sudden severe upper abdominal pain",
            ed_note="HPI: known peptic ulcer disease, on naproxen. Sudden severe "
            "epigastric pain 3 hours ago, now all over. Exam: rigid abdomen, "
            "guarding. Erect chest film: free air under the diaphragm.",
        )
    )
    compartment = reason(
        make_case(
            "ARM PAIN",
            age=19,
            sex="Male",
            vitals=vitals(104, 134, 80, 18, 99),
            one_liner="19 y.o. man with a forearm fracture, pain worse in the cast",
            ed_note="HPI: radius and ulna fractures plastered 8 hours ago, pain "
            "escalating despite morphine. Exam: tense forearm compartment, severe "
            "pain on passive stretch of the fingers, altered sensation in the hand.",
        )
    )
    assert _code(ulcer).startswith(("K25", "K26", "K27")), _code(ulcer)
    assert _code(compartment).startswith("T79.A"), _code(compartment)
