"""trauma45 (session 45): trauma, neurology, the eye and ENT, and the older adult.

Written from the sources named in each docstring, never from rows of the shared data:
- ACS ATLS 10th ed. 2018 (ch. 4-6); Stassen NA et al. EAST 2012 blunt splenic injury;
  Galvagno SM et al. EAST 2016 rib fractures; Bulger EM et al. J Trauma 2000;
- Carney N et al. Brain Trauma Foundation 4th ed. 2017; NICE NG232 head injury 2023;
- Mackie SL et al. BSR 2020 GCA; Ponte C et al. ACR/EULAR 2022 GCA criteria;
- NICE NG234 2023 metastatic spinal cord compression;
- Arnoldo B et al. EAST/ABA 2006 electrical injury;
- NICE CKS periorbital cellulitis 2022; Chandler JR et al. 1970; AAO PPP and Blair K
  et al. BMJ 2020 (open globe); Walton W et al. 2002 (traumatic hyphaema);
- NICE CKS hearing loss in adults 2023; Chandrasekhar SS et al. AAO-HNS 2019;
- ENT UK / BAPRAS nasal injury; Kucik CJ et al. Am Fam Physician 2004;
- AGS Beers Criteria 2023; Seppala LJ et al. STOPPFall 2021; NICE CG161 falls;
- Creamer D et al. BAD 2016 SJS/TEN; Bastuji-Garin S et al. 1993; ICD-10-CM FY2024.

Each target scenario failed on main 9793a369 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = out.final  # type: ignore[attr-defined]
    return (final.icd10 or "") if final is not None else ""


def test_kehrs_sign_after_a_kick_with_normal_vitals_is_a_splenic_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5; EAST 2012: left upper quadrant pain with left shoulder-tip
    pain (Kehr's sign) after a blow is the spleen's injury until the contrast CT that
    the haemodynamically normal patient gets; a ward bed, not a discharge."""
    out = reason(
        make_case(
            "abdominal pain",
            age=28,
            sex="M",
            vitals=vitals(82, 126, 78, 16, 99),
            one_liner="28M kicked in the left side of the abdomen in a fight, LUQ "
            "tenderness and pain at the tip of the left shoulder",
        )
    )
    assert _code(out).startswith("S36.0"), _code(out)
    assert O.ordered(out, "ct abdomen"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_guard_shoulder_tip_pain_after_a_fall_onto_the_shoulder_is_no_spleen(
    reason: Reason,
) -> None:
    """Guard. ATLS ch. 5: Kehr's sign is referred abdominal pain; a painful shoulder
    after a fall onto it, with no abdominal pain, is the shoulder's injury."""
    out = reason(
        make_case(
            "shoulder pain",
            age=34,
            sex="M",
            vitals=vitals(78, 128, 78, 14, 99),
            one_liner="34M fell off his bike onto his left shoulder, pain at the tip "
            "of the left shoulder, tender over the acromioclavicular joint, abdomen "
            "soft and non-tender",
        )
    )
    assert not _code(out).startswith("S36"), _code(out)


def test_four_broken_ribs_at_78_are_admitted_with_regional_analgesia(
    reason: Reason,
) -> None:
    """EAST 2016; Bulger EM et al. J Trauma 2000: three or more rib fractures at 65 or
    over (each raising mortality and pneumonia) are admitted with multimodal analgesia
    including a regional block; the film's count written after the fracture is read."""
    out = reason(
        make_case(
            "fall",
            age=79,
            sex="F",
            vitals=vitals(90, 140, 80, 20, 95),
            one_liner="79F slipped against the bath edge, chest X-ray shows fractures "
            "of three right ribs, no pneumothorax, pain on deep breathing",
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.ordered(out, "regional", "epidural", "serratus"), O.order_names(out)


def test_jaw_claudication_and_a_tender_temporal_artery_start_steroids_now(
    reason: Reason,
) -> None:
    """BSR 2020 (Mackie): strongly suspected GCA is treated with prednisolone 40-60 mg
    at once, before the ultrasound or biopsy; a new headache with two cranial
    ischaemic signs reaches the ACR/EULAR 2022 threshold before any ESR."""
    out = reason(
        make_case(
            "headache",
            age=73,
            sex="F",
            vitals=vitals(84, 146, 82, 16, 97),
            one_liner="73F new right-sided headache for ten days, jaw aches after "
            "chewing, tender over the right temporal artery, vision normal",
        )
    )
    assert _code(out).startswith("M31"), _code(out)
    assert O.medication_ordered(out, "prednis"), O.medications(out)


def test_an_old_persons_headache_without_cranial_signs_gets_no_fast_track_scan(
    reason: Reason,
) -> None:
    """BSR 2020: the temporal artery ultrasound or biopsy confirms a suspicion already
    treated with glucocorticoids; a new headache at 89 with no cranial or visual sign
    is worked up by its ESR and CRP first, not listed for the scan without steroids."""
    out = reason(
        make_case(
            "headache",
            age=89,
            sex="M",
            vitals=vitals(76, 148, 80, 16, 97),
            one_liner="89M dull headache for three days, no visual change, no jaw "
            "pain, temporal arteries non-tender, neurology normal",
        )
    )
    assert O.ordered(out, "esr"), O.order_names(out)
    assert not O.ordered(out, "temporal artery ultrasound"), O.order_names(out)


def test_guard_tension_headache_gets_no_steroid_or_scan(reason: Reason) -> None:
    """Guard. NICE CG150: a young adult's band-like bilateral headache with a normal
    examination is a tension-type headache: simple analgesia, no imaging, home."""
    out = reason(
        make_case(
            "headache",
            age=29,
            sex="F",
            vitals=vitals(74, 118, 74, 14, 99),
            one_liner="29F tight band-like headache around the head since yesterday, "
            "like her usual stress headaches, no fever, examination normal",
        )
    )
    assert not O.medication_ordered(out, "prednis", "methylpred"), O.medications(out)
    assert not O.ordered(out, "ct head", "temporal artery"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_a_household_shock_with_tingling_is_no_stroke_work_up(reason: Reason) -> None:
    """EAST/ABA 2006 (Arnoldo): a low-voltage shock with no loss of consciousness, no
    burn and a normal ECG goes home; the chief complaint names the injury, and the
    hand's passing tingling is the shock's, not a stroke's complaint."""
    out = reason(
        make_case(
            "electrical injury",
            age=31,
            sex="F",
            vitals=vitals(80, 122, 76, 14, 99),
            one_liner="31F shock from a faulty lamp at home (230 V), brief tingling in "
            "the right hand, now well",
            ed_note="No loss of consciousness, no burns. ECG normal sinus rhythm.",
        )
    )
    assert not O.ordered(out, "ct head", "stroke", "ct angiography"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_painful_eye_movements_and_proptosis_are_orbital_not_preseptal(
    reason: Reason,
) -> None:
    """NICE CKS periorbital cellulitis 2022; Chandler 1970: a swollen red eyelid with
    pain on moving the eye, a forward-bulging eye or reduced vision has spread behind
    the septum: IV antibiotics, CT orbits and admission, no oral course at home."""
    out = reason(
        make_case(
            "eye swelling",
            age=31,
            sex="F",
            vitals=vitals(96, 124, 76, 16, 98, 38.3),
            one_liner="31F red swollen right eyelids after sinusitis, pain moving the "
            "eye, the eye bulges forward",
        )
    )
    assert _code(out).startswith("H05"), _code(out)
    assert not O.medication_ordered(out, "co-amoxiclav po"), O.medications(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_blown_pupil_after_a_head_injury_is_no_concussion(reason: Reason) -> None:
    """Brain Trauma Foundation 2016; ATLS ch. 6: a unilateral dilated pupil with a
    falling consciousness after a head injury is an expanding haematoma until the CT:
    neurosurgery now, intensive care; not named a concussion."""
    out = reason(
        make_case(
            "head injury",
            age=27,
            sex="M",
            vitals=vitals(58, 168, 92, 12, 97),
            one_liner="27M hit on the side of the head by a golf ball, knocked out for "
            "a minute, lucid for an hour, now GCS 11 with a dilated left pupil",
        )
    )
    assert "concussion" not in O.working(out), O.working(out)
    assert not _code(out).startswith("S06.0"), _code(out)
    assert O.ordered(out, "neurosurgery"), O.order_names(out)


def test_a_fall_on_a_z_drug_gets_the_hypnotic_reviewed(reason: Reason) -> None:
    """AGS Beers Criteria 2023; STOPPFall 2021; NICE CG161: an older person who falls
    on a Z-drug or hypnotic benzodiazepine has it stopped or tapered, and lying and
    standing blood pressure in a falls assessment."""
    out = reason(
        make_case(
            "fall",
            age=81,
            sex="M",
            vitals=vitals(78, 136, 78, 16, 97),
            one_liner="81M fell on his way to the bathroom at night, takes zolpidem "
            "to sleep, bruised knee, walking normally, did not hit his head",
        )
    )
    assert O.ordered(out, "hypnotic", "zolpidem"), O.order_names(out)
    assert O.ordered(out, "lying and standing"), O.order_names(out)


def test_guard_a_fall_without_a_hypnotic_gets_no_hypnotic_review(
    reason: Reason,
) -> None:
    """Guard. Beers 2023: the review is for a sedative hypnotic the patient takes."""
    out = reason(
        make_case(
            "fall",
            age=81,
            sex="M",
            vitals=vitals(78, 136, 78, 16, 97),
            one_liner="81M tripped on a rug, bruised knee, walking normally, did not "
            "hit his head, takes amlodipine only",
        )
    )
    assert not O.ordered(out, "hypnotic"), O.order_names(out)


def test_a_closed_hyphaema_gets_no_iv_antibiotics(reason: Reason) -> None:
    """Walton 2002; AAO PPP: a traumatic hyphaema without a sign of an open globe is
    shielded with the head raised and seen by ophthalmology the same day; IV
    endophthalmitis prophylaxis is for a globe the examination suspects open."""
    out = reason(
        make_case(
            "eye injury",
            age=23,
            sex="M",
            vitals=vitals(80, 126, 78, 14, 99),
            one_liner="23M hit in the left eye by a tennis ball, blurred vision, a "
            "layer of blood in the front of the eye",
        )
    )
    assert O.ordered(out, "shield"), O.order_names(out)
    assert not O.medication_ordered(out, "vancomycin", "ceftazidime"), O.medications(
        out
    )


def test_guard_a_peaked_pupil_after_hammering_keeps_iv_antibiotics(
    reason: Reason,
) -> None:
    """Guard. AAO PPP; Blair K et al. BMJ 2020: a penetrating injury with a peaked
    pupil is an open globe: shield, CT orbits and IV antibiotic prophylaxis."""
    out = reason(
        make_case(
            "eye injury",
            age=44,
            sex="M",
            vitals=vitals(84, 134, 80, 16, 99),
            one_liner="44M hammering a nail when a metal fragment hit his right eye, "
            "vision reduced, the pupil is peaked",
        )
    )
    assert O.ordered(out, "shield"), O.order_names(out)
    assert O.medication_ordered(out, "antibiotic"), O.medications(out)


def test_sudden_sensorineural_hearing_loss_is_seen_by_ent_the_same_day(
    reason: Reason,
) -> None:
    """NICE CKS hearing loss in adults 2023: a sudden sensorineural loss within 30 days
    is referred to ENT immediately (same day); AAO-HNS 2019: steroids early."""
    out = reason(
        make_case(
            "hearing loss",
            age=52,
            sex="M",
            vitals=vitals(76, 132, 80, 14, 99),
            one_liner="52M sudden loss of hearing in the left ear this morning, no ear "
            "pain, canal and drum normal, Weber lateralises to the right",
        )
    )
    consults = [o.name.lower() for o in O.orders(out) if o.kind == "consult"]
    assert any("ent" in c and "same day" in c for c in consults), consults
    assert not any("14 days" in c for c in consults), consults


def test_a_bent_nose_after_a_punch_is_a_nasal_fracture_not_a_concussion(
    reason: Reason,
) -> None:
    """ENT UK / BAPRAS; Kucik 2004: a nose swollen and deviated after a blow is a
    nasal fracture: the septum checked for a haematoma, analgesia, and ENT review at
    5-7 days for reduction; no nasal-bone film, no CT head without a criterion."""
    out = reason(
        make_case(
            "nasal injury",
            age=27,
            sex="F",
            vitals=vitals(80, 124, 76, 14, 99),
            one_liner="27F headbutted in the face at a party, nose swollen and "
            "deviated to the right, nosebleed stopped, no loss of consciousness",
        )
    )
    assert _code(out).startswith("S02.2"), _code(out)
    assert O.ordered(out, "5-7 days"), O.order_names(out)
    assert not O.ordered(out, "ct head"), O.order_names(out)


def test_metastatic_cord_compression_is_not_labelled_cauda_equina(
    reason: Reason,
) -> None:
    """NICE NG234 2023 1.2-1.4: a known (past or current) cancer with spinal pain and
    weak legs is metastatic cord compression: dexamethasone 16 mg, MRI of the whole
    spine now, the MSCC coordinator; not coded as a cauda equina syndrome."""
    out = reason(
        make_case(
            "back pain",
            age=72,
            sex="M",
            vitals=vitals(84, 138, 80, 16, 97),
            one_liner="72M known lung cancer with bone metastases, three weeks of "
            "worsening mid back pain, now both legs weak",
        )
    )
    assert _code(out).startswith("G95.2"), _code(out)
    assert O.medication_ordered(out, "dexamethasone"), O.medications(out)


def test_sjs_at_twenty_percent_detachment_is_the_overlap(reason: Reason) -> None:
    """Bastuji-Garin 1993; BAD 2016: 10-30 % of the body surface detached is the
    SJS/TEN overlap, ICD-10-CM L51.3; over 30 % TEN, L51.2."""
    out = reason(
        make_case(
            "rash",
            age=44,
            sex="F",
            vitals=vitals(108, 112, 70, 20, 97, 38.4),
            one_liner="44F started carbamazepine four weeks ago, painful dusky rash "
            "with blisters and mouth erosions",
            ed_note="Skin peels with gentle pressure (Nikolsky positive). About 20% "
            "of the body surface affected.",
        )
    )
    assert _code(out) == "L51.3", _code(out)


def test_a_bee_sting_is_coded_by_its_venom(reason: Reason) -> None:
    """ICD-10-CM FY2024: a bee sting's local reaction is the toxic effect of bee venom,
    T63.441A, not an unspecified injury; cold compress and antihistamine, home."""
    out = reason(
        make_case(
            "insect sting",
            age=36,
            sex="F",
            vitals=vitals(76, 124, 76, 14, 99),
            one_liner="36F stung by a bee on the hand an hour ago, local swelling "
            "4 cm, no hives elsewhere, no wheeze, no throat symptoms",
        )
    )
    assert _code(out) == "T63.441A", _code(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_a_simple_nosebleed_goes_home(reason: Reason) -> None:
    """Guard. AAO-HNS 2020 epistaxis (Tunkel): an anterior nosebleed stopped with
    pressure needs no packing, reversal or admission."""
    out = reason(
        make_case(
            "nosebleed",
            age=42,
            sex="M",
            vitals=vitals(80, 132, 80, 14, 99),
            one_liner="42M nosebleed from the left nostril for 10 minutes, stopped "
            "with pressure, no blood thinners",
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert not O.ordered(out, "ct head"), O.order_names(out)
