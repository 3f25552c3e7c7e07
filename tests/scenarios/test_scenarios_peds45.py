"""peds45 (session 45): paediatric and obstetric emergencies, and triage levels.

Written from guidelines, not from shared data: a woman "at 35 weeks" is pregnant,
whatever word for it the note leaves out, so a pressure of 168/114 with a headache is
pre-eclampsia with severe features, treated at once (ACOG Practice Bulletin 222 2020;
NICE NG133 2019), and a swollen calf is a DVT in pregnancy given LMWH before the scan
(RCOG Green-top 37b 2015); the trimester the note writes selects the obstetric code
(ICD-10-CM FY2024 Official Guidelines I.C.15.a.3).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


_ANTIHYPERTENSIVE = ("labetalol", "nifedipine", "hydralazine")


# --- a gestation written as "at NN weeks" ---


def test_woman_at_34_weeks_with_severe_pressure_and_headache_is_treated(
    reason: Reason,
) -> None:
    """ACOG PB 222 (2020) / NICE NG133 (2019): a pressure of 160/110 or more with a
    headache and visual disturbance in the second half of pregnancy is pre-eclampsia
    with severe features: an antihypertensive within the hour and magnesium sulfate
    (ESI 2). "A 29-year-old at 34 weeks" was not read as pregnant: migraine, a
    pregnancy test and a nephrotic work-up, ESI 3, neither drug."""
    out = reason(
        make_case(
            "HEADACHE",
            age=29,
            sex="F",
            vitals=vitals(98, 166, 112, 18, 98),
            one_liner="29-year-old at 34 weeks with a severe headache and spots in "
            "front of her eyes",
            ed_note="Urine protein 3+. Epigastric tenderness. Fetal movements normal.",
        )
    )
    assert _esi(out) <= 2
    assert O.medication_ordered(out, *_ANTIHYPERTENSIVE)
    assert O.medication_ordered(out, "magnesium")
    assert _code(out).startswith("O14.1")


def test_calf_swelling_at_30_weeks_is_dvt_in_pregnancy(reason: Reason) -> None:
    """RCOG Green-top 37b (2015): a suspected DVT in pregnancy gets therapeutic LMWH
    until a compression duplex excludes it (no D-dimer first); the code is chapter 15's
    O22.3- by trimester (ICD-10-CM FY2024 I.C.15.a). "At 30 weeks" was not read as
    pregnancy: a D-dimer pathway, no LMWH, I82.409."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=33,
            sex="F",
            vitals=vitals(86, 118, 72, 16, 99),
            one_liner="33-year-old at 30 weeks with a painful swollen right calf for "
            "three days",
            ed_note="Right calf 3 cm bigger than the left, tender. No breathlessness.",
        )
    )
    assert O.medication_ordered(out, "heparin", "enoxaparin", "lmwh")
    assert not O.ordered(out, "d-dimer if")
    assert _code(out) == "O22.33"


def test_tightenings_at_31_weeks_are_not_tested_for_pregnancy(reason: Reason) -> None:
    """ACOG PB 171 (2016) / ACOG FAQ 004: irregular painless tightenings that settle
    with rest are false labour, assessed on the labour ward, with no steroid; a woman
    'at 31 weeks' needs no pregnancy test. She was read as not pregnant: abnormal
    uterine bleeding, a pregnancy test and a transvaginal scan."""
    out = reason(
        make_case(
            "CONTRACTIONS",
            age=26,
            sex="F",
            vitals=vitals(80, 116, 70, 16, 99),
            one_liner="26-year-old at 31 weeks with irregular painless tightenings "
            "that stop when she lies down",
            ed_note="No bleeding, no leaking fluid, baby moving well.",
        )
    )
    assert not O.ordered(out, "hcg")
    assert not O.medication_ordered(out, "betamethasone", "dexamethasone")
    assert _code(out).startswith("O47")


def test_follow_up_weeks_after_surgery_are_no_pregnancy(reason: Reason) -> None:
    """Guard: "at 6 weeks post-op" is an interval after an operation, not a gestation:
    a woman's calf swelling then is a DVT coded I82.4- with no obstetric code."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=41,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 98),
            one_liner="41-year-old at 6 weeks post-op after a knee replacement with a "
            "swollen painful left calf",
            ed_note="Left calf 4 cm bigger than the right, pitting oedema.",
        )
    )
    assert not _code(out).startswith("O")


# --- the trimester the note writes selects the code ---


def test_praevia_bleeding_at_32_weeks_is_coded_in_its_trimester(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 Official Guidelines I.C.15.a.3: the final character of an
    obstetric code is the trimester when the record documents it (the third from 28
    weeks): a known praevia bleeding at 32 weeks is O44.13, not O44.10 (unspecified).
    RCOG Green-top 27a (2018): no digital examination."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=31,
            sex="F",
            vitals=vitals(84, 116, 70, 16, 99),
            one_liner="31-year-old, 32 weeks pregnant, with painless bright red "
            "bleeding",
            ed_note="Known major placenta praevia on the 20-week scan. Uterus soft.",
        )
    )
    assert _code(out) == "O44.13"
    assert O.ordered(out, "no digital")


# --- a falling GCS and one blown pupil ---


def test_falling_gcs_with_one_blown_pupil_gets_airway_and_hyperosmolar_therapy(
    reason: Reason,
) -> None:
    """Brain Trauma Foundation 4th ed. (2016) / ATLS 10th ed. ch. 6: a GCS falling to
    8 or less with a unilateral fixed dilated pupil after a head injury is
    transtentorial herniation: the airway secured, hyperosmolar therapy and
    neurosurgery now (ESI v4 ch.3: level 1). "GCS dropped from 13 to 7 ... right
    pupil is now blown" was read as GCS 13 and no pupil sign: a CT and paracetamol."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=52,
            sex="M",
            vitals=vitals(56, 184, 94, 12, 96),
            one_liner="52-year-old who fell down the stairs; GCS dropped from 12 to 6 "
            "in the department and his left pupil is now blown",
            ed_note="Left pupil 7 mm unreactive. Right arm not moving.",
        )
    )
    assert _esi(out) == 1
    assert O.ordered(out, "airway", "intubat")
    assert O.ordered(out, "mannitol", "hypertonic")


def test_head_injury_with_equal_pupils_and_full_gcs_gets_no_hyperosmolar_therapy(
    reason: Reason,
) -> None:
    """Guard: NICE NG232 (2023) head injury: GCS 15 with equal reactive pupils after a
    fall needs no airway or hyperosmolar therapy."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=40,
            sex="F",
            vitals=vitals(82, 132, 80, 16, 99),
            one_liner="40-year-old who banged her head on a cupboard door, GCS 15",
            ed_note="Pupils equal and reactive, 3 mm. Small bump on the forehead. No "
            "vomiting, no loss of consciousness.",
        )
    )
    assert not O.ordered(out, "mannitol", "hypertonic")
    assert not O.ordered(out, "definitive airway")


# --- triage: syncope on exertion, the diabetic's failing otitis externa ---


def test_syncope_on_a_long_training_run_is_high_risk(reason: Reason) -> None:
    """ESC 2018 syncope (Brignole M et al., Table 5) / ACC/AHA/HRS 2017: syncope
    during exertion is a major high-risk feature, cardiac until shown otherwise: ESI 2
    (ESI v4 ch.4), an echocardiogram and cardiology. A few words between "while" and
    the activity ("passed out during a 10 km race") escaped the pattern: ESI 3,
    orthostatic vitals and a blood count."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=19,
            sex="F",
            vitals=vitals(78, 118, 72, 16, 99),
            one_liner="19-year-old who fainted while on a long training run this "
            "morning, no warning",
            ed_note="Recovered within a minute. Well now. No medical history.",
        )
    )
    assert _esi(out) <= 2
    assert O.ordered(out, "echocardiogram")


def test_fainting_while_watching_football_is_not_exertional(reason: Reason) -> None:
    """Guard: watching a match is no exertion; a young woman's faint with a prodrome
    is judged by its resources (ESC 2018: reflex syncope, low risk)."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=22,
            sex="F",
            vitals=vitals(76, 116, 70, 14, 99),
            one_liner="22-year-old who fainted while watching a football match in the "
            "heat after feeling hot and sweaty",
            ed_note="Prodrome of nausea and tunnel vision. Back to normal at once.",
        )
    )
    assert _esi(out) >= 3


def test_diabetic_with_weeks_of_ear_pain_despite_drops_is_esi_3(
    reason: Reason,
) -> None:
    """NICE CKS otitis externa (2023); Rubin Grandis J et al. Lancet Infect Dis 2004:
    an older diabetic's ear pain persisting for weeks despite topical treatment, worse
    at night, is necrotising otitis externa until a CT and the inflammatory markers
    say otherwise, with IV antibiotics: two or more resources, ESI 3 (ESI v4 ch.5). It
    was a level-5 earache."""
    out = reason(
        make_case(
            "EAR PAIN",
            age=74,
            sex="F",
            vitals=vitals(80, 146, 82, 16, 98),
            one_liner="74-year-old with type 2 diabetes and three weeks of right ear "
            "pain despite two courses of drops, worse at night",
            ed_note="Granulation tissue in the canal floor. Glucose 14.",
        )
    )
    assert _esi(out) <= 3


def test_diabetic_with_a_day_of_earache_stays_low_acuity(reason: Reason) -> None:
    """Guard: a day of earache in a diabetic, no treatment failed, is examined and
    treated topically (AAO-HNS 2014 acute otitis externa): ESI 4-5."""
    out = reason(
        make_case(
            "EAR PAIN",
            age=45,
            sex="M",
            vitals=vitals(74, 132, 80, 14, 99),
            one_liner="45-year-old with type 2 diabetes and left ear pain since "
            "yesterday after swimming",
            ed_note="Canal red and swollen, tragal tenderness. Drum normal.",
        )
    )
    assert _esi(out) >= 4


# --- NICE NG143 traffic light: the green febrile child ---

_GREEN_NOTE = (
    "Alert, smiling and interactive, normal colour. Moist mucous membranes, drinking "
    "well. No rash. Ears, throat and chest normal. Immunised."
)


def _febrile_toddler(reason: Reason, note: str, hr: float = 130) -> ReasoningOutput:
    return reason(
        make_case(
            "FEVER",
            age=1,
            sex="M",
            vitals=vitals(hr, 90, 55, 30, 98, 39.2),
            one_liner="14-month-old with fever since yesterday, no source found",
            ed_note=note,
        )
    )


def test_green_febrile_toddler_gets_a_urine_test_not_a_sepsis_work_up(
    reason: Reason,
) -> None:
    """NICE NG143 (2019/2021) 1.3-1.5: a febrile child under 5 with every green
    feature (normal colour, responds normally, moist mucous membranes) and none amber
    or red has a urine test and an assessment for pneumonia; blood tests and a chest
    x-ray are not routine, and care is at home with safety-netting. A green
    10-month-old got lactate, blood cultures x2, bloods and a chest x-ray and an
    Observation bed."""
    out = _febrile_toddler(reason, _GREEN_NOTE)
    assert O.ordered(out, "urine")
    assert not O.ordered(out, "blood culture", "lactate")
    assert O.disposition(out).disposition == "Discharge"


def test_febrile_toddler_whose_mother_says_he_is_pale_keeps_the_work_up(
    reason: Reason,
) -> None:
    """Guard: NICE NG143 amber: pallor reported by a parent or carer: the amber
    child keeps the blood tests (FBC, CRP, blood culture) whatever else is green."""
    out = _febrile_toddler(reason, _GREEN_NOTE + " Mum says he looks pale.")
    assert O.ordered(out, "blood culture")


def test_febrile_toddler_with_hydration_not_told_keeps_the_work_up(
    reason: Reason,
) -> None:
    """Guard: a note that does not state the hydration (mucous membranes) is not a
    green child: no partial reading withholds the work-up (NICE NG143 Table 1)."""
    out = _febrile_toddler(
        reason,
        "Alert, smiling and interactive, normal colour. No rash. Ears, throat and "
        "chest normal.",
    )
    assert O.ordered(out, "blood culture")


def test_febrile_toddler_with_an_amber_heart_rate_keeps_the_work_up(
    reason: Reason,
) -> None:
    """Guard: NICE NG143 amber: a heart rate above 150 at 12-24 months."""
    out = _febrile_toddler(reason, _GREEN_NOTE, hr=158)
    assert O.ordered(out, "blood culture")


# --- triage requests: a perforation shown, an abrasion, a splash on the hand ---


def test_free_air_under_the_diaphragm_is_high_risk(reason: Reason) -> None:
    """ESI v4 ch.4: a perforated viscus is a surgical emergency, high risk (ESI 2),
    as guarding is (WSES 2020 perforated peptic ulcer: surgery now). "Free air" on a
    film brought to the department stayed ESI 3 (medgi45's request)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=61,
            sex="M",
            vitals=vitals(104, 132, 80, 20, 97),
            one_liner="61-year-old with sudden upper abdominal pain, free air under "
            "the diaphragm on the GP's chest film",
            ed_note="Known peptic ulcer, on ibuprofen.",
        )
    )
    assert _esi(out) <= 2


def test_fingernail_corneal_abrasion_with_normal_vision_is_not_high_risk(
    reason: Reason,
) -> None:
    """ESI v4 ch.4-5: an eye injury is high risk when sight is threatened (a
    penetrating injury, a chemical splash, sudden loss of vision); a fingernail's
    corneal abrasion with 6/6 vision is examined with fluorescein: ESI 4-5. It was
    ESI 2 by the word 'eye injury' (trauma45's request)."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=29,
            sex="F",
            vitals=vitals(78, 118, 74, 14, 99),
            one_liner="29-year-old whose baby scratched her right eye with a "
            "fingernail, gritty and watering, a small corneal abrasion on fluorescein, "
            "vision 6/6",
        )
    )
    assert _esi(out) >= 3


def test_alkali_on_the_back_of_a_hand_is_no_eye_splash(reason: Reason) -> None:
    """ABLS 2018 chemical burns: a small alkali burn of the skin is irrigated, ESI
    3-4; the eye splash's ESI 2 (ESI v4 ch.4) needs the eye or the face. Oven cleaner
    splashed on a hand was 'chemical exposure to the eye' (trauma45's request)."""
    out = reason(
        make_case(
            "CHEMICAL EXPOSURE",
            age=40,
            sex="M",
            vitals=vitals(80, 126, 78, 14, 99),
            one_liner="40-year-old who splashed drain cleaner on his left forearm 15 "
            "minutes ago, stinging red patch",
        )
    )
    assert _esi(out) >= 3


def test_bleach_splashed_in_the_eyes_stays_esi_2(reason: Reason) -> None:
    """Guard: ESI v4 ch.4 / AAO ocular chemical injury: a chemical splash to the eyes
    is irrigated at once: ESI 2 at least."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=33,
            sex="F",
            vitals=vitals(88, 124, 78, 16, 99),
            one_liner="33-year-old who splashed bleach in both eyes while cleaning 10 "
            "minutes ago",
        )
    )
    assert _esi(out) <= 2
