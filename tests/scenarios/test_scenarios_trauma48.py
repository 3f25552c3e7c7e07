"""trauma48 (session 48): cord syndromes, cauda equina, neurology, ENT, psychiatry.

Written from the sources named in each docstring, never from rows of the shared data:
- ASIA 2019 ISNCSCI; McKinley W et al. J Spinal Cord Med 2007;30:215 (cord syndromes);
  ATLS 10th ed. ch. 7; NICE NG41 2016 spinal injury;
- GIRFT 2023 national suspected cauda equina syndrome pathway; NICE NG59 2016.

Each target scenario failed on main before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_legs_that_cannot_move_or_feel_pain_after_a_fall_are_a_cord_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 7; McKinley 2007: neither leg moving nor feeling pain, with
    vibration and position kept, after a fall from a height is an anterior cord
    syndrome: spinal precautions, MRI and the spinal surgeon, never home."""
    out = reason(
        make_case(
            "fall",
            age=55,
            sex="M",
            vitals=vitals(80, 140, 86, 16, 98),
            one_liner="55M fell from a ladder onto his back, cannot move or feel pain "
            "in either leg but can feel the tuning fork and position of his toes",
        )
    )
    assert O.ordered(out, "mri"), O.order_names(out)
    assert O.ordered(out, "neurosurg", "spinal surg"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_a_stab_in_the_back_with_a_weak_leg_and_the_other_numb_to_pain_is_a_cord_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 7; McKinley 2007: one leg weak with lost position sense and
    the other leg's pain and temperature lost after a stab in the back is a
    Brown-Sequard hemicord: the spine is imaged and the spinal surgeon called."""
    out = reason(
        make_case(
            "stab wound",
            age=25,
            sex="M",
            vitals=vitals(104, 124, 78, 20, 98),
            one_liner="25M stabbed in the back between the shoulder blades, right leg "
            "weak with loss of joint position sense, cannot feel pain or temperature "
            "in the left leg",
        )
    )
    assert O.ordered(out, "mri"), O.order_names(out)
    assert O.ordered(out, "neurosurg", "spinal surg"), O.order_names(out)


def test_back_pain_numb_when_wiping_with_hesitancy_is_a_suspected_cauda_equina(
    reason: Reason,
) -> None:
    """GIRFT 2023 suspected CES pathway; NICE NG59: back pain with bilateral
    sciatica, numbness when wiping and new difficulty passing urine gets an emergency
    MRI and the spinal surgeon before any discharge; no home with an NSAID."""
    out = reason(
        make_case(
            "back pain",
            age=45,
            sex="F",
            vitals=vitals(82, 130, 80, 16, 98),
            one_liner="45F known chronic low back pain, worse for 2 days with new pain "
            "down both legs, numb when wiping after the toilet, hesitancy passing "
            "urine",
        )
    )
    assert O.ordered(out, "mri"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_back_pain_with_new_hesitancy_is_not_sent_home_before_the_mri(
    reason: Reason,
) -> None:
    """GIRFT 2023: a new difficulty starting to pass urine beside back pain is a
    bladder red flag: the MRI is done before the patient leaves."""
    out = reason(
        make_case(
            "back pain",
            age=50,
            sex="M",
            vitals=vitals(80, 134, 82, 16, 98),
            one_liner="50M low back pain for 3 days after lifting a wardrobe, since "
            "this morning new hesitancy passing urine",
        )
    )
    assert O.ordered(out, "mri"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_guard_mechanical_back_pain_without_red_flags_goes_home(
    reason: Reason,
) -> None:
    """Guard. NICE NG59: back pain after lifting with no leg, saddle or bladder
    symptom is managed at home without imaging."""
    out = reason(
        make_case(
            "back pain",
            age=35,
            sex="M",
            vitals=vitals(74, 126, 78, 14, 99),
            one_liner="35M low back pain after lifting boxes yesterday, no leg pain, "
            "no "
            "numbness, no hesitancy, passing urine normally, walks normally",
        )
    )
    assert not O.ordered(out, "mri"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.disposition(out)


def test_guard_a_fall_with_both_legs_moving_is_no_cord_injury(reason: Reason) -> None:
    """Guard. ATLS ch. 7: a fall with a bruised shin and both legs moving normally has
    no cord deficit: no spinal MRI."""
    out = reason(
        make_case(
            "fall",
            age=40,
            sex="F",
            vitals=vitals(78, 128, 80, 14, 99),
            one_liner="40F slipped on ice and fell, bruised left shin, can move and "
            "feel both legs normally, walking",
        )
    )
    assert not O.ordered(out, "mri"), O.order_names(out)


def test_rigid_all_over_after_a_haloperidol_increase_is_nms_not_sepsis(
    reason: Reason,
) -> None:
    """Gurrera RJ et al. 2011 consensus; Strawn JR et al. 2007: a dopamine antagonist,
    rigidity, fever and confusion with a raised CK is the neuroleptic malignant
    syndrome: the antipsychotic stopped, worked and coded as NMS (G21.0)."""
    out = reason(
        make_case(
            "confusion",
            age=45,
            sex="M",
            vitals=vitals(124, 168, 60, 24, 96, 39.8),
            one_liner="45M with schizophrenia, haloperidol dose increased last week, "
            "now "
            "confused, rigid all over, sweating, temperature 39.8, CK 18,000",
        )
    )
    assert "neuroleptic" in O.working(out), O.working(out)
    assert O.ordered(out, "stop the antipsychotic"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "G21.0", out.final


def test_guard_a_rigid_abdomen_stays_guarding_not_nms(reason: Reason) -> None:
    """Guard. McGee: a rigid abdomen is peritonism, whatever else is written."""
    out = reason(
        make_case(
            "abdominal pain",
            age=60,
            sex="M",
            vitals=vitals(112, 118, 70, 22, 97, 38.2),
            one_liner="60M sudden severe epigastric pain, takes ibuprofen daily, "
            "abdomen "
            "rigid and tender, lying still",
        )
    )
    assert "neuroleptic" not in O.working(out), O.working(out)


def test_known_myasthenia_slurred_and_choking_on_drinks_and_breathless_is_a_crisis(
    reason: Reason,
) -> None:
    """Sanders DB et al. Neurology 2016 (MGFA consensus): known myasthenia with bulbar
    weakness (slurred speech, choking on drinks) and breathlessness after a macrolide is
    an impending crisis: vital capacity, IVIG or plasma exchange, ICU (G70.01)."""
    out = reason(
        make_case(
            "difficulty swallowing",
            age=62,
            sex="F",
            vitals=vitals(106, 138, 80, 24, 94, 37.4),
            one_liner="62F known myasthenia gravis on pyridostigmine, started "
            "clarithromycin for a chest infection 3 days ago, now drooping eyelids, "
            "slurred speech, choking on drinks and breathless lying flat",
        )
    )
    assert "myasthen" in O.working(out), O.working(out)
    assert O.ordered(out, "vital capacity"), O.order_names(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_tonsils_out_a_week_ago_and_spitting_blood_is_a_post_tonsillectomy_bleed(
    reason: Reason,
) -> None:
    """AAO-HNS 2019 tonsillectomy guideline; ENT UK: bleeding in the two weeks after a
    tonsillectomy ("tonsils out 7 days ago") is a secondary haemorrhage: ENT now, not a
    dental problem (J95.830)."""
    out = reason(
        make_case(
            "bleeding from mouth",
            age=22,
            sex="F",
            vitals=vitals(118, 112, 68, 20, 98, 37.2),
            one_liner="22F tonsils out 7 days ago, coughing up bright red blood and "
            "clots "
            "for an hour",
        )
    )
    assert "tonsil" in O.working(out), O.working(out)
    assert O.ordered(out, "ent "), O.order_names(out)


def test_guard_tonsils_out_as_a_child_is_no_post_tonsillectomy_bleed(
    reason: Reason,
) -> None:
    """Guard. AAO-HNS 2019: a tonsillectomy in childhood is past history; a nosebleed
    at 40 is a nosebleed."""
    out = reason(
        make_case(
            "nosebleed",
            age=40,
            sex="M",
            vitals=vitals(84, 138, 84, 16, 99),
            one_liner="40M nosebleed from the left nostril for 20 minutes, tonsils out "
            "as "
            "a child, no anticoagulants",
        )
    )
    assert "tonsil" not in O.working(out), O.working(out)


def test_vertigo_and_double_vision_after_a_neck_manipulation_is_a_dissection_of_today(
    reason: Reason,
) -> None:
    """Biller J et al. AHA/ASA 2014 cervical arterial dissection; Powers WJ et al.
    AHA/ASA 2019: neck pain after a chiropractic manipulation, then today a
    posterior-circulation deficit, is a vertebral artery dissection with a stroke:
    CT angiography, the stroke team's reperfusion decision from today's onset; no
    cervical fracture worked up without an injury."""
    out = reason(
        make_case(
            "neck pain",
            age=38,
            sex="F",
            vitals=vitals(78, 138, 86, 16, 99),
            one_liner="38F neck pain on the right after chiropractic manipulation 2 "
            "days "
            "ago, today vertigo, unsteady walking, slurred speech and double vision",
        )
    )
    assert "fracture" not in O.working(out), O.working(out)
    assert O.ordered(out, "angiograph"), O.order_names(out)
    assert not O.ordered(out, "past the acute windows"), O.order_names(out)


def test_guard_a_deficit_three_days_old_is_past_the_windows(reason: Reason) -> None:
    """Guard. AHA/ASA 2019 3.5, 3.7: a deficit that began three days ago is beyond
    every reperfusion window: stroke unit care and secondary prevention."""
    out = reason(
        make_case(
            "weakness",
            age=70,
            sex="M",
            vitals=vitals(80, 160, 90, 16, 97),
            one_liner="70M right arm weakness and slurred speech that started 3 days "
            "ago, "
            "not improving",
        )
    )
    assert not O.ordered(out, "reperfusion decision"), O.order_names(out)


def test_a_basilar_picture_without_an_injury_gets_no_collar_or_bp_infusion(
    reason: Reason,
) -> None:
    """Powers WJ et al. AHA/ASA 2019 3.3; ATLS 10th ed. ch. 7: double vision, slurred
    speech, drowsiness and four weak limbs without any injury are a basilar occlusion,
    not a cord injury to collar; a pressure of 182/100 in a lytic candidate is below
    185/110 and is not lowered."""
    out = reason(
        make_case(
            "decreased consciousness",
            age=58,
            sex="M",
            vitals=vitals(66, 182, 100, 14, 96),
            one_liner="58M double vision and slurred speech this morning then drowsy, "
            "GCS "
            "10, weak in all four limbs, last seen well 3 hours ago",
        )
    )
    assert not O.ordered(out, "collar"), O.order_names(out)
    assert not O.ordered(out, "nicardipine", "labetalol"), O.order_names(out)
    assert O.ordered(out, "stroke team"), O.order_names(out)


def test_guard_four_weak_limbs_after_a_dive_keep_the_collar(reason: Reason) -> None:
    """Guard. ATLS 10th ed. ch. 7; NICE NG41: four weak limbs after a dive into
    shallow water are a cord injury: spinal motion restriction and MRI."""
    out = reason(
        make_case(
            "neck injury",
            age=20,
            sex="M",
            vitals=vitals(60, 100, 60, 16, 97),
            one_liner="20M dived into a shallow pool, hit his head on the bottom, now "
            "weak "
            "in all four limbs, neck pain",
        )
    )
    assert O.ordered(out, "collar", "spinal motion restriction"), O.order_names(out)
    assert O.ordered(out, "mri"), O.order_names(out)


def test_no_waking_after_a_seizure_with_a_twitching_mouth_is_subtle_status(
    reason: Reason,
) -> None:
    """Brophy GM et al. NCS 2012; Trinka E et al. ILAE 2015: no return to baseline
    after a convulsion with subtle rhythmic twitching is a (subtle, non-convulsive)
    status epilepticus: a benzodiazepine, a second-line drug and an urgent EEG."""
    out = reason(
        make_case(
            "confusion",
            age=74,
            sex="F",
            vitals=vitals(90, 150, 86, 18, 96, 37.0),
            one_liner="74F had a generalised seizure 3 hours ago and has not woken up "
            "properly since. Twitching of the right side of the mouth, eyes deviated "
            "to "
            "the right.",
        )
    )
    assert "status epilepticus" in O.working(out), O.working(out)
    assert O.ordered(out, "lorazepam", "midazolam"), O.order_names(out)
    assert O.ordered(out, "eeg"), O.order_names(out)


def test_guard_a_seizure_back_to_normal_is_no_status(reason: Reason) -> None:
    """Guard. NICE NG217: a seizure with full recovery in known epilepsy is no status:
    no benzodiazepine."""
    out = reason(
        make_case(
            "seizure",
            age=30,
            sex="M",
            vitals=vitals(96, 130, 80, 16, 98, 37.0),
            one_liner="30M known epilepsy, seizure at home 2 hours ago, now alert and "
            "oriented, back to normal, bitten tongue",
        )
    )
    assert not O.ordered(out, "lorazepam", "midazolam"), O.order_names(out)
    assert not O.ordered(out, "eeg"), O.order_names(out)


def test_double_vision_looking_up_after_a_punch_is_an_orbital_floor_fracture(
    reason: Reason,
) -> None:
    """ACR Appropriateness Criteria Facial Trauma 2022; Joseph JM, Glavas IP. Clin
    Ophthalmol 2011: double vision on upgaze and a numb cheek after a punch to the eye
    are an orbital floor (blowout) fracture: CT of the face and orbits, ophthalmology
    the same day, no nose blowing; no stroke CT angiogram (S02.30XA)."""
    out = reason(
        make_case(
            "eye injury",
            age=25,
            sex="M",
            vitals=vitals(84, 130, 80, 14, 99),
            one_liner="25M punched in the left eye, double vision when looking up, "
            "numb "
            "left cheek and upper lip, swelling around the eye",
        )
    )
    assert "orbital floor" in O.working(out), O.working(out)
    assert not O.ordered(out, "ct angiograph"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "S02.30XA", out.final


def test_guard_sudden_double_vision_and_unsteadiness_without_a_blow_is_a_stroke_work_up(
    reason: Reason,
) -> None:
    """Guard. AHA/ASA 2019: sudden double vision with unsteadiness and no injury is a
    posterior-circulation stroke until imaged."""
    out = reason(
        make_case(
            "double vision",
            age=68,
            sex="M",
            vitals=vitals(80, 170, 90, 16, 97),
            one_liner="68M sudden double vision and unsteady walking an hour ago, no "
            "injury, known AF not anticoagulated",
        )
    )
    assert "orbital" not in O.working(out), O.working(out)
    assert O.ordered(out, "ct"), O.order_names(out)


def test_an_admitted_cord_compression_with_weak_legs_gets_no_return_at_once_advice(
    reason: Reason,
) -> None:
    """NICE NG234 2023 1.3.3, 1.6: metastatic cord compression with weak legs is
    admitted with dexamethasone and a whole-spine MRI; its neurological examination
    is repeated in hospital, not a safety-net advice to return if the legs weaken."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="M",
            vitals=vitals(86, 136, 80, 16, 97),
            one_liner="66M with prostate cancer, thoracic back pain for 3 weeks worse "
            "lying flat, now legs weak (MRC 4/5) and unsteady",
        )
    )
    assert O.ordered(out, "dexamethasone"), O.order_names(out)
    assert not O.ordered(out, "returning at once"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_guard_cancer_with_thoracic_pain_and_no_deficit_keeps_the_safety_advice(
    reason: Reason,
) -> None:
    """Guard. NICE NG234 2023 1.3: spinal pain suggestive of metastases without a
    neurological symptom: MRI and the MSCC coordinator, and the advice to return at
    once with any new weakness, numbness or sphincter change."""
    out = reason(
        make_case(
            "back pain",
            age=64,
            sex="F",
            vitals=vitals(80, 130, 78, 16, 98),
            one_liner="64F with breast cancer, thoracic back pain for 2 weeks worse at "
            "night, walks normally, no weakness or numbness, bladder and bowels normal",
        )
    )
    assert O.ordered(out, "returning at once"), O.order_names(out)


def test_new_confusion_since_a_diphenhydramine_sleeping_tablet_stops_the_drug(
    reason: Reason,
) -> None:
    """NICE CG103 1.6; AGS Beers Criteria 2023: an older adult's new confusion since
    starting diphenhydramine at night is a drug-induced delirium: the anticholinergic
    is stopped and the bladder scanned; worked as delirium (F05)."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="F",
            vitals=vitals(88, 138, 76, 16, 96, 36.9),
            one_liner="84F new confusion over 2 days since starting diphenhydramine "
            "for "
            "sleep, dry mouth, not passing much urine, bladder distended",
        )
    )
    assert O.ordered(out, "stop the anticholinergic"), O.order_names(out)
    assert O.ordered(out, "bladder scan"), O.order_names(out)


def test_guard_confusion_with_fever_on_diphenhydramine_keeps_the_sepsis_work_up(
    reason: Reason,
) -> None:
    """Guard. NICE CG103 1.6; SSC 2021: a febrile older adult's confusion is sought for
    an infection whatever drug she takes."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="F",
            vitals=vitals(112, 104, 60, 24, 95, 38.9),
            one_liner="84F new confusion since yesterday, takes diphenhydramine at "
            "night, "
            "fever 38.9, burning on passing urine",
        )
    )
    assert O.ordered(out, "lactate", "blood culture", "urine"), O.order_names(out)


def test_a_lightning_strike_is_coded_as_lightning_with_its_eyes_and_ears_examined(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 T75.0- (T75.4 electrocution excludes lightning); Davis C et al.
    WMS lightning guideline 2014: the eyes and tympanic membranes are examined; a
    resolved keraunoparalysis needs no collar."""
    out = reason(
        make_case(
            "lightning strike",
            age=30,
            sex="M",
            vitals=vitals(88, 128, 78, 16, 99),
            one_liner="30M struck by lightning on a golf course, brief loss of "
            "consciousness, legs were blue and could not move for 20 minutes but now "
            "moving normally, fern-like marks on his chest, neck not tender",
        )
    )
    assert out.final is not None and out.final.icd10 == "T75.00XA", out.final
    assert O.ordered(out, "tympanic"), O.order_names(out)
    assert not O.ordered(out, "collar"), O.order_names(out)


def test_guard_a_high_voltage_injury_keeps_the_electrocution_code(
    reason: Reason,
) -> None:
    """Guard. ICD-10-CM T75.4: a high-voltage contact is an electrocution."""
    out = reason(
        make_case(
            "electrical injury",
            age=28,
            sex="M",
            vitals=vitals(96, 134, 80, 16, 98),
            one_liner="28M electrician touched an 11,000 volt cable, entry wound on "
            "the "
            "right hand, exit wound on the left foot, talking",
        )
    )
    assert out.final is not None and out.final.icd10 == "T75.4XXA", out.final
