"""Paediatric emergency scenarios (session 19, peds19), written from guidelines.

Sources: NICE CG84 2009 diarrhoea and vomiting in children (Table 1 clinical shock,
1.3.2-1.3.3 IV fluid therapy) and NICE NG29 2020 (10 mL/kg boluses); Kocher MS et al.
JBJS Am 1999 and NICE NG240 2024 (leg pain and cold hands in meningococcal
septicaemia, Thompson MJ et al. Lancet 2006); Surviving Sepsis Campaign children 2020
(Weiss SL et al. Pediatr Crit Care Med 2020: age-appropriate blood-pressure targets).
Each scenario asserts a safety property, not exact strings; wording differs from the
peds19 review cases.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ORAL = ("oral rehydration", r"\bors\b", "oral fluids", r"\bodt\b", "fluid challenge")
BOLUS = (r"10 ?ml/kg", r"10-20 ?ml/kg", r"20 ?ml/kg")


def test_toddler_in_shock_from_gastroenteritis_gets_iv_bolus_not_oral_fluids(
    reason: Reason,
) -> None:
    """NICE CG84 1.3.2: diarrhoea with clinical shock signs -> IV bolus; admit."""
    out = reason(
        make_case(
            "DIARRHEA",
            age=2,
            sex="Male",
            vitals=vitals(176, 84, 50, 36, 98, 37.6),
            one_liner="2 y.o. boy with two days of profuse diarrhoea and vomiting "
            "everything, now very sleepy",
            ed_note="HPI: 2 year old with 2 days of profuse watery diarrhoea, vomits "
            "every drink. Dry nappy since last night. Exam: drowsy, opens eyes to "
            "voice, mottled legs, feet cold to the touch, cap refill 4 sec centrally, "
            "dry mouth, sunken eyes. Abdomen soft and non-tender.",
        )
    )
    assert O.ordered(out, *BOLUS)
    kept_oral = [o.name for o in O.orders(out) if O.mentions(o, ORAL)]
    assert not kept_oral, kept_oral
    assert out.final.disposition in ("Admit", "OR Admit")


def test_mildly_dehydrated_child_drinking_keeps_oral_rehydration(
    reason: Reason,
) -> None:
    """Guard (NICE CG84 1.3.1): no shock signs -> oral rehydration, discharge."""
    out = reason(
        make_case(
            "DIARRHEA",
            age=4,
            sex="Female",
            vitals=vitals(112, 100, 62, 24, 99, 37.4),
            one_liner="4 y.o. girl with a day of loose stools and two vomits",
            ed_note="HPI: 4 year old with 1 day of loose stools x5 and vomiting x2, "
            "now drinking juice. Exam: alert and playful, moist mucous membranes, "
            "capillary refill under 2 seconds, warm hands, abdomen soft.",
        )
    )
    assert not O.ordered(out, r"iv rehydration")
    assert out.final.disposition == "Discharge"


JOINT_WORKUP = ("joint aspiration", r"ultrasound of the hip", "arthrocentesis")


def test_purpuric_rash_with_aching_legs_is_not_worked_up_as_a_septic_joint(
    reason: Reason,
) -> None:
    """NICE NG240: leg pain + cold hands + purpura are meningococcal septicaemia.

    No joint aspiration or hip ultrasound, antibiotics not tied to an aspiration,
    and no adult MAP 65 mmHg vasopressor target in a child (SSC children 2020).
    """
    out = reason(
        make_case(
            "RASH",
            age=6,
            sex="Female",
            vitals=vitals(168, 72, 36, 36, 95, 39.8),
            one_liner="6 y.o. girl with high fever since this morning, aching legs "
            "and purple spots appearing on her arms",
            ed_note="HPI: 6 year old, fever 39.8 since this morning, complains her "
            "legs are aching badly, vomited once. Exam: pale, hands and feet cold, "
            "capillary refill 4 s, widespread non-blanching petechiae and purpura on "
            "arms, trunk and legs, drowsy but rousable. No joint swelling.",
        )
    )
    workup = [o.name for o in O.orders(out) if O.mentions(o, JOINT_WORKUP)]
    assert not workup, workup
    tied = [o.name for o in O.medications(out) if "after aspiration" in o.name.lower()]
    assert not tied, tied
    adult_map = [o.name for o in O.orders(out) if O.mentions(o, (r"map >= 65",))]
    assert not adult_map, adult_map
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime", "antibiotic")


def test_febrile_child_with_thigh_pain_refusing_to_walk_still_gets_joint_workup(
    reason: Reason,
) -> None:
    """Guard (Kocher 1999; IDSA/PIDS 2023): no rash, limb complaint -> joint work-up."""
    out = reason(
        make_case(
            "LIMP",
            age=5,
            sex="Male",
            vitals=vitals(128, 100, 60, 24, 99, 38.9),
            one_liner="5 y.o. boy with fever and right thigh pain, refusing to walk",
            ed_note="HPI: 5 year old with 2 days of fever and right thigh pain, "
            "refusing to walk since this morning. Exam: holds the right hip flexed, "
            "pain on passive rotation of the hip, no rash.",
        )
    )
    assert O.ordered(out, *JOINT_WORKUP, "orthopaedic")


def test_stridor_with_seal_like_cough_after_a_cold_is_named_croup(
    reason: Reason,
) -> None:
    """Bjornson & Johnson, Lancet 2008: coryza, then barking cough and stridor.

    The restless, agitated child and the runny nose are croup's own picture, not a
    disease outside the knowledge base: the final diagnosis names croup.
    """
    out = reason(
        make_case(
            "STRIDOR",
            age=1,
            sex="Female",
            vitals=vitals(152, 96, 58, 38, 96, 38.3),
            one_liner="18 month old girl with a seal-like cough and noisy breathing "
            "tonight after two days of runny nose",
            ed_note="HPI: 18 month old, runny nose for 2 days, woke at midnight with "
            "a seal-like cough and harsh inspiratory noise. Exam: restless and "
            "agitated, inspiratory stridor at rest, mild sternal recession, no "
            "drooling, sitting comfortably on mother's lap between coughs.",
        )
    )
    assert "croup" in (out.final.diagnosis_name or "").lower()


def test_runny_nose_and_cough_without_a_bark_is_not_croup(reason: Reason) -> None:
    """Guard: coryza and cough alone are a cold (no barking cough, no stridor)."""
    out = reason(
        make_case(
            "COUGH",
            age=3,
            sex="Male",
            vitals=vitals(110, 98, 60, 24, 98, 37.6),
            one_liner="3 y.o. boy with runny nose and cough for 3 days",
            ed_note="HPI: 3 year old with runny nose and a wet cough for 3 days, "
            "eating and drinking. Exam: alert, clear rhinorrhoea, chest clear, no "
            "stridor, no increased work of breathing.",
        )
    )
    assert "croup" not in (out.final.diagnosis_name or "").lower()


def test_fussy_infant_with_sentinel_bruising_is_not_called_a_blocked_nose(
    reason: Reason,
) -> None:
    """AAP 2015 / TEN-4-FACESp: a fussy 3-month-old with ear and chest bruises.

    'FUSSY' is an infant complaint (Freedman 2009), not nasal congestion; the final
    diagnosis names the suspected abuse the orders act on.
    """
    out = reason(
        make_case(
            "FUSSY",
            sex="Female",
            vitals={"heart_rate": 158, "respiratory_rate": 38, "temperature_c": 36.9},
            demographics={"age_days": 95},
            one_liner="3 month old girl, fussy and hard to settle since yesterday",
            ed_note="HPI: 3 month old, fussy and crying more than usual since "
            "yesterday, feeding a little less. Mother's boyfriend was babysitting. "
            "Exam: bruises behind the right ear and over the left chest wall, no "
            "explanation offered, infant not yet rolling. Fontanelle soft.",
        )
    )
    name = (out.final.diagnosis_name or "").lower()
    assert "nasal" not in name and "sinus" not in name
    assert "abuse" in name


def test_crying_baby_is_not_given_a_laceration_differential(reason: Reason) -> None:
    """Freedman 2009: the crying infant's differential is infant disease, not wounds.

    Suspected intussusception (APSA 2021) goes to enema reduction under the
    surgeons: admitted, not an observation stay.
    """
    out = reason(
        make_case(
            "CRYING",
            sex="Male",
            vitals={"heart_rate": 146, "respiratory_rate": 32, "temperature_c": 37.2},
            demographics={"age_days": 200},
            one_liner="6 month old boy crying on and off since this morning",
            ed_note="HPI: 6 month old, bouts of screaming with the legs pulled up "
            "every 20 minutes, vomited twice, now a stool with dark blood and mucus. "
            "Exam: pale and sleepy between bouts, a mass felt in the right upper "
            "abdomen.",
        )
    )
    assert not O.proposes(out, "laceration")
    assert O.proposes(out, "intussusception")
    assert out.final.disposition in ("Admit", "OR Admit")


def test_hoarse_barky_toddler_without_stridor_at_rest_is_not_level_two(
    reason: Reason,
) -> None:
    """CPS 2017 / Westley: mild croup (no stridor at rest) is not airway compromise.

    A hoarse voice counts as airway compromise beside a burn, smoke, allergen or
    swelling (ESI v4 ch.4), not beside a croupy cough alone.
    """
    out = reason(
        make_case(
            "BARKY COUGH",
            age=2,
            sex="Male",
            vitals=vitals(120, 98, 60, 28, 98, 37.9),
            one_liner="2 y.o. boy with a hoarse voice and croupy cough since "
            "yesterday evening, playing in the waiting room",
            ed_note="HPI: 2 year old with a hoarse cry and croupy cough since "
            "yesterday evening. Exam: happy and playful, no stridor at rest, no "
            "recession, chest clear. Westley 0.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


def test_hoarse_voice_after_a_house_fire_stays_level_two_or_higher(
    reason: Reason,
) -> None:
    """Guard (ATLS 10th ed.; ESI v4 ch.4): hoarseness after smoke is airway risk."""
    out = reason(
        make_case(
            "SMOKE INHALATION",
            age=9,
            sex="Female",
            vitals=vitals(118, 108, 66, 24, 96),
            one_liner="9 y.o. girl pulled from a house fire, hoarse voice",
            ed_note="HPI: rescued from a bedroom fire, hoarse voice, soot around "
            "the nostrils. Exam: singed nasal hairs, no stridor yet.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_shock_signs_listed_after_a_negated_item_still_count(reason: Reason) -> None:
    """NICE CG84: 'no tears, CRT 3 s, cold peripheries' states two shock signs.

    The negation governs the tears only; an infant with diarrhoea, prolonged
    capillary refill and cold peripheries gets an IV bolus, not oral fluids.
    """
    out = reason(
        make_case(
            "VOMITING",
            sex="Male",
            vitals={"heart_rate": 182, "respiratory_rate": 44, "temperature_c": 37.8},
            demographics={"age_days": 300},
            one_liner="10 month old boy with gastroenteritis for 3 days, not feeding",
            ed_note="HPI: 10 month old, diarrhoea 8-10 times a day for 3 days, "
            "vomits all feeds since this morning. Exam: irritable, no tears, "
            "capillary refill 3 seconds, cold peripheries, sunken fontanelle.",
        )
    )
    assert O.ordered(out, *BOLUS)
    kept_oral = [o.name for o in O.orders(out) if O.mentions(o, ORAL)]
    assert not kept_oral, kept_oral


def test_croup_is_not_sent_home_straight_after_nebulised_epinephrine(
    reason: Reason,
) -> None:
    """CPS 2017 / RCH croup: observe 2-4 h after epinephrine (rebound stridor)."""
    out = reason(
        make_case(
            "CROUP",
            age=4,
            sex="Male",
            vitals=vitals(126, 102, 64, 26, 97, 37.7),
            one_liner="4 y.o. boy with croup and stridor at rest on arrival",
            ed_note="HPI: 4 year old with a barking cough since yesterday, stridor "
            "at rest and tracheal tug on arrival. ED course: oral dexamethasone "
            "0.6 mg/kg and a racemic epinephrine neb given; 25 minutes later "
            "settled, no stridor at rest, mother keen to go home.",
        )
    )
    assert out.final.disposition != "Discharge"


def test_croup_observed_hours_after_epinephrine_may_go_home(reason: Reason) -> None:
    """Guard (CPS 2017): stridor-free after 4 h of observation -> home is fine."""
    out = reason(
        make_case(
            "CROUP",
            age=4,
            sex="Male",
            vitals=vitals(112, 102, 64, 22, 98, 37.5),
            one_liner="4 y.o. boy with croup",
            ed_note="HPI: 4 year old with barking cough since yesterday, stridor at "
            "rest on arrival. ED course: oral dexamethasone and a racemic "
            "epinephrine neb given; observed for 4 hours afterwards with no "
            "stridor at rest, drinking and playing.",
        )
    )
    assert out.final.disposition == "Discharge"


HYPEROSMOLAR_NOW = (r"mannitol[^;]*\bnow\b", r"hypertonic saline now")


def test_dka_child_with_headache_confusion_and_falling_pulse_gets_mannitol_now(
    reason: Reason,
) -> None:
    """ISPAD 2022 / Muir 2004: two major criteria (altered mentation, heart rate
    falling > 20 bpm) + headache: hyperosmolar therapy now, no fluid bolus."""
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=11,
            sex="Male",
            vitals=vitals(66, 132, 94, 22, 98),
            one_liner="11 y.o. boy with DKA on an insulin infusion, new headache and "
            "confusion",
            ed_note="HPI: 11 year old with known type 1 diabetes in DKA (pH 7.02, "
            "glucose 29 mmol/L), on insulin 0.1 U/kg/h for 4 hours. Now says his head "
            "is pounding, confused about where he is, GCS 13. Pulse dropped from 124 "
            "to 66 over the last hour, BP 132/94.",
        )
    )
    assert O.ordered(out, *HYPEROSMOLAR_NOW)
    bolus = [
        o.name
        for o in O.medications(out)
        if O.mentions(o, ("bolus", "first hour")) and "mannitol" not in o.name.lower()
    ]
    assert not bolus, bolus


def test_alert_child_in_dka_is_not_treated_for_cerebral_oedema(reason: Reason) -> None:
    """Guard (ISPAD 2022): vomiting and abdominal pain alone are not cerebral oedema."""
    out = reason(
        make_case(
            "VOMITING",
            age=10,
            sex="Female",
            vitals=vitals(124, 108, 68, 30, 99),
            one_liner="10 y.o. girl with new diabetes, vomiting and abdominal pain",
            ed_note="HPI: 10 year old, 3 weeks of thirst and weight loss, vomiting "
            "today with abdominal pain. Exam: alert, GCS 15, Kussmaul breathing. "
            "Glucose 26 mmol/L, pH 7.15, bicarbonate 9, ketones 5.1: DKA.",
        )
    )
    assert not O.ordered(out, *HYPEROSMOLAR_NOW)
