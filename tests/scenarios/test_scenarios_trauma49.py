"""trauma49 (session 49): stroke chameleons and mimics, neuromuscular, spine, falls.

Written from the sources named in each docstring, never from rows of the shared data:
- AHA/ASA 2019 acute ischaemic stroke (Powers WJ et al. Stroke 2019;50:e344); GRACE-3
  2023 (Edlow JA et al.); Kim JS. Stroke 2003;34:2128 (lateral medullary infarction);
- Gilhus NE. N Engl J Med 2016;375:2570; Sanders DB et al. Neurology 2016;87:419
  (myasthenia gravis); van Doorn PA et al. EAN/PNS 2023 (Guillain-Barre syndrome);
- Transverse Myelitis Consortium Working Group. Neurology 2002;59:499;
- NICE NG232 2023 head injury; Canadian C-spine rule (Stiell IG et al. JAMA 2001)
  and NEXUS (Hoffman JR et al. N Engl J Med 2000); NICE CG124 hip fracture; NICE
  CG161 falls;
- AES 2016 status epilepticus (Glauser T et al.); ESETT (Kapur J et al. NEJM 2019);
- Robinson CM, Aderinto J. J Bone Joint Surg Am 2005;87:639 (posterior shoulder
  dislocation); Royal Osteoporosis Society 2017 vertebral fracture guidance.

Each target scenario failed on main before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_STROKE_CTA = ("ct angiograph", "cta")


def test_sudden_talking_nonsense_without_understanding_is_a_stroke_work_up(
    reason: Reason,
) -> None:
    """AHA/ASA 2019; Tarnutzer 2017 (chameleons): an hour of fluent nonsense speech and
    not understanding what is said, in AF, is a receptive aphasia: brain imaging with
    angiography and the stroke team within the window, not a delirium screen."""
    out = reason(
        make_case(
            "confusion",
            age=72,
            sex="F",
            vitals=vitals(96, 166, 92, 16, 96),
            one_liner="72F with AF not on anticoagulation, since 1 hour ago talking "
            "nonsense and cannot understand what is said to her, no fever, moves all "
            "limbs",
        )
    )
    assert O.ordered(out, *_STROKE_CTA), O.order_names(out)
    assert O.ordered(out, "stroke team"), O.order_names(out)


def test_vertigo_with_crossed_numbness_and_horner_is_a_brainstem_stroke(
    reason: Reason,
) -> None:
    """Kim JS 2003; GRACE-3 2023: sudden vertigo with a numb face on one side, lost
    temperature sense on the other side of the body and a Horner syndrome is a lateral
    medullary infarction: stroke imaging and the stroke team, never 'dizziness'."""
    out = reason(
        make_case(
            "dizziness",
            age=50,
            sex="M",
            vitals=vitals(82, 158, 90, 16, 98),
            one_liner="50M sudden vertigo 3 hours ago, hoarse voice, difficulty "
            "swallowing, numb left side of face, cannot feel hot water on the right "
            "arm and leg, drooping left eyelid with small left pupil",
        )
    )
    assert "posterior circulation" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, "stroke team"), O.order_names(out)
    assert O.ordered(out, *_STROKE_CTA), O.order_names(out)


def test_guard_positional_vertigo_gets_no_stroke_angiogram(reason: Reason) -> None:
    """GRACE-3 2023: brief vertigo on turning in bed with a positive Dix-Hallpike and
    no other neurological sign is BPPV: no CT angiogram."""
    out = reason(
        make_case(
            "dizziness",
            age=55,
            sex="F",
            vitals=vitals(76, 132, 80, 14, 99),
            one_liner="55F brief spinning lasting seconds when turning over in bed, "
            "Dix-Hallpike positive on the right, no other neurological symptoms",
        )
    )
    assert not O.ordered(out, *_STROKE_CTA), O.order_names(out)


def test_fatigable_ptosis_and_double_vision_is_myasthenia_not_a_stroke(
    reason: Reason,
) -> None:
    """Gilhus 2016; Sanders 2016: double vision and drooping eyelids worse at the end
    of the day, with normal limbs and swallowing, is ocular myasthenia: antibodies,
    the ice pack test and neurology, not a stroke CT angiogram."""
    out = reason(
        make_case(
            "double vision",
            age=30,
            sex="F",
            vitals=vitals(76, 122, 78, 14, 99),
            one_liner="30F three weeks of double vision and drooping eyelids, worse at "
            "the end of the day and better after rest, no limb weakness, swallowing "
            "normal",
        )
    )
    assert not O.ordered(out, *_STROKE_CTA), O.order_names(out)
    assert O.ordered(out, "acetylcholine receptor"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "G70.00", out.final


def test_known_myasthenia_with_a_dropping_head_on_ciprofloxacin_is_a_crisis(
    reason: Reason,
) -> None:
    """Sanders 2016; Wendell & Levine 2011: known MG on a new fluoroquinolone with
    ptosis, slurred speech and a head dropping forward is an impending crisis: the
    fluoroquinolone stopped, immunotherapy, an ICU bed (G70.01)."""
    out = reason(
        make_case(
            "weakness",
            age=64,
            sex="M",
            vitals=vitals(102, 142, 84, 24, 95, 37.1),
            one_liner="64M known myasthenia gravis started ciprofloxacin for a urine "
            "infection 2 days ago, now drooping eyelids, slurred speech, head dropping "
            "forward, FVC 1.3 L",
        )
    )
    assert out.final is not None and out.final.icd10 == "G70.01", out.final
    assert O.ordered(out, "ivig", "plasma exchange"), O.order_names(out)
    assert any(
        "stop" in n.lower() and "fluoroquinolone" in n.lower()
        for n in O.order_names(out)
    ), O.order_names(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_a_sensory_level_with_retention_and_no_injury_is_a_myelopathy(
    reason: Reason,
) -> None:
    """Transverse Myelitis Consortium 2002: numbness rising to the umbilicus, heavy
    legs and urinary retention without injury is an acute myelopathy: an emergency
    whole-spine MRI, the bladder drained, neurology; not a stroke angiogram."""
    out = reason(
        make_case(
            "numbness",
            age=31,
            sex="F",
            vitals=vitals(80, 124, 78, 14, 99),
            one_liner="31F two days of numbness rising from her feet to the "
            "level of her "
            "umbilicus, legs heavy, cannot pass urine since this morning, band-like "
            "pain around the trunk, no injury",
        )
    )
    assert O.ordered(out, "mri of the whole spine", "whole spine"), O.order_names(out)
    assert not O.ordered(out, *_STROKE_CTA), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_guard_cancer_with_a_sensory_level_stays_cord_compression(
    reason: Reason,
) -> None:
    """NICE NG234 2023: with a known cancer the same cord picture is metastatic cord
    compression: dexamethasone and the whole-spine MRI."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="M",
            vitals=vitals(86, 136, 80, 16, 97),
            one_liner="66M with prostate cancer, thoracic back pain for 3 weeks worse "
            "lying flat, now legs weak and numb up to the umbilicus",
        )
    )
    assert O.ordered(out, "dexamethasone"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "G95.20", out.final


def test_back_pain_then_legs_getting_weak_with_absent_reflexes_is_gbs(
    reason: Reason,
) -> None:
    """EAN/PNS 2023; Brighton criteria: back pain, then both legs weakening with
    absent reflexes and tingling hands is Guillain-Barre syndrome: IVIG and
    neurology, admitted; not mechanical back pain."""
    out = reason(
        make_case(
            "back pain",
            age=35,
            sex="F",
            vitals=vitals(104, 118, 72, 18, 98),
            one_liner="35F four days of low back pain then legs getting weak and "
            "tingling in both hands, now needs help to stand, knee and ankle reflexes "
            "absent, FVC 1.8 L",
        )
    )
    assert out.final is not None and out.final.icd10 == "G61.0", out.final
    assert O.ordered(out, "ivig"), O.order_names(out)


def test_cannot_remember_the_hour_before_an_assault_gets_a_head_ct(
    reason: Reason,
) -> None:
    """NICE NG232 2023 1.4.9: a knock-out with more than 30 minutes' retrograde
    amnesia ("cannot remember anything from the hour before") is a CT head "
    "within 8 h."""
    out = reason(
        make_case(
            "assault",
            age=35,
            sex="M",
            vitals=vitals(88, 136, 84, 16, 99),
            one_liner="35M punched in the face and fell hitting his head, knocked out "
            "briefly, cannot remember anything from the hour before the assault, "
            "GCS 15",
        )
    )
    assert O.ordered(out, "ct head"), O.order_names(out)


def test_a_shoulder_locked_in_internal_rotation_after_a_seizure_is_dislocated(
    reason: Reason,
) -> None:
    """Robinson & Aderinto 2005: a shoulder held internally rotated that cannot turn
    outwards after a seizure is a posterior dislocation: x-rays with an axial view,
    reduction by orthopaedics (S43.026A), not 'limb pain' with an NSAID."""
    out = reason(
        make_case(
            "shoulder pain",
            age=40,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 99),
            one_liner="40M had a seizure last night, since then severe right shoulder "
            "pain, holding the arm internally rotated, cannot turn the arm outwards",
        )
    )
    assert O.ordered(out, "shoulder x-ray"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "S43.026A", out.final
    assert not O.ordered(out, "external rotation, fares"), O.order_names(out)


def test_guard_an_anterior_dislocation_keeps_its_own_reduction(reason: Reason) -> None:
    """BESS/BOA 2015: a squared-off shoulder after a fall is an anterior dislocation:
    x-ray and reduction in the ED (S43.006A)."""
    out = reason(
        make_case(
            "shoulder injury",
            age=25,
            sex="M",
            vitals=vitals(96, 130, 80, 16, 99),
            one_liner="25M fell onto his outstretched arm playing rugby, shoulder "
            "squared off, humeral head palpable anteriorly",
        )
    )
    assert out.final is not None and out.final.icd10 == "S43.006A", out.final
    assert O.ordered(out, "closed reduction"), O.order_names(out)


def test_an_osteoporotic_back_with_a_tender_t12_is_imaged_not_sent_home_blind(
    reason: Reason,
) -> None:
    """NICE NG59 2016 1.1.1; Royal Osteoporosis Society 2017: sudden back pain with a
    tender spinous process in a woman with osteoporosis is a vertebral fracture until
    imaged: spine x-ray, analgesia and bone health (M80.08XA)."""
    out = reason(
        make_case(
            "back pain",
            age=79,
            sex="F",
            vitals=vitals(80, 146, 82, 16, 97),
            one_liner="79F with osteoporosis, sudden mid back pain after lifting a bag "
            "of shopping, tender over T12, legs strong, no numbness, passing urine "
            "normally",
        )
    )
    assert O.ordered(out, "spine x-ray"), O.order_names(out)
    assert out.final is not None and out.final.icd10 == "M80.08XA", out.final


def test_guard_mechanical_low_back_pain_is_not_imaged(reason: Reason) -> None:
    """NICE NG59 2016: non-specific low back pain without red flags is not imaged."""
    out = reason(
        make_case(
            "back pain",
            age=35,
            sex="M",
            vitals=vitals(74, 126, 78, 14, 99),
            one_liner="35M low back pain after lifting boxes yesterday, no leg "
            "pain, no "
            "numbness, passing urine normally, walks normally, no fever",
        )
    )
    assert not O.ordered(out, "spine x-ray", "mri"), O.order_names(out)


def test_a_fall_onto_the_wrist_gets_no_hip_film_or_fascia_iliaca_block(
    reason: Reason,
) -> None:
    """NICE CG124 2011: a hip fracture is suspected on hip pain or a failure to bear
    weight; a fall onto an outstretched hand with a deformed wrist is the wrist's."""
    out = reason(
        make_case(
            "fall",
            age=77,
            sex="M",
            vitals=vitals(70, 138, 80, 16, 97),
            one_liner="77M on apixaban tripped on the kerb and fell onto his "
            "outstretched right hand, wrist swollen and deformed (dinner fork), did "
            "not hit his head, no loss of consciousness",
        )
    )
    assert O.ordered(out, "wrist x-ray"), O.order_names(out)
    assert not O.ordered(out, "hip and pelvis", "fascia iliaca block or iv"), (
        O.order_names(out)
    )


def test_guard_a_fall_with_a_painful_hip_keeps_the_hip_film(reason: Reason) -> None:
    """NICE CG124 2011: hip pain after a fall in an older adult is imaged."""
    out = reason(
        make_case(
            "fall",
            age=80,
            sex="M",
            vitals=vitals(80, 140, 80, 16, 97),
            one_liner="80M fell onto his left side, left hip pain, walking with "
            "difficulty",
        )
    )
    assert O.ordered(out, "hip"), O.order_names(out)


def test_a_fall_with_no_injury_is_no_contusion_and_no_stroke_angiogram(
    reason: Reason,
) -> None:
    """NICE CG161 2013: a fall with no injury and no head strike is worked up for its
    cause, not labelled a head contusion, and a stroke is not imaged without a
    neurological symptom (AHA/ASA 2019 1.1)."""
    out = reason(
        make_case(
            "fall",
            age=83,
            sex="F",
            vitals=vitals(76, 128, 72, 16, 97),
            one_liner="83F fell in the bathroom this morning, no injury, did "
            "not hit her "
            "head, fourth fall this year, on amlodipine, ramipril and furosemide, BP "
            "drops to 102/60 on standing",
        )
    )
    assert "contusion" not in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, *_STROKE_CTA), O.order_names(out)
    assert not O.ordered(out, "fascia iliaca"), O.order_names(out)


def test_status_after_two_lorazepam_doses_gets_no_third_benzodiazepine(
    reason: Reason,
) -> None:
    """AES 2016; ESETT 2019: after two benzodiazepine doses the next drug is a
    second-line antiseizure drug, not a third benzodiazepine."""
    out = reason(
        make_case(
            "seizure",
            age=40,
            sex="M",
            vitals=vitals(128, 150, 90, 24, 93, 37.8),
            one_liner="40M has been seizing for 25 minutes, given IV lorazepam twice, "
            "still jerking all four limbs",
        )
    )
    assert not O.medication_ordered(out, "lorazepam", "midazolam", "diazepam"), (
        O.order_names(out)
    )
    assert O.ordered(out, "levetiracetam", "fosphenytoin", "valpro"), O.order_names(out)


def test_guard_status_after_one_paramedic_dose_gets_its_second_benzodiazepine(
    reason: Reason,
) -> None:
    """AES 2016: one prehospital dose and still seizing: a second benzodiazepine."""
    out = reason(
        make_case(
            "seizure",
            age=30,
            sex="M",
            vitals=vitals(128, 156, 92, 24, 92, 37.6),
            one_liner="30M known epilepsy, two seizures in the ambulance "
            "without waking "
            "between them, given buccal midazolam by paramedics, still jerking "
            "all four "
            "limbs on arrival",
        )
    )
    assert O.medication_ordered(out, "lorazepam", "midazolam"), O.order_names(out)


def test_neck_pain_after_a_motorbike_crash_with_an_open_tibia_is_imaged(
    reason: Reason,
) -> None:
    """Canadian C-spine rule (a motorised vehicle is a dangerous mechanism) and NEXUS
    (a long-bone fracture distracts): the neck is immobilised and CT-scanned."""
    out = reason(
        make_case(
            "motorcycle crash",
            age=30,
            sex="M",
            vitals=vitals(108, 124, 76, 20, 98),
            one_liner="30M motorbike crash at 50 mph, open fracture of the right tibia "
            "with bone visible, also complains of neck pain, GCS 15",
        )
    )
    assert O.ordered(out, "ct cervical spine"), O.order_names(out)
    assert O.ordered(out, "collar", "immobilis"), O.order_names(out)
