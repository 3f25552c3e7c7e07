"""ESI triage by the handbook: baseline confusion, reflux and non-ischaemic chest pain,
a complex procedure, a febrile child with a source, a normal gait (esi35).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition): ch.4 makes *new* confusion, lethargy or disorientation high risk, and
chest pain *suspicious for ACS*; ch.5 Table 5-1 counts a complex procedure (procedural
sedation) as two resources and oral medication, simple wound care and a splint as none;
ch.6 considers ESI 3 for a child of 3-36 months above 39 C only with incomplete
immunisations or no obvious source. AHA/ACC 2021 chest pain guideline (Gulati M et al.
Circulation 2021;144:e368, Figure 2): pain lasting seconds or brought on by twisting or
pressing on the chest is non-ischaemic; older adults, women and people with diabetes
present atypically. ACG 2022 GERD (Katz PO et al.): typical reflux is treated
empirically. Each vignette is written for this file from those sources, never from
shared-file rows; guards keep the high-risk forms at their level.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios._esi_vignette import vignette_case, vignette_esi
from tests.scenarios._orders import ordered
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi35")


# --- decision point B: confusion that is the patient's baseline ---


def test_usual_confused_self_is_no_new_confusion(reason: Reason) -> None:
    """Ch.4 asks for *new* confusion; a dementia resident 'her usual confused self'
    per the carers is at baseline (CTAS grades the level against the baseline)."""
    level = _esi(
        reason,
        "An 88-year-old woman with Alzheimer's disease is sent from her nursing home"
        " with a sore red left ear for two days; the carer says she is her usual"
        " confused self. BP 142/80, HR 80, RR 16, SpO2 96%, T 37.4 C.",
    )
    assert level >= 3


def test_more_confused_than_usual_stays_level_2(reason: Reason) -> None:
    """Guard, ch.4: confusion worse than the usual is new confusion."""
    level = _esi(
        reason,
        "An 86-year-old man with dementia is much more confused than usual since"
        " yesterday and not eating, says his son. BP 128/74, HR 96, RR 18, SpO2 95%,"
        " T 37.9 C.",
    )
    assert level <= 2


# --- decision point B: chest pain suspicious for ACS ---


def test_known_reflux_recurring_at_fifty_is_not_acs(reason: Reason) -> None:
    """Ch.4 (suspicious for ACS), ACG 2022: a 50-year-old's own known reflux, typical
    and eased by antacids, without risk factors or an ACS feature, is not high risk;
    HEART's age band scores risk once ACS is suspected, it is not the suspicion."""
    level = _esi(
        reason,
        "A 50-year-old woman with known GERD has her usual heartburn after a curry,"
        " worse lying flat, settles with Gaviscon. No sweating, no breathlessness."
        " BP 126/78, HR 74, RR 14, SpO2 99%.",
    )
    assert level >= 3


def test_usual_heartburn_in_a_diabetic_stays_level_2(reason: Reason) -> None:
    """Guard, AHA/ACC 2021: heartburn in a person with diabetes may be an anginal
    equivalent; a cardiac risk factor keeps it suspicious for ACS."""
    level = _esi(
        reason,
        "A 56-year-old man with type 2 diabetes and known reflux has his usual"
        " heartburn after dinner, eased a little by antacids. BP 150/90, HR 86, RR 16,"
        " SpO2 98%.",
    )
    assert level <= 2


def test_usual_heartburn_at_seventy_stays_level_2(reason: Reason) -> None:
    """Guard, AHA/ACC 2021: older adults present atypically; from 65 a 'usual
    heartburn' is still suspicious for ACS."""
    level = _esi(
        reason,
        "A 71-year-old woman with known reflux has her usual heartburn after meals,"
        " eased by antacids. BP 138/80, HR 78, RR 16, SpO2 97%.",
    )
    assert level <= 2


def test_chest_pain_lasting_seconds_on_twisting_is_not_acs(reason: Reason) -> None:
    """AHA/ACC 2021 Figure 2: sharp pain lasting seconds when twisting is a
    non-ischaemic descriptor; not chest pain suggestive of ACS (ch.4)."""
    level = _esi(
        reason,
        "A 47-year-old man has had a sharp chest pain for two weeks that lasts a few"
        " seconds when he twists to reach the back seat of his car. BP 132/84, HR 76,"
        " RR 14, SpO2 99%.",
    )
    assert level >= 3


def test_chest_pain_on_bending_with_arm_radiation_stays_level_2(
    reason: Reason,
) -> None:
    """Guard, AHA/ACC 2021: radiation to the arm keeps a chest pain suspicious for
    ACS whatever else is worded."""
    level = _esi(
        reason,
        "A 58-year-old man has chest pain when he bends to tie his shoes that goes"
        " down his left arm, for the last hour. BP 152/92, HR 90, RR 18, SpO2 97%.",
    )
    assert level <= 2


# --- decision point C: Table 5-1 ---


def test_laceration_needing_sedation_is_two_resources(reason: Reason) -> None:
    """Table 5-1: a complex procedure (procedural sedation) counts as two resources:
    a toddler's laceration repaired under sedation is ESI 3."""
    level = _esi(
        reason,
        "A 3-year-old boy fell against the coffee table and has a 2 cm gaping cut on"
        " his eyebrow; he is too upset to hold still and will need sedation to have it"
        " closed. HR 118, RR 24, SpO2 99%.",
    )
    assert level <= 3


def test_laceration_glued_without_sedation_stays_one_resource(reason: Reason) -> None:
    """Guard, Table 5-1: a simple repair without sedation is one resource (ESI 4)."""
    level = _esi(
        reason,
        "A 7-year-old girl has a 1.5 cm gaping cut on her chin from a fall at school;"
        " she is calm and it can be closed without sedation. HR 96, RR 20, SpO2 99%.",
    )
    assert level >= 4


def test_immunised_toddler_with_a_cold_above_39_is_judged_by_resources(
    reason: Reason,
) -> None:
    """Ch.6: above 39 C a child of 3-36 months is considered for ESI 3 only with
    incomplete immunisations or no obvious source; a fully immunised, playful toddler
    with a cold is judged by resources (oral antipyretic: none)."""
    level = _esi(
        reason,
        "A 20-month-old boy is brought in with a fever of 39.5 C since yesterday and"
        " a runny nose; fully immunised, playful and drinking. HR 148, RR 32,"
        " SpO2 98%.",
    )
    assert level >= 4


def test_febrile_toddler_without_immunisations_stays_level_3(reason: Reason) -> None:
    """Guard, ch.6: incomplete immunisations: consider ESI 3 above 39 C."""
    level = _esi(
        reason,
        "A 2-year-old girl is brought in with a fever of 39.4 C since last night and a"
        " runny nose; her parents chose not to vaccinate her. Playful and drinking."
        " HR 140, RR 30, SpO2 98%.",
    )
    assert level <= 3


def test_febrile_four_month_old_above_39_stays_level_3(reason: Reason) -> None:
    """Guard, NICE NG143: 39 C or more at 3-6 months is an amber feature; the
    immunised-with-a-source reading starts at 6 months."""
    level = _esi(
        reason,
        "A 4-month-old boy is brought in with a fever of 39.2 C and a runny nose;"
        " fully immunised, feeding well. HR 150, RR 36, SpO2 98%.",
    )
    assert level <= 3


def test_back_strain_walking_normally_is_no_limp(reason: Reason) -> None:
    """Table 5-1 / ACP 2017: acute low back pain without a red flag is treated by
    mouth (no resource); 'walks normally' is a normal gait, not a limp complaint."""
    level = _esi(
        reason,
        "A 33-year-old woman has had a sore lower back since moving house two days"
        " ago; pain 4/10, walks normally, no numbness, no bladder problems. BP 118/76,"
        " HR 74, RR 14, SpO2 99%.",
    )
    assert level == 5


# --- the brief's leftovers: gout, an ingrowing toenail, leg and hand wounds ---


def _run(reason: Reason, text: str) -> ReasoningOutput:
    return reason(vignette_case(text, "scenario", "esi35"))


def test_known_gout_typical_flare_needs_no_resource(reason: Reason) -> None:
    """ACR 2020 gout; EULAR 2018 diagnosis: a known gout's typical afebrile flare is
    diagnosed clinically and treated by mouth (Table 5-1: no resource, ESI 5); the
    trace treats gout, not a sprain or an unspecified limb pain."""
    out = _run(
        reason,
        "A 63-year-old man with known gout has had a red, swollen, exquisitely tender"
        " big toe since he woke up, the same as his previous attacks; no injury, no"
        " fever. BP 142/86, HR 78, RR 14, SpO2 98%, T 37.0 C.",
    )
    assert out.final.esi == 5
    assert ordered(out, "colchicine", "prednisolone", "naproxen")


def test_known_gout_with_fever_in_the_knee_stays_worked_up(reason: Reason) -> None:
    """Guard, BSR/BOA 2006: a hot joint with fever is septic until aspirated, gout
    or not (two resources: ESI 3 or higher acuity)."""
    level = _esi(
        reason,
        "A 70-year-old man with known gout has a hot, swollen right knee since"
        " yesterday and feels shivery. BP 132/78, HR 98, RR 18, SpO2 97%, T 38.6 C.",
    )
    assert level <= 3


def test_mild_ingrowing_toenail_is_conservative(reason: Reason) -> None:
    """NICE CKS 2023: a mild ingrowing toenail (redness at the nail fold, no pus or
    granulation, no spreading infection) is treated conservatively: no resource, and
    no antihistamine or rash protocol."""
    out = _run(
        reason,
        "A 19-year-old woman has a sore ingrown toenail on her left big toe for five"
        " days, a little red at the side of the nail, no pus. HR 74, RR 14, SpO2 99%.",
    )
    assert out.final.esi == 5
    assert not ordered(out, "cetirizine")
    assert ordered(out, "soak", "nail avulsion", "podiatry")


def test_ingrowing_toenail_with_pus_for_removal_is_one_procedure(
    reason: Reason,
) -> None:
    """Guard, NICE CKS 2023 / Table 5-1: pus and a request for removal: partial
    nail avulsion under a digital block, a simple procedure (ESI 4)."""
    level = _esi(
        reason,
        "A 40-year-old man has an ingrowing toenail with pus at the side of the nail"
        " for the third time this year and wants it removed. BP 128/80, HR 78, RR 14,"
        " SpO2 99%.",
    )
    assert level == 4


def test_shin_laceration_gets_no_hand_surgery(reason: Reason) -> None:
    """Dunkin 2003 / Forsch 2008: a pretibial laceration is closed (adhesive strips
    for a flap) with a distal check; hand surgery repairs the upper limb, not a
    shin."""
    out = _run(
        reason,
        "A 77-year-old woman knocked her shin on a shopping trolley; a 5 cm flap"
        " laceration over the shin, bleeding controlled, walking normally. BP 148/82,"
        " HR 76, RR 16, SpO2 97%.",
    )
    assert not ordered(out, "hand surgery")
    assert ordered(out, "adhesive strips", "closure", "repair")


def test_hand_wound_with_a_tendon_visible_goes_to_hand_surgery(
    reason: Reason,
) -> None:
    """BSSH Hand Trauma Standards 2021: a hand wound with a tendon seen is explored by
    the hand surgeon (partial division hides behind full function); analgesia alone
    is not the plan."""
    out = _run(
        reason,
        "A 34-year-old woman cut the back of her right hand on a broken glass; a tendon"
        " is visible in the wound and she cannot fully straighten her ring finger."
        " Bleeding controlled. BP 124/78, HR 82, RR 14, SpO2 99%.",
    )
    assert ordered(out, "hand surgery")
