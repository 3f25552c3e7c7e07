"""neuro39 (session 39): neurology and the spine, tenth domain review.

Written from guidelines, not from shared data. A stroke is a sudden focal deficit of
one territory (Powers WJ et al. AHA/ASA 2019): weakness or numbness of both legs,
saddle anaesthesia and weeks of progression are not its syndrome (GIRFT 2023 cauda
equina; NICE NG234 2023; EAN/PNS 2023 GBS; Berger JR et al. AAN 2013 PML); a
persisting deficit whose CT excludes haemorrhage is treated (AHA/ASA 2019 3.5);
botulism is treated on suspicion in intensive care (Rao AK et al. CDC 2021); tetanus
is no dental or theatre case (WHO 2017); a Bell's palsy's drooling is the lip's
(AAO-HNS 2013); giant cell arteritis is treated the same day (BSR 2020; ACR/EULAR
2022); thyrotoxic periodic paralysis takes a beta-blocker (Kung AWC 2006).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_REPERFUSION_TEAM = (r"reperfusion",)
_CT_ANGIO = (r"ct angiograph", r"\bcta\b")


def _stroke_work_up(out: ReasoningOutput) -> bool:
    """The stroke team's reperfusion decision or a CT angiogram of the head."""
    return O.ordered(out, *_REPERFUSION_TEAM) or any(
        O.mentions(o, _CT_ANGIO) and O.mentions(o, (r"head",)) for o in O.orders(out)
    )


# ---------------------------------------------------------------- not a stroke


def test_cauda_equina_told_as_numbness_gets_the_spine_not_the_stroke_team(
    reason: Reason,
) -> None:
    """Saddle numbness, numb legs and buttocks, bilateral sciatica and a new
    hesitancy under a 'numbness' complaint: GIRFT 2023 suspected cauda equina
    pathway (emergency MRI, bladder scan, spinal surgery); saddle anaesthesia and
    both legs are no stroke syndrome (AHA/ASA 2019 BE-FAST)."""
    out = reason(
        make_case(
            "numbness",
            age=46,
            sex="F",
            vitals=vitals(86, 132, 80, 16, 98),
            one_liner="46F back pain, both legs numb, cannot feel the toilet paper",
            ed_note=(
                "46-year-old with a month of low back pain. Today both legs and the "
                "buttocks are numb, she cannot feel the toilet paper when wiping and "
                "has new difficulty starting her stream. Pain shoots down both legs; "
                "ankle power 4/5 on both sides."
            ),
        )
    )
    assert not _stroke_work_up(out), O.orders(out)
    assert O.ordered(out, r"mri"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"
    assert "cauda equina" in out.final.diagnosis_name.lower()


def test_a_sensory_level_with_weak_legs_is_imaged_whole_spine_and_admitted(
    reason: Reason,
) -> None:
    """Two days of both legs weakening with a sensory level at T8 and retention:
    an acute myelopathy (Transverse Myelitis Consortium 2002; NICE NG234 2023:
    MRI of the whole spine), not a stroke and not a discharge."""
    out = reason(
        make_case(
            "leg weakness",
            age=34,
            sex="M",
            vitals=vitals(82, 124, 78, 16, 99, 37.1),
            one_liner="34M both legs weak and numb for 2 days, retention",
            ed_note=(
                "34-year-old. Over two days both legs became weak and numb; sensory "
                "level at T8, urinary retention with 700 ml on bladder scan. Power "
                "3/5 in both legs, upgoing plantars. No trauma, no fever."
            ),
        )
    )
    assert not _stroke_work_up(out), O.orders(out)
    assert O.ordered(out, r"whole spine"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_weak_legs_with_a_potassium_of_1_7_open_no_stroke_work_up(
    reason: Reason,
) -> None:
    """Symmetric weakness of both legs with K 1.7 on a diuretic: hypokalaemia
    (Kardalas E et al. Endocr Connect 2018); bilateral weakness is not a stroke
    syndrome (AHA/ASA 2019), so no reperfusion team or CT angiogram."""
    out = reason(
        make_case(
            "leg weakness",
            age=70,
            sex="F",
            vitals=vitals(90, 128, 74, 16, 97),
            one_liner="70F weakness of both legs, on furosemide, potassium 1.7",
            ed_note=(
                "70-year-old on furosemide. Three days of weakness of both legs, "
                "cannot get out of a chair. Symmetric proximal weakness, sensation "
                "normal. K 1.7 mmol/L. ECG: U waves."
            ),
        )
    )
    assert not _stroke_work_up(out), O.orders(out)
    assert O.ordered(out, r"potassium"), O.orders(out)


def test_a_deficit_progressing_over_weeks_gets_no_reperfusion_decision(
    reason: Reason,
) -> None:
    """Five weeks of slowly worsening left-sided weakness: a stroke is sudden and
    its reperfusion windows run from last known well (AHA/ASA 2019 3.5, 3.7); a
    course of weeks is a mass, a subdural or PML (Berger JR et al. AAN 2013)."""
    out = reason(
        make_case(
            "weakness",
            age=50,
            sex="M",
            vitals=vitals(80, 130, 80, 16, 98),
            one_liner="50M HIV, five weeks of slowly worsening left-sided weakness",
            ed_note=(
                "50-year-old with HIV off treatment, CD4 35. Five weeks of slowly "
                "worsening left arm and leg weakness and clumsiness. Left pronator "
                "drift. No headache, no fever."
            ),
        )
    )
    assert not O.ordered(out, *_REPERFUSION_TEAM), O.orders(out)
    assert not O.medication_ordered(out, *O.LYTIC), O.orders(out)


# ---------------------------------------------------------------- stroke


def test_a_lacunar_deficit_with_a_negative_ct_in_the_window_keeps_lysis(
    reason: Reason,
) -> None:
    """Pure motor hemiparesis 80 minutes old, NIHSS 4, CT without haemorrhage:
    AHA/ASA 2019 3.5 (IV alteplase for a disabling deficit within 4.5 h once CT
    excludes haemorrhage); the lytic is not blocked as 'not confirmed'."""
    out = reason(
        make_case(
            "weakness",
            age=69,
            sex="F",
            vitals=vitals(78, 168, 92, 16, 97),
            one_liner="69F sudden right arm and leg weakness 80 minutes ago",
            ed_note=(
                "69-year-old with hypertension. Sudden weakness of the right arm and "
                "leg 80 minutes ago, last known well 80 minutes ago. Right arm and "
                "leg weakness, speech normal, NIHSS 4. Glucose 6.8. CT head: no "
                "haemorrhage. Not anticoagulated."
            ),
        )
    )
    assert O.medication_ordered(out, *O.LYTIC), (O.orders(out), O.blocked_names(out))
    assert not any("alteplase" in b for b in O.blocked_names(out))


def test_homonymous_field_loss_with_a_facial_droop_is_not_a_retinal_detachment(
    reason: Reason,
) -> None:
    """A right homonymous hemianopia with a right facial droop after flashing
    lights: the field loss of both eyes and the droop are the brain's (AHA/ASA
    2019); a detachment is one eye's (AAO PPP 2019)."""
    out = reason(
        make_case(
            "vision loss",
            age=71,
            sex="F",
            vitals=vitals(88, 172, 96, 16, 97),
            one_liner="71F sudden loss of the right field of vision, facial droop",
            ed_note=(
                "71-year-old with atrial fibrillation off anticoagulation. 90 minutes "
                "ago sudden loss of the right half of the vision in both eyes with "
                "some flashing lights. Right homonymous hemianopia on confrontation, "
                "right facial droop sparing the forehead. Glucose 5.9."
            ),
        )
    )
    assert "retinal detachment" not in O.working(out)
    assert "retinal detachment" not in out.final.diagnosis_name.lower()
    assert O.ordered(out, r"stroke team"), O.orders(out)


def test_guard_a_hemiparesis_in_the_window_keeps_the_stroke_team(
    reason: Reason,
) -> None:
    """Guard: one-sided arm and leg weakness 1 hour old, no imaging yet, still gets
    the stroke team's reperfusion decision (AHA/ASA 2019: door to needle)."""
    out = reason(
        make_case(
            "weakness",
            age=72,
            sex="M",
            vitals=vitals(84, 176, 96, 16, 96),
            one_liner="72M sudden left arm and leg weakness 1 hour ago",
            ed_note=(
                "72-year-old, sudden left arm and leg weakness and slurred speech one "
                "hour ago, last known well 1 hour ago. Glucose 6.1."
            ),
        )
    )
    assert O.ordered(out, *_REPERFUSION_TEAM), O.orders(out)


def test_guard_a_hypoglycaemic_weakness_that_resolved_gets_no_stroke_work_up(
    reason: Reason,
) -> None:
    """Guard: a weak arm at glucose 1.9 that fully recovered after dextrose is the
    hypoglycaemia's (ADA 2024; AHA/ASA 2019: check glucose, then image a deficit
    that persists)."""
    out = reason(
        make_case(
            "altered mental status",
            age=61,
            sex="M",
            vitals=vitals(98, 140, 84, 16, 98, 36.5),
            one_liner="61M on insulin, sweaty and confused with a weak left arm",
            ed_note=(
                "61-year-old with type 1 diabetes, missed a meal after insulin. "
                "Sweaty, confused, weak left arm; glucose 1.9 mmol/L. After 100 ml of "
                "20 % glucose he is fully alert and the arm weakness has completely "
                "resolved; neurological examination normal."
            ),
        )
    )
    assert not O.ordered(out, *_REPERFUSION_TEAM), O.orders(out)


# ---------------------------------------------------------------- neuromuscular


def test_guillain_barre_with_a_vital_capacity_of_16_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """Ascending weakness after gastroenteritis, areflexia, FVC 16 ml/kg: Lawn 2001
    20/30/40 rule, EAN/PNS 2023 (ICU, IVIG), not a ward bed or a dehydration."""
    out = reason(
        make_case(
            "weakness",
            age=50,
            sex="F",
            vitals=vitals(104, 136, 84, 22, 95),
            one_liner="50F weakness rising from the legs to the arms after diarrhoea",
            ed_note=(
                "50-year-old, diarrhoea two weeks ago. Six days of tingling feet, then "
                "weakness rising from the legs to the arms; cannot stand. Reflexes "
                "absent throughout. Forced vital capacity 16 ml/kg."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu", d
    assert O.medication_ordered(out, r"ivig|immunoglobulin|plasma exchange")


def test_botulism_without_the_word_descending_gets_antitoxin_and_intensive_care(
    reason: Reason,
) -> None:
    """Diplopia, ptosis and slurred speech after home-canned vegetables: CDC 2021
    (Rao AK et al.): antitoxin on clinical suspicion, ICU for serial vital
    capacity."""
    out = reason(
        make_case(
            "double vision",
            age=45,
            sex="F",
            vitals=vitals(92, 128, 78, 18, 97),
            one_liner="45F double vision, droopy eyelids and slurred speech",
            ed_note=(
                "45-year-old, ate home-canned peppers three days ago. Since yesterday "
                "double vision, drooping eyelids and slurred speech, now trouble "
                "swallowing. Pupils dilated. Alert, no fever, sensation normal."
            ),
        )
    )
    assert O.medication_ordered(out, r"antitoxin"), O.orders(out)
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu", d


def test_tetanus_is_not_sent_to_theatre_or_to_the_dental_surgeon(
    reason: Reason,
) -> None:
    """Trismus with generalised spasms after a puncture wound: WHO 2017 tetanus
    (immune globulin, metronidazole, wound toilet, ICU); no dental abscess surgery,
    no emergency operation disposition."""
    out = reason(
        make_case(
            "jaw pain",
            age=58,
            sex="M",
            vitals=vitals(110, 156, 90, 22, 97, 37.8),
            one_liner="58M cannot open his mouth, painful spasms, nail wound",
            ed_note=(
                "58-year-old, stepped on a nail 8 days ago, last tetanus vaccine "
                "unknown. Jaw stiffness for 2 days, now cannot open his mouth, with "
                "painful generalised spasms set off by touch. Teeth and gums normal."
            ),
        )
    )
    assert O.medication_ordered(out, r"tetanus immune globulin"), O.orders(out)
    assert not O.ordered(out, r"maxillofacial"), O.orders(out)
    assert O.disposition(out).disposition != "OR Admit"


# ---------------------------------------------------------------- face and head


def test_bells_palsy_drooling_from_the_mouth_corner_gets_no_airway_orders(
    reason: Reason,
) -> None:
    """A lower motor neurone facial palsy drooling from the weak mouth corner:
    AAO-HNS 2013 (prednisolone within 72 h, eye care, home); the drool is the
    lip's, not an epiglottitis's (no ceftriaxone, no 'nothing by mouth')."""
    out = reason(
        make_case(
            "facial droop",
            age=41,
            sex="F",
            vitals=vitals(74, 124, 76, 14, 99),
            one_liner="41F woke with the right side of the face drooping",
            ed_note=(
                "41-year-old woke with the right side of her face drooping, cannot "
                "raise the right eyebrow or close the right eye, drooling from the "
                "right corner of the mouth. No ear vesicles. Limbs and speech normal."
            ),
        )
    )
    assert O.medication_ordered(out, r"prednisolone"), O.orders(out)
    assert not O.medication_ordered(out, r"ceftriaxone"), O.orders(out)
    assert not O.ordered(out, r"nothing by mouth|airway"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge"


def test_a_headache_with_a_third_nerve_palsy_is_imaged_with_angiography_now(
    reason: Reason,
) -> None:
    """Headache with a drooping eyelid and a dilated pupil: a new deficit is outside
    the Ottawa SAH rule (Perry JJ et al. JAMA 2013, exclusions); a pupil-involving
    third nerve palsy is an expanding aneurysm until CT angiography (AHA/ASA 2023
    aSAH), with a neurosurgeon, not 'LP or CTA if the CT is negative after 6 h'."""
    out = reason(
        make_case(
            "headache",
            age=37,
            sex="M",
            vitals=vitals(82, 142, 84, 16, 99),
            one_liner="37M headache behind the right eye, right eyelid drooping",
            ed_note=(
                "37-year-old, severe headache behind the right eye since this "
                "morning. The right eyelid droops and the right pupil is dilated; "
                "the right eye sits down and out. Alert, limbs normal."
            ),
        )
    )
    now = [
        o.name
        for o in O.orders(out)
        if O.mentions(o, (r"ct angiograph", r"\bcta\b"))
        and not O.mentions(o, (r"negative",))
    ]
    assert now, O.orders(out)
    assert O.ordered(out, r"neurosurg"), O.orders(out)


def test_giant_cell_arteritis_without_visual_loss_gets_prednisolone_today(
    reason: Reason,
) -> None:
    """New temporal headache at 75 with jaw claudication, a tender scalp and ESR
    92: ACR/EULAR 2022 score >= 6; BSR 2020: glucocorticoids the same day, before
    the ultrasound or biopsy (not a migraine with a CT head)."""
    out = reason(
        make_case(
            "headache",
            age=75,
            sex="F",
            vitals=vitals(80, 146, 84, 14, 98),
            one_liner="75F new temple headache, jaw ache on chewing, ESR 92",
            ed_note=(
                "75-year-old, three weeks of a new left temporal headache, jaw ache "
                "on chewing and a tender scalp. Vision normal. ESR 92."
            ),
        )
    )
    assert O.medication_ordered(out, r"predniso"), O.orders(out)
    assert "arteritis" in O.working(out)


def test_thyrotoxic_periodic_paralysis_gets_a_beta_blocker(reason: Reason) -> None:
    """Waking paralysed after a carbohydrate load with K 2.0 and a suppressed TSH:
    Kung AWC 2006 (propranolol reverses the shift; small potassium doses)."""
    out = reason(
        make_case(
            "weakness",
            age=24,
            sex="M",
            vitals=vitals(116, 138, 72, 16, 99),
            one_liner="24M woke unable to move his legs, potassium 2.0",
            ed_note=(
                "24-year-old woke unable to move both legs after a large pasta dinner. "
                "Palpitations and weight loss for two months. Power 2/5 in both legs, "
                "reflexes reduced. K 2.0 mmol/L, TSH < 0.01."
            ),
        )
    )
    assert O.medication_ordered(out, r"propranolol"), O.orders(out)
    assert not _stroke_work_up(out), O.orders(out)


# ---------------------------------------------------------------- guards


def test_guard_a_true_bells_palsy_goes_home_with_prednisolone(reason: Reason) -> None:
    """Guard: forehead-involving facial palsy alone: AAO-HNS 2013 (no imaging,
    prednisolone, home)."""
    out = reason(
        make_case(
            "facial droop",
            age=36,
            sex="M",
            vitals=vitals(72, 122, 76, 14, 99),
            one_liner="36M left facial weakness including the forehead since morning",
            ed_note=(
                "36-year-old, left facial weakness since this morning, cannot wrinkle "
                "the left forehead or close the left eye. Limbs, speech and gait "
                "normal. No ear vesicles."
            ),
        )
    )
    assert O.medication_ordered(out, r"prednisolone"), O.orders(out)
    assert not _stroke_work_up(out), O.orders(out)
    assert O.disposition(out).disposition == "Discharge"


def test_guard_a_typical_migraine_goes_home_without_a_scan(reason: Reason) -> None:
    """Guard: the usual aura and throbbing headache of a known migraineur, normal
    examination: NICE CG150 (no imaging; antiemetic and analgesia)."""
    out = reason(
        make_case(
            "headache",
            age=27,
            sex="F",
            vitals=vitals(76, 116, 72, 14, 99),
            one_liner="27F her usual migraine with aura",
            ed_note=(
                "27-year-old with migraine since school. Her usual zig-zag aura for 20 "
                "minutes, then a throbbing right-sided headache with nausea and "
                "photophobia, the same as her usual attacks. Examination normal."
            ),
        )
    )
    assert not O.ordered(out, r"\bct\b"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge"


def test_guard_a_one_sided_sciatica_goes_home(reason: Reason) -> None:
    """Guard: one leg's sciatica with normal bladder and saddle sensation: NICE NG59
    (no MRI, analgesia, stay active)."""
    out = reason(
        make_case(
            "back pain",
            age=40,
            sex="F",
            vitals=vitals(74, 124, 78, 14, 99),
            one_liner="40F low back pain down the left leg after gardening",
            ed_note=(
                "40-year-old, low back pain after gardening, pain down the back of the "
                "left leg. No saddle numbness, bladder and bowels normal. Power, "
                "reflexes and sensation normal."
            ),
        )
    )
    assert not O.ordered(out, r"\bmri\b"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge"


def test_guard_a_dental_abscess_with_trismus_keeps_the_maxillofacial_surgeon(
    reason: Reason,
) -> None:
    """Guard: a swollen jaw from a rotten molar with trismus and no spasms: SDCEP
    2016 / NICE CKS (same-day maxillofacial review)."""
    out = reason(
        make_case(
            "dental pain",
            age=33,
            sex="M",
            vitals=vitals(96, 128, 80, 16, 99, 37.9),
            one_liner="33M toothache, swollen jaw, cannot open his mouth fully",
            ed_note=(
                "33-year-old, 4 days of pain from a decayed lower left molar, now "
                "a swollen left jaw with trismus. Dental abscess on examination."
            ),
        )
    )
    assert O.ordered(out, r"maxillofacial"), O.orders(out)
