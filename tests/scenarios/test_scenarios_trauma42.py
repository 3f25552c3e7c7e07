"""trauma42 (session 42): trauma, injuries and the older adult's falls.

Written from the sources named in each docstring, never from rows of the shared data:
- NICE NG41 (2016) spinal injury; ATLS 10th ed. ch. 7; Walters BC et al. AANS/CNS
  2013; Pang D, Wilberger JE. J Neurosurg 1982;57:114 (SCIWORA);
- Canadian C-spine rule (Stiell IG et al. JAMA 2001;286:1841);
- ACS ATLS 10th ed. 2018 ch. 4 (tension pneumothorax, cardiac tamponade, flail chest)
  and ch. 5 (abdominal trauma); Stassen NA et al. EAST 2012 blunt splenic injury;
  Coccolini F et al. WSES 2017; Holmes JF et al. PECARN 2013;
- ACOG Committee Opinion 775 (2019); ICD-10-CM Official Guidelines FY2024 I.C.15.a,
  I.C.19.b;
- AGS Beers Criteria 2023; NICE CKS sprains and strains;
- NICE NG41 2016 (thoracolumbar); Christian CW, AAP 2015 and ACR-SPR 2021 (skeletal
  survey); NICE CG124 hip fracture; Simon B et al. EAST 2012 and Kasotakis G et al.
  EAST 2017 (flail chest); NICE CG161 2013 falls.

Each target scenario failed on main cfcfdad2 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_both_arms_weak_and_tingling_after_a_dive_are_kept_in(reason: Reason) -> None:
    """NICE NG41 2016 and ATLS 10th ed. ch. 7: weakness and tingling of both arms after
    diving into shallow water is a cervical cord injury (central cord, SCIWORA) until
    MRI excludes it, whatever the CT shows: spinal precautions, MRI and the spinal
    surgeon in hospital, not a discharge waiting on the scan."""
    out = reason(
        make_case(
            "neck injury",
            age=21,
            sex="M",
            vitals=vitals(78, 128, 76, 16, 98),
            one_liner="21M dived head first into the shallow end of a pool, neck pain, "
            "numbness and weakness in both hands and arms",
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.ordered(out, "mri"), [o.name for o in O.orders(out)]


def test_a_neck_strain_with_no_cord_symptoms_still_goes_home(reason: Reason) -> None:
    """Guard. Canadian C-spine rule (Stiell 2001): a low-speed rear-end collision, no
    midline tenderness, sitting up in the department, rotating the neck 45 degrees
    each way and a normal neurological examination need no imaging; analgesia and
    home."""
    out = reason(
        make_case(
            "neck pain",
            age=31,
            sex="F",
            vitals=vitals(76, 122, 74, 14, 99),
            one_liner="31F low-speed rear-end collision this morning, stiff sore neck, "
            "no midline tenderness, turns her head 45 degrees both ways, no numbness "
            "or weakness in her arms or legs",
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert not O.ordered(out, "ct cervical", "mri"), [o.name for o in O.orders(out)]


def test_left_upper_quadrant_pain_after_a_tackle_is_a_splenic_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5; EAST 2012 and WSES 2017 splenic trauma: left upper quadrant
    tenderness and left shoulder-tip pain (Kehr's sign) after a blow, with a
    tachycardia, is a splenic injury until CT says otherwise: named as the spleen's
    injury (S36.0-), FAST or CT, blood and the trauma surgeon; not 'abdominal pain'."""
    out = reason(
        make_case(
            "abdominal pain",
            age=19,
            sex="M",
            vitals=vitals(116, 108, 70, 20, 98),
            one_liner="19M tackled hard playing rugby, now pain in the left upper "
            "abdomen and the tip of the left shoulder, tender LUQ",
        )
    )
    final = out.final
    assert final is not None and final.icd10 is not None, final
    assert final.icd10.startswith("S36.0"), (final.icd10, final.diagnosis_name)
    assert O.ordered(out, "ct abdomen", "efast", "fast"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_handlebar_bruise_with_vomiting_is_an_abdominal_injury_not_gastroenteritis(
    reason: Reason,
) -> None:
    """APSA / PECARN (Holmes JF et al. Ann Emerg Med 2013;62:107): abdominal wall
    bruising after a handlebar blow, with pain and vomiting, marks a pancreatic,
    duodenal or bowel injury: CT abdomen, the surgeon and admission; no oral
    rehydration or antiemetic for 'gastroenteritis'."""
    out = reason(
        make_case(
            "abdominal pain",
            age=10,
            sex="F",
            vitals=vitals(104, 106, 64, 20, 99),
            one_liner="10F came off her bike onto the handlebars this morning, "
            "handlebar-shaped bruise on the abdomen, abdominal pain and vomiting",
        )
    )
    final = out.final
    assert final is not None and final.icd10 is not None, final
    assert final.icd10.startswith("S36"), (final.icd10, final.diagnosis_name)
    assert not O.medication_ordered(out, "oral rehydration"), O.medications(out)
    assert O.ordered(out, "ct abdomen"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_crash_at_32_weeks_is_coded_as_an_injury_complicating_pregnancy(
    reason: Reason,
) -> None:
    """ACOG Committee Opinion 775 (2019) and ICD-10-CM guideline I.C.15.a: after a
    crash from 20 weeks the pregnancy is affected (abruption, fetomaternal
    haemorrhage): the code is O9A.21- (third trimester O9A.213) first, not a
    contusion, with fetal monitoring for at least 4 h, Kleihauer and anti-D if
    Rh-negative."""
    out = reason(
        make_case(
            "motor vehicle crash",
            age=33,
            sex="F",
            vitals=vitals(92, 116, 70, 18, 99),
            one_liner="33F 32 weeks pregnant, passenger in a car crash, seat belt "
            "bruise over the lower abdomen, some abdominal pain",
        )
    )
    final = out.final
    assert final is not None and final.icd10 == "O9A.213", (
        final.icd10,
        final.diagnosis_name,
    )
    assert O.ordered(out, "cardiotocograph", "fetal monitoring"), O.orders(out)
    assert O.ordered(out, "kleihauer"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_no_nsaid_for_an_older_adult_on_clopidogrel(reason: Reason) -> None:
    """AGS Beers Criteria 2023 (table 5): an NSAID beside an antiplatelet drug in an
    older adult raises GI bleeding: paracetamol, or an opioid for severe pain."""
    out = reason(
        make_case(
            "chest injury",
            age=79,
            sex="M",
            vitals=vitals(90, 142, 82, 20, 95),
            one_liner="79M slipped in the garden onto a step, left chest wall pain "
            "worse on breathing, tender over the lower left ribs, takes clopidogrel "
            "after a stent",
        )
    )
    assert not O.medication_ordered(out, "nsaid", "ibuprofen", "naproxen"), (
        O.medications(out)
    )
    assert O.medication_ordered(out, "paracetamol", "acetaminophen"), O.medications(out)


def test_a_young_adult_sprain_still_gets_an_nsaid(reason: Reason) -> None:
    """Guard. NICE CKS sprains and strains (2020): a short NSAID course suits an
    otherwise well young adult's ankle sprain (Ottawa-negative: no film)."""
    out = reason(
        make_case(
            "ankle injury",
            age=27,
            sex="M",
            vitals=vitals(74, 124, 76, 14, 99),
            one_liner="27M rolled his left ankle playing football, walked in, swelling "
            "over the lateral ligament, no bony tenderness at the malleoli, navicular "
            "or fifth metatarsal",
        )
    )
    assert O.medication_ordered(out, "nsaid", "ibuprofen", "naproxen"), O.medications(
        out
    )
    assert O.disposition(out).disposition == "Discharge"


def test_midline_tenderness_over_a_lumbar_vertebra_is_not_a_neck_injury(
    reason: Reason,
) -> None:
    """NICE NG41 2016 (1.5): an older adult's new back pain with midline tenderness at
    a lumbar level after a fall is a vertebral fracture to image (thoracolumbar
    spine); the Canadian C-spine rule's collar and cervical CT belong to the neck."""
    out = reason(
        make_case(
            "back pain",
            age=77,
            sex="F",
            vitals=vitals(82, 138, 80, 16, 97),
            one_liner="77F osteoporosis, fell backwards onto the floor, new low back "
            "pain, midline tenderness over L1",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.ordered(out, "cervical", "collar"), names
    assert O.ordered(out, "spine x-ray", "spine ct", "x-ray or ct", "ct of the"), names


def test_no_skeletal_survey_for_a_teenager_limping_with_a_slipped_epiphysis(
    reason: Reason,
) -> None:
    """Christian CW, AAP 2015 and ACR-SPR 2021: the skeletal survey for suspected
    abuse is for children under 2 years; a 12-year-old's limp with hip signs is a
    slipped upper femoral epiphysis: hip films and the orthopaedic surgeon."""
    out = reason(
        make_case(
            "knee pain",
            age=12,
            sex="F",
            vitals=vitals(86, 112, 68, 16, 99),
            one_liner="12F overweight girl, four weeks of right knee pain and a limp, "
            "reduced internal rotation of the right hip",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.ordered(out, "skeletal survey"), names
    assert O.ordered(out, "hip", "pelvis"), names


def test_absent_breath_sounds_and_a_shifted_trachea_after_a_stab_are_coded_as_such(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4 and ICD-10-CM guideline I.C.19.b: a stab wound with absent
    breath sounds and a deviated trachea is a tension pneumothorax, decompressed
    before any film, and the most serious injury is coded first (S27.0XXA), not the
    open wound."""
    out = reason(
        make_case(
            "stab wound chest",
            age=29,
            sex="M",
            vitals=vitals(132, 84, 54, 34, 85),
            one_liner="29M stabbed in the right chest, no breath sounds on the right, "
            "trachea shifted to the left, neck veins distended",
        )
    )
    final = out.final
    assert final is not None and final.icd10 == "S27.0XXA", (
        final.icd10,
        final.diagnosis_name,
    )
    assert O.ordered(out, "decompression", "thoracostomy"), O.orders(out)


def test_becks_triad_after_a_chest_stab_is_the_heart_s_injury(reason: Reason) -> None:
    """ATLS 10th ed. ch. 4: hypotension, distended neck veins and muffled heart sounds
    after a penetrating chest wound are a cardiac tamponade: the heart's injury with
    haemopericardium (ICD-10-CM S26.0-), bedside echo and pericardial decompression."""
    out = reason(
        make_case(
            "stab wound chest",
            age=26,
            sex="M",
            vitals=vitals(128, 76, 58, 26, 95),
            one_liner="26M stab wound just left of the sternum, distended neck veins, "
            "muffled heart sounds, breath sounds equal",
        )
    )
    final = out.final
    assert final is not None and final.icd10 is not None, final
    assert final.icd10.startswith("S26.0"), (final.icd10, final.diagnosis_name)
    assert O.ordered(out, "pericardi", "thoracotomy"), O.orders(out)


def test_a_hip_fracture_on_x_ray_is_the_film_s_result(reason: Reason) -> None:
    """NICE CG124 2011: a hip fracture shown on the radiograph is the diagnosis (S72.-):
    nerve block, admission for surgery within 36 h; the film is not ordered again."""
    out = reason(
        make_case(
            "hip pain",
            age=87,
            sex="F",
            vitals=vitals(88, 146, 80, 18, 96),
            one_liner="87F tripped over a rug, left hip fracture on x-ray, lives alone",
        )
    )
    final = out.final
    assert final is not None and final.icd10 is not None, final
    assert final.icd10.startswith("S72"), (final.icd10, final.diagnosis_name)
    names = [o.name.lower() for o in O.orders(out)]
    assert not any("hip and pelvis x-ray" in n for n in names), names
    assert O.disposition(out).disposition != "Discharge"


def test_a_chest_wall_moving_paradoxically_after_a_crash_is_a_flail_chest(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4; Simon B et al. EAST 2012; Galvagno SM et al. EAST 2016: a
    segment of chest wall moving in on inspiration after a crash is a flail chest over
    a pulmonary contusion: oxygen, analgesia with a regional technique, CT chest and a
    monitored bed."""
    out = reason(
        make_case(
            "motor vehicle crash",
            age=61,
            sex="F",
            vitals=vitals(114, 132, 78, 28, 89),
            one_liner="61F restrained driver in a head-on crash, left chest wall moves "
            "in on breathing in, paradoxical chest wall movement, crepitus",
        )
    )
    final = out.final
    assert final is not None and final.icd10 == "S22.5XXA", (
        final.icd10,
        final.diagnosis_name,
    )
    assert O.medication_ordered(out, "analgesia", "opioid", "epidural", "block"), (
        O.medications(out)
    )
    assert O.disposition(out).disposition != "Discharge"


def test_recurrent_falls_in_an_older_adult_get_a_falls_assessment(
    reason: Reason,
) -> None:
    """NICE CG161 2013 (1.1.2) and the World Falls Guidelines 2022: an older person
    with recurrent falls gets lying and standing blood pressure, an ECG and a review
    of fall-risk drugs, and a falls service referral."""
    out = reason(
        make_case(
            "fall",
            age=84,
            sex="M",
            vitals=vitals(74, 124, 72, 16, 97),
            one_liner="84M has had several falls this month, no injury today, takes "
            "furosemide and amlodipine, lives alone",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "lying and standing", "orthostatic"), names
    assert O.ordered(out, "falls service", "falls clinic", "falls assessment"), names
