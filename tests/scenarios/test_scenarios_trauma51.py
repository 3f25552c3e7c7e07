"""trauma51 (session 51): chemical eyes, lithium, the chest wall, the vestibule, more.

Written from the sources named in each docstring, never from rows of the shared data:
- RCEM / RCOphth chemical eye injury (2020); Eslani M et al. Surv Ophthalmol 2014;
- EXTRIP lithium (Decker BS et al. CJASN 2015); TOXBASE lithium;
- ACS ATLS 10th ed. ch. 4 (thoracic trauma: flail chest, pulmonary contusion);
- Kattah JC et al. Stroke 2009 (HINTS); Bhattacharyya N et al. AAO-HNS 2017 BPPV;
- BOAST / BOFAS Lisfranc; NICE NG38 2016 fractures (non-complex).

Each target scenario failed on main before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_cleaning_fluid_splashed_into_both_eyes_is_irrigated(reason: Reason) -> None:
    """RCEM / RCOphth 2020; Eslani 2014: a chemical splashed into the eyes is
    irrigated at once to a conjunctival pH of 7-7.5, whatever the chemical's name,
    before any examination; never a corneal abrasion sent home with fluorescein."""
    out = reason(
        make_case(
            "eye injury",
            age=28,
            sex="F",
            vitals=vitals(82, 124, 76, 14, 99),
            one_liner="28F had a cleaning fluid splashed into both eyes 5 minutes "
            "ago, eyes burning",
        )
    )
    assert O.ordered(out, "irrigation"), O.order_names(out)
    assert O.ordered(out, "conjunctival ph", "litmus"), O.order_names(out)
    assert out.final is not None and out.final.icd10.startswith("T26."), out.final


def test_guard_oven_cleaner_on_the_hand_is_no_eye_injury(reason: Reason) -> None:
    """ABLS 2018: an alkali on the back of a hand with a normal eye is a skin burn,
    irrigated on the skin; no eye irrigation to pH."""
    out = reason(
        make_case(
            "burn",
            age=40,
            sex="F",
            vitals=vitals(84, 130, 80, 14, 99),
            one_liner="40F spilt oven cleaner on the back of her left hand, "
            "stinging, red skin, eyes not involved",
        )
    )
    assert not O.ordered(out, "conjunctival ph"), O.order_names(out)


def test_lithium_with_vomiting_and_a_coarse_tremor_has_its_level(
    reason: Reason,
) -> None:
    """EXTRIP 2015 (Decker BS et al. CJASN 2015); Baird-Gunning 2017: a patient on
    lithium with vomiting, diarrhoea, a coarse tremor and confusion after a new NSAID
    has chronic lithium toxicity until the level says otherwise: the level, kidney
    function and sodium, the lithium and the NSAID held, isotonic saline; the working
    diagnosis is the toxicity, not a gastroenteritis."""
    out = reason(
        make_case(
            "vomiting",
            age=61,
            sex="F",
            vitals=vitals(92, 128, 78, 16, 98),
            one_liner="61F on lithium for bipolar disorder started ibuprofen last "
            "week, now coarse tremor, vomiting, diarrhoea and confusion",
        )
    )
    assert O.ordered(out, "lithium level"), O.order_names(out)
    assert O.ordered(out, "stop lithium", "hold lithium"), O.order_names(out)
    assert "lithium" in O.working(out).lower(), O.working(out)


def test_guard_vomiting_without_lithium_is_no_lithium_toxicity(reason: Reason) -> None:
    """EXTRIP 2015: no lithium, no lithium level: a young adult's vomiting and
    diarrhoea after a take-away is a gastroenteritis."""
    out = reason(
        make_case(
            "vomiting",
            age=24,
            sex="M",
            vitals=vitals(96, 124, 76, 16, 99),
            one_liner="24M vomiting and watery diarrhoea since a take-away last "
            "night, crampy abdominal pain, no blood, tolerating sips",
        )
    )
    assert not O.ordered(out, "lithium"), O.order_names(out)
    assert "lithium" not in O.working(out).lower(), O.working(out)


def test_chest_wall_moving_paradoxically_is_a_flail_chest(reason: Reason) -> None:
    """ATLS 10th ed. ch. 4; Simon B et al. EAST 2012; Galvagno SM et al. EAST 2016: a
    segment of chest wall moving paradoxically after a crush, with crepitus and an
    SpO2 of 88 %, is a flail chest over a pulmonary contusion: oxygen, opioid and
    regional analgesia, CT chest, a critical-care bed; coded S22.5XXA."""
    out = reason(
        make_case(
            "chest injury",
            age=58,
            sex="M",
            vitals=vitals(116, 142, 86, 28, 88),
            one_liner="58M crushed against a wall by a reversing van, segment of left "
            "chest wall moves paradoxically with breathing, crepitus, SpO2 88% on air",
        )
    )
    assert O.ordered(out, "ct chest"), O.order_names(out)
    assert O.ordered(out, "opioid", "regional", "epidural", "block"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert out.final is not None and out.final.icd10 == "S22.5XXA", out.final


def test_chest_wall_moving_in_when_he_breathes_in_is_a_flail_chest(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4: the segment moving in on inspiration is the flail
    segment's paradoxical movement, however worded (trauma50's leftover)."""
    out = reason(
        make_case(
            "chest injury",
            age=62,
            sex="M",
            vitals=vitals(118, 146, 88, 30, 88),
            one_liner="62M driver in a head-on collision, right chest wall moves "
            "inwards when he breathes in, crepitus over several ribs, short of "
            "breath, SpO2 88% on air",
        )
    )
    assert "flail" in O.working(out).lower(), O.working(out)


def test_guard_tender_ribs_moving_normally_are_no_flail_chest(reason: Reason) -> None:
    """ATLS 10th ed. ch. 4: tender ribs after a fall with a chest wall moving
    normally and a normal SpO2 are no flail chest."""
    out = reason(
        make_case(
            "chest injury",
            age=45,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 98),
            one_liner="45F slipped on ice and fell against a step, tender over the "
            "left lower ribs, chest wall moving normally, no crepitus, breathing "
            "comfortably",
        )
    )
    assert "flail" not in O.working(out).lower(), O.working(out)


def test_hints_peripheral_continuous_vertigo_is_vestibular_neuritis(
    reason: Reason,
) -> None:
    """Kattah JC et al. Stroke 2009; Edlow JA et al. GRACE-3 2023: continuous vertigo
    with vomiting, an abnormal head impulse, a nystagmus beating one way only and no
    skew is the peripheral HINTS pattern: vestibular neuritis (H81.2-) with symptom
    relief, not "dizziness" with orthostatic vitals."""
    out = reason(
        make_case(
            "dizziness",
            age=48,
            sex="F",
            vitals=vitals(80, 134, 82, 14, 99),
            one_liner="48F continuous vertigo for a day with vomiting, horizontal "
            "nystagmus beating to the right only, head impulse test abnormal to the "
            "left, no skew deviation, can walk with help",
        )
    )
    assert out.final is not None and out.final.icd10.startswith("H81.2"), out.final
    assert O.ordered(out, "meclizine", "ondansetron", "prochlorperazine"), (
        O.order_names(out)
    )


def test_guard_normal_head_impulse_in_continuous_vertigo_is_no_neuritis(
    reason: Reason,
) -> None:
    """Kattah 2009; GRACE-3 2023: in the acute vestibular syndrome a normal head
    impulse with a direction-changing nystagmus is central (a posterior circulation
    stroke until imaging): never vestibular neuritis."""
    out = reason(
        make_case(
            "dizziness",
            age=66,
            sex="M",
            vitals=vitals(84, 168, 92, 16, 97),
            one_liner="66M continuous vertigo since this morning with vomiting, "
            "normal head impulse test, direction-changing nystagmus, unable to "
            "walk unaided",
        )
    )
    assert "vestibular" not in O.working(out).lower(), O.working(out)
    assert out.final is None or not (out.final.icd10 or "").startswith("H81"), out.final


def test_midfoot_swelling_with_plantar_bruising_is_a_lisfranc_injury(
    reason: Reason,
) -> None:
    """Ross G et al. J Orthop Trauma 1996 (plantar ecchymosis sign); Moracia-Ochagavia
    I, Rodriguez-Merchan EC. EFORT Open Rev 2019; NICE NG38 2016: a twisted foot with
    midfoot swelling, bruising in the arch and no weight-bearing is a Lisfranc injury
    until imaged: foot films (weight-bearing if tolerated), CT if normal,
    non-weight-bearing immobilisation and orthopaedic review; not a contusion with
    ankle films only."""
    out = reason(
        make_case(
            "foot injury",
            age=32,
            sex="F",
            vitals=vitals(82, 124, 76, 14, 99),
            one_liner="32F twisted her foot stepping off a kerb with the foot "
            "pointed, midfoot swelling, plantar bruising in the arch, cannot weight "
            "bear",
        )
    )
    assert O.ordered(out, "foot radiograph", "foot x-ray"), O.order_names(out)
    assert O.ordered(out, "non-weight-bearing"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "S93.629A", out.final


def test_guard_inversion_sprain_is_no_lisfranc_injury(reason: Reason) -> None:
    """Stiell 1993 (Ottawa ankle): an inversion injury walked on, with no bone
    tenderness, is an ankle sprain, not a Lisfranc injury."""
    out = reason(
        make_case(
            "ankle injury",
            age=27,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            one_liner="27F inversion injury of right ankle, able to walk four steps "
            "in the department, no bone tenderness at the posterior edge of either "
            "malleolus, no navicular or fifth metatarsal tenderness",
        )
    )
    assert "lisfranc" not in O.working(out).lower(), O.working(out)


def test_tuft_fracture_and_nail_bed_wound_in_separate_sentences_is_open(
    reason: Reason,
) -> None:
    """BSSH Hand Trauma Standards 2021; BOAST 4 2017: a crushed fingertip with a nail
    bed laceration over a tuft fracture is an open distal phalanx fracture (washout,
    nail bed repair, a short oral antibiotic course, hand clinic), however the note
    splits it into sentences (infect50's leftover)."""
    out = reason(
        make_case(
            "finger injury",
            age=34,
            sex="M",
            vitals=vitals(80, 128, 78, 14, 99),
            one_liner="34M crushed his fingertip in a car door. Nail bed laceration. "
            "X-ray shows a tuft fracture of the distal phalanx.",
        )
    )
    assert O.ordered(out, "nail-bed repair", "nail bed repair"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "S62.639B", out.final


def test_guard_closed_tuft_fracture_is_not_open(reason: Reason) -> None:
    """BSSH 2021: a crushed fingertip with the nail and skin intact over a tuft
    fracture is a closed fracture: no washout and no antibiotics."""
    out = reason(
        make_case(
            "finger injury",
            age=29,
            sex="F",
            vitals=vitals(78, 122, 74, 14, 99),
            one_liner="29F crushed her fingertip in a drawer. Nail intact, no wound. "
            "X-ray shows a tuft fracture of the distal phalanx.",
        )
    )
    assert out.final is None or not (out.final.icd10 or "").endswith("B"), out.final
    assert not O.ordered(out, "flucloxacillin"), O.order_names(out)


def test_escalating_morphine_and_passive_stretch_pain_is_compartment_syndrome(
    reason: Reason,
) -> None:
    """BOA/BOAST 10 2016: after a tibial fracture, an increasing analgesic requirement
    and pain on passively moving the toes are compartment syndrome's signs: the
    working and final diagnosis is the syndrome (T79.A2-), the backslab split to
    skin and the orthopaedic surgeon for fasciotomy; not "pain in limb"."""
    out = reason(
        make_case(
            "leg pain",
            age=29,
            sex="M",
            vitals=vitals(110, 138, 84, 18, 99),
            one_liner="29M footballer, displaced tibial fracture in a backslab since "
            "last night, now increasing calf pain needing more morphine, pain on "
            "passively moving his toes, numb first web space",
        )
    )
    assert "compartment" in O.working(out).lower(), O.working(out)
    assert out.final is not None and out.final.icd10.startswith("T79.A2"), out.final
    assert O.ordered(out, "fasciotomy"), O.order_names(out)


def test_hammered_metal_chip_with_a_corneal_wound_is_an_open_globe(
    reason: Reason,
) -> None:
    """AAO PPP; Blair K et al. BMJ 2020; RCEM / RCOphth: hammering metal on metal, a
    wound on the cornea and an irregular pupil are an open globe with an intraocular
    foreign body until shown otherwise: shield, CT orbits (no MRI), IV antibiotic
    prophylaxis, ophthalmology at once; coded S05.5- / S05.6-, not an abrasion."""
    out = reason(
        make_case(
            "eye injury",
            age=44,
            sex="M",
            vitals=vitals(86, 136, 84, 14, 99),
            one_liner="44M hammering metal on metal, felt something hit his right "
            "eye, blurred vision, small wound on the cornea, irregular pupil",
        )
    )
    assert O.ordered(out, "shield"), O.order_names(out)
    assert O.ordered(out, "ct orbit"), O.order_names(out)
    assert O.ordered(out, "antibiotic", "vancomycin", "ceftazidime"), O.order_names(out)
    assert out.final is not None and out.final.icd10[:5] in ("S05.5", "S05.6"), (
        out.final
    )


def test_guard_iritis_irregular_pupil_without_injury_is_no_open_globe(
    reason: Reason,
) -> None:
    """AAO PPP: an irregular pupil in a painful red photophobic eye with no injury is
    iritis's synechiae, not an open globe: no shield and no IV antibiotics."""
    out = reason(
        make_case(
            "eye pain",
            age=35,
            sex="M",
            vitals=vitals(78, 126, 78, 14, 99),
            one_liner="35M known ankylosing spondylitis, painful red right eye, "
            "photophobia, irregular pupil, no eye injury",
        )
    )
    assert not O.ordered(out, "vancomycin", "ceftazidime"), O.order_names(out)


def test_long_lie_with_dark_urine_has_its_ck_ordered(reason: Reason) -> None:
    """Bosch X et al. NEJM 2009; Fleming J, Brayne C. BMJ 2008: an 88-year-old on
    the floor all night with dark urine has rhabdomyolysis until the CK says
    otherwise: the CK, creatinine and potassium are ordered beside the early fluids
    (the fluids' own wording had stood in for the CK's order)."""
    out = reason(
        make_case(
            "fall",
            age=88,
            sex="M",
            vitals=vitals(64, 102, 60, 16, 96),
            one_liner="88M lives alone, found on the floor by his carer this "
            "morning, on the floor all night, cannot get up, dark urine",
        )
    )
    assert O.ordered(out, r"^ck\b", "^creatine kinase"), O.order_names(out)
    assert O.ordered(out, "crystalloid"), O.order_names(out)


def test_fall_onto_the_chest_with_haemoptysis_and_crackles_is_a_lung_contusion(
    reason: Reason,
) -> None:
    """ACS ATLS 10th ed. ch. 4; Simon B et al. EAST 2012: haemoptysis, crackles and
    an SpO2 of 91 % after a 5 m fall onto the chest are a pulmonary contusion: chest
    imaging with CT, oxygen, opioid analgesia, no fluid overload, admission; coded
    S27.32-, not an unspecified "contusion"."""
    out = reason(
        make_case(
            "chest injury",
            age=23,
            sex="M",
            vitals=vitals(108, 124, 78, 26, 91),
            one_liner="23M fell 5 metres onto his chest, haemoptysis, crackles over "
            "the right lung, bruising on the right chest, no rib deformity",
        )
    )
    assert O.ordered(out, "ct chest"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation ward"), O.dispo(out)
    assert out.final is not None and out.final.icd10.startswith("S27.32"), out.final


def test_older_adult_tender_over_the_upper_cervical_spine_is_worked_as_a_fracture(
    reason: Reason,
) -> None:
    """NICE NG41 2016; Stiell IG et al. JAMA 2001 (Canadian C-spine: age 65 or over
    is high risk); Hoffman JR et al. NEJM 2000 (NEXUS midline tenderness): an
    84-year-old tender over the upper cervical spine after a ground-level fall has a
    cervical fracture (the odontoid's) held open: CT, immobilisation, the spinal
    surgeons for a fracture, and a final diagnosis named, not an abstention."""
    out = reason(
        make_case(
            "fall",
            age=84,
            sex="F",
            vitals=vitals(78, 150, 84, 16, 96),
            one_liner="84F tripped at home and hit her forehead on the floor, now "
            "neck pain and tender over the upper cervical spine, GCS 15, moves all "
            "limbs",
        )
    )
    assert O.ordered(out, "ct cervical spine"), O.order_names(out)
    assert O.ordered(out, "collar", "immobili"), O.order_names(out)
    assert O.ordered(out, "spine surgery", "spinal surgery"), O.order_names(out)
    assert out.final is not None and out.final.icd10, out.trace[-1].error


def test_known_cancer_with_back_pain_and_unable_to_walk_is_mscc(
    reason: Reason,
) -> None:
    """NICE NG234 2023 1.3.3-1.4: spinal pain in known metastatic cancer with a
    difficulty walking is suspected metastatic spinal cord compression: dexamethasone
    16 mg now, whole-spine MRI within 24 h, the MSCC coordinator (readers51's
    request); not an MRI within a week."""
    out = reason(
        make_case(
            "back pain",
            age=63,
            sex="F",
            vitals=vitals(88, 134, 80, 16, 98),
            one_liner="63F known breast cancer with bone mets, back pain, unable to "
            "walk since this morning",
        )
    )
    assert O.ordered(out, "dexamethasone"), O.order_names(out)
    assert O.ordered(out, r"mri of the whole spine now"), O.order_names(out)


def test_first_psychosis_is_screened_and_referred(reason: Reason) -> None:
    """NICE CG178 2014 1.3; DSM-5: a 22-year-old hearing voices that tell him he is
    being watched, in clear consciousness, has a first psychosis: the organic and
    substance screen, a risk assessment and early intervention in psychosis; not
    home unassessed."""
    out = reason(
        make_case(
            "strange behaviour",
            age=22,
            sex="M",
            vitals=vitals(94, 128, 78, 16, 99),
            one_liner="22M brought by his family, two weeks of hearing voices telling "
            "him he is being watched, not sleeping, no drug use, no self-harm thoughts",
        )
    )
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, "drug screen"), O.order_names(out)
    assert O.ordered(out, "early intervention", "psychiatr"), O.order_names(out)


def test_guard_confused_feverish_hallucinating_elder_is_no_psychosis(
    reason: Reason,
) -> None:
    """NICE CG103 2023: new hallucinations with confusion and a fever in an
    86-year-old are a delirium's, not a primary psychosis."""
    out = reason(
        make_case(
            "confusion",
            age=86,
            sex="F",
            vitals=vitals(104, 122, 70, 20, 95),
            one_liner="86F two days of confusion, seeing people in her room who are "
            "not there, fever 38.4, new urinary incontinence",
        )
    )
    assert out.final is None or out.final.icd10 != "F29", out.final


def test_posterior_shoulder_dislocation_after_a_seizure_has_analgesia(
    reason: Reason,
) -> None:
    """RCEM 2021 pain in adults; BESS/BOA 2015; Robinson CM, Aderinto J. JBJS Am 2005:
    a shoulder locked in internal rotation after a seizure is a posterior
    dislocation (S43.02-): analgesia before the films, AP and axillary views,
    reduction by orthopaedics."""
    out = reason(
        make_case(
            "shoulder pain",
            age=34,
            sex="M",
            vitals=vitals(92, 132, 80, 16, 99),
            one_liner="34M known epilepsy, had a generalised seizure this morning, now "
            "right shoulder pain, arm held internally rotated, cannot rotate it "
            "outwards",
        )
    )
    assert O.ordered(out, "morphine", "opioid", "analgesi"), O.order_names(out)
    assert O.ordered(out, "axillary"), O.order_names(out)
    assert out.final is not None and (out.final.icd10 or "").startswith("S43.02"), (
        out.final
    )


def test_tense_fluctuant_pinna_after_a_tackle_is_drained(reason: Reason) -> None:
    """Greywoode JD et al. Facial Plast Surg 2010; ENT UK: a tense, fluctuant
    swelling of the pinna after a tackle is an auricular haematoma: drained within a
    day with a pressure dressing and ENT review; not otitis media with an
    antibiotic."""
    out = reason(
        make_case(
            "ear pain",
            age=19,
            sex="M",
            vitals=vitals(78, 124, 74, 14, 99),
            one_liner="19M rugby player, swollen tense painful left ear after a "
            "tackle, fluctuant swelling of the pinna",
        )
    )
    assert O.ordered(out, "drainage", "aspiration"), O.order_names(out)
    assert not O.ordered(out, "tmp-smx", "trimethoprim", "amoxicillin"), O.order_names(
        out
    )
    assert out.final is not None and (out.final.icd10 or "").startswith("S00.43"), (
        out.final
    )
