"""ESI triage: what a stable patient does not have, what the airway needs now (esi32).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition). Ch.3: level 1 is a patient who needs an immediate life-saving
intervention (Table 3-1: airway and breathing interventions); a patient arriving
intubated is level 1, an intubation of the past (at birth, before) is history. ATLS
10th ed. ch.9 and ABA ABLS 2018: after smoke or fire, hoarseness and accessory-muscle
use are signs of airway obstruction that call for early intubation; ACEP 2017 carbon
monoxide policy: smoke exposure with headache is possible CO poisoning. Ch.4: a new
*neurological* deficit is high risk; a limb not moved because it hurts is not one.
Table 4-1: pregnancy is high risk in named forms (severe lower quadrant pain, bleeding
with tachycardia), not beside a cold or a discharge. Ch.6: decision point D *considers*
an SpO2 below 92 %; a chronic lung patient at her stated usual saturation has no new
danger (BTS 2017 oxygen guideline: target 88-92 %). Ch.5: a jellyfish sting is local
care. Each vignette is written for this file from those sources, never from
shared-file rows; guards keep the high-risk forms at their level.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi32")


# --- decision point A: a past intubation is history; an airway closing is level 1 ---


def test_intubation_at_birth_is_history_not_level_1(reason: Reason) -> None:
    """Ch.3: level 1 is the airway of this visit; a neonatal intubation is history."""
    level = _esi(
        reason,
        "A 3-year-old girl has a runny nose and a mild cough for two days; she was"
        " intubated at birth for prematurity. Playful, breathing comfortably. HR 110,"
        " RR 24, SpO2 98%, T 37.4 C.",
    )
    assert level >= 3


def test_a_well_child_intubated_at_birth_is_not_sent_to_the_icu(
    reason: Reason,
) -> None:
    """SCCM 2016 ICU admission is for a ventilation needed now; a neonatal intubation
    years ago is history (ch.3 reads the airway of this visit)."""
    out = reason(
        make_case(
            "cough",
            age=5,
            sex="M",
            vitals=vitals(112, 100, 62, 24, 98, t=37.5),
            one_liner="runny nose and cough for 3 days; born at 29 weeks",
            ed_note="5-year-old boy with 3 days of runny nose and a dry cough. Born at"
            " 29 weeks, intubated at birth and ventilated for ten days in the NICU,"
            " well since. Playful, eating and drinking, no breathing difficulty,"
            " chest clear.",
            case_id="esi32-nicu",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3
    assert O.disposition(out).admit_level != "icu"


def test_intubation_as_a_toddler_is_history_not_level_1(reason: Reason) -> None:
    """A past intubation is a risk factor (GINA 2024), not a patient intubated now."""
    level = _esi(
        reason,
        "A 14-year-old girl with asthma, intubated as a toddler, has wheezing and a"
        " tight chest since a cold started; speaking in full sentences. RR 24, HR 108,"
        " SpO2 95%.",
    )
    assert level >= 2


def test_intubated_before_arrival_stays_level_1(reason: Reason) -> None:
    """Guard: intubated by EMS before arrival is this visit's airway (ch.3)."""
    level = _esi(
        reason,
        "A 45-year-old man was intubated prior to arrival by paramedics after a"
        " fall from a roof. HR 118, BP 96/60, SpO2 94% on bag ventilation.",
    )
    assert level == 1


def test_hoarse_burned_patient_in_respiratory_distress_is_level_1(
    reason: Reason,
) -> None:
    """ATLS ch.9 / ABLS: hoarseness with accessory-muscle use after fire: intubate."""
    level = _esi(
        reason,
        "A 50-year-old man was rescued from a burning garage; his eyebrows are singed,"
        " his voice is hoarse and he is using his neck muscles to breathe. RR 30,"
        " HR 122, BP 140/86, SpO2 92%.",
    )
    assert level == 1


def test_croup_with_stridor_and_mild_retractions_stays_level_2(
    reason: Reason,
) -> None:
    """Guard: moderate croup (Westley 3-5) is high risk, not an airway to take now."""
    level = _esi(
        reason,
        "A 2-year-old boy has a barking cough and stridor at rest since 2 am with mild"
        " retractions. RR 36, HR 138, SpO2 96%, T 38.2 C.",
    )
    assert level == 2


def test_smoke_breathed_in_with_headache_is_high_risk(reason: Reason) -> None:
    """ACEP 2017: smoke exposure with headache is possible CO poisoning (ESI 2)."""
    level = _esi(
        reason,
        "A 41-year-old man put out a bedroom fire and breathed in a lot of smoke; he"
        " now has a headache and a cough. Talking normally. RR 18, HR 96, BP 132/80,"
        " SpO2 98%.",
    )
    assert level <= 2


# --- decision point B: a new neurological deficit, not a painful limb ---------------


def test_arm_not_lifted_because_of_shoulder_pain_is_not_a_stroke(
    reason: Reason,
) -> None:
    """Ch.4: guarding an injured shoulder is no neurological deficit."""
    level = _esi(
        reason,
        "A 62-year-old man slipped on ice and landed on his left shoulder; he cannot"
        " lift his left arm because of the pain. Fingers pink, sensation normal."
        " Pain 6/10. HR 84, BP 142/84.",
    )
    assert level >= 3


def test_painless_arm_that_cannot_be_lifted_stays_high_risk(reason: Reason) -> None:
    """Guard: a painless arm not lifted since this morning is a stroke sign."""
    level = _esi(
        reason,
        "A 71-year-old woman cannot lift her right arm since she woke up this morning;"
        " no pain, no injury. BP 174/92, HR 80.",
    )
    assert level <= 2


# --- pregnancy beside an unrelated complaint (Table 4-1) -----------------------------


def test_pregnant_woman_with_a_cold_is_not_a_pregnancy_work_up(
    reason: Reason,
) -> None:
    """Ch.5: a cold at 27 weeks needs no labs and no ultrasound."""
    level = _esi(
        reason,
        "A 23-year-old woman who is 27 weeks pregnant has a runny nose and a sore"
        " throat since Sunday. No fever. Baby moving normally. Vital signs normal.",
    )
    assert level >= 4


def test_ankle_sprain_at_22_weeks_without_a_fall_is_not_trauma_in_pregnancy(
    reason: Reason,
) -> None:
    """ACOG CO 775 monitors force that reaches the uterus; "did not fall" denies it."""
    level = _esi(
        reason,
        "A 32-year-old woman who is 22 weeks pregnant twisted her right ankle on a"
        " step; the ankle is swollen and she is limping. She did not fall and has no"
        " abdominal pain. Vital signs normal.",
    )
    assert level >= 3


def test_a_fall_at_28_weeks_stays_high_risk(reason: Reason) -> None:
    """Guard: a fall from 20 weeks is monitored for abruption (ACOG CO 775)."""
    level = _esi(
        reason,
        "A 27-year-old woman who is 28 weeks pregnant slipped and fell on the kitchen"
        " floor. No bleeding. HR 86, BP 116/70.",
    )
    assert level <= 2


def test_vaginal_discharge_in_pregnancy_is_not_high_risk(reason: Reason) -> None:
    """Table 4-1 names no discharge: a swab and urine test are one lab (ESI 4)."""
    level = _esi(
        reason,
        "A 26-year-old woman who is 18 weeks pregnant has had a thin, fishy-smelling"
        " vaginal discharge for a week. No pain, no bleeding, no fever. Vital signs"
        " normal.",
    )
    assert level >= 3


# --- decision point D: a known usual saturation ---------------------------------------


def test_copd_at_her_usual_saturation_is_not_uptriaged(reason: Reason) -> None:
    """Ch.6 / BTS 2017: SpO2 90 % at a stated usual 89-91 % is no new danger zone."""
    level = _esi(
        reason,
        "A 76-year-old woman with COPD has had more sputum for 2 days; her sats"
        " usually run 89-91%. Speaking in full sentences. RR 20, HR 90, BP 134/78,"
        " SpO2 90%.",
    )
    assert level >= 3


def test_copd_below_her_usual_saturation_stays_high_risk(reason: Reason) -> None:
    """Guard: 84 % against a usual 92 % is hypoxaemia (BTS 2017: below 88 %)."""
    level = _esi(
        reason,
        "A 69-year-old man with COPD whose usual saturation is 92% is now 84% and more"
        " breathless. RR 26, HR 108, BP 146/88, SpO2 84%.",
    )
    assert level <= 2


# --- decision point C: a jellyfish named without the word sting -----------------------


def test_portuguese_man_o_war_on_the_arm_is_local_care(reason: Reason) -> None:
    """Ch.5: rinsing and hot-water immersion are no resources (ESI 4-5)."""
    level = _esi(
        reason,
        "A 19-year-old woman was wading in the sea when a Portuguese man-o-war"
        " touched her forearm; burning red welts there. Breathing normally, no lip"
        " swelling. Vital signs normal.",
    )
    assert level >= 4


# --- decision point B: airway threats named by their history --------------------------


def test_neck_swelling_the_day_after_thyroid_surgery_is_high_risk(
    reason: Reason,
) -> None:
    """DAS/BAETS 2022: a haematoma after thyroid surgery can close the airway."""
    level = _esi(
        reason,
        "A 49-year-old woman had a thyroidectomy yesterday and went home this morning;"
        " her neck below the incision is swelling and feels tight. Speaking normally."
        " HR 96, BP 150/88, RR 18, SpO2 98%.",
    )
    assert level <= 2


def test_myasthenic_bulbar_weakness_beside_a_dated_crisis_is_high_risk(
    reason: Reason,
) -> None:
    """Consensus guidance 2016/2020: bulbar weakness heralds a myasthenic crisis; the
    crisis dated in an aside is history, today's swallowing trouble is not."""
    level = _esi(
        reason,
        "A 52-year-old man with myasthenia gravis, ventilated for a crisis three years"
        " ago, has had difficulty swallowing and a nasal voice since this morning."
        " RR 20, HR 94, SpO2 97%.",
    )
    assert level <= 2
