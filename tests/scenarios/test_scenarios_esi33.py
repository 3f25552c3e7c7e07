"""ESI triage: words that look high risk but are not; a wheezy child's vitals (esi33).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition). Ch.3: level 1 is the airway of this visit (arriving intubated); an
intubation of a past illness ("x3", "after she was born", "during his last admission",
"for asthma attacks") is history. Ch.4: a *new neurological* deficit is high risk; a
voice slurred by a dental block, speech limited by mouth pain, a face uneven from a
swollen cheek, a drooping eyelid (ptosis) or a hemiparesis since birth is not; an open
fracture is high risk (BOAST 4 2017), bone seen at the base of a laceration or a
chronic ulcer without a fracture is a wound graded by its resources, and an open
fingertip fracture is the hand service's (BSSH 2021). An anticoagulant the patient is
"not on" is none (ACEP 2008 mild TBI concerns anticoagulated patients); tearing of the
eye is lacrimation, not tearing pain (AHA/ACC 2022). Ch.6 and Table 6-3: a child's
vitals are read against the age band (NEWS2 is for adults 16 and over, RCP 2017);
moderate lower-airway obstruction with tachycardia and tachypnoea is ESI 2. Each
vignette is written for this file from those sources, never from shared-file rows;
guards keep the high-risk forms at their level.
"""

from __future__ import annotations

from tests.scenarios._esi_vignette import vignette_case, vignette_esi
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi33")


# --- decision point A: an intubation of the past is history ---


def test_intubated_x3_shorthand_is_history(reason: Reason) -> None:
    """Ch.3: "intubated x3" counts past intubations; the airway today is open."""
    level = _esi(
        reason,
        "A 28-year-old man, asthma, intubated x3, rolled his right ankle stepping off"
        " a kerb; swollen lateral ankle, walking with a limp. BP 126/78, HR 84, RR 16,"
        " SpO2 98%, T 36.8 C.",
    )
    assert level >= 3


def test_intubated_for_asthma_attacks_is_history(reason: Reason) -> None:
    """Ch.3: intubations "for asthma attacks" are recurrent past episodes."""
    level = _esi(
        reason,
        "A 31-year-old woman who has been intubated for asthma attacks cut her left"
        " palm on a broken glass; 2 cm laceration, bleeding controlled. BP 122/76,"
        " HR 80, RR 16, SpO2 99%.",
    )
    assert level >= 3


def test_intubated_after_birth_is_history(reason: Reason) -> None:
    """Ch.3: a neonatal intubation ("after he was born") is history."""
    level = _esi(
        reason,
        "A 7-year-old boy who was intubated for two weeks after he was born has had"
        " ear pain since last night; playful, eating. HR 96, RR 20, SpO2 99%,"
        " T 37.8 C.",
    )
    assert level >= 3


def test_intubated_during_a_past_admission_is_history(reason: Reason) -> None:
    """Ch.3: an intubation during a stay before this visit is history."""
    level = _esi(
        reason,
        "A 63-year-old woman home from a hospital stay during which she was intubated"
        " for pneumonia has a sore wrist after bumping it on a door. No deformity."
        " BP 134/80, HR 78, RR 16, SpO2 97%.",
    )
    assert level >= 3


def test_intubated_the_last_time_is_history(reason: Reason) -> None:
    """Ch.3: "the last time it was this bad he was intubated" is a past attack's."""
    level = _esi(
        reason,
        "A 40-year-old man with asthma says the last time his chest was this tight he"
        " was intubated; he has a mild wheeze and speaks in full sentences. BP 130/80,"
        " HR 96, RR 20, SpO2 96%.",
    )
    assert level >= 2


def test_an_intubation_feared_is_not_arriving_intubated(reason: Reason) -> None:
    """Ch.3 / ConText: a feared or foreseen intubation is hypothetical."""
    level = _esi(
        reason,
        "A 29-year-old woman with a cold is worried she might need to be intubated"
        " like her mother; she has a runny nose and a dry cough, breathing"
        " comfortably. BP 118/72, HR 82, RR 16, SpO2 99%, T 37.4 C.",
    )
    assert level >= 3


def test_intubated_by_the_flight_crew_stays_level_1(reason: Reason) -> None:
    """Guard, ch.3: a patient arriving intubated is level 1."""
    level = _esi(
        reason,
        "A 44-year-old man arrives by helicopter, intubated by the flight crew after"
        " a fall from a roof. BP 96/60, HR 124, SpO2 97% bagged.",
    )
    assert level == 1


# --- decision point B: focal-deficit words with a local cause are no stroke ---


def test_speech_slurred_by_a_dental_block_is_not_a_stroke(reason: Reason) -> None:
    """Ch.4 new neurological deficit; the dental anaesthetic explains the speech."""
    level = _esi(
        reason,
        "A 52-year-old man had a tooth extracted this morning; his lower lip is still"
        " numb and his speech is slurred from the local anaesthetic. Smile symmetric,"
        " arms strong. BP 132/80, HR 74, RR 14, SpO2 99%.",
    )
    assert level >= 3


def test_talking_limited_by_mouth_pain_is_not_aphasia(reason: Reason) -> None:
    """Ch.4: difficulty talking because of a sore mouth is not dysphasia."""
    level = _esi(
        reason,
        "A 26-year-old woman with cold sores inside her mouth has trouble speaking"
        " because of the pain; drinking fluids. BP 116/72, HR 80, RR 14, SpO2 99%,"
        " T 37.2 C.",
    )
    assert level >= 3


def test_facial_asymmetry_from_a_swollen_cheek_is_not_a_palsy(reason: Reason) -> None:
    """AAO-HNS 2013: palsy is muscle weakness; swelling makes a face uneven."""
    level = _esi(
        reason,
        "A 33-year-old man has a lower molar toothache and his left jaw is swollen,"
        " giving facial asymmetry; opens his mouth fully, no trouble swallowing or"
        " breathing. BP 130/80, HR 86, RR 16, SpO2 99%, T 37.4 C.",
    )
    assert level >= 3


def test_a_drooping_eyelid_is_not_a_facial_droop(reason: Reason) -> None:
    """BE-FAST 'face' is the lower face; a slowly drooping eyelid is ptosis."""
    level = _esi(
        reason,
        "A 71-year-old man says his right eyelid droop has slowly worsened over a"
        " year; vision fine, no double vision, no weakness. BP 140/84, HR 72, RR 14,"
        " SpO2 98%.",
    )
    assert level >= 3


def test_a_hemiparesis_since_birth_is_baseline(reason: Reason) -> None:
    """AHA/ASA 2019: the deficit that counts is new; cerebral palsy's is baseline."""
    level = _esi(
        reason,
        "A 10-year-old girl with cerebral palsy and a left hemiparesis since birth has"
        " a runny nose and cough for three days; eating and playing. HR 98, RR 20,"
        " SpO2 98%, T 37.6 C.",
    )
    assert level >= 3


def test_a_deficit_at_baseline_is_not_new(reason: Reason) -> None:
    """AHA/ASA 2019: pre-stroke disability is baseline (ConText historical)."""
    level = _esi(
        reason,
        "A 90-year-old woman from a care home, aphasic at baseline after strokes, has"
        " a skin tear on her forearm, bleeding stopped. BP 146/80, HR 76, RR 16,"
        " SpO2 96%.",
    )
    assert level >= 3


def test_a_weakness_unchanged_from_an_old_stroke_is_not_new(reason: Reason) -> None:
    """Ch.4 asks for a new deficit; one stated unchanged is the patient's usual."""
    level = _esi(
        reason,
        "A 77-year-old man with right-sided weakness that is unchanged from his old"
        " stroke has burning on urination for three days. BP 138/80, HR 78, RR 16,"
        " SpO2 97%, T 37.2 C.",
    )
    assert level >= 3


def test_a_weakness_worse_than_baseline_stays_level_2(reason: Reason) -> None:
    """Guard, AHA/ASA 2019: a deficit worse than the baseline is a new deficit."""
    level = _esi(
        reason,
        "A 73-year-old woman's left arm weakness has been worse than her baseline"
        " since this morning; old stroke in 2017. BP 166/92, HR 82, RR 16, SpO2 97%.",
    )
    assert level <= 2


def test_arm_weakness_from_the_pain_is_guarding(reason: Reason) -> None:
    """Ch.4: an injured limb's pain-limited weakness is not a neurological deficit."""
    level = _esi(
        reason,
        "A 47-year-old woman fell onto her right shoulder on the ice and has right arm"
        " weakness from the pain; hand warm, sensation normal. BP 138/84, HR 90,"
        " RR 16, SpO2 99%, pain 6/10.",
    )
    assert level >= 3


def test_sudden_arm_weakness_with_slurred_speech_stays_level_2(reason: Reason) -> None:
    """Guard, ch.4 / AHA/ASA 2019: new weakness and slurred speech are stroke signs."""
    level = _esi(
        reason,
        "A 69-year-old woman developed slurred speech and left arm weakness 45 minutes"
        " ago while eating lunch. BP 172/94, HR 86, RR 16, SpO2 97%.",
    )
    assert level <= 2


def test_arm_weakness_with_neck_pain_stays_level_2(reason: Reason) -> None:
    """Guard: pain beside a deficit is no cause of it (cervical artery dissection:
    AHA/ASA 2014 scientific statement); only a stated local cause is."""
    level = _esi(
        reason,
        "A 38-year-old man has had right arm weakness and neck pain since a neck"
        " manipulation this morning. BP 142/88, HR 84, RR 16, SpO2 98%.",
    )
    assert level <= 2


# --- decision point B: bone seen is not always an open fracture ---


def test_bone_seen_in_a_shin_flap_without_fracture_is_not_esi_2(
    reason: Reason,
) -> None:
    """BOAST 4: an open fracture needs a fracture; a deep flap is graded at C."""
    level = _esi(
        reason,
        "A 79-year-old man scraped his shin on a step; a 5 cm skin flap with bone"
        " visible in the base, bleeding stopped, walking normally. BP 146/82, HR 76,"
        " RR 16, SpO2 97%.",
    )
    assert level >= 3


def test_exposed_bone_in_a_pressure_ulcer_is_not_an_open_fracture(
    reason: Reason,
) -> None:
    """BOAST 4: a chronic ulcer to bone is osteomyelitis work-up, not ESI 2 trauma."""
    level = _esi(
        reason,
        "A 70-year-old woman's heel pressure ulcer of two months now has exposed bone"
        " per the district nurse; no fever. BP 138/76, HR 82, RR 16, SpO2 97%,"
        " T 37.1 C.",
    )
    assert level >= 3


def test_open_fingertip_with_the_hand_named_elsewhere_is_a_digit(
    reason: Reason,
) -> None:
    """BSSH 2021 / Metcalfe 2016: an open tuft fracture is the hand service's."""
    level = _esi(
        reason,
        "A 41-year-old joiner trapped his left hand in a press; the tip of his ring"
        " finger is split with an open fracture of the tip on x-ray elsewhere. Hand"
        " otherwise fine. BP 134/80, HR 84, RR 16, SpO2 99%, pain 5/10.",
    )
    assert level >= 3


def test_bone_protruding_from_the_forearm_stays_level_2(reason: Reason) -> None:
    """Guard, BOAST 4: a bone through the skin of a forearm is an open fracture."""
    level = _esi(
        reason,
        "A 35-year-old woman fell off her horse; her left forearm is bent with bone"
        " protruding through the skin. BP 128/80, HR 104, RR 18, SpO2 99%, pain 9/10.",
    )
    assert level <= 2


def test_bone_visible_after_a_motorbike_crash_stays_level_2(reason: Reason) -> None:
    """Guard, BOAST 4: bone in a leg wound after a crash is an open fracture until
    imaged (high-energy mechanism)."""
    level = _esi(
        reason,
        "A 27-year-old motorcyclist slid under a car; deep wound of the right shin"
        " with bone visible. BP 124/78, HR 102, RR 18, SpO2 98%, pain 8/10.",
    )
    assert level <= 2


# --- words read with their negation or their sense ---


def test_not_on_blood_thinners_is_no_anticoagulation(reason: Reason) -> None:
    """ACEP 2008 mild TBI: the high-risk fall is the anticoagulated patient's."""
    level = _esi(
        reason,
        "A 58-year-old man fell on the stairs and hurt his left wrist; he did not"
        " hit his head and is not on blood thinners. Wrist swollen, no deformity."
        " BP 136/82, HR 80, RR 16, SpO2 98%, pain 5/10.",
    )
    assert level >= 3


def test_tearing_of_the_eye_is_not_tearing_pain(reason: Reason) -> None:
    """AHA/ACC 2022 tearing pain is a pain quality; a watering eye is lacrimation."""
    level = _esi(
        reason,
        "A 36-year-old mechanic got grit in his right eye; gritty sensation and"
        " tearing since, vision normal. BP 128/80, HR 76, RR 14, SpO2 99%.",
    )
    assert level >= 3


def test_a_jammed_finger_in_early_pregnancy_is_a_finger_injury(reason: Reason) -> None:
    """Ch.5 counts the problem's resources (an x-ray); the pregnancy is her state
    (Table 4-1 names its own high-risk forms), not a bleeding complaint."""
    out = reason(
        vignette_case(
            "A 24-year-old woman who is 8 weeks pregnant jammed her finger at netball."
            " BP 112/70, HR 80, RR 16, SpO2 99%.",
            "jammed",
            "esi33",
        )
    )
    triage = next(r for r in out.trace if r.stage == "triage")
    assert "vaginal_bleeding" not in str(getattr(triage.output, "rationale", ""))
    assert out.final.esi is not None and out.final.esi >= 4


# --- decision point D: a child's vitals against the child's limits ---


def test_a_mild_asthma_child_without_a_bp_is_not_held_at_level_2(
    reason: Reason,
) -> None:
    """RCP 2017: NEWS2 is for adults; 3-8 y danger zone HR > 140, RR > 30 (ch.6)."""
    level = _esi(
        reason,
        "A 7-year-old boy with asthma has a cough and mild wheeze since a cold"
        " yesterday; he speaks in full sentences, no recession. HR 116, RR 26,"
        " SpO2 97%, T 37.3 C.",
    )
    assert level >= 3


def test_a_teen_asthmatic_with_tachycardia_and_tachypnoea_is_level_2(
    reason: Reason,
) -> None:
    """Table 6-3: moderate lower-airway obstruction (tachycardia, tachypnoea beyond
    the >8 y danger zone HR > 100, RR > 20) is ESI 2."""
    level = _esi(
        reason,
        "A 14-year-old boy with asthma has wheezed since football practice; two puffs"
        " of his inhaler did not help. HR 112, RR 26, SpO2 95%, BP 120/72, T 37.0 C.",
    )
    assert level <= 2


def test_a_teen_asthmatic_with_normal_vitals_stays_below_2(reason: Reason) -> None:
    """Guard, GINA 2024 mild exacerbation: full sentences, vitals near normal."""
    level = _esi(
        reason,
        "A 14-year-old boy with asthma has a mild wheeze after football; he speaks in"
        " full sentences. HR 90, RR 18, SpO2 98%, BP 118/70, T 36.9 C.",
    )
    assert level >= 3
