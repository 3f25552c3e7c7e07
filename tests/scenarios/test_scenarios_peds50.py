"""peds50 (session 50): triage levels, paediatric and obstetric care from sources.

Written from guidelines, not from shared data: a fever with danger-zone heart and
breathing rates in the weeks after an operation is post-operative sepsis until shown
otherwise (NICE NG51; ESI v4 ch.6); an uncomplicated pyelonephritis's fever and blood
streaks in the sputum are stable work-ups (ESI v4 ch.5); an infected bite of the hand
spreading up the arm needs IV antibiotics and an x-ray (IDSA 2014); an afebrile
endometritis after a birth is no vaginitis and is coded O86.12 (RCOG GTG 64b); a cord
prolapse is named before the ruptured membranes (RCOG GTG 50; ICD-10-CM I.C.15.b.4);
ovarian hyperstimulation after an egg collection is admitted (RCOG GTG 5); purpura
with aching joints and abdominal pain in a well child is IgA vasculitis
(EULAR/PRINTO/PReS 2010); a child lifted by the hand who holds the arm by her side has
a pulled elbow (RCH Melbourne); a limp from a twisted ankle is no slipped epiphysis
(POSNA); pain under the right ribs at 35 weeks with a raised pressure is pre-eclampsia
with a severe feature (ACOG PB 222; NICE NG133); a young infant's reported apnoea with
bronchiolitis is admitted (NICE NG9) and is no level-1 apnoea once over (ESI Table
3-3); one-sided drooling of a facial palsy is no airway sign; retinal detachment
symptoms and an orbital blow with diplopia are two resources (RCOphth; RCEM).
Research software, not for clinical use.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._story import esi as _esi
from tests.scenarios._story import partial_vitals as _v
from tests.scenarios._story import tell as _run
from tests.scenarios.conftest import Reason


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# --- triage: post-operative fever ---

_POST_OP = (
    "Day 6 after a laparoscopic right hemicolectomy, discharged day 3. Fever and "
    "rigors since last night, abdomen sore around the wound."
)


def test_a_fever_with_fast_pulse_and_breathing_after_an_operation_is_level_2(
    reason: Reason,
) -> None:
    """NICE NG51: surgery in the last 6 weeks with HR 91-130 and RR 21-24 is a
    moderate-to-high sepsis risk; ESI ch.6 asks to consider level 2 (was ESI 3)."""
    out = _run(reason, "FEVER", _POST_OP, _v(116, 122, 22, 96, 38.6, 74, 4), 63, "F")
    assert _esi(out) <= 2


def test_a_fever_after_an_operation_with_normal_rates_stays_level_3(
    reason: Reason,
) -> None:
    """Guard: without both danger-zone rates the screen does not lift the level."""
    out = _run(reason, "FEVER", _POST_OP, _v(94, 128, 18, 98, 38.2, 76, 3), 45, "F")
    assert _esi(out) >= 3


# --- triage: pyelonephritis, haemoptysis, bites ---


def test_an_uncomplicated_pyelonephritis_fever_is_level_3(reason: Reason) -> None:
    """ESI ch.5: a stable febrile urinary infection needs labs, urine and
    antibiotics (two resources); the flank pain's fever is high risk for an
    obstructed infected kidney (was ESI 2 by the bare fever)."""
    out = _run(
        reason,
        "FLANK PAIN",
        "Two days of dysuria and frequency, now right loin pain and fever 38.2. Eating "
        "and drinking, no vomiting. Not pregnant.",
        _v(98, 118, 18, 98, 38.2, 72, 5),
        29,
        "F",
    )
    assert _esi(out) == 3


def test_a_febrile_flank_pain_with_vomiting_and_a_known_stone_stays_level_2(
    reason: Reason,
) -> None:
    """Guard: an infected obstructed kidney (a stone, vomiting, severe pain) keeps
    the fever's high risk (EAU 2024: decompression)."""
    out = _run(
        reason,
        "FLANK PAIN",
        "Known kidney stones. Severe right loin pain since this morning, vomiting, "
        "burning on passing urine, fever.",
        _v(104, 118, 20, 98, 38.6, 72, 8),
        41,
        "M",
    )
    assert _esi(out) <= 2


def test_blood_streaks_in_the_sputum_of_a_stable_patient_are_level_3(
    reason: Reason,
) -> None:
    """Massive haemoptysis is high risk; streaks in the sputum with normal vitals
    and no breathlessness are a blood count, clotting and a film (was ESI 2)."""
    out = _run(
        reason,
        "COUGHING BLOOD",
        "Known left hilar mass awaiting bronchoscopy. Some blood streaks in the sputum "
        "for 2 days, teaspoon amounts. Not breathless.",
        _v(88, 136, 16, 95, 36.9, 80),
        67,
        "M",
    )
    assert _esi(out) == 3


def test_coughing_up_a_cupful_of_blood_stays_high_risk(reason: Reason) -> None:
    """Guard: a large haemoptysis keeps the airway threat."""
    out = _run(
        reason,
        "COUGHING BLOOD",
        "Coughed up about a cupful of fresh red blood an hour ago. Known lung cancer.",
        _v(96, 130, 18, 95, 36.8, 78),
        70,
        "M",
    )
    assert _esi(out) <= 2


def test_an_infected_cat_bite_of_the_hand_with_a_red_streak_is_level_3(
    reason: Reason,
) -> None:
    """IDSA 2014: an infected hand bite spreading as lymphangitis gets IV
    antibiotics and an x-ray, two resources (was ESI 4 and home on tablets)."""
    out = _run(
        reason,
        "ANIMAL BITE",
        "Cat bite to the back of the left hand 2 days ago. Now red, swollen and hot "
        "with a red streak running up the forearm.",
        _v(92, 134, 16, 98, 37.8, 80, 5),
        52,
        "F",
    )
    assert _esi(out) <= 3


def test_a_fresh_dog_bite_of_the_calf_stays_low_acuity(reason: Reason) -> None:
    """Guard: a fresh uninfected bite is wound care and a course of tablets."""
    out = _run(
        reason,
        "DOG BITE",
        "Neighbour's dog bit the right calf an hour ago, two small puncture marks, "
        "bleeding stopped. Dog vaccinated.",
        _v(80, 128, 14, 99, 36.7, 78, 2),
        34,
        "M",
    )
    assert _esi(out) >= 4


# --- obstetrics ---

_ENDOMETRITIS = (
    "Gave birth vaginally 6 days ago. Smelly lochia, lower abdominal pain, uterus "
    "tender on examination. No fever."
)


def test_an_afebrile_endometritis_is_no_vaginitis_and_is_coded_o86_12(
    reason: Reason,
) -> None:
    """RCOG GTG 64b: an offensive lochia with a tender uterus after a birth is
    endometritis (was worked as acute vaginitis, coded O85 puerperal sepsis, ESI 4)."""
    out = _run(
        reason,
        "VAGINAL DISCHARGE",
        _ENDOMETRITIS,
        _v(94, 118, 16, 99, 37.4, 74, 5),
        27,
        "F",
    )
    assert "vaginitis" not in O.working(out).lower()
    assert _code(out) == "O86.12"
    assert _esi(out) <= 3


def test_a_febrile_puerperal_sepsis_keeps_o85(reason: Reason) -> None:
    """Guard: with fever and a fast pulse it is puerperal sepsis (O85)."""
    out = _run(
        reason,
        "FEVER",
        "Gave birth by caesarean section 5 days ago. Fever and rigors, smelly lochia, "
        "tender uterus.",
        _v(122, 104, 22, 97, 38.9, 62, 6),
        31,
        "F",
    )
    assert _code(out) == "O85"


def test_a_cord_prolapse_is_coded_before_the_ruptured_membranes(reason: Reason) -> None:
    """RCOG GTG 50: the cord prolapse is the emergency of the visit (was coded
    O42.92, the PROM)."""
    out = _run(
        reason,
        "LABOUR",
        "38 weeks, waters broke at home, something felt in the vagina: loop of cord "
        "visible at the introitus.",
        _v(104, 122, 20, 99, 36.8, 78),
        30,
        "F",
        arrival={"mode": "ambulance"},
    )
    assert _code(out).startswith("O69.0")
    assert _esi(out) == 1


def test_ohss_after_an_egg_collection_is_worked_and_admitted(reason: Reason) -> None:
    """RCOG GTG 5: a tight abdomen, little urine and breathlessness after an egg
    collection is severe OHSS, admitted (was an abdominal pain sent home)."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "Egg collection for IVF 4 days ago. Bloated tight abdomen, passing very little "
        "urine, breathless lying flat, nauseated.",
        _v(112, 104, 24, 95, 37.1, 68, 6),
        32,
        "F",
    )
    assert _code(out) == "N98.1"
    assert O.dispo(out) == "Admit"
    assert not O.medication_ordered(out, "ibuprofen", "naproxen", "ketorolac")


def test_abdominal_pain_without_assisted_reproduction_is_no_ohss(
    reason: Reason,
) -> None:
    """Guard: OHSS needs the ovarian stimulation told."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "Bloated abdomen and cramping for a day, opening bowels, eating.",
        _v(84, 122, 16, 99, 36.8, 76, 4),
        32,
        "F",
    )
    assert "hyperstimulation" not in O.working(out).lower()


def test_pain_under_the_right_ribs_at_35_weeks_with_a_raised_pressure_is_preeclampsia(
    reason: Reason,
) -> None:
    """ACOG PB 222 box 2; NICE NG133: hypertension >= 140/90 from 20 weeks with
    right upper quadrant pain is pre-eclampsia with a severe feature (was an
    unspecified abdominal pain)."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "35 weeks pregnant, pain under the right ribs and upper abdomen since tonight, "
        "nausea. Mild headache.",
        _v(92, 158, 18, 98, 36.8, 104, 7),
        34,
        "F",
    )
    assert "pre-eclampsia" in O.working(out).lower()
    assert _code(out).startswith("O14.1")


def test_pain_under_the_right_ribs_at_35_weeks_with_a_normal_pressure_is_not_ruled_in(
    reason: Reason,
) -> None:
    """Guard: without hypertension the pre-eclampsia criterion is not met."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "35 weeks pregnant, pain under the right ribs after a fatty meal, nausea.",
        _v(84, 116, 16, 99, 36.8, 72, 5),
        30,
        "F",
    )
    assert not _code(out).startswith("O14")


# --- children ---


def test_purpura_with_aching_joints_and_tummy_pain_is_iga_vasculitis(
    reason: Reason,
) -> None:
    """EULAR/PRINTO/PReS 2010: purpura with arthralgia and abdominal pain in a well
    afebrile child (was worked as cellulitis, coded R21)."""
    out = _run(
        reason,
        "RASH",
        "Raised purple spots over both legs and buttocks for 2 days, knees and ankles "
        "ache, tummy pain on and off. Well in himself.",
        _v(100, 104, 20, 99, 37.2, 64, 3),
        6,
        "M",
    )
    assert _code(out) == "D69.0"
    assert O.ordered(out, "urinalysis")


def test_a_febrile_purpuric_child_is_not_iga_vasculitis(reason: Reason) -> None:
    """Guard: fever with purpura is meningococcal disease until shown otherwise."""
    out = _run(
        reason,
        "RASH",
        "Fever since this morning, purple spots on the legs, aching legs, tummy ache, "
        "sleepy.",
        _v(150, 92, 28, 97, 39.4, 54),
        6,
        "M",
    )
    assert _code(out) != "D69.0"
    assert _esi(out) <= 2


def test_a_toddler_pulled_up_by_the_hand_holding_the_arm_by_her_side_has_a_pulled_elbow(
    reason: Reason,
) -> None:
    """RCH Melbourne: a longitudinal pull, then the arm held by the side and not
    used: reduce by hyperpronation (was a contusion with no reduction)."""
    out = _run(
        reason,
        "ARM INJURY",
        "She was pulled up by the hand onto the pavement, cried, now holds the left "
        "arm straight by her side. No swelling or bruising.",
        _v(118, None, 24, 99, 36.7),
        2,
        "F",
    )
    assert _code(out).startswith("S53.03")
    assert O.ordered(out, "hyperpronation")


def test_a_limp_after_a_twisted_ankle_gets_no_hip_films(reason: Reason) -> None:
    """POSNA; Peck 2017: the slip's pain is felt in the hip, thigh or knee; a limp
    after a twisted ankle is the ankle's (was hip films and non-weight-bearing)."""
    out = _run(
        reason,
        "ANKLE INJURY",
        "Twisted the right ankle at football, walking with a limp, mild swelling.",
        _v(96, None, 18, 99, 36.8, pain=3),
        9,
        "F",
    )
    assert not O.ordered(out, "both hips")
    assert not O.ordered(out, "non-weight-bearing")


def test_a_teenagers_knee_pain_and_limp_keeps_the_hip_films(reason: Reason) -> None:
    """Guard: knee pain with a limp at 13 is a slip until the hips are filmed."""
    out = _run(
        reason,
        "KNEE PAIN",
        "Three weeks of left knee ache and a limp, now worse. Overweight.",
        _v(84, 124, 16, 99, 36.7, 76, 4),
        13,
        "M",
    )
    assert O.ordered(out, "hips")


def test_a_young_infants_bronchiolitis_with_a_reported_apnoea_is_admitted_at_level_2(
    reason: Reason,
) -> None:
    """NICE NG9 1.3.3: an apnoea, observed or reported, is admission (was the
    observation ward); ESI Table 3-3: an apnoea that is over is no level-1 need."""
    out = _run(
        reason,
        "BREATHING DIFFICULTY",
        "6-week-old, 2 days of runny nose and cough, now fast breathing and feeding "
        "half her usual. Mother saw her stop breathing for about 15 seconds this "
        "morning. Crackles and wheeze on both sides.",
        _v(172, None, 62, 93, 37.8),
        demographics={"age": 0, "age_days": 42, "sex": "F"},
    )
    assert _code(out) == "J21.9"
    assert O.dispo(out) == "Admit"
    assert _esi(out) == 2


def test_an_infant_not_breathing_on_arrival_stays_level_1(reason: Reason) -> None:
    """Guard: apnoea now, with a respiratory rate of 4, is a life-saving need."""
    out = _run(
        reason,
        "BREATHING DIFFICULTY",
        "2-month-old brought in not breathing, blue, limp.",
        _v(70, None, 4, 78, 36.4),
        demographics={"age": 0, "age_days": 60, "sex": "M"},
    )
    assert _esi(out) == 1


# --- triage requests (trauma50, lead50) ---


def test_one_sided_drooling_of_a_facial_palsy_is_no_airway_compromise(
    reason: Reason,
) -> None:
    """AAO-HNS 2013 Bell's palsy: saliva escaping from one side of the mouth is the
    lost lip seal; with the forehead included it is the nerve's palsy (was ESI 2)."""
    out = _run(
        reason,
        "FACIAL DROOP",
        "Left face drooping including the forehead since waking, drooling from the "
        "left of her mouth, speech normal, arms and legs normal.",
        _v(78, 128, 14, 99, 36.8, 80),
        36,
        "F",
    )
    assert _esi(out) >= 3


def test_drooling_and_unable_to_swallow_stays_an_airway_threat(reason: Reason) -> None:
    """Guard: drooling with a failed swallow is the airway's sign (ESI ch.3-4)."""
    out = _run(
        reason,
        "SORE THROAT",
        "Drooling, unable to swallow her saliva, muffled voice, fever.",
        _v(118, 132, 22, 97, 38.9, 80),
        36,
        "F",
    )
    assert _esi(out) <= 2


def test_flashes_with_a_shadow_in_the_field_are_two_resources(reason: Reason) -> None:
    """RCOphth 2021: a shadow after flashes and floaters is a retinal detachment
    until seen: same-day ophthalmology and an ocular ultrasound (was ESI 4)."""
    out = _run(
        reason,
        "EYE PROBLEM",
        "New floaters and flashing lights in the right eye since yesterday, now a grey "
        "shadow coming in from the side.",
        _v(76, 136, 14, 99, 36.7, 84),
        55,
        "F",
    )
    assert _esi(out) <= 3


def test_a_punch_to_the_eye_with_double_vision_is_two_resources(reason: Reason) -> None:
    """RCEM/BAOMS: an orbital floor fracture with diplopia or a numb cheek needs a
    CT of the orbits and ophthalmology (was ESI 4)."""
    out = _run(
        reason,
        "EYE INJURY",
        "Punched in the left eye, double vision looking up and numb cheek.",
        _v(84, 132, 16, 99, 36.8, 80, 5),
        24,
        "M",
    )
    assert _esi(out) <= 3


def test_a_punch_to_the_eye_without_double_vision_stays_low_acuity(
    reason: Reason,
) -> None:
    """Guard: a black eye with normal vision and eye movements is no two-resource
    presentation (the denial is read)."""
    out = _run(
        reason,
        "EYE INJURY",
        "Punched in the left eye last night, bruised and swollen lids, no double "
        "vision, no numbness, vision normal.",
        _v(80, 128, 14, 99, 36.7, 78, 3),
        24,
        "M",
    )
    assert _esi(out) >= 4
