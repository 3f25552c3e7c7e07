"""dx34 (issue 10, pattern 1): diagnosis from findings, evidence that moves beliefs.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- ACOG Practice Bulletin 222 (2020): pre-eclampsia from 20 weeks to 6 weeks post
  partum; CDC NVSS births by age 2022; Perry JJ et al. JAMA 2013 (Ottawa SAH rule);
  Godwin SA et al. ACEP clinical policy, acute headache 2019; ICHD-3 2018.

Each scenario asserts safety properties; each failed on main 972a092 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _final(out: object) -> str:
    return f"{out.final.icd10} {out.final.diagnosis_name}".lower()  # type: ignore[attr-defined]


# --- pre-eclampsia needs a documented pregnancy; a thunderclap headache is SAH ---


def test_thunderclap_headache_in_a_woman_not_known_pregnant_is_not_preeclampsia(
    reason: Reason,
) -> None:
    """ACOG PB 222 (2020): pre-eclampsia exists only from 20 weeks of pregnancy to 6
    weeks post partum; with no pregnancy documented it is tested for (hCG), never the
    working or final diagnosis. Perry JJ et al. JAMA 2013 / ACEP 2019: a headache at
    its maximum at once, during exertion, with neck pain is worked up as SAH (CT
    head)."""
    out = reason(
        make_case(
            "headache",
            age=39,
            sex="F",
            vitals=vitals(90, 174, 102, 18, 98),
            ed_note="39-year-old woman with an abrupt severe occipital headache that "
            "began while she was swimming 2 hours ago, at its worst within a minute, "
            "with neck pain and nausea. Never had a headache like this. GCS 15, no "
            "focal neurological deficit.",
        )
    )
    assert "eclampsia" not in O.working(out), O.working(out)
    assert not out.final.icd10 or not out.final.icd10.startswith("O1"), _final(out)
    assert "subarachnoid" in O.working(out), O.working(out)
    assert O.ordered(out, r"ct head|head ct"), O.orders(out)


def test_thunderclap_headache_at_46_keeps_preeclampsia_far_below_sah(
    reason: Reason,
) -> None:
    """CDC NVSS 2022: births at 45-49 are ~1 per 1,000 women a year, ~1/90 of the peak
    band, so pre-eclampsia (ACOG PB 222) in a 46-year-old not known to be pregnant is
    far less likely than SAH (Perry 2013: age >= 40, exertional thunderclap onset)."""
    out = reason(
        make_case(
            "headache",
            age=46,
            sex="F",
            vitals=vitals(88, 178, 104, 16, 98),
            ed_note="46-year-old woman, sudden explosive headache while lifting "
            "weights "
            "at the gym, maximal at onset, vomited once, neck pain. Alert, no focal "
            "deficit.",
        )
    )
    ledger = {e.diagnosis.lower(): e.probability or 0.0 for e in out.final.ledger}
    sah = next(p for d, p in ledger.items() if "subarachnoid" in d)
    pe = max((p for d, p in ledger.items() if "eclampsia" in d), default=0.0)
    assert pe < sah / 5, ledger
    assert "eclampsia" not in O.working(out), O.working(out)


def test_guard_pregnant_at_32_weeks_with_severe_bp_and_headache_stays_preeclampsia(
    reason: Reason,
) -> None:
    """Guard. ACOG PB 222: at 32 weeks, BP >= 160/110 with a headache and visual
    symptoms is pre-eclampsia with severe features: magnesium and an antihypertensive,
    obstetrics; a documented pregnancy keeps the full prior."""
    out = reason(
        make_case(
            "headache",
            age=41,
            sex="F",
            vitals=vitals(92, 166, 114, 18, 98),
            ed_note="41-year-old G3P2 at 32 weeks' gestation with a severe frontal "
            "headache since this morning and flashing lights. Urine protein 2+.",
        )
    )
    assert "eclampsia" in O.working(out), O.working(out)
    assert O.medication_ordered(out, "magnesium"), O.orders(out)


def test_guard_two_weeks_post_partum_headache_and_high_bp_stays_preeclampsia(
    reason: Reason,
) -> None:
    """Guard. ACOG PB 222: pre-eclampsia may present up to 6 weeks post partum; a
    documented delivery 2 weeks ago with BP >= 160/110 and headache keeps it."""
    out = reason(
        make_case(
            "headache",
            age=34,
            sex="F",
            vitals=vitals(86, 168, 110, 16, 99),
            ed_note="34-year-old woman who gave birth 2 weeks ago, now with a severe "
            "headache for a day and blurred vision. No history of hypertension.",
        )
    )
    assert "eclampsia" in O.working(out), O.working(out)


# --- a hypertensive crisis with encephalopathy is a hypertensive emergency ---


def test_drowsy_patient_with_a_crisis_pressure_is_a_hypertensive_emergency(
    reason: Reason,
) -> None:
    """Williams B et al. ESC/ESH 2018 section 11.1: severe hypertension with
    somnolence or lethargy is hypertensive encephalopathy, a hypertensive emergency
    (Whelton PK et al. ACC/AHA 2017 11.2): on the differential, brain imaging, a
    titratable IV agent -- not gastroenteritis."""
    out = reason(
        make_case(
            "nausea",
            age=57,
            sex="M",
            vitals=vitals(92, 224, 132, 18, 97),
            ed_note="57-year-old man with hypertension who stopped his medicines a "
            "month ago; since last night headache, nausea and repeated vomiting, now "
            "somnolent but rousable. No focal weakness.",
        )
    )
    assert O.proposes(out, "hypertensive emergency"), O.diagnoses_proposed(out)
    assert "gastroenteritis" not in O.working(out), O.working(out)
    assert O.ordered(out, r"ct head|head ct"), O.orders(out)
    assert O.medication_ordered(out, "labetalol", "nicardipine", "clevidipine")


def test_confusion_and_blurred_vision_at_a_crisis_pressure_images_the_brain(
    reason: Reason,
) -> None:
    """ESC/ESH 2018 table 29: hypertensive encephalopathy is confirmed with brain
    imaging (CT/MRI): haemorrhage and infarction have their own BP targets."""
    out = reason(
        make_case(
            "confusion",
            age=47,
            sex="F",
            vitals=vitals(104, 238, 136, 20, 98),
            ed_note="47-year-old woman, urine hCG negative, stopped her blood pressure "
            "tablets. One day of headache, blurred vision and new confusion; GCS 13, "
            "disoriented, no focal weakness.",
        )
    )
    assert "hypertensive emergency" in O.working(out), O.working(out)
    assert O.ordered(out, r"ct head|head ct|mri"), O.orders(out)


def test_guard_asymptomatic_crisis_pressure_for_a_refill_is_no_emergency(
    reason: Reason,
) -> None:
    """Guard. ACC/AHA 2017 11.2: severe hypertension with no acute organ damage is
    not an emergency: no IV antihypertensive, oral therapy restarted."""
    out = reason(
        make_case(
            "medication refill",
            age=61,
            sex="F",
            vitals=vitals(76, 194, 114, 16, 98),
            ed_note="61-year-old woman, not pregnant, out of her lisinopril for a "
            "week, "
            "here for a prescription. No headache, chest pain, breathlessness, visual "
            "change or weakness. Examination normal.",
        )
    )
    assert "hypertensive emergency" not in O.working(out), O.working(out)
    assert not O.medication_ordered(out, "labetalol", "nicardipine", "clevidipine")


# --- an anaemia on an anticoagulant is GI blood loss until shown otherwise ---


def test_anaemia_on_a_doac_keeps_gi_blood_loss_open_and_looks_for_it(
    reason: Reason,
) -> None:
    """Snook J et al. BSG 2021 iron deficiency anaemia (Gut 2021;70:2030); Laine L et
    al. ACG 2021: a new anaemia on an anticoagulant is GI blood loss until shown
    otherwise: the bleed stays open (must-not-miss) and is looked for (rectal
    examination for melaena, group and screen), not iron studies alone."""
    out = reason(
        make_case(
            "tiredness",
            age=77,
            sex="F",
            vitals=vitals(96, 116, 70, 18, 97),
            ed_note="77-year-old woman with atrial fibrillation on edoxaban, "
            "increasingly "
            "tired and breathless on stairs for 10 days. Hb 8.1 g/dL (12.9 in the "
            "spring), MCV 76. No chest pain.",
        )
    )
    gi = [
        e
        for e in out.final.ledger
        if "gastrointestinal" in e.diagnosis.lower() and e.status != "ruled_out"
    ]
    assert gi and (gi[0].probability or 0) >= 0.1, out.final.ledger[:6]
    assert O.ordered(out, r"rectal exam", r"occult blood"), O.orders(out)


def test_black_stools_on_warfarin_is_a_gi_bleed_not_an_anaemia(
    reason: Reason,
) -> None:
    """Laine L et al. ACG 2021; Barkun AN et al. 2019: melaena with a low haemoglobin
    on warfarin is an upper GI bleed: that is the working diagnosis (PPI, type and
    crossmatch, anticoagulant reversal, endoscopy), not 'anaemia'; no rate-slowing
    vasodilator for the compensatory tachycardia."""
    out = reason(
        make_case(
            "weakness",
            age=83,
            sex="M",
            vitals=vitals(114, 96, 56, 20, 97),
            ed_note="83-year-old man on warfarin for atrial fibrillation, passing "
            "black "
            "tarry stools for 3 days, light-headed on standing. Hb 7.4 g/dL, INR 3.8.",
        )
    )
    # medgi50: a melaena-only bleed is labelled by its K92.1 code variant
    assert any(w in O.working(out) for w in ("gastrointestinal", "melena")), O.working(
        out
    )
    assert not O.medication_ordered(out, "diltiazem"), O.orders(out)


def test_guard_heavy_periods_anaemia_without_anticoagulant_is_not_a_gi_bleed(
    reason: Reason,
) -> None:
    """Guard. Snook J et al. BSG 2021: in a premenopausal woman with heavy menstrual
    bleeding the loss is menstrual; with no anticoagulant and no GI symptom a GI
    bleed is not worked up first."""
    out = reason(
        make_case(
            "fatigue",
            age=33,
            sex="F",
            vitals=vitals(84, 116, 70, 16, 99),
            ed_note="33-year-old woman with months of heavy periods and tiredness. "
            "Takes "
            "no regular medicines. Hb 9.8 g/dL, MCV 71.",
        )
    )
    assert not any(w in O.working(out) for w in ("gastrointestinal", "melena")), (
        O.working(out)
    )
    assert not O.ordered(out, r"rectal exam"), O.orders(out)


# --- a myocardial infarction needs a rise and/or fall of troponin ---


def test_one_raised_troponin_is_not_coded_as_nstemi(reason: Reason) -> None:
    """Thygesen K et al. Fourth Universal Definition of MI (2018): MI is a rise and/or
    fall of cTn with a value above the 99th centile and ischaemia; one value above it
    is myocardial injury until the repeat (ESC 2020 0/1 h, 0/3 h): the ED code stays
    the chest pain, and the troponin is repeated."""
    out = reason(
        make_case(
            "chest pain",
            age=69,
            sex="M",
            vitals=vitals(80, 150, 84, 16, 98),
            ed_note="69-year-old man with 90 minutes of central chest heaviness at "
            "rest. "
            "ECG: sinus rhythm, no acute changes. Troponin I 0.07 ng/mL (99th "
            "percentile 0.04); repeat troponin due at 3 hours.",
        )
    )
    assert not (out.final.icd10 or "").startswith("I21"), _final(out)
    assert O.ordered(out, r"serial troponin|repeat troponin"), O.orders(out)


def test_guard_conventional_troponin_rising_with_st_depression_is_nstemi(
    reason: Reason,
) -> None:
    """Guard. Fourth UDMI 2018: a conventional troponin rising from 0.09 to 0.74 ng/mL
    (> 20 % from an elevated first value) with ischaemic chest pain and ST depression
    is an NSTEMI: named, aspirin and anticoagulation."""
    out = reason(
        make_case(
            "chest pain",
            age=71,
            sex="F",
            vitals=vitals(94, 146, 88, 18, 96),
            ed_note="71-year-old woman with 2 hours of pressure-like chest pain. ECG: "
            "ST depression in V4-V6. Troponin I 0.09 ng/mL on arrival, then 0.74 ng/mL "
            "at 3 hours.",
        )
    )
    assert (out.final.icd10 or "").startswith("I21.4"), _final(out)
    assert O.medication_ordered(out, "aspirin"), O.orders(out)


def test_guard_troponins_negative_at_0_and_3_hours_are_no_infarction(
    reason: Reason,
) -> None:
    """Guard. Backus BE et al. 2013 (HEART) and ESC 2020 0/3 h: negative troponins at
    0 and 3 hours with a HEART score of 1 rule out an infarction: the hours are not
    troponin values, nothing is coded I21 and the patient is not admitted for ACS."""
    out = reason(
        make_case(
            "chest pain",
            age=29,
            sex="M",
            vitals=vitals(86, 128, 78, 18, 99),
            ed_note="29-year-old man with chest tightness and tingling fingers while "
            "hyperventilating before an exam; similar panic attacks before. ECG "
            "normal. "
            "Troponin negative at 0 and 3 hours. HEART score 1.",
        )
    )
    assert not (out.final.icd10 or "").startswith("I21"), _final(out)
    assert "infarction" not in O.working(out), O.working(out)


# --- a dose taken twice by mistake is an accidental poisoning by that drug ---


def test_a_dose_taken_twice_by_mistake_is_that_drugs_accidental_poisoning(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.e.5.b: a drug taken in error is a poisoning by that drug,
    accidental in intent (T43.221A for an SSRI); not an opioid poisoning nobody
    described, and no self-harm assessment for a therapeutic error (NICE NG225:
    self-harm is intentional)."""
    out = reason(
        make_case(
            "ingestion",
            age=72,
            sex="M",
            vitals=vitals(72, 138, 80, 14, 98),
            ed_note="72-year-old man took his sertraline 50 mg dose twice this morning "
            "by "
            "mistake (double dose by mistake). Feels well, no other tablets taken.",
        )
    )
    assert "opioid" not in O.working(out), O.working(out)
    assert (out.final.icd10 or "").startswith("T43.221"), _final(out)
    assert not O.ordered(out, r"suicide risk|psychosocial"), O.orders(out)


# --- the intracranial lesion is named once imaging shows it ---


def test_injured_unconscious_before_ct_is_coded_as_unspecified_intracranial_injury(
    reason: Reason,
) -> None:
    """ATLS 10th ed.: an injured patient with depressed consciousness has a brain
    injury until the CT; ICD-10-CM FY2024 (S06.9X-; IV.H): before imaging names the
    lesion the code is the unspecified intracranial injury, not a subdural
    haemorrhage (S06.5-) nobody has seen. CT head is ordered."""
    out = reason(
        make_case(
            "altered mental status",
            age=48,
            sex="F",
            vitals=vitals(60, 170, 96, 10, 95),
            ed_note="48-year-old woman found unresponsive at the foot of the stairs at "
            "home. Boggy right parietal scalp haematoma, blood from the right ear. GCS "
            "7 (E1 V2 M4). Left pupil 5 mm and sluggish.",
        )
    )
    assert not (out.final.icd10 or "").startswith("S06.5"), _final(out)
    assert O.ordered(out, r"ct head"), O.orders(out)


def test_guard_subdural_shown_on_ct_is_coded_as_a_subdural(reason: Reason) -> None:
    """Guard. ICD-10-CM FY2024 S06.5X-: the CT shows an acute subdural haematoma, so
    the lesion is named; neurosurgery is called (NICE NG232 2023 1.6)."""
    out = reason(
        make_case(
            "fall",
            age=81,
            sex="M",
            vitals=vitals(68, 168, 88, 16, 97),
            ed_note="81-year-old man on apixaban fell and struck his head, now drowsy, "
            "GCS 13. CT head: acute left subdural haematoma 10 mm with midline shift.",
        )
    )
    assert (out.final.icd10 or "").startswith("S06.5"), _final(out)
    assert O.ordered(out, "neurosurg"), O.orders(out)


# --- a wound is examined where it is ---


def test_split_lip_gets_a_lip_repair_not_a_tendon_examination(reason: Reason) -> None:
    """Tintinalli 9th ed. ch. 43: a lip laceration crossing the vermilion border is
    aligned at the border first; a tendon examination belongs to a limb wound
    (Forsch RT. Am Fam Physician 2008)."""
    out = reason(
        make_case(
            "laceration",
            age=27,
            sex="F",
            vitals=vitals(80, 122, 74, 14, 99),
            ed_note="27-year-old woman fell against a table edge: 1 cm laceration of "
            "the "
            "lower lip through the vermilion border. Teeth intact, no other injury.",
        )
    )
    assert not O.ordered(out, "tendon"), O.orders(out)
    assert O.ordered(out, "vermilion"), O.orders(out)


def test_guard_palm_laceration_keeps_its_tendon_examination(reason: Reason) -> None:
    """Guard. Forsch RT. Am Fam Physician 2008: a hand wound is examined for tendon
    and nerve injury before closure."""
    out = reason(
        make_case(
            "laceration",
            age=35,
            sex="M",
            vitals=vitals(78, 128, 80, 14, 99),
            ed_note="35-year-old man cut his palm on broken glass: 2 cm laceration of "
            "the "
            "palm, full flexion of all fingers, sensation intact.",
        )
    )
    assert O.ordered(out, "tendon"), O.orders(out)
