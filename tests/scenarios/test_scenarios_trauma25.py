"""trauma25: spinal fractures on imaging, haemorrhage treatment, children's necks,
burn referral and trauma in pregnancy.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- NICE NG41 2016 spinal injury (CT for a suspected thoracolumbar injury; spinal
  precautions and a spine surgeon for a fracture; image the rest of the spine) and
  ATLS 10th ed. ch. 7; TLICS (Vaccaro AR et al. Spine 2005;30:2325).

Each scenario asserts safety properties and failed on main before its fix, unless
named a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_SPINE_CARE = (r"spinal precautions|log-?roll", r"spine surg|spinal (?:team|surg)")


def test_l1_burst_fracture_after_a_fall_from_a_roof_is_not_sent_home(
    reason: Reason,
) -> None:
    """A roofer fell 4 m onto his buttocks; CT shows an L1 burst fracture with
    fragments retropulsed into the canal, legs neurologically normal. A burst
    fracture may be unstable: spinal precautions, a spine surgeon and admission
    (NICE NG41 2016; TLICS), not analgesia and home."""
    out = reason(
        make_case(
            "back pain",
            age=39,
            sex="M",
            vitals=vitals(96, 136, 82, 18, 98),
            ed_note="39 yo roofer slipped and fell about 4 metres, landing on his "
            "buttocks, 3 hours ago. Severe low back pain at the thoracolumbar "
            "junction. Legs: full power, normal sensation and reflexes, perineal "
            "sensation intact. CT lumbar spine: L1 burst fracture with retropulsion "
            "of a posterior fragment narrowing the canal by 25 %.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, _SPINE_CARE[0]), names
    assert O.ordered(out, _SPINE_CARE[1]), names
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert (out.final.icd10 or "").startswith(("S32.0", "S22.0")), out.final.icd10


def test_pregnant_woman_thrown_against_the_steering_wheel_is_named_an_abruption(
    reason: Reason,
) -> None:
    """At 33 weeks she hit the steering wheel in a shunt; now constant lower
    abdominal pain, a tender, irritable uterus and dark bleeding per vaginam. That is
    placental abruption (RCOG Green-top 63; ACOG): the diagnosis the obstetric orders
    treat, not a bruise of the abdominal wall."""
    out = reason(
        make_case(
            "car accident",
            age=34,
            sex="F",
            vitals=vitals(102, 116, 70, 18, 99),
            ed_note="34 yo, 33 weeks pregnant with her second child, was the driver "
            "in a car that went into the back of a van 90 minutes ago; her abdomen "
            "struck the steering wheel. Constant lower abdominal pain since, and "
            "dark red blood per vaginam. The uterus is tender and irritable. Fetal "
            "heart 140 on the handheld Doppler. No other injury.",
        )
    )
    assert (out.final.icd10 or "").startswith("O45"), (out.final.icd10, out.final)


def test_well_woman_at_26_weeks_after_a_slip_keeps_abruption_open(
    reason: Reason,
) -> None:
    """26 weeks pregnant, slipped on an icy step and landed on her side; no pain, no
    bleeding, baby moving. Abruption can follow minor trauma and show late: from 20
    weeks at least 4 h of cardiotocography, and the abruption stays on the
    differential until that monitoring is done (ACOG CO 775; RCOG GTG 63)."""
    out = reason(
        make_case(
            "fall",
            age=28,
            sex="F",
            vitals=vitals(84, 114, 68, 16, 99),
            ed_note="28 yo, 26 weeks pregnant, slipped on an icy step this morning and "
            "landed on her right side. Sore right hip. No abdominal pain, no bleeding "
            "or leaking, feels the baby moving. Abdomen soft, uterus non-tender.",
        )
    )
    assert O.ordered(out, r"cardiotocograph|fetal monitor"), O.orders(out)
    open_dx = [
        d.diagnosis
        for d in out.final.ledger
        if d.status in ("cannot_exclude", "ruled_in")
    ]
    assert any("placenta" in d.lower() for d in open_dx), open_dx


_TXA = r"tranexamic|\btxa\b"


def test_knife_wound_to_the_back_with_normal_observations_gets_no_tranexamic_acid(
    reason: Reason,
) -> None:
    """Stabbed once in the lower back an hour ago, walked in; pulse 84, BP 128/78,
    no active bleeding, no free fluid. CRASH-2 gave tranexamic acid to injured adults
    who were bleeding or at risk of significant haemorrhage (SBP < 90, HR > 110):
    this man is neither, and he needs imaging and observation, not an antifibrinolytic
    (CRASH-2, Lancet 2010;376:23)."""
    out = reason(
        make_case(
            "stab wound",
            age=33,
            sex="M",
            vitals=vitals(84, 128, 78, 16, 99),
            ed_note="33 yo man stabbed once in the right lower back with a small knife "
            "an hour ago, walked into the department. 1.5 cm wound over the right "
            "paraspinal muscles, not bleeding. Abdomen soft and non-tender. Chest "
            "clear. Pulse and blood pressure steady on repeat.",
        )
    )
    assert not O.ordered(out, _TXA), [o.name for o in O.orders(out)]


def test_guard_stabbed_man_in_shock_still_gets_tranexamic_acid(reason: Reason) -> None:
    """Guard: a stab wound to the flank with BP 82/50 and pulse 130 is haemorrhagic
    shock; tranexamic acid within 3 h stays (CRASH-2)."""
    out = reason(
        make_case(
            "stab wound",
            age=29,
            sex="M",
            vitals=vitals(130, 82, 50, 26, 97),
            ed_note="29 yo man stabbed in the left flank 40 minutes ago. Pale, sweaty, "
            "cool peripheries. Wound oozing. Abdomen tender.",
        )
    )
    assert O.ordered(out, _TXA), [o.name for o in O.orders(out)]


_CSPINE_IMAGING = (
    r"(?:ct|x-?ray|radiograph\w*|mri) (?:of the )?(?:c-?spine|cervical)",
    r"(?:c-?spine|cervical spine) (?:ct|x-?ray|radiograph\w*|mri|imaging)",
)


def test_seven_year_old_with_a_sore_neck_after_a_trampoline_fall_has_it_imaged(
    reason: Reason,
) -> None:
    """A 7-year-old came off a trampoline onto his head and shoulders and says his
    neck hurts; alert, moving everything. Neck pain is a PECARN cervical spine injury
    factor; the Canadian C-spine rule does not apply under 16 and NEXUS enrolled few
    young children: immobilise and image (Leonard 2011; NICE NG232)."""
    out = reason(
        make_case(
            "fall",
            age=7,
            sex="M",
            vitals=vitals(104, 104, 64, 22, 99),
            ed_note="7 yo boy bounced off the neighbours' trampoline an hour ago and "
            "landed on his head and shoulders on the lawn. Cried at once. Says his "
            "neck hurts at the back. Alert, GCS 15, moves all four limbs, normal "
            "sensation. Weight 24 kg.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, *_CSPINE_IMAGING), names
    assert O.ordered(out, r"collar|immobili|in-line"), names


def test_blistered_cooking_oil_burn_of_the_face_is_referred_to_the_burn_service(
    reason: Reason,
) -> None:
    """Hot oil spat from a wok onto a cook's face and neck: blistered
    partial-thickness burns, about 3 % TBSA, eyes spared. Small, but the face is a
    special area: the ABA refers any partial-thickness burn of the face, hands,
    feet, genitalia, perineum or a major joint to a burn centre (ABA 2022)."""
    out = reason(
        make_case(
            "burn",
            age=45,
            sex="M",
            vitals=vitals(90, 134, 82, 16, 99),
            ed_note="45 yo restaurant cook, hot oil spat out of a wok 40 minutes ago "
            "onto the left side of his face and neck. Blistered partial-thickness "
            "burns of the left cheek, jaw and neck, about 3 % TBSA. Eyes spared, no "
            "singed nasal hairs, voice normal. Cooled under the tap at work.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"burns? cent|burns? unit|burns? service"), names


def test_stable_stab_wound_of_the_loin_gets_ct_and_serial_examination(
    reason: Reason,
) -> None:
    """A knife wound of the right loin in a man with normal observations and a soft
    abdomen: the colon, kidney and duodenum lie behind it. Selective nonoperative
    management is CT with contrast and serial examination by the surgeons (EAST
    2010), not discharge on a negative look, and not theatre on the wound alone."""
    out = reason(
        make_case(
            "stab wound",
            age=24,
            sex="M",
            vitals=vitals(80, 126, 76, 14, 99),
            ed_note="24 yo man stabbed once in the right loin 30 minutes ago. 2 cm "
            "wound, not bleeding. Abdomen soft, no guarding, no peritonism. No blood "
            "in the urine on dipstick. Observations normal and steady.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"ct (?:of the )?abdomen|ct abd"), names
    assert not O.ordered(out, "laparotomy"), names
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
