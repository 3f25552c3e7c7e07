"""ESI triage: which high-risk situation a stable patient does not have (esi31).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition), ch.4: a high-risk situation is one a stable patient with the same
complaint would not have ("would I give my last bed?"). Table 4-1 names the pregnancy
situations: ectopic pregnancy ("+ pregnant, severe lower quadrant pain") and
spontaneous abortion ("bleeding and tachycardia"); NICE NG126 (2019) adds fainting,
shoulder-tip pain and dizziness with pain or bleeding; ACOG Committee Opinion 775
(2019): any trauma from 20 weeks is monitored. Ch.3: a patient arriving intubated is
level 1, a past intubation is history. BOAST 4 (2017): an open long-bone fracture is
time-critical, an open fingertip fracture is the hand service's (BSSH 2021). Ch.6:
decision point D reads HR, RR and SpO2; hypotension with symptoms is high risk, a well
young adult's usual low pressure is not. AHA/ACC 2021 chest pain guideline: exertional
dyspnoea is an anginal equivalent in older diabetics. Canadian C-spine rule: age >= 65
with neck pain after a fall is imaged. Each vignette is written for this file from
those sources, never from shared-file rows; guards keep the high-risk forms at <= 2.
"""

from __future__ import annotations

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios._orders import ordered
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi31")


# --- pregnancy: the handbook's high-risk forms, not every pregnancy with pain ---------


def test_early_pregnancy_spotting_with_mild_cramps_is_not_level_2(
    reason: Reason,
) -> None:
    """Table 4-1: stable bleeding without tachycardia is labs plus ultrasound (3)."""
    level = _esi(
        reason,
        "A 27-year-old woman who is 10 weeks pregnant noticed brown spotting this"
        " morning with mild period-like cramps, pain 2/10. HR 76, BP 120/74, RR 16,"
        " SpO2 99%.",
    )
    assert level >= 3


def test_pregnant_woman_with_an_earache_is_not_level_2(reason: Reason) -> None:
    """Ch.4: pregnancy alone makes no high-risk situation of an earache."""
    level = _esi(
        reason,
        "A 30-year-old woman who is 16 weeks pregnant has ear pain on the right for a"
        " day after swimming. No fever. HR 80, BP 116/70.",
    )
    assert level >= 4


def test_wound_bleeding_at_24_weeks_is_not_vaginal_bleeding(reason: Reason) -> None:
    """A cut's controlled bleeding is not bleeding in the second half of pregnancy."""
    level = _esi(
        reason,
        "A 29-year-old woman who is 24 weeks pregnant cut her thumb opening a can;"
        " 1.5 cm cut, bleeding controlled with pressure, moves the thumb normally."
        " HR 84, BP 118/72.",
    )
    assert level >= 4


def test_car_crash_at_28_weeks_is_level_2(reason: Reason) -> None:
    """ACOG CO 775: trauma from 20 weeks needs fetal monitoring (abruption)."""
    level = _esi(
        reason,
        "A 25-year-old woman who is 28 weeks pregnant was a passenger in a car crash"
        " at low speed; the seat belt was across her bump. She feels well. HR 88,"
        " BP 114/70, RR 16, SpO2 99%.",
    )
    assert level <= 2


def test_guard_early_pregnancy_severe_one_sided_pain_stays_level_2(
    reason: Reason,
) -> None:
    """Table 4-1: pregnant with severe lower quadrant pain is the ectopic example."""
    level = _esi(
        reason,
        "A 26-year-old woman who is 6 weeks pregnant has severe left lower quadrant"
        " pain since an hour. HR 94, BP 120/76, RR 18, SpO2 99%.",
    )
    assert level <= 2


def test_guard_missed_period_with_spotting_and_lightheadedness_stays_level_2(
    reason: Reason,
) -> None:
    """NICE NG126: dizziness with pain or bleeding in early pregnancy (ectopic)."""
    level = _esi(
        reason,
        "A 22-year-old woman whose period is five weeks late has crampy pain in her"
        " right side and some spotting. Earlier she felt light-headed in the shower."
        " HR 90, BP 110/70, RR 16, SpO2 99%.",
    )
    assert level <= 2


# --- decision point A: an intubation of the past is not today's airway ---------------


def test_asthma_intubated_as_a_teenager_is_not_level_1(reason: Reason) -> None:
    """Ch.3: level 1 is an airway needed now; a past intubation is history."""
    level = _esi(
        reason,
        "A 22-year-old man with asthma who was intubated once at age 16 has had a"
        " mild wheeze since last night; talking in full sentences. SpO2 96%, RR 20,"
        " HR 94.",
    )
    assert level >= 2


def test_wound_check_after_an_operation_is_not_level_1(reason: Reason) -> None:
    """Ch.3: "intubated for an operation" weeks ago is anaesthesia, not an LSI."""
    level = _esi(
        reason,
        "A 58-year-old woman was intubated for a gallbladder operation three weeks"
        " ago; the port-site wound is slightly red, no discharge, afebrile. HR 78,"
        " BP 130/80.",
    )
    assert level >= 3


def test_guard_arriving_intubated_stays_level_1(reason: Reason) -> None:
    """Ch.3: a patient arriving intubated is level 1."""
    level = _esi(
        reason,
        "A 45-year-old man arrives intubated by the helicopter crew after a fall from"
        " a roof. HR 118, BP 96/60, SpO2 95%.",
    )
    assert level == 1


# --- open fractures: a long bone is high risk, a fingertip is not ---------------------


def test_open_fingertip_fracture_is_not_level_2(reason: Reason) -> None:
    """BSSH 2021, Metcalfe 2016: an open distal phalanx fracture is not high risk."""
    level = _esi(
        reason,
        "A 41-year-old man jammed his ring finger in a machine; compound fracture of"
        " the distal phalanx with the nail bed torn, bleeding controlled, finger pink."
        " Pain 5/10. HR 82, BP 132/80.",
    )
    assert level >= 3


def test_open_tibial_fracture_is_level_2_whatever_the_complaint(
    reason: Reason,
) -> None:
    """BOAST 4: an open long-bone fracture needs antibiotics within the hour."""
    level = _esi(
        reason,
        "A 20-year-old man was kicked in a rugby tackle and has an open tibia fracture;"
        " pulses present. HR 108, BP 130/76.",
    )
    assert level <= 2


# --- a chronic deficit is baseline --------------------------------------------------


def test_chronic_unchanged_weakness_with_dysuria_is_not_level_2(
    reason: Reason,
) -> None:
    """Ch.4 asks about a new deficit; a chronic, unchanged one is the baseline."""
    level = _esi(
        reason,
        "A 49-year-old woman with multiple sclerosis and chronic left leg weakness,"
        " unchanged, has burning on passing urine for two days. Afebrile, HR 76,"
        " BP 124/76.",
    )
    assert level >= 3


# --- decision point D: blood pressure with and without symptoms ---------------------


def test_well_young_adult_with_usual_low_pressure_is_not_level_2(
    reason: Reason,
) -> None:
    """Ch.6: BP is no danger-zone vital; a known low baseline in a well adult."""
    level = _esi(
        reason,
        "A 23-year-old woman hurt her wrist falling off a scooter; tender over the"
        " wrist, fingers pink. She says her blood pressure is always low. BP 87/55,"
        " HR 74, RR 14, SpO2 99%.",
    )
    assert level >= 3


def test_usual_low_pressure_with_a_sprain_gets_no_haemorrhage_bundle(
    reason: Reason,
) -> None:
    """ATLS 10th ed. and ch.3: tranexamic acid and blood are for hypotension with
    hypoperfusion or blood loss, not a well adult's habitual pressure."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=22,
            sex="F",
            vitals=vitals(70, 85, 52, 14, 99),
            one_liner="22F rolled ankle on a kerb; always has a low blood pressure",
            ed_note=(
                "Rolled her left ankle stepping off a kerb. Tender over the lateral"
                " malleolus, walking with a limp. Says her blood pressure is always"
                " low; feels well, no dizziness, no bleeding. Skin warm."
            ),
        )
    )
    assert not ordered(out, "tranexamic", "massive transfusion", "emergency-release")


def test_guard_low_pressure_with_fainting_stays_level_2_or_above(
    reason: Reason,
) -> None:
    """Ch.3-4: hypotension with symptoms is high risk (or level 1 in shock)."""
    level = _esi(
        reason,
        "A 25-year-old man has had diarrhoea for three days and fainted at home."
        " BP 86/52, HR 112, RR 20, SpO2 98%.",
    )
    assert level <= 2


# --- anginal equivalents and older adults' neck injuries -----------------------------


def test_older_diabetic_new_exertional_breathlessness_is_level_2(
    reason: Reason,
) -> None:
    """AHA/ACC 2021: exertional dyspnoea is an anginal equivalent in diabetics."""
    level = _esi(
        reason,
        "A 77-year-old man with type 2 diabetes has new shortness of breath on"
        " exertion for four days; no chest pain. HR 86, BP 146/82, RR 18, SpO2 96%.",
    )
    assert level <= 2


def test_older_adult_neck_pain_after_a_fall_is_level_2(reason: Reason) -> None:
    """Canadian C-spine rule: age >= 65 is imaged (odontoid fracture)."""
    level = _esi(
        reason,
        "An 83-year-old man slipped in the bathroom and has neck pain, tender high at"
        " the back of the neck. He is walking. HR 78, BP 148/82.",
    )
    assert level <= 2


# --- airway: hoarseness with a cold is not airway compromise --------------------------


def test_hoarse_voice_with_a_cold_is_not_airway_compromise(reason: Reason) -> None:
    """AAO-HNS 2018: hoarseness with a sore throat and no stridor is laryngitis."""
    level = _esi(
        reason,
        "A 34-year-old woman has a sore throat and a hoarse voice with a cold for three"
        " days; swallowing fine, no stridor, breathing comfortably. Afebrile,"
        " HR 80, SpO2 99%.",
    )
    assert level >= 4
