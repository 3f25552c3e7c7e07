"""trauma53 (session 53): a brainstem stroke, a neck after a 2 m fall, a subdural.

Written from the sources named in each docstring, never from rows of the shared data:
- Kattah JC et al. Stroke 2009 (HINTS); Edlow JA et al. GRACE-3 2023; Mattle HP et
  al. Lancet Neurol 2011 and ESO 2023 (basilar artery occlusion);
- Stiell IG et al. JAMA 2001 (Canadian C-spine); NICE NG232 2023 head injury;
  Schneider RC 1954 / AANS-CNS 2013 (central cord syndrome); Sperry JL et al. WTA
  2013 (penetrating neck injury); Battle C et al. Injury 2014 (STUMBL), EAST 2016;
- Kolias AG et al. Nat Rev Neurol 2014 (chronic subdural); Hodges JR, Warlow CP 1990
  (transient global amnesia); NICE NG217 (first seizure); GIRFT 2023 (cauda equina);
- Walton W et al. Surv Ophthalmol 2002 (hyphaema); RCOphth (corneal foreign body);
  AAOS 2010 (Achilles rupture); BOAST ankle 2016; ENT UK (nasal fracture);
- ABA ABLS 2018 (burns, electrical injury); Lachs MS, Pillemer KA. NEJM 2015 (elder
  abuse); NICE NG234 2023 (MSCC); AHA/ASA 2022 ICH.

Each target scenario failed on main (b24000b7) before its fix; each guard passes on
both. One reasoner run per test.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_direction_changing_nystagmus_is_central_with_no_hints_order(
    reason: Reason,
) -> None:
    """Kattah 2009; GRACE-3 2023: a nystagmus that beats left on left gaze and right
    on right gaze is a central HINTS sign already found: the stroke is worked up
    (CT angiography, MRI), not examined again as if it might be peripheral."""
    out = reason(
        make_case(
            "dizziness",
            age=62,
            sex="M",
            vitals=vitals(86, 172, 94, 16, 97),
            one_liner="62M constant vertigo and vomiting since he woke 5 hours ago, "
            "cannot stand without falling to the left, nystagmus beating left on left "
            "gaze and right on right gaze, slurred speech, no hearing loss",
        )
    )
    assert "posterior circulation" in O.working(out), O.working(out)
    assert not O.ordered(out, "hints"), O.order_names(out)
    assert O.ordered(out, "ct angiograph", r"\bmri\b"), O.order_names(out)


def test_double_vision_dysarthria_and_three_weak_limbs_are_a_stroke_not_a_subdural(
    reason: Reason,
) -> None:
    """Mattle 2011; ESO 2023 basilar occlusion: sudden vertigo, double vision and
    slurred speech, then drowsiness and weak legs and an arm, is a brainstem stroke:
    CT angiography now, never a traumatic subdural without any injury."""
    out = reason(
        make_case(
            "drowsy",
            age=66,
            sex="F",
            vitals=vitals(58, 188, 100, 14, 95),
            one_liner="66F sudden vertigo, double vision and slurred speech 4 hours "
            "ago, now drowsy, GCS going up and down between 13 and 8, weak in both "
            "legs and the right arm, not on anticoagulants",
        )
    )
    assert "infarction" in O.working(out), O.working(out)
    assert "subdural" not in O.working(out)
    assert O.ordered(out, "ct angiograph"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_a_two_metre_fall_onto_the_head_with_c6_tenderness_is_not_sent_home(
    reason: Reason,
) -> None:
    """Stiell 2001 (Canadian C-spine: a fall from 3 ft or more is a dangerous
    mechanism, radiography mandatory); NICE NG232 2023 1.5.5: CT cervical spine
    within 1 h; the spine is held until imaging clears it, not forecast home."""
    out = reason(
        make_case(
            "head injury",
            age=39,
            sex="M",
            vitals=vitals(90, 136, 82, 16, 98),
            one_liner="39M fell 2 metres off scaffolding landing on his head, no loss "
            "of consciousness, GCS 15, neck pain with midline tenderness over C6, "
            "moves all limbs, no numbness",
        )
    )
    assert O.ordered(out, r"ct (?:of the )?(?:c-?spine|cervical)"), O.order_names(out)
    assert O.ordered(out, "collar", "immobili"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_guard_a_young_adults_stiff_neck_after_a_slip_goes_home_without_a_scan(
    reason: Reason,
) -> None:
    """Stiell 2001: no high-risk factor (under 65, a simple fall from standing, no
    paraesthesia) and no midline tenderness: no imaging, home."""
    out = reason(
        make_case(
            "neck pain",
            age=30,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99),
            one_liner="30F slipped on a wet floor and landed on her bottom, sore neck "
            "muscles since, no midline tenderness, can rotate her neck 45 degrees "
            "both ways, no numbness or tingling",
        )
    )
    assert not O.ordered(out, r"ct (?:of the )?(?:c-?spine|cervical)"), O.order_names(
        out
    )
    assert O.dispo(out) == "Discharge"


def test_a_head_strike_three_weeks_ago_on_two_antiplatelets_is_a_chronic_subdural(
    reason: Reason,
) -> None:
    """Kolias 2014: a head strike weeks before, on aspirin and clopidogrel, then
    confusion, drowsiness and headache, is a chronic subdural haematoma: worked as
    the subdural with its CT head, not a delirium."""
    out = reason(
        make_case(
            "confusion",
            age=82,
            sex="F",
            vitals=vitals(74, 150, 84, 16, 96),
            one_liner="82F on aspirin and clopidogrel, hit her head on a kitchen "
            "cupboard 3 weeks ago, over the last week more confused and drowsy with "
            "headaches, right arm clumsy, GCS 14",
        )
    )
    assert "subdural" in O.working(out), O.working(out)
    assert O.ordered(out, "ct head"), O.order_names(out)


def test_repeated_questions_with_identity_kept_are_transient_global_amnesia(
    reason: Reason,
) -> None:
    """Hodges & Warlow 1990: repeated questions about place and day, his own name
    known, speech normal, no weakness, after exertion: transient global amnesia
    (G45.4), observed to resolution; not a delirium admitted to a ward."""
    out = reason(
        make_case(
            "confusion",
            age=61,
            sex="M",
            vitals=vitals(76, 142, 84, 14, 99),
            one_liner="61M for the last 4 hours keeps asking his wife where they are "
            "and what day it is, repeats the same questions, knows his own name, "
            "normal speech, no weakness, started after digging in the garden",
        )
    )
    assert "transient global amnesia" in O.working(out), O.working(out)
    assert out.final.icd10 == "G45.4"


def test_blood_layered_in_the_anterior_chamber_on_warfarin_is_a_hyphaema(
    reason: Reason,
) -> None:
    """Walton 2002; AAO: blood layered in the anterior chamber after a poke in the eye
    is a traumatic hyphaema (S05.1-), with same-day ophthalmology and, on warfarin
    for a mechanical valve, its INR and the anticoagulant decided with the
    prescriber; not a corneal abrasion."""
    out = reason(
        make_case(
            "eye injury",
            age=68,
            sex="F",
            vitals=vitals(80, 150, 86, 16, 98),
            one_liner="68F on warfarin for a mechanical mitral valve, poked in the "
            "left eye by a tree branch, blood layered in the lower anterior chamber, "
            "vision blurred, INR 3.4",
        )
    )
    assert "hyphaema" in O.working(out), O.working(out)
    assert O.ordered(out, r"\binr\b"), O.order_names(out)
    assert O.ordered(out, "ophthalmology"), O.order_names(out)


def test_a_kick_felt_at_the_back_of_the_ankle_with_a_gap_is_an_achilles_rupture(
    reason: Reason,
) -> None:
    """AAOS 2010; Maffulli 1998: a felt kick at the back of the ankle, a palpable gap
    above the heel and a calf squeeze that does not move the foot: an Achilles
    rupture, immobilised in equinus and seen in fracture clinic; not a sprain."""
    out = reason(
        make_case(
            "ankle injury",
            age=42,
            sex="M",
            vitals=vitals(78, 132, 82, 14, 99),
            one_liner="42M felt a kick to the back of his ankle playing squash, heard "
            "a snap, now walks flat-footed, palpable gap above the heel, calf squeeze "
            "does not move the foot",
        )
    )
    assert "achilles" in O.working(out), O.working(out)
    assert O.ordered(out, "equinus"), O.order_names(out)


def test_skin_white_and_tented_over_a_deformed_ankle_is_reduced_now(
    reason: Reason,
) -> None:
    """BOAST ankle 2016: a grossly deformed ankle with the skin white and tented over
    it is reduced and splinted at once (before films when the skin is threatened),
    with orthopaedics; not splinted and sent home."""
    out = reason(
        make_case(
            "ankle injury",
            age=58,
            sex="F",
            vitals=vitals(96, 138, 82, 16, 98),
            one_liner="58F twisted her ankle stepping off a kerb, ankle grossly "
            "deformed, skin over the inner ankle white and tented, foot pulses "
            "present",
        )
    )
    assert O.ordered(out, r"reduce \(realign\)"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_a_nose_pushed_to_one_side_after_an_elbow_is_a_nasal_fracture(
    reason: Reason,
) -> None:
    """ENT UK nasal injury: a nose swollen and pushed to one side after a blow is a
    nasal fracture (S02.2XXA) reviewed in clinic at 5-7 days for manipulation, no
    x-ray; not an epistaxis."""
    out = reason(
        make_case(
            "nose injury",
            age=21,
            sex="M",
            vitals=vitals(82, 124, 78, 14, 99),
            one_liner="21M elbowed in the nose at rugby this afternoon, nose swollen "
            "and pushed to the left, nosebleed stopped, no septal haematoma, "
            "breathing through both nostrils",
        )
    )
    assert out.final.icd10 == "S02.2XXA", (out.final.icd10, O.working(out))
    assert O.ordered(out, "5-7 days"), O.order_names(out)


def test_no_lumbar_puncture_for_a_haemorrhage_the_ct_has_shown(reason: Reason) -> None:
    """AHA/ASA 2022 ICH: a CT that shows an intracerebral haemorrhage on apixaban is
    reversed and its pressure lowered; an LP 'if CT negative' has no place."""
    out = reason(
        make_case(
            "weakness",
            age=76,
            sex="M",
            vitals=vitals(92, 212, 108, 18, 96),
            one_liner="76M on apixaban for atrial fibrillation, sudden left arm and "
            "leg weakness and headache 1 hour ago, CT head shows a right basal "
            "ganglia intracerebral haemorrhage",
        )
    )
    assert not O.ordered(out, "lumbar puncture"), O.order_names(out)
    assert O.ordered(out, "andexanet", "pcc"), O.order_names(out)


def test_red_urine_after_a_high_voltage_injury_gets_iv_fluids(reason: Reason) -> None:
    """ABA ABLS 2018; Arnoldo 2006: red or dark urine after an 11 kV injury is
    myoglobin until shown otherwise: crystalloid titrated to 1-1.5 mL/kg/h."""
    out = reason(
        make_case(
            "electrical injury",
            age=31,
            sex="M",
            vitals=vitals(102, 128, 78, 18, 98),
            one_liner="31M electrician touched an 11,000 volt cable, entry burn on "
            "his right hand and exit burn on his left foot, dark red urine, forearm "
            "swollen and tense",
        )
    )
    assert O.medication_ordered(out, "crystalloid"), O.order_names(out)


def test_arms_weaker_than_legs_after_a_fall_forwards_is_a_central_cord_syndrome(
    reason: Reason,
) -> None:
    """Schneider 1954; AANS/CNS 2013: a fall onto the forehead at 74 with the arms
    much weaker than the legs is a central cord syndrome (S14.12-), kept in a collar
    with MRI and the spinal surgeon; not a neck strain."""
    out = reason(
        make_case(
            "neck pain",
            age=74,
            sex="M",
            vitals=vitals(80, 156, 88, 16, 97),
            one_liner="74M fell forwards down three steps hitting his forehead, now "
            "burning pain in both hands, arms much weaker than his legs, walking, "
            "neck pain",
        )
    )
    assert out.final.icd10 == "S14.129A", (out.final.icd10, O.working(out))
    assert "strain" not in O.working(out)


def test_a_stab_wound_of_the_neck_is_a_penetrating_neck_wound(reason: Reason) -> None:
    """WTA 2013; ATLS 10th ed.: a stab through the platysma with an expanding swelling
    and air bubbling is a penetrating neck injury (S11.-): airway, no probing,
    theatre; never a neck strain coded cervicalgia."""
    out = reason(
        make_case(
            "neck injury",
            age=26,
            sex="M",
            vitals=vitals(118, 124, 78, 22, 97),
            one_liner="26M stabbed in the left side of the neck, wound below the "
            "angle of the jaw through the platysma, expanding swelling, hoarse voice, "
            "bubbling from the wound",
        )
    )
    assert out.final.icd10 == "S11.90XA", (out.final.icd10, O.working(out))
    assert O.ordered(out, "no probing"), O.order_names(out)


def test_a_first_seizure_now_back_to_normal_is_no_cauda_equina(reason: Reason) -> None:
    """NICE NG217: a first generalised seizure with a bitten tongue and incontinence,
    back to normal, goes home with the first seizure clinic; "back to normal" is no
    back pain, so no cauda equina red flag (GIRFT 2023 needs back pain)."""
    out = reason(
        make_case(
            "seizure",
            age=27,
            sex="M",
            vitals=vitals(86, 128, 78, 16, 98),
            one_liner="27M first ever generalised seizure witnessed by his "
            "girlfriend, lasted about a minute, bit the side of his tongue, wet "
            "himself, now back to normal, no head injury, no alcohol or drugs",
        )
    )
    assert O.dispo(out) == "Discharge", O.disposition(out).rationale
    assert "cauda" not in O.disposition(out).rationale.lower()


def test_guard_back_pain_with_new_incontinence_stays_a_suspected_cauda_equina(
    reason: Reason,
) -> None:
    """GIRFT 2023: low back pain with new urinary incontinence is a suspected cauda
    equina syndrome: emergency MRI before any discharge."""
    out = reason(
        make_case(
            "back pain",
            age=44,
            sex="M",
            vitals=vitals(84, 134, 82, 16, 98),
            one_liner="44M low back pain for 3 days after lifting, today wet himself "
            "without noticing, both legs tingling",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, r"\bmri\b"), O.order_names(out)


def test_trips_of_legs_already_heavy_in_cancer_are_no_cord_injury(
    reason: Reason,
) -> None:
    """NICE NG234 2023: metastatic prostate cancer, weeks of back pain, heavy legs that
    make him trip, a sensory level: MSCC with dexamethasone and a whole-spine MRI; the
    trips are no injury: no collar, no trauma ICU."""
    out = reason(
        make_case(
            "back pain",
            age=67,
            sex="M",
            vitals=vitals(92, 148, 86, 16, 97),
            one_liner="67M with metastatic prostate cancer, worsening mid back pain "
            "for two weeks, now both legs feel heavy and he has tripped twice today, "
            "numbness from the belly button down",
        )
    )
    assert "cord compression" in O.working(out), O.working(out)
    assert not O.ordered(out, "collar"), O.order_names(out)
    assert O.medication_ordered(out, "dexamethasone"), O.order_names(out)


def test_a_burn_mark_beside_bruises_of_different_ages_is_no_major_burn(
    reason: Reason,
) -> None:
    """ABA / ATLS 10th ed. ch. 9: fluids follow a measured major burn; a burn mark on a
    forearm is not one because bruises elsewhere are named in the same sentence.
    Lachs & Pillemer 2015: bruises of different ages on the inner arms and thighs, a
    burn and a patient who looks to her son before answering: safeguarding."""
    out = reason(
        make_case(
            "bruising",
            age=81,
            sex="F",
            vitals=vitals(78, 138, 80, 16, 97),
            one_liner="bruises of different ages, lives with son",
            ed_note="Multiple bruises of different colours on both upper arms and the "
            "inner thighs, a burn mark on the forearm. Patient quiet, looks at her "
            "son before answering. Son says she falls a lot.",
        )
    )
    assert not O.ordered(out, "ringer", "parkland"), O.order_names(out)
    assert O.ordered(out, "safeguarding"), O.order_names(out)


def test_guard_burns_of_the_face_chest_and_both_arms_keep_their_fluids(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 9; BBA 2012: burns of the face, chest and both arms are over
    15 % by the rule of nines: formal fluid resuscitation."""
    out = reason(
        make_case(
            "burn",
            age=35,
            sex="M",
            vitals=vitals(112, 124, 76, 20, 98),
            one_liner="35M flame burns to the face, chest and both arms in a barbecue "
            "accident an hour ago, blistered and red",
        )
    )
    assert O.ordered(out, "ringer", "parkland", "ml x kg"), O.order_names(out)


def test_a_drunk_head_injury_with_a_gcs_of_13_is_not_forecast_home(
    reason: Reason,
) -> None:
    """NICE NG232 2023 1.4.7, 1.9: a forehead laceration with a GCS of 13 in a drunk
    man is observed and scanned; only a GCS of 15 goes home, and alcohol does not
    explain the GCS away."""
    out = reason(
        make_case(
            "intoxication",
            age=23,
            sex="M",
            vitals=vitals(88, 122, 76, 14, 97),
            one_liner="drunk, fell, laceration to forehead",
            ed_note="Smells of alcohol, slurred speech. Found on the pavement with a "
            "3 cm forehead laceration. GCS 13 (E3 V4 M6), does not remember the fall.",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, "ct head"), O.order_names(out)


def test_an_older_adults_chest_wall_injury_on_warfarin_is_not_sent_home_unscanned(
    reason: Reason,
) -> None:
    """Battle 2014 (STUMBL); EAST 2016: at 80 on warfarin, tender ribs after a fall
    are imaged by CT with an analgesia plan before any discharge."""
    out = reason(
        make_case(
            "fall",
            age=80,
            sex="M",
            vitals=vitals(84, 136, 80, 16, 97),
            one_liner="80M slipped on ice and fell onto his left side, left chest "
            "wall pain worse on breathing, tender over left ribs, on warfarin for AF, "
            "did not hit his head",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, "ct chest"), O.order_names(out)


def test_guard_a_young_adults_tender_ribs_after_a_slip_go_home(reason: Reason) -> None:
    """EAST 2016: a young adult's chest wall injury with normal breathing: a film,
    analgesia and home."""
    out = reason(
        make_case(
            "fall",
            age=40,
            sex="M",
            vitals=vitals(84, 136, 80, 16, 98),
            one_liner="40M slipped on ice and fell onto his left side, left chest "
            "wall pain worse on breathing, tender over left ribs",
        )
    )
    assert O.dispo(out) == "Discharge"


def test_a_rust_ring_after_grinding_is_a_corneal_foreign_body_with_orbits_imaged(
    reason: Reason,
) -> None:
    """RCOphth; Tintinalli 9th ed. ch. 241: a rust ring after grinding metal is a
    corneal foreign body (T15.0-), removed, with the orbits imaged for an intraocular
    fragment; not an abrasion 'without foreign body'."""
    out = reason(
        make_case(
            "eye pain",
            age=30,
            sex="M",
            vitals=vitals(78, 126, 80, 14, 99),
            one_liner="something in the eye while grinding metal",
            ed_note="Felt something go into his right eye while grinding metal "
            "without goggles. Visual acuity 6/6 both eyes. Rust ring on the cornea, "
            "no penetrating wound, pupil round, no hyphaema.",
        )
    )
    assert out.final.icd10 == "T15.00XA", (out.final.icd10, O.working(out))
    assert O.ordered(out, "orbits"), O.order_names(out)


def test_a_venous_sinus_thrombosis_with_papilloedema_gets_no_eye_pressure(
    reason: Reason,
) -> None:
    """AHA 2024 CVT; Friedman 2013: a headache worse lying down with vomiting, blurred
    vision and bilateral papilloedema on the pill is raised intracranial pressure: a
    CT venogram, not an intraocular pressure for a closed angle."""
    out = reason(
        make_case(
            "headache",
            age=34,
            sex="F",
            vitals=vitals(84, 136, 84, 16, 99),
            one_liner="34F a week of headache worse in the morning and on lying down, "
            "blurred vision and vomiting, on the combined pill, one seizure today, "
            "bilateral papilloedema",
        )
    )
    assert not O.ordered(out, "intraocular pressure"), O.order_names(out)
    assert O.ordered(out, "venograph"), O.order_names(out)
