"""triage54 (session 54): what triage is told at the door, and levels from the manuals.

Written from guidelines, never from rows of the shared data. Triage reads the
complaint, the vitals and the presenting part of the one-liner:

- the triage history (ESI v4 handbook ch.2 and ch.4: past history and the
  pre-hospital report): a cancer "newly diagnosed" or "diagnosed last month" before
  this visit, chemotherapy started days ago, glucose or adrenaline given by the crew
  or a parent before arrival are told at triage, not learned in the ED: a febrile
  patient on chemotherapy is high risk (NICE NG151/CG151: antibiotics within 1 h),
  a known cancer with a swollen face and neck is a superior vena cava obstruction
  (Wilson LD et al. NEJM 2007), and a hypoglycaemia treated before arrival with the
  patient now alert needs no dextrose now (handbook ch.3: level 1 is an immediate
  intervention; ADA 2024 s.6);
- a young child's breath-holding spell, provoked and recovered, is diagnosed from
  the history (Leung AKC et al. Curr Pediatr Rev 2019; DiMario FJ. Pediatrics 2001):
  no flaccid infant now (handbook Table 3-3) and at most one resource (ESI 4);
- the rule of nines (ATLS 10th ed. ch. 9): the back of a hand is the hand, not the
  back of the trunk: a 2 cm hand scald is no major burn (ABA 2022 refers a hand
  burn; it does not resuscitate it);
- an older adult's distended abdomen without flatus (large-bowel obstruction,
  sigmoid volvulus) is a high-risk acute abdomen (handbook Table 3-1; Tian BWCA et
  al. WSES 2023 sigmoid volvulus: CT and decompression without delay);
- the CTAS/KTAS pain modifier grades the patient's own rating (CTAS 2016, Bullard
  2017: central acute pain 8-10 is level 2), also when the triage text words it.

Properties (level bounds, orders absent), not strings. Research software, not for
clinical use.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios._story import at_triage as _run
from tests.scenarios.conftest import Reason, recorded_vitals

# --- the triage history: a diagnosis before this visit, a pre-hospital treatment ---


def test_fever_on_chemotherapy_after_newly_diagnosed_is_esi_2(reason: Reason) -> None:
    """A woman with a leukaemia newly diagnosed and chemotherapy started a week ago,
    now feverish: suspected neutropenic sepsis, high risk (NICE NG151)."""
    out = _run(
        reason,
        "FEVER",
        51,
        "F",
        recorded_vitals(94, 120, 74, 18, 98, 38.3),
        "51 yo woman with newly diagnosed acute lymphoblastic leukaemia, began "
        "chemotherapy 7 days ago, presents with fever and rigors",
        "t54-chemo-fever",
    )
    assert O.triage(out).esi <= 2


def test_swollen_face_with_a_cancer_diagnosed_last_month_is_esi_2(
    reason: Reason,
) -> None:
    """A cancer diagnosed last month and a swollen face and neck, worse lying flat:
    superior vena cava obstruction until shown otherwise (Wilson 2007; UKONS)."""
    out = _run(
        reason,
        "FACIAL SWELLING",
        66,
        "F",
        recorded_vitals(96, 138, 84, 20, 95, 36.8),
        "66-year-old woman diagnosed with small cell lung cancer last month, "
        "presenting with a puffy face and swollen neck, breathless lying flat",
        "t54-svco",
    )
    assert O.triage(out).esi <= 2


def test_hypoglycaemia_treated_by_the_crew_and_now_alert_is_not_esi_1(
    reason: Reason,
) -> None:
    """Glucose given by the paramedics, now alert: no dextrose is due now, so no
    decision point A (handbook ch.3); the sulfonylurea keeps him at 2-3."""
    out = _run(
        reason,
        "HYPOGLYCEMIA",
        63,
        "M",
        recorded_vitals(82, 142, 84, 16, 98, 36.6),
        "63-year-old man on glipizide found sweaty and confused by his daughter, "
        "given IV dextrose by paramedics, now alert and chatting",
        "t54-hypo-recovered",
    )
    assert 2 <= O.triage(out).esi <= 3


def test_hypoglycaemia_still_confused_stays_esi_1(reason: Reason) -> None:
    """Guard: a hypoglycaemia with confusion now still needs dextrose now (ESI 1)."""
    out = _run(
        reason,
        "HYPOGLYCEMIA",
        63,
        "M",
        recorded_vitals(88, 140, 82, 16, 98, 36.5),
        "63-year-old man on glipizide, sweaty and confused, glucose 38 mg/dL",
        "t54-hypo-now",
    )
    assert O.triage(out).esi == 1


# --- a breath-holding spell ---


def test_child_back_to_herself_after_a_breath_holding_spell_is_esi_4_or_5(
    reason: Reason,
) -> None:
    """Went blue and limp for seconds after a tantrum, cried and was back to herself,
    now playing: no flaccid infant now, and history and examination (Leung 2019)."""
    out = _run(
        reason,
        "BREATH HOLDING",
        2,
        "F",
        recorded_vitals(116, None, None, 26, 99, 36.8),
        "2-year-old girl in a tantrum held her breath, turned blue and limp for a few "
        "seconds, then cried and was back to herself; now playing",
        "t54-bhs-told",
    )
    assert O.triage(out).esi >= 4


def test_recovered_breath_holding_spell_is_esi_4_or_5(reason: Reason) -> None:
    """A breath-holding spell at nursery, fully recovered: at most one resource."""
    out = _run(
        reason,
        "BREATH HOLDING SPELL",
        1,
        "M",
        recorded_vitals(120, None, None, 28, 99, 36.9),
        "18-month-old boy after a breath-holding spell when his toy was taken, fully "
        "recovered",
        "t54-bhs-complaint",
    )
    assert O.triage(out).esi >= 4


def test_infant_still_floppy_stays_esi_1(reason: Reason) -> None:
    """Guard: a floppy infant now (not told recovered) is a flaccid infant (ESI 1)."""
    out = _run(
        reason,
        "LETHARGY",
        0,
        "M",
        recorded_vitals(176, None, None, 50, 96, 37.2),
        "4-month-old boy floppy and not feeding since this morning",
        "t54-floppy-now",
        demographics={"age_days": 122},
    )
    assert O.triage(out).esi == 1


# --- a small hand scald is no major burn ---

_PARKLAND = re.compile(r"(?i)ringer|parkland|ml x kg")


def test_small_scald_on_the_back_of_the_hand_is_no_major_burn(
    reason: Reason,
) -> None:
    """A 2 cm blistered scald on the back of the hand: ESI 3-5, no burn-shock fluids
    (ATLS rule of nines: the back of the hand is the hand)."""
    out = _run(
        reason,
        "BURN",
        35,
        "F",
        recorded_vitals(86, 126, 78, 16, 99, 36.7),
        "35-year-old woman scalded the back of her left hand with water from the "
        "kettle, one blister about 2 cm, pain 5/10",
        "t54-hand-scald",
    )
    assert O.triage(out).esi >= 3
    t = O.treatment(out)
    assert t is not None
    assert not any(_PARKLAND.search(o.name) for o in t.orders)


# --- an older adult's large-bowel obstruction ---


def test_older_adult_distended_without_flatus_is_esi_2(reason: Reason) -> None:
    """83-year-old, belly swollen and tight for two days, no wind passed, vomiting,
    normal vitals: a high-risk acute abdomen in an older adult (handbook Table 3-1)."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        83,
        "M",
        recorded_vitals(90, 136, 80, 18, 96, 36.9),
        "83-year-old man with 2 days of a tight swollen belly, no wind passed since "
        "yesterday, vomited twice",
        "t54-lbo",
    )
    assert O.triage(out).esi <= 2


def test_known_sigmoid_volvulus_again_distended_is_esi_2(reason: Reason) -> None:
    """A known sigmoid volvulus, distended again and unable to pass wind (WSES 2023:
    decompression without delay)."""
    out = _run(
        reason,
        "SIGMOID VOLVULUS",
        77,
        "F",
        recorded_vitals(88, 130, 78, 18, 96, 36.8),
        "77-year-old woman with recurrent sigmoid volvulus, abdomen distended again "
        "and unable to pass wind since last night",
        "t54-volvulus",
    )
    assert O.triage(out).esi <= 2


def test_constipation_passing_wind_is_not_esi_2(reason: Reason) -> None:
    """Guard: no bowel opening for days but passing wind, mild discomfort, at 70:
    constipation, not an obstruction."""
    out = _run(
        reason,
        "CONSTIPATION",
        70,
        "F",
        recorded_vitals(78, 136, 80, 14, 98, 36.7),
        "70-year-old woman has not opened her bowels for 4 days, still passing wind, "
        "eating normally, mild discomfort",
        "t54-constipation",
    )
    assert O.triage(out).esi >= 3


# --- the KTAS pain modifier reads a worded rating ---


def test_ktas_renal_colic_rated_9_in_words_is_level_2(reason: Reason) -> None:
    """Flank pain rated 9/10 in the triage text, no charted score: central acute
    severe pain, KTAS 2 (CTAS 2016 pain modifier; KTAS the same table)."""
    out = _run(
        reason,
        "FLANK PAIN",
        37,
        "M",
        recorded_vitals(94, 146, 88, 18, 99, 36.8),
        "37-year-old man with sudden right loin pain into the groin, 9/10, cannot keep "
        "still",
        "t54-ktas-colic",
        triage_scale="KTAS",
    )
    tri = O.triage(out)
    assert tri.site_level is not None and tri.site_level <= 2


# --- requests: a threatened airway, a settled nosebleed on warfarin, a dislocation ---


def test_tongue_swelling_with_a_thick_voice_on_an_ace_inhibitor_is_esi_2(
    reason: Reason,
) -> None:
    """Tongue and lips swelling on an ACE inhibitor with the voice thickening: the
    airway is threatened (Ishoo 1999 stage III-IV; handbook ch.3-4): ESI 1-2."""
    out = _run(
        reason,
        "FACIAL SWELLING",
        67,
        "F",
        recorded_vitals(90, 148, 86, 18, 97, 36.6),
        "67-year-old woman on lisinopril, tongue and lips swelling up since this "
        "morning, voice thick",
        "t54-acei-tongue",
    )
    assert O.triage(out).esi <= 2


def test_nosebleed_stopped_on_warfarin_is_not_esi_2(reason: Reason) -> None:
    """A nosebleed stopped with pressure, normal vitals, on warfarin: first-line care
    and an INR (AAO-HNS 2020), ESI 3-4, not a high-risk bleed."""
    out = _run(
        reason,
        "EPISTAXIS",
        74,
        "F",
        recorded_vitals(84, 150, 88, 16, 98, 36.6),
        "74-year-old woman on warfarin with a nosebleed that has stopped with pressure",
        "t54-nose-warfarin",
    )
    assert 3 <= O.triage(out).esi <= 4


def test_nosebleed_still_bleeding_on_warfarin_stays_esi_2(reason: Reason) -> None:
    """Guard: an anticoagulated nosebleed still bleeding through pressure stays 2."""
    out = _run(
        reason,
        "EPISTAXIS",
        74,
        "F",
        recorded_vitals(92, 150, 88, 16, 98, 36.6),
        "74-year-old woman on apixaban with a nosebleed for an hour, still bleeding "
        "despite pressure",
        "t54-nose-active",
    )
    assert O.triage(out).esi <= 2


def test_shoulder_out_after_a_fall_is_esi_3(reason: Reason) -> None:
    """'Shoulder out' after a fall onto the arm: an x-ray and a reduction under
    procedural sedation, two resources (handbook ch.5; BESS/BOA 2015)."""
    out = _run(
        reason,
        "SHOULDER INJURY",
        31,
        "M",
        recorded_vitals(98, 136, 82, 16, 99, 36.7),
        "31-year-old man fell on his outstretched hand skiing, says his shoulder "
        "is out",
        "t54-shoulder-out",
    )
    assert O.triage(out).esi <= 3


def test_type_1_diabetic_vomiting_and_breathless_is_esi_2(reason: Reason) -> None:
    """A type 1 diabetic vomiting and breathless after an operation: DKA until the
    ketones say otherwise (JBDS-IP 2023; medgi54's request)."""
    out = _run(
        reason,
        "VOMITING",
        55,
        "M",
        recorded_vitals(116, 110, 66, 24, 97, 37.0),
        "55M with type 1 diabetes, three days after a hip operation, vomiting and "
        "short of breath",
        "t54-t1-breathless",
    )
    assert O.triage(out).esi <= 2


def test_pregnant_type_1_diabetic_vomiting_is_esi_2(reason: Reason) -> None:
    """A pregnant woman with type 1 diabetes vomiting: DKA develops at lower glucose
    and threatens the fetus (JBDS-IP 2017 DKA in pregnancy)."""
    out = _run(
        reason,
        "VOMITING",
        31,
        "F",
        recorded_vitals(104, 112, 66, 20, 98, 37.0),
        "31F 29 weeks pregnant with type 1 diabetes, vomiting since last night",
        "t54-t1-pregnant",
    )
    assert O.triage(out).esi <= 2


def test_pregnant_woman_not_diabetic_vomiting_is_not_dka(reason: Reason) -> None:
    """Guard: "not diabetic" names no diabetes: an early pregnancy's vomiting with
    normal vitals is no DKA pattern (hyperemesis is graded by its own findings)."""
    out = _run(
        reason,
        "VOMITING",
        27,
        "F",
        recorded_vitals(82, 116, 72, 16, 99, 36.8),
        "27F 9 weeks pregnant, vomiting for 2 days, not diabetic, keeping sips down",
        "t54-not-diabetic",
    )
    assert not any("DKA" in r for r in O.triage(out).red_flags)


def test_paint_spray_gun_injection_into_a_finger_is_esi_2(reason: Reason) -> None:
    """A paint spray gun fired into a finger: a high-pressure injection injury, a
    surgical emergency behind a pinhole (Hogan & Ruland 2006; trauma54's request)."""
    out = _run(
        reason,
        "FINGER INJURY",
        29,
        "M",
        recorded_vitals(82, 130, 78, 14, 99, 36.7),
        "29M decorator, an airless paint spray gun went off into his left index finger",
        "t54-injection",
    )
    assert O.triage(out).esi <= 2


def test_fingers_blue_and_numb_after_a_night_in_the_cold_is_esi_2(
    reason: Reason,
) -> None:
    """Fingers blue-black and numb after a night out in sub-zero cold: deep frostbite
    within the thrombolysis window (WMS 2019; trauma54's request)."""
    out = _run(
        reason,
        "COLD INJURY",
        45,
        "F",
        recorded_vitals(88, 128, 78, 16, 98, 36.2),
        "45F hillwalker, fingers grey-blue and numb after a night on the mountain",
        "t54-frostbite",
    )
    assert O.triage(out).esi <= 2


def test_systolic_far_below_the_usual_is_esi_2(reason: Reason) -> None:
    """An 84-year-old off her legs, systolic 100 against a usual 150s: more than 40
    below normal, NICE NG51 high risk (infect54's request)."""
    out = _run(
        reason,
        "GENERALLY UNWELL",
        84,
        "F",
        recorded_vitals(96, 100, 56, 20, 95, 37.3),
        "84F care-home resident off her legs and not eating, her BP is usually 150s",
        "t54-relative-hypotension",
    )
    assert O.triage(out).esi <= 2
