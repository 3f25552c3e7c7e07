"""trauma24: injury decision rules, penetrating trauma, burns and safeguarding.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Canadian C-spine rule (Stiell IG et al. JAMA 2001;286:1841) and NICE NG232 2023
  1.4: an alert adult with neck pain after blunt trauma aged 65 or older is imaged
  (CT), whatever the NEXUS criteria say;
- EAST 2016 rib fractures (Galvagno SM et al. J Trauma Acute Care Surg 2016;81:936)
  and Bulger EM et al. J Trauma 2000;48:1040: three or more rib fractures at 65 or
  older are admitted with multimodal analgesia and pulmonary care.

Each scenario asserts safety properties and failed on main before its fix, unless
named a guard.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CSPINE_IMAGING = (r"ct (?:of the )?(?:c-?spine|cervical)", r"cervical spine ct")


def test_older_driver_shunted_from_behind_has_her_neck_imaged(reason: Reason) -> None:
    """A 69-year-old whose stationary car was shunted from behind at traffic lights,
    now a sore neck; alert, no midline tenderness, no deficit. Age 65 or older is a
    high-risk factor of the Canadian C-spine rule (NEXUS was less sensitive in older
    adults): CT of the cervical spine before anyone sends her home."""
    out = reason(
        make_case(
            "neck pain",
            age=69,
            sex="M",
            vitals=vitals(74, 152, 88, 16, 97),
            ed_note="69 yo man, his stationary car was shunted from behind at traffic "
            "lights this morning, seatbelted. Sore neck since, worse turning his "
            "head. Alert and sober, no midline cervical spine tenderness, limbs "
            "neurologically normal, no other injuries.",
        )
    )
    assert O.ordered(out, *_CSPINE_IMAGING), [o.name for o in O.orders(out)]


def test_four_rib_fractures_numbered_on_the_film_at_81_are_admitted(
    reason: Reason,
) -> None:
    """An 81-year-old woman who fell onto the arm of a chair: the film shows the left
    6th, 7th, 8th and 9th ribs broken. Three or more rib fractures at 65 or older:
    multimodal analgesia with a regional block, incentive spirometry and admission
    (EAST 2016; Bulger 2000), not paracetamol and home."""
    out = reason(
        make_case(
            "chest wall pain",
            age=81,
            sex="F",
            vitals=vitals(92, 150, 84, 20, 95),
            ed_note="81 yo woman fell against the arm of a chair two days ago. Left "
            "lateral chest pain, shallow breathing because of the pain. Chest "
            "radiograph: fractured left 6th, 7th, 8th and 9th ribs, lungs clear, no "
            "pneumothorax.",
        )
    )
    assert O.ordered(out, "regional", "serratus", "erector", "epidural"), [
        o.name for o in O.orders(out)
    ]
    assert O.ordered(out, "spirometr"), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition not in ("Discharge", "Observation")


def test_old_man_who_says_his_grandson_hits_him_is_not_sent_home_unprotected(
    reason: Reason,
) -> None:
    """A 78-year-old man with Parkinson's disease, a laceration over the eyebrow; he
    tells the nurse his grandson hits him when he asks for money back, there are
    thumb-print bruises on both forearms and a soiled, neglected appearance. Two red
    flags of elder abuse: safeguarding (protective services referral, the patient
    seen alone, injuries documented) and no discharge back to the suspected abuser
    (Lachs & Pillemer NEJM 2015; Rosen T et al. Clin Geriatr Med 2018)."""
    out = reason(
        make_case(
            "facial laceration",
            age=78,
            sex="M",
            vitals=vitals(88, 138, 80, 16, 97),
            ed_note="78 yo man with Parkinson's disease, lives with his grandson. 3 cm "
            "laceration over the left eyebrow. He tells the nurse that his grandson "
            "hit him when he asked for his pension money back. Finger-mark bruising "
            "on both forearms. Clothes soiled, poor hygiene. Alert, oriented.",
        )
    )
    assert O.ordered(out, "safeguarding", "adult protective"), [
        o.name for o in O.orders(out)
    ]
    assert O.disposition(out).disposition != "Discharge"


def test_bruised_older_woman_with_a_consistent_fall_is_not_labelled_abused(
    reason: Reason,
) -> None:
    """Guard: a 76-year-old on warfarin who tripped on the garden step this morning,
    one bruise on the hip, history consistent, lives with her husband. One ordinary
    bruise after a witnessed fall is no red flag: no safeguarding referral."""
    out = reason(
        make_case(
            "fall",
            age=76,
            sex="F",
            vitals=vitals(80, 142, 78, 16, 98),
            ed_note="76 yo woman on warfarin tripped on the garden step this morning, "
            "witnessed by her husband, landed on her right hip. Walking with a limp. "
            "Bruise over the right greater trochanter. No head strike.",
        )
    )
    assert not O.ordered(out, "safeguarding", "adult protective")


_MASSIVE_TRANSFUSION = ("massive transfusion", "emergency-release", "uncrossmatched")


def test_knife_wound_with_bowel_out_goes_to_laparotomy_without_blood(
    reason: Reason,
) -> None:
    """A 27-year-old knifed in the left flank, a loop of small bowel visible through
    the wound, pulse 90 and BP 126/78. Evisceration after a penetrating abdominal
    wound is an indication for laparotomy (ATLS 10th ed. ch. 5; EAST 2010), with one
    preoperative antibiotic dose (EAST 2012); a haemodynamically normal patient gets
    no massive transfusion protocol (ABC score 1, Nunez 2009)."""
    out = reason(
        make_case(
            "stab wound",
            age=27,
            sex="M",
            vitals=vitals(90, 126, 78, 18, 99),
            ed_note="27 yo man knifed once in the left flank half an hour ago. Loop of "
            "small bowel visible through the 4 cm wound. Observations normal, "
            "alert, talking. Abdomen soft away from the wound.",
        )
    )
    assert O.ordered(out, "laparotomy"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, *_MASSIVE_TRANSFUSION)
    assert O.disposition(out).disposition.startswith("OR")


def test_stable_superficial_abdominal_stab_is_not_sent_to_theatre(
    reason: Reason,
) -> None:
    """A stable 35-year-old with a 1 cm stab wound of the right upper quadrant, no
    evisceration, no peritonism. Selective non-operative management (serial
    examination, CT) is the standard (EAST 2010): no laparotomy ordered on the wound
    alone (a guard), and no massive transfusion protocol for a haemodynamically
    normal patient (this part failed on main)."""
    out = reason(
        make_case(
            "stab wound",
            age=35,
            sex="M",
            vitals=vitals(84, 132, 82, 16, 99),
            ed_note="35 yo man stabbed in the right upper quadrant 1 hour ago, 1 cm "
            "wound, bleeding stopped. Abdomen soft, tender only at the wound, no "
            "peritonism, nothing protruding. Haemodynamically normal.",
        )
    )
    assert not O.ordered(out, "laparotomy")
    assert not O.ordered(out, *_MASSIVE_TRANSFUSION)


_PER_KG_FORMULA = re.compile(r"(?i)\b[234]\s*ml\s*(?:x\s*kg|/\s*kg)")


def test_scalded_toddler_keeps_the_paediatric_parkland_figure(reason: Reason) -> None:
    """A 2-year-old (12 kg) who sat in a bath run too hot: partial-thickness scalds of
    the buttocks and legs, 14 % TBSA. A child over 10 % TBSA gets formal fluids at 3
    mL/kg/%TBSA plus maintenance (ATLS 10th ed. ch. 9; ABA 2022): the order keeps its
    per-kg figure, which is the child's dose, not an adult fixed one."""
    out = reason(
        make_case(
            "scald",
            age=2,
            sex="F",
            vitals=vitals(150, 94, 56, 32, 99),
            ed_note="2 yo girl, 12 kg, lowered into a bath that was too hot 1 hour "
            "ago. Partial-thickness scalds of the buttocks and both legs, 14 % TBSA on "
            "a Lund-Browder chart. Distressed but consolable.",
        )
    )
    fluids = [o.name for o in O.medications(out) if re.search(r"(?i)tbsa", o.name)]
    assert fluids, [o.name for o in O.orders(out)]
    assert all(_PER_KG_FORMULA.search(name) for name in fluids), fluids


def test_encircling_deep_burn_of_the_leg_gets_an_escharotomy(reason: Reason) -> None:
    """A 52-year-old whose trousers caught fire at a bonfire: a white, leathery,
    insensate burn encircling the right lower leg, about 5 % TBSA, the toes dusky
    and cold. A circumferential full-thickness burn is relieved by escharotomy (ATLS
    10th ed. ch. 9; ABA 2022), not a split cast or an orthopaedic fasciotomy first,
    and a 5 % burn needs no formal burn-shock fluids."""
    out = reason(
        make_case(
            "burn",
            age=52,
            sex="M",
            vitals=vitals(100, 142, 86, 18, 99),
            ed_note="52 yo man, trousers caught fire at a bonfire 90 minutes ago. "
            "Circumferential full-thickness burn of the right lower leg (white, "
            "leathery, insensate), about 5 % TBSA. Toes dusky and cold, pain on "
            "passive movement of the toes. No facial burns, no smoke exposure.",
        )
    )
    assert O.ordered(out, "escharotom"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, "split the cast", "backslab")
    assert not O.medication_ordered(out, "%tbsa", "parkland")


def test_plastered_forearm_with_escalating_pain_is_high_risk_at_triage(
    reason: Reason,
) -> None:
    """A 34-year-old whose forearm fracture was put in plaster yesterday, back with
    escalating pain in the forearm and hand. Rising pain in a limb in a cast is the
    earliest symptom of compartment syndrome (BOAST 10, 2016): a high-risk situation
    at triage, ESI 2 or higher (ESI v4 handbook ch. 4), not a cast check."""
    out = reason(
        make_case(
            "arm pain",
            age=34,
            sex="F",
            vitals=vitals(96, 128, 80, 18, 99),
            one_liner="34 y.o. female with a forearm fracture in a plaster cast since "
            "yesterday, now escalating pain in the forearm and hand",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_cast_check_with_settling_pain_is_not_high_risk(reason: Reason) -> None:
    """Guard: a 40-year-old back for a routine check of a wrist fracture in plaster,
    pain settling on paracetamol. No escalating pain: not a compartment-syndrome
    high-risk situation (ESI 3-5)."""
    out = reason(
        make_case(
            "cast check",
            age=40,
            sex="M",
            vitals=vitals(72, 126, 78, 14, 99),
            one_liner="40 y.o. male with a wrist fracture in plaster for a routine "
            "cast check, pain settling on paracetamol",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi


_HEAD_CT = (r"ct (?:of the )?head", r"head ct", r"ct brain")


def test_infant_off_the_changing_table_with_an_occipital_lump_is_observed_or_scanned(
    reason: Reason,
) -> None:
    """An 11-month-old who rolled off a changing table (about 1 m) onto tiles: a
    boggy occipital swelling, alert and feeding. Under 2 years, a non-frontal scalp
    haematoma and a fall over 0.9 m are PECARN intermediate-risk factors: observation
    in the department or CT (Kuppermann 2009), not discharge on paracetamol alone."""
    out = reason(
        make_case(
            "head injury",
            age=0,
            sex="M",
            vitals=vitals(128, 92, 58, 30, 99),
            demographics={"age_days": 335},
            ed_note="11-month-old boy rolled off a changing table about 1 m onto a "
            "tiled floor 40 minutes ago, cried at once. Boggy occipital swelling "
            "3 cm. Alert, feeding, GCS 15, fontanelle soft.",
        )
    )
    assert O.ordered(out, r"observ\w* (?:\w+ ){0,4}neuro", *_HEAD_CT), [
        o.name for o in O.orders(out)
    ]


def test_drowsy_toddler_after_a_fall_gets_a_head_ct(reason: Reason) -> None:
    """Guard: a 3-year-old who fell down the stairs, now drowsy with GCS 14.
    Altered mental status is PECARN high risk at any age (ciTBI about 4 %): CT head
    (Kuppermann 2009)."""
    out = reason(
        make_case(
            "fall",
            age=3,
            sex="F",
            vitals=vitals(110, 98, 60, 24, 99),
            ed_note="3 yo girl fell down a flight of stairs at home and hit her head "
            "1 hour ago. Now drowsy, GCS 14, vomited once. Frontal bruise.",
        )
    )
    assert O.ordered(out, *_HEAD_CT), [o.name for o in O.orders(out)]


def test_school_child_bumped_forehead_at_play_has_no_ct(reason: Reason) -> None:
    """Guard: a 9-year-old who bumped foreheads with a classmate, no loss of
    consciousness, no vomiting, mild headache, acting normally, GCS 15: PECARN low
    risk, no CT (Kuppermann 2009; ALARA)."""
    out = reason(
        make_case(
            "head injury",
            age=9,
            sex="M",
            vitals=vitals(88, 108, 66, 18, 99),
            ed_note="9 yo boy bumped foreheads with a classmate in the playground this "
            "morning. No loss of consciousness, no vomiting, mild headache only, "
            "behaving normally. GCS 15, small frontal bruise, neurology normal.",
        )
    )
    assert not O.ordered(out, *_HEAD_CT)
