"""ESI triage and downstream care: local and old deficits, heartburn, bone seen (esi34).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition) ch.4: a *new neurological* deficit is high risk; a deficit present since
an old brain injury or stroke is the patient's baseline (AHA/ASA 2019), and a thick,
slurred voice with a numb lip after a dental block is the block's soft-tissue
anaesthesia (Malamed SF. Handbook of Local Anesthesia 2019). Chest pain suggestive of
ACS in an adult is high risk; heartburn with the typical features of reflux in a young
patient without cardiac risk is reflux (Katz PO et al. ACG 2022 GERD; HEART score age
and risk factors, Six AJ et al. 2008), treated by mouth (Table 5-1: no resource).
Bone seen in a wound is an open fracture only with a fracture (BOAST 4 2017); a chronic
diabetic foot ulcer probing to bone is osteomyelitis until shown otherwise (IWGDF/IDSA
2023); an open fingertip (tuft) fracture is washed out, covered by a short oral
antibiotic course and followed in the hand clinic (BSSH Hand Trauma Standards 2021).
Each vignette is written for this file from those sources, never from shared-file rows;
guards keep the high-risk forms at their level.
"""

from __future__ import annotations

from tests.scenarios._esi_vignette import vignette_case, vignette_esi
from tests.scenarios._orders import disposition, ordered, proposes
from tests.scenarios.conftest import Reason

STROKE_WORK_UP = ("stroke team", "ct angiography", "alteplase", "tenecteplase")


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi34")


# --- decision point B: a deficit that is not new ---


def test_slurred_speech_since_an_old_head_injury_is_baseline(reason: Reason) -> None:
    """Ch.4 / AHA/ASA 2019: a deficit since an old brain injury is the baseline; the
    onset words of another problem later in the sentence do not date it."""
    level = _esi(
        reason,
        "A 64-year-old man with slurred speech since his head injury 12 years ago, his"
        " normal speech says his daughter, has had a painful swollen right knee since"
        " this morning. BP 138/82, HR 82, RR 16, SpO2 98%, T 37.2 C.",
    )
    assert level >= 3


def test_new_weakness_beside_an_old_deficit_stays_level_2(reason: Reason) -> None:
    """Guard, ch.4: a new one-sided weakness in the window on top of an old deficit is
    a stroke until shown otherwise."""
    level = _esi(
        reason,
        "A 77-year-old woman with slurred speech since her stroke 3 years ago, has new"
        " weakness of her left arm and leg since 50 minutes ago. BP 174/92, HR 84,"
        " RR 16, SpO2 97%.",
    )
    assert level <= 2


def test_numb_lip_and_thick_speech_after_a_root_canal_is_no_stroke(
    reason: Reason,
) -> None:
    """Ch.4; Malamed 2019: a dental block numbs the lip and tongue for hours; with a
    symmetrical smile and strong limbs it is no stroke: no stroke work-up, home."""
    out = reason(
        vignette_case(
            "A 42-year-old man had a root canal under local anaesthetic this afternoon;"
            " his lower lip and tongue are still numb and his speech is slurred. Smile"
            " symmetrical, arms and legs strong. BP 128/80, HR 76, RR 14, SpO2 99%.",
            "dental",
            "esi34",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4
    assert not ordered(out, *STROKE_WORK_UP)
    assert disposition(out).disposition == "Discharge"


def test_numb_chin_after_an_extraction_is_the_dental_complaint(reason: Reason) -> None:
    """Ch.5: a numb chin after a wisdom tooth extraction is the dental problem's (no
    resource), not a stroke's two."""
    level = _esi(
        reason,
        "A 24-year-old woman had a wisdom tooth pulled this morning; her chin and lower"
        " lip are still numb and her speech is slightly slurred. BP 118/72, HR 78,"
        " RR 14, SpO2 99%.",
    )
    assert level >= 4


def test_arm_weakness_after_the_dentist_stays_level_2(reason: Reason) -> None:
    """Guard, ch.4: once the dental numbness has worn off, new slurred speech with a
    weak arm is a stroke's."""
    level = _esi(
        reason,
        "A 59-year-old woman saw her dentist this morning; the numbness wore off at"
        " lunchtime, and 30 minutes ago her speech became slurred and her left arm"
        " went weak. BP 168/94, HR 88, RR 16, SpO2 97%.",
    )
    assert level <= 2


# --- decision point B: heartburn ---


def test_heartburn_in_early_pregnancy_is_not_acs(reason: Reason) -> None:
    """Ch.4 / ACG 2022: heartburn after meals in a young pregnant woman is reflux: no
    high-risk situation, oral treatment (no resource)."""
    level = _esi(
        reason,
        "A 27-year-old woman, 14 weeks pregnant, has had heartburn after meals and when"
        " lying down for a week, eased by antacids. BP 110/70, HR 86, RR 16, SpO2 99%.",
    )
    assert level >= 4


def test_usual_heartburn_of_known_reflux_in_a_young_man_is_not_acs(
    reason: Reason,
) -> None:
    """Ch.4 / ACG 2022: a young man's usual heartburn of a known reflux, no cardiac
    risk factor, no ACS feature, is not chest pain suggestive of ACS."""
    level = _esi(
        reason,
        "A 33-year-old man with known reflux has his usual heartburn after a spicy"
        " meal tonight. BP 124/78, HR 76, RR 14, SpO2 99%.",
    )
    assert level >= 3


def test_heartburn_in_an_older_diabetic_smoker_stays_level_2(reason: Reason) -> None:
    """Guard, ch.4 / AHA/ACC 2021: heartburn may be an anginal equivalent in an adult
    with cardiac risk."""
    level = _esi(
        reason,
        "A 61-year-old man with diabetes who smokes has had heartburn after dinner for"
        " an hour. BP 150/88, HR 90, RR 18, SpO2 97%.",
    )
    assert level <= 2


def test_heartburn_with_sweating_in_a_young_adult_stays_level_2(
    reason: Reason,
) -> None:
    """Guard, AHA/ACC 2021: heartburn with sweating is read as possible ACS."""
    level = _esi(
        reason,
        "A 38-year-old woman has had heartburn after lunch for 40 minutes and is"
        " sweaty and clammy. BP 142/86, HR 98, RR 18, SpO2 98%.",
    )
    assert level <= 2


# --- bone seen: wound depth, osteomyelitis, fingertip ---


def test_bone_seen_in_a_shin_flap_gets_no_open_fracture_care(reason: Reason) -> None:
    """BOAST 4 2017: an open fracture needs a fracture; bone seen at the base of a
    pretibial flap is the wound's depth: no open tibial fracture, IV cefazolin or
    operating theatre."""
    out = reason(
        vignette_case(
            "A 76-year-old woman scraped her shin on a car door; a 6 cm flap laceration"
            " over the front of the left shin with bone visible at the base. No"
            " deformity, walking, bleeding controlled. BP 144/80, HR 78, RR 16,"
            " SpO2 97%.",
            "flap",
            "esi34",
        )
    )
    assert not proposes(out, "open fracture", "fracture of shaft")
    assert not ordered(out, "cefazolin", "operating room")
    assert disposition(out).disposition != "OR Admit"


def test_diabetic_toe_ulcer_probing_to_bone_is_osteomyelitis(reason: Reason) -> None:
    """IWGDF/IDSA 2023: a diabetic foot ulcer that probes to bone is osteomyelitis
    until shown otherwise: x-ray, deep culture and the foot team, not an open
    fracture's theatre."""
    out = reason(
        vignette_case(
            "A 59-year-old woman with type 2 diabetes has had an ulcer under her left"
            " big toe for 6 weeks; the podiatrist could probe to bone today. Redness"
            " 1 cm around it, no fever. BP 138/80, HR 84, RR 16, SpO2 98%, T 37.1 C.",
            "dfu",
            "esi34",
        )
    )
    assert proposes(out, "diabetic foot", "osteomyelitis")
    assert ordered(out, "x-ray")
    assert ordered(out, "culture")
    assert not ordered(out, "operating room")
    assert out.final.esi == 3


def test_open_tuft_fracture_is_washed_out_and_sent_to_hand_clinic(
    reason: Reason,
) -> None:
    """BSSH Hand Trauma Standards 2021; BOAST 4: an open distal phalanx fracture is
    washed out, given a short antibiotic course and followed in the hand clinic."""
    out = reason(
        vignette_case(
            "A 45-year-old man crushed the tip of his right middle finger in a door;"
            " the nail bed is torn and the x-ray at the walk-in centre shows a tuft"
            " fracture. Bleeding controlled. BP 132/80, HR 84, RR 16, SpO2 99%.",
            "tuft",
            "esi34",
        )
    )
    assert proposes(out, "distal phalanx")
    assert ordered(out, "washout", "irrigation")
    assert ordered(out, "hand clinic", "hand surg")
    assert not ordered(out, "operating room")
    assert disposition(out).disposition == "Discharge"


def test_open_tibial_fracture_after_a_crash_keeps_its_care(reason: Reason) -> None:
    """Guard, BOAST 4 2017: bone visible through a wound of an angulated leg after a
    motorbike crash is an open fracture: ESI 2, antibiotics within the hour,
    orthopaedics."""
    out = reason(
        vignette_case(
            "A 27-year-old motorcyclist came off his bike at speed; his right lower leg"
            " is angulated with bone visible through a wound on the shin. BP 128/80,"
            " HR 112, RR 20, SpO2 98%, pain 9/10.",
            "tibia",
            "esi34",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert ordered(out, "cefazolin")
    assert ordered(out, "orthopaedic")


# --- decision point D: a saturation stated as the usual one ---


def test_copd_at_his_stated_usual_saturation_is_not_danger_zone(
    reason: Reason,
) -> None:
    """Ch.6 (D is the nurse's judgement); BTS 2017: a COPD patient at his stated usual
    88-92 % on his home oxygen is no new hypoxaemia: graded by resources."""
    level = _esi(
        reason,
        "A 70-year-old man with COPD on home oxygen has had more cough and sputum for"
        " 2 days; he talks in full sentences. BP 136/80, HR 94, RR 20, SpO2 90% on"
        " 2 L, his usual.",
    )
    assert level == 3


def test_saturation_below_the_floor_stays_danger_zone(reason: Reason) -> None:
    """Guard, BTS 2017: below 88 % is hypoxaemia whatever the usual one."""
    level = _esi(
        reason,
        "A 70-year-old man with COPD on home oxygen has had more cough and sputum for"
        " 2 days. BP 136/80, HR 94, RR 20, SpO2 85% on 2 L, his usual.",
    )
    assert level <= 2


# --- the complaint after a history aside ---


def test_an_ankle_twisted_after_a_history_aside_is_the_complaint(
    reason: Reason,
) -> None:
    """Ch.5: the presenting problem after a dated aside ("a foot drop since back
    surgery three years ago twisted her ankle") is the ankle's (an x-ray, ESI 4),
    not an unknown complaint's default 3."""
    level = _esi(
        reason,
        "A 47-year-old woman with a right foot drop since back surgery three years ago"
        " twisted her left ankle on a step; tender over the lateral malleolus, unable"
        " to take four steps. BP 124/78, HR 82, RR 16, SpO2 99%, pain 5/10.",
    )
    assert level == 4


def test_a_blocked_catheter_after_a_history_aside_is_a_catheter_problem(
    reason: Reason,
) -> None:
    """Ch.5 Table 5-1: a catheter change is one simple procedure (ESI 4)."""
    level = _esi(
        reason,
        "A 41-year-old woman, wheelchair user since a car crash 12 years ago with"
        " paralysed legs, has a urinary catheter that has stopped draining since this"
        " morning; lower belly full. BP 122/76, HR 80, RR 16, SpO2 99%.",
    )
    assert level == 4


def test_copd_at_a_usual_89_percent_is_not_high_risk(reason: Reason) -> None:
    """BTS 2017: 88-92 % is the target of chronic hypercapnic lung disease; an SpO2 of
    89 % stated as the usual one is no new hypoxaemia at decision point B either."""
    level = _esi(
        reason,
        "A 72-year-old woman with COPD has had more cough and green sputum for 3 days;"
        " she speaks in full sentences. BP 138/80, HR 96, RR 20, SpO2 89% on 2 L,"
        " her usual.",
    )
    assert level == 3


def test_a_wound_whose_bleeding_is_controlled_is_no_gi_bleed(reason: Reason) -> None:
    """Ch.5: 'Bleeding controlled.' states a wound's state; no GI bleeding work-up."""
    out = reason(
        vignette_case(
            "A 31-year-old man caught the tip of his left ring finger in a car door;"
            " the nail bed is split and the tip of the finger is open with bone"
            " visible. Bleeding controlled. BP 124/76, HR 86, RR 16, SpO2 99%,"
            " pain 6/10.",
            "settled",
            "esi34",
        )
    )
    assert not proposes(out, "gastrointestinal", "gi bleed")


def test_a_sore_on_a_diabetic_heel_down_to_bone_is_osteomyelitis(
    reason: Reason,
) -> None:
    """IWGDF/IDSA 2023: bone seen at the base of a diabetic heel sore is osteomyelitis
    until shown otherwise: x-ray, cultures, not a rash."""
    out = reason(
        vignette_case(
            "A 63-year-old man with diabetes has had a sore on his left heel for"
            " 3 months; the nurse saw bone at its base. No fever. BP 142/82, HR 86,"
            " RR 16, SpO2 98%, T 37.0 C.",
            "heel",
            "esi34",
        )
    )
    assert proposes(out, "diabetic foot", "osteomyelitis")
    assert out.final.esi == 3
