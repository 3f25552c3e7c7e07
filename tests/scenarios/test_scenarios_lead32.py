"""A fixed pupil in an alert patient is no herniation (lead, session 32).

Transtentorial herniation after head injury is a dilating, unreactive pupil with a
falling consciousness (Brain Trauma Foundation 4th ed. 2016; ATLS 10th ed.):
hyperosmolar
therapy is for that. A fixed mid-dilated pupil in an alert patient with a painful red
eye is acute angle-closure glaucoma (AAO Preferred Practice Pattern 2020): pressure-
lowering drops, acetazolamide and an ophthalmologist, not hypertonic saline and an ICU.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HERNIATION = ("hypertonic saline", "signs of herniation", "transtentorial")


def test_acute_angle_closure_is_not_treated_as_herniation(reason: Reason) -> None:
    """AAO PPP 2020: an alert 67-year-old with a red painful eye, haloes, vomiting, a
    hazy cornea and a fixed mid-dilated pupil gets pressure-lowering treatment and an
    ophthalmologist; no herniation orders, no ICU bed."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=67,
            sex="F",
            vitals=vitals(92, 162, 90, 16, 98),
            one_liner="67F painful red left eye, headache, vomiting",
            ed_note=(
                "67F long-sighted, sudden severe left eye pain and headache since this"
                " evening in a dark cinema, seeing haloes around lights, vomiting"
                " twice. Alert and oriented. Left eye red, hazy cornea, pupil fixed and"
                " mid-dilated, eye hard to palpation. Visual acuity 6/60 left."
            ),
        )
    )
    assert not O.ordered(out, *_HERNIATION), O.orders(out)
    assert O.ordered(out, "acetazolamide", "timolol", "pilocarpine"), O.orders(out)
    assert O.disposition(out).admit_level != "icu", O.disposition(out)


def test_blown_pupil_with_falling_consciousness_after_head_injury_is_treated(
    reason: Reason,
) -> None:
    """BTF 2016; ATLS 10th ed. (guard for the rule above): a 34-year-old after an
    assault, GCS 7, right pupil fixed and dilated: hyperosmolar therapy and an
    emergency neurosurgeon."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=34,
            sex="M",
            vitals=vitals(58, 182, 96, 10, 95),
            one_liner="34M assaulted, struck head, GCS 7",
            ed_note=(
                "34M punched and kicked in the head, found on the ground. GCS 7 (E1 V2"
                " M4). Right pupil fixed and dilated, left reactive. Scalp haematoma."
            ),
        )
    )
    assert O.ordered(out, "mannitol", "hypertonic saline"), O.orders(out)
    assert O.ordered(out, "neurosurg"), O.orders(out)


def test_facial_swelling_with_distended_veins_in_cancer_is_svc_obstruction(
    reason: Reason,
) -> None:
    """Wilson LD et al. NEJM 2007;356:1862: face and arm swelling with distended neck
    and chest-wall veins in lung cancer, with a hilar mass, is superior vena cava
    obstruction: CT chest, oncology, not a dental abscess sent home."""
    out = reason(
        make_case(
            "FACIAL SWELLING",
            age=61,
            sex="M",
            vitals=vitals(104, 148, 90, 24, 94),
            one_liner="61M lung cancer, swollen face and arms, breathless",
            ed_note=(
                "61M small cell lung cancer, 2 weeks of facial and arm swelling, worse"
                " bending over, distended neck and chest wall veins, breathless. No"
                " stridor. CXR: right hilar mass widening the mediastinum."
            ),
        )
    )
    assert out.final.icd10 == "I87.1" or O.proposes(out, "vena cava"), out.final
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.ordered(out, "ct chest"), O.orders(out)


def test_measured_severe_hypercalcaemia_with_confusion_is_the_diagnosis(
    reason: Reason,
) -> None:
    """Minisola S et al. BMJ 2015;350:h2723; Endocrine Society 2023: a corrected calcium
    of 3.6 mmol/L with confusion and constipation in myeloma is hypercalcaemia (the
    diagnosis, treated with fluids and a bisphosphonate), not a weakness code."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=63,
            sex="F",
            vitals=vitals(92, 134, 80, 16, 97),
            one_liner="63F myeloma, confused and constipated",
            ed_note=(
                "63F multiple myeloma, a week of thirst, constipation, abdominal pain"
                " and increasing confusion. Corrected calcium 3.6 mmol/L, creatinine"
                " 1.9 mg/dL. Dry mucous membranes."
            ),
        )
    )
    assert out.final.icd10 == "E83.52", out.final


def test_typical_sickle_cell_pain_crisis_is_named_and_treated(reason: Reason) -> None:
    """NHLBI 2014 (Yawn BP et al. JAMA 2014;312:1033); ASH 2020: pain typical of the
    patient's crises in HbSS with no other cause is a vaso-occlusive crisis: parenteral
    opioid within 60 minutes, no stroke or priapism work-up without their signs."""
    out = reason(
        make_case(
            "SICKLE CELL PAIN",
            age=22,
            sex="M",
            vitals=vitals(104, 126, 74, 20, 95, 37.4),
            ed_note=(
                "22M HbSS, pain in both thighs and lower back like his usual crises for"
                " 12 hours, pain 9/10, took codeine at home without relief. No chest"
                " pain, no cough. Hb 8.1 (baseline 8.4)."
            ),
        )
    )
    assert out.final.icd10 == "D57.00", out.final
    assert O.medication_ordered(out, "morphine", "hydromorphone", "opioid")
    assert not O.ordered(out, "ct angiography", "cavernosal"), O.orders(out)


def test_febrile_urinary_infection_gets_a_parenteral_antibiotic_not_nitrofurantoin(
    reason: Reason,
) -> None:
    """Gupta K et al. IDSA 2011; NICE NG109/NG111: nitrofurantoin treats cystitis only;
    an 88-year-old with fever, delirium, dysuria and a positive dipstick has an upper-
    tract or systemic infection: ceftriaxone after the culture."""
    out = reason(
        make_case(
            "CONFUSION",
            age=88,
            sex="F",
            vitals=vitals(104, 128, 70, 20, 95, 38.3),
            one_liner="88F more confused over 2 days, burning urine",
            ed_note=(
                "88F with mild dementia, lives in a care home; 2 days of fluctuating"
                " confusion, dysuria and frequency. Suprapubic tenderness. No neck"
                " stiffness, no focal deficit. Urine dip: nitrites and leucocytes"
                " positive."
            ),
        )
    )
    assert not O.medication_ordered(out, "nitrofurantoin"), O.medications(out)
    assert O.medication_ordered(out, "ceftriaxone", "iv antibiotic"), O.medications(out)


def test_afebrile_cystitis_keeps_nitrofurantoin(reason: Reason) -> None:
    """NICE NG109; IDSA 2011 (guard for the rule above): a well 30-year-old woman with
    dysuria and frequency and no fever has cystitis: nitrofurantoin."""
    out = reason(
        make_case(
            "DYSURIA",
            age=30,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99, 36.8),
            ed_note=(
                "30F two days of dysuria and frequency. No fever, no flank pain, no"
                " vaginal discharge. Not pregnant. Urine dip: nitrites positive."
            ),
        )
    )
    assert O.medication_ordered(out, "nitrofurantoin"), O.medications(out)


def test_toothache_with_neck_swelling_is_high_risk_at_triage(reason: Reason) -> None:
    """NICE CKS dental abscess 2023 (a spreading infection into the neck or floor of
    the mouth needs hospital care at once); Ludwig angina threatens the airway: a
    toothache with a swollen neck and fever is ESI 2, not a zero-resource ESI 5."""
    out = reason(
        make_case(
            "DENTAL PAIN",
            age=41,
            sex="M",
            vitals=vitals(108, 134, 82, 20, 97, 38.6),
            one_liner="41M toothache and neck swelling",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final


def test_suspected_acs_with_epigastric_anginal_equivalent_gets_aspirin(
    reason: Reason,
) -> None:
    """Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1 (class I: chewed aspirin to
    every patient with suspected ACS without contraindication); Gulati M et al. 2021:
    a 71-year-old diabetic woman with epigastric pressure spreading to the jaw and
    sweating has a suspected ACS; a possible gastritis without bleeding does not
    withhold aspirin."""
    out = reason(
        make_case(
            "EPIGASTRIC PAIN",
            age=71,
            sex="F",
            vitals=vitals(92, 138, 82, 18, 97),
            one_liner="71-year-old diabetic woman, epigastric pain and nausea, sweaty",
            ed_note=(
                "Epigastric pressure for 2 hours radiating to the jaw, nausea,"
                " diaphoresis. Type 2 diabetes, hypertension. No vomiting, no melaena."
            ),
        )
    )
    assert O.medication_ordered(out, "aspirin"), O.medications(out)


def test_gastritis_still_withholds_an_analgesic_nsaid(reason: Reason) -> None:
    """Lanza FL et al. ACG 2009 (guard): burning epigastric pain after a week of
    ibuprofen and alcohol in a 35-year-old is gastritis: no NSAID for its pain."""
    out = reason(
        make_case(
            "EPIGASTRIC PAIN",
            age=35,
            sex="M",
            vitals=vitals(84, 128, 80, 16, 99),
            ed_note=(
                "35M burning epigastric pain for 3 days after a week of ibuprofen for a"
                " sprained ankle and heavy drinking at the weekend. No vomiting, no"
                " melaena, no chest pain. Epigastric tenderness only."
            ),
        )
    )
    assert not O.medication_ordered(out, "ibuprofen", "naproxen", "ketorolac")


def test_tender_swollen_epididymis_is_epididymitis_and_treated(
    reason: Reason,
) -> None:
    """Workowski KA et al. CDC 2021 (epididymitis): three days of gradual scrotal pain,
    dysuria, a new partner and a tender swollen epididymis with a present cremasteric
    reflex is acute epididymitis: ceftriaxone with doxycycline, not a UTI sent home
    untreated."""
    out = reason(
        make_case(
            "SCROTAL PAIN",
            age=38,
            sex="M",
            vitals=vitals(90, 128, 80, 16, 98, 38.1),
            one_liner="38-year-old man, gradual right scrotal pain for 3 days, dysuria",
            ed_note=(
                "Gradual onset right scrotal pain over 3 days, 5/10, burning on"
                " urination, new partner. Tender swollen right epididymis, cremasteric"
                " reflex present, pain eased by elevation. Urine dip leucocytes +++."
            ),
        )
    )
    assert out.final.icd10 == "N45.1", out.final
    assert O.medication_ordered(out, "ceftriaxone"), O.medications(out)
    assert O.medication_ordered(out, "doxycycline", "levofloxacin"), O.medications(out)


def test_anxious_patient_coughing_up_blood_is_not_worked_as_panic(
    reason: Reason,
) -> None:
    """DSM-5 panic disorder criterion D (APA 2009): panic is named only when no medical
    condition explains the attack; 200 mL of coughed-up blood with a lung mass is
    massive haemoptysis (Davidson K, Shojaee S. Chest 2020;157:77), however anxious
    the patient is."""
    out = reason(
        make_case(
            "HEMOPTYSIS",
            age=66,
            sex="M",
            vitals=vitals(112, 124, 76, 24, 92),
            one_liner="66-year-old smoker, coughed up about 200 mL of bright red blood",
            ed_note=(
                "Known lung mass under investigation. Coughed up about 200 mL of fresh"
                " blood over the past hour. Anxious, speaking in sentences. Crackles"
                " right upper zone."
            ),
        )
    )
    t = O.treatment(out)
    assert t is not None and "panic" not in (t.working_diagnosis or "").lower(), t
    assert out.final.icd10 != "F41.0", out.final


def test_squared_off_shoulder_after_a_fall_is_a_dislocation_and_imaged(
    reason: Reason,
) -> None:
    """BESS/BOA 2015 shoulder dislocation; Gottlieb M. J Emerg Med 2020: a squared-off
    shoulder contour after a fall on it is an anterior dislocation until the x-ray
    (before reduction) says otherwise, not a contusion sent home without imaging."""
    out = reason(
        make_case(
            "SHOULDER PAIN",
            age=63,
            sex="M",
            vitals=vitals(96, 142, 84, 18, 98),
            one_liner="63M slipped on ice, right shoulder pain",
            ed_note=(
                "63-year-old man slipped on ice and landed on his right shoulder."
                " Cannot lift the arm because of the pain. Shoulder contour looks"
                " squared off. Radial pulse present, sensation over the deltoid intact."
            ),
        )
    )
    assert O.ordered(out, "x-ray", "radiograph"), O.orders(out)
    assert out.final.icd10 is not None and out.final.icd10.startswith("S43"), out.final


def test_erythroderma_in_an_older_adult_is_not_a_minor_rash(reason: Reason) -> None:
    """Mistry N et al. BAD guideline on erythroderma (Br J Dermatol 2015): redness of
    nearly the whole skin is a dermatological emergency (fluid, heat and protein loss,
    sepsis): high risk at triage, not a one-resource rash."""
    out = reason(
        make_case(
            "RASH",
            age=73,
            sex="F",
            vitals=vitals(104, 118, 70, 18, 97, 37.9),
            one_liner="73F red scaly skin over almost all of her body for a week",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3, out.final


def test_painful_red_eye_with_headache_and_vomiting_is_high_risk_at_triage(
    reason: Reason,
) -> None:
    """AAO Preferred Practice Pattern, primary angle-closure disease 2020: a painful red
    eye with headache and vomiting is acute angle closure until the pressure is
    measured (sight is lost within hours): ESI 2, not a one-resource eye complaint."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=67,
            sex="F",
            vitals=vitals(92, 162, 90, 16, 98),
            one_liner="67F painful red left eye, headache, vomiting",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final


def test_itchy_red_eye_with_discharge_stays_low_acuity(reason: Reason) -> None:
    """ESI v4 handbook ch.5 (guard): conjunctivitis, an itchy red eye with discharge and
    no pain, headache or vomiting, is not a high-risk eye."""
    out = reason(
        make_case(
            "RED EYE",
            age=25,
            sex="F",
            vitals=vitals(72, 118, 70, 14, 99),
            one_liner="25F red itchy eye with discharge for 2 days",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4, out.final


def test_bronchospasm_after_an_nsaid_in_the_history_withholds_nsaids(
    reason: Reason,
) -> None:
    """Kowalski ML et al. EAACI 2019 NSAID hypersensitivity; AAAAI/ACAAI 2022: a past
    bronchospasm after ibuprofen, told in the history rather than an allergy list, is
    an NSAID-exacerbated respiratory disease: no NSAID for a sprained ankle."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=30,
            sex="F",
            vitals=vitals(84, 122, 76, 14, 99),
            one_liner="30F twisted right ankle playing netball",
            ed_note=(
                "30F inverted her right ankle playing netball, able to take four steps,"
                " tender over the anterior talofibular ligament only, no bony"
                " tenderness. Past history: asthma, bronchospasm after ibuprofen two"
                " years ago."
            ),
        )
    )
    assert not O.medication_ordered(out, "ibuprofen", "naproxen", "ketorolac"), (
        O.medications(out)
    )


def test_adult_head_strike_without_a_nice_criterion_gets_no_head_ct(
    reason: Reason,
) -> None:
    """NICE NG232 2023 (1.4.7-1.4.12); Stiell IG et al. Lancet 2001: a 30-year-old who
    bumped her head on a cupboard, GCS 15, no loss of consciousness, amnesia or
    vomiting, a mild headache, on no anticoagulant, needs no head CT."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=30,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99),
            ed_note=(
                "30F stood up into an open cupboard door 2 hours ago and bumped her"
                " head, GCS 15, no loss of consciousness, no amnesia, no vomiting."
                " She has a mild headache and a small forehead bruise; neurologically"
                " normal. No medications."
            ),
        )
    )
    assert not O.ordered(out, r"\bct head\b", r"head ct", r"ct brain"), O.orders(out)
