"""trauma50 (session 50): limb arteries, burns, the axial load, myasthenia, Bell palsy.

Written from the sources named in each docstring, never from rows of the shared data:
- Fox N et al. EAST 2012 penetrating lower extremity arterial trauma (J Trauma Acute
  Care Surg 2012;73:S315); Feliciano DV et al. Western Trauma Association 2011
  peripheral vascular injury (J Trauma 2011;70:1551); ACS ATLS 10th ed. ch. 3, 7, 8;
- British Burn Association / National Network for Burn Care 2012 referral guidance
  and RCEM major trauma burns (formal fluids for adults over 15 % TBSA);
- NICE NG41 2016 spinal injury (CT for a dangerous mechanism with back pain);
  Walters JL et al. Injury 2014 (calcaneal and spinal fractures); ASIA ISNCSCI 2019;
- Sanders DB et al. Neurology 2016;87:419 (myasthenic crisis); Wendell LC, Levine JM
  2011 (neuromuscular respiratory failure);
- Baugh RF et al. AAO-HNS 2013 Bell's palsy; Greenberg SM et al. AHA/ASA 2022 ICH;
  GRACE-3 2023 (truncal ataxia).

Each target scenario failed on main before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_STROKE_CTA = ("ct angiograph", "cta")


def test_thigh_gunshot_with_hard_signs_goes_to_theatre_not_hand_surgery(
    reason: Reason,
) -> None:
    """EAST 2012; WTA 2011; ATLS 10th ed. ch. 8: a thigh gunshot with pulsatile
    bleeding, an expanding haematoma and no foot pulse is an arterial injury:
    haemorrhage control (pressure, tourniquet) and the vascular or trauma surgeon to
    theatre, coded to the femoral artery; never the hand surgeon's tendon and
    two-point examination."""
    out = reason(
        make_case(
            "gunshot wound",
            age=26,
            sex="M",
            vitals=vitals(122, 104, 62, 22, 98),
            one_liner="26M shot in the right thigh 20 minutes ago, bright red "
            "pulsatile bleeding from the wound, expanding haematoma, no pulse "
            "palpable in the right foot, foot cold and pale",
        )
    )
    assert O.ordered(out, "tourniquet"), O.order_names(out)
    assert O.ordered(out, "vascular"), O.order_names(out)
    assert not O.ordered(out, "hand surgery"), O.order_names(out)
    assert not O.ordered(out, "two-point"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "S75.009A", out.final


def test_arm_stab_with_a_weaker_pulse_is_not_sent_home_as_a_contusion(
    reason: Reason,
) -> None:
    """EAST 2012; WTA 2011: a stab wound of the upper arm with a weaker radial pulse (a
    soft sign) has its arterial index and imaging before any discharge: the wound is
    named, coded to the upper arm, and the patient stays."""
    out = reason(
        make_case(
            "stab wound",
            age=31,
            sex="M",
            vitals=vitals(98, 130, 80, 18, 99),
            one_liner="31M stabbed in the left upper arm, bleeding controlled with "
            "pressure, radial pulse present but weaker than the right, no expanding "
            "haematoma, hand moves normally",
        )
    )
    assert O.ordered(out, "brachial index", "arterial-brachial", "ankle-"), (
        O.order_names(out)
    )
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert out.final is not None and out.final.icd10 == "S41.109A", out.final


def test_guard_forearm_laceration_keeps_the_hand_surgeon(reason: Reason) -> None:
    """BSSH 2021: a glass cut of the forearm with numb fingers beyond it is a tendon or
    nerve injury for the hand surgeon (not a limb artery's theatre)."""
    out = reason(
        make_case(
            "laceration",
            age=30,
            sex="M",
            vitals=vitals(84, 128, 78, 14, 99),
            one_liner="30M cut his left forearm on broken glass, 3 cm wound on the "
            "volar forearm, numbness beyond the wound in the index finger, cannot "
            "bend the index finger",
        )
    )
    assert O.ordered(out, "hand surg"), O.order_names(out)
    assert not O.ordered(out, "tourniquet"), O.order_names(out)


def test_an_eighteen_percent_scald_is_resuscitated_by_formula(reason: Reason) -> None:
    """BBA/NNBC 2012; RCEM: partial-thickness burns over 15 % TBSA in an adult get IV
    fluids by a formula and IV opioid analgesia, no NSAID."""
    out = reason(
        make_case(
            "burn",
            age=52,
            sex="F",
            vitals=vitals(114, 126, 74, 20, 98),
            one_liner="52F spilled a pan of boiling water over her legs, blistered "
            "partial thickness burns over both lower legs about 18% TBSA, weight 72 kg",
        )
    )
    assert O.ordered(out, "ringer", "ml x kg"), O.order_names(out)
    assert O.ordered(out, "iv opioid", "morphine", "fentanyl"), O.order_names(out)
    assert not O.medication_ordered(out, "ibuprofen"), O.order_names(out)


def test_guard_a_small_burn_gets_no_fluid_formula(reason: Reason) -> None:
    """ABA 2022; BBA: a 2 % superficial partial-thickness burn is dressed at home: no
    formula fluids."""
    out = reason(
        make_case(
            "burn",
            age=30,
            sex="M",
            vitals=vitals(86, 130, 80, 16, 99),
            one_liner="30M touched a hot exhaust, 2% TBSA superficial partial "
            "thickness burn on his calf, blistered, no other injury",
        )
    )
    assert not O.ordered(out, "ringer", "ml x kg"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_a_fall_onto_the_heels_images_the_heels_and_the_spine(reason: Reason) -> None:
    """NICE NG41 2016; Walters 2014: a 4 m fall onto the feet with painful heels and L1
    tenderness: calcaneal radiographs and CT of the thoracolumbar spine with spinal
    precautions."""
    out = reason(
        make_case(
            "fall from height",
            age=38,
            sex="M",
            vitals=vitals(94, 140, 84, 18, 98),
            one_liner="38M fell 4 metres off a roof onto his feet, both heels swollen "
            "and very painful, cannot weight bear, tender over the L1 spinous process",
        )
    )
    assert O.ordered(out, "calcane"), O.order_names(out)
    assert O.ordered(out, "ct of the thoracic and lumbar spine"), O.order_names(out)


def test_a_paraplegia_below_a_tender_thoracic_spine_is_a_thoracic_cord_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 7; ASIA 2019: legs that cannot move or feel after a 6 m fall,
    the arms normal and T11-T12 tender, are a cord injury at the thoracic level (S24.1),
    not 'cervical', admitted with the spinal surgeon."""
    out = reason(
        make_case(
            "fall from height",
            age=34,
            sex="M",
            vitals=vitals(92, 128, 78, 18, 98),
            one_liner="34M fell 6 metres from scaffolding landing on his back, "
            "tenderness over T11 and T12, cannot move or feel his legs, arms normal, "
            "no neck pain",
        )
    )
    assert out.final is not None and out.final.icd10 == "S24.109A", out.final
    assert O.ordered(out, "spine surgery"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_guard_low_risk_rear_end_neck_pain_gets_no_spine_ct(reason: Reason) -> None:
    """Canadian C-spine rule (Stiell 2001): a low-speed rear-end collision, ambulatory,
    delayed neck pain, no midline tenderness and able to rotate 45 degrees: no imaging;
    no thoracolumbar CT without a dangerous mechanism (NICE NG41)."""
    out = reason(
        make_case(
            "neck pain",
            age=33,
            sex="F",
            vitals=vitals(76, 118, 74, 14, 99),
            one_liner="33F rear-ended at a traffic light at low speed, sitting in the "
            "waiting room, ambulatory since the crash, delayed onset of neck pain, no "
            "midline tenderness, can rotate her neck 45 degrees both ways",
        )
    )
    assert not O.ordered(out, "ct of the thoracic", "ct cervical"), O.order_names(out)


def test_breathless_known_myasthenia_with_ptosis_is_a_crisis(reason: Reason) -> None:
    """Sanders 2016 (MGFA impending crisis): known myasthenia with worsening ptosis, a
    weak neck and new breathlessness is a crisis until the vital capacity says
    otherwise: vital capacity monitoring, IVIG or plasma exchange, neurology and
    critical care; it was worked as anaemia with a D-dimer."""
    out = reason(
        make_case(
            "shortness of breath",
            age=54,
            sex="F",
            vitals=vitals(104, 138, 84, 26, 94),
            one_liner="54F known myasthenia gravis, 2 days of worsening ptosis, "
            "difficulty swallowing, weak neck, now breathless, FVC 1.1 L",
        )
    )
    assert out.final is not None and out.final.icd10 == "G70.01", out.final
    assert O.ordered(out, "vital capacity"), O.order_names(out)
    assert O.ordered(out, "ivig", "plasma exchange"), O.order_names(out)


def test_myasthenic_crisis_with_a_dropping_head_gets_no_stroke_angiogram(
    reason: Reason,
) -> None:
    """Sanders 2016; Wendell & Levine 2011: known myasthenia with drooping lids, slurred
    speech and a head dropping forward is a crisis (bulbar weakness), not a stroke: no
    CT angiogram or stroke team beside it (trauma49's leftover)."""
    out = reason(
        make_case(
            "weakness",
            age=64,
            sex="M",
            vitals=vitals(102, 142, 84, 24, 95),
            one_liner="64M known myasthenia gravis started ciprofloxacin for a urine "
            "infection 2 days ago, now drooping eyelids, slurred speech, head dropping "
            "forward, FVC 1.3 L",
        )
    )
    assert out.final is not None and out.final.icd10 == "G70.01", out.final
    assert not O.ordered(out, *_STROKE_CTA), O.order_names(out)
    assert not O.ordered(out, "stroke team"), O.order_names(out)


def test_guard_known_myasthenia_with_a_hemiparesis_keeps_the_stroke_work_up(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: a sudden right arm and leg weakness with a facial droop is a stroke
    work-up whatever the history of myasthenia."""
    out = reason(
        make_case(
            "weakness",
            age=66,
            sex="M",
            vitals=vitals(88, 168, 92, 16, 97),
            one_liner="66M with myasthenia gravis on pyridostigmine, sudden weakness "
            "of the right arm and leg and right facial droop 1 hour ago, slurred "
            "speech",
        )
    )
    assert O.ordered(out, *_STROKE_CTA), O.order_names(out)


def test_bells_palsy_in_the_owners_words_gets_no_stroke_work_up(
    reason: Reason,
) -> None:
    """AAO-HNS 2013: a facial droop that involves the forehead ("cannot wrinkle his
    right forehead") with no other deficit is Bell's palsy: prednisolone and eye care,
    no routine imaging, no stroke team."""
    out = reason(
        make_case(
            "facial droop",
            age=42,
            sex="M",
            vitals=vitals(78, 132, 80, 14, 99),
            one_liner="42M woke with the right side of his face drooping, cannot "
            "wrinkle his right forehead or close his right eye, no limb weakness, "
            "speech clear, no rash in the ear",
        )
    )
    assert out.final is not None and out.final.icd10 == "G51.0", out.final
    assert O.ordered(out, "prednisolone"), O.order_names(out)
    assert not O.ordered(out, *_STROKE_CTA), O.order_names(out)


def test_drooling_from_one_side_of_the_mouth_is_no_epiglottitis(
    reason: Reason,
) -> None:
    """AAO-HNS 2013: saliva escaping from one corner of the mouth in a facial palsy is
    the lip's weakness, not the supraglottic airway's drooling: no airway-epiglottitis
    orders (ceftriaxone, dexamethasone, 'no throat examination')."""
    out = reason(
        make_case(
            "facial weakness",
            age=36,
            sex="F",
            vitals=vitals(80, 124, 76, 14, 99),
            one_liner="36F since this morning the left side of her face is drooping "
            "including the forehead, cannot close the left eye, drooling from the left "
            "of her mouth, arms and legs normal, speech normal",
        )
    )
    assert out.final is not None and out.final.icd10 == "G51.0", out.final
    assert not O.ordered(out, "ceftriaxone"), O.order_names(out)
    assert not O.ordered(out, "throat examination"), O.order_names(out)


def test_thunderclap_with_a_gait_falling_to_one_side_is_a_haemorrhage_work_up(
    reason: Reason,
) -> None:
    """AHA/ASA 2022 ICH; GRACE-3 2023: a sudden occipital headache with vomiting, a gait
    that falls to one side and slurred speech at BP 198/106 is an intracranial
    haemorrhage (cerebellar) until the CT: not a hypertensive emergency, and the
    neurosurgeon is named for the haemorrhage the CT shows."""
    out = reason(
        make_case(
            "headache",
            age=68,
            sex="M",
            vitals=vitals(64, 198, 106, 16, 97),
            one_liner="68M sudden severe occipital headache 1 hour ago while "
            "gardening, vomiting, cannot walk without falling to the right, "
            "slurred speech",
        )
    )
    assert "hemorrhage" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, "neurosurgery"), O.order_names(out)
