"""The lead's session-28 review: an early negative head CT, intermediate-high-risk
PE and suspected pulmonary tuberculosis.

Written from: Perry JJ et al. BMJ 2011;343:d4277 and the ACEP 2019 acute headache
policy (a modern non-contrast CT read as negative within 6 h of onset excludes SAH in
an alert patient; no lumbar puncture follows); Konstantinides SV et al. ESC 2019 acute
PE guideline (RV dysfunction on CT or echo with a raised troponin is intermediate-high
risk: monitoring for early decompensation and rescue reperfusion); Jensen PA et al.
CDC 2005 infection control and Lewinsohn DM et al. ATS/IDSA/CDC 2017 (a cough of weeks
with weight loss, night sweats or immunosuppression: airborne isolation and sputum
for AFB and NAAT).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_thunderclap_headache_with_a_negative_ct_within_six_hours_is_not_sah(
    reason: Reason,
) -> None:
    """Sudden worst headache during sex, CT brain 2 h after onset reported, after
    a description of the scanner, as showing no intracranial bleed: SAH is excluded
    (Perry 2011), so no lumbar puncture, no SAH as the answer and no ICU."""
    out = reason(
        make_case(
            "HEADACHE",
            age=51,
            sex="M",
            vitals=vitals(78, 142, 86, 16, 99),
            one_liner="51M with an explosive headache during intercourse this evening.",
            ed_note=(
                "HPI: 51-year-old man, explosive bilateral headache during sex, "
                "peak intensity at once, the worst of his life. No syncope.\n"
                "Exam: GCS 15, no neck stiffness, no focal deficit, fundi normal.\n"
                "Imaging: non-contrast CT brain at 2 h from onset, 64-slice scanner, "
                "consultant radiologist report: no intracranial haemorrhage."
            ),
        )
    )
    assert not O.ordered(out, "lumbar puncture"), O.orders(out)
    assert not (out.final.icd10 or "").startswith("I60"), out.final
    assert O.disposition(out).admit_level != "icu", O.disposition(out)


def test_pe_with_rv_dilatation_and_a_raised_troponin_goes_to_a_monitored_bed(
    reason: Reason,
) -> None:
    """Normotensive PE on CTPA with an RV/LV ratio above 1 and a raised troponin is
    intermediate-high risk (ESC 2019): anticoagulation and a monitored (HDU/ICU)
    bed, not a general ward."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=63,
            sex="M",
            vitals=vitals(114, 124, 80, 24, 92),
            one_liner="63M, pleuritic chest pain and breathlessness after hip surgery.",
            ed_note=(
                "HPI: 63-year-old man 10 days after a hip replacement, 1 day of "
                "pleuritic chest pain and breathlessness.\n"
                "Results: troponin I 0.21 ng/mL. CTPA: bilateral segmental and lobar "
                "pulmonary emboli, RV:LV ratio 1.2.\n"
                "Blood pressure stable throughout."
            ),
        )
    )
    assert O.medication_ordered(out, "heparin", "anticoagula"), O.orders(out)
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu", dispo


def test_weeks_of_cough_with_night_sweats_get_airborne_isolation(
    reason: Reason,
) -> None:
    """A man with HIV not on treatment, cough for 6 weeks, night sweats, weight loss
    and haemoptysis, an upper-lobe cavity on the film: pulmonary TB until sputum says
    otherwise: airborne isolation and sputum for AFB and NAAT (CDC 2005; ATS/IDSA/CDC
    2017), and not sent home."""
    out = reason(
        make_case(
            "COUGH",
            age=38,
            sex="M",
            vitals=vitals(102, 118, 74, 20, 95, 38.0),
            one_liner="38M with HIV, cough for 6 weeks, coughing blood this week.",
            ed_note=(
                "HPI: 38-year-old man with HIV, off antiretrovirals for a year, cough "
                "for 6 weeks, night sweats, 8 kg weight loss, streaks of blood in his "
                "sputum this week.\n"
                "CXR: right upper lobe cavitating lesion."
            ),
        )
    )
    assert O.ordered(out, "airborne", "negative-pressure", "isolation"), O.orders(out)
    assert O.ordered(out, "afb", "sputum"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_inferior_stemi_with_rv_involvement_and_hypotension_gets_volume(
    reason: Reason,
) -> None:
    """Inferior STEMI with ST elevation in V4R, SBP 84 and clear lungs, no lactate or
    words of hypoperfusion: right-ventricular infarction is preload dependent, so a
    fluid bolus, no nitrate, and the cath lab for primary PCI (ACCF/AHA 2013 STEMI
    9.6; Byrne RA et al. ESC 2023 ACS)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=59,
            sex="F",
            vitals=vitals(56, 84, 52, 18, 97),
            one_liner="59F with heavy central chest pain for 30 minutes.",
            ed_note=(
                "HPI: 59-year-old woman, heavy central chest pain for 30 minutes with "
                "nausea.\n"
                "ECG: ST elevation in leads II, III and aVF; right-sided leads show ST "
                "elevation in V4R.\n"
                "Exam: chest clear, JVP raised."
            ),
        )
    )
    assert O.medication_ordered(out, "bolus", "fluid challenge"), O.orders(out)
    assert not O.medication_ordered(out, *O.NITRATE), O.orders(out)
    assert O.ordered(out, "pci", "cath lab"), O.orders(out)


def test_urosepsis_with_a_prior_esbl_isolate_gets_a_carbapenem_not_ceftriaxone(
    reason: Reason,
) -> None:
    """Febrile, hypotensive urinary sepsis in a woman whose last urine culture grew an
    ESBL-producing Klebsiella: a carbapenem is the empiric choice, and ceftriaxone
    (unreliable against ESBL producers) is not ordered beside it (Tamma PD et al.
    IDSA 2023 AMR guidance; MERINO, JAMA 2018)."""
    out = reason(
        make_case(
            "FEVER",
            age=74,
            sex="F",
            vitals=vitals(118, 86, 50, 26, 95, 39.4),
            one_liner="74F with dysuria, fever and confusion.",
            ed_note=(
                "HPI: 74-year-old woman, 2 days dysuria and frequency, today fever, "
                "rigors and new confusion.\n"
                "Microbiology: urine culture 3 months ago grew ESBL-producing "
                "Klebsiella pneumoniae.\n"
                "Urinalysis: nitrite positive, leucocytes 3+."
            ),
        )
    )
    assert O.medication_ordered(out, "carbapenem", "meropenem", "ertapenem")
    assert not O.medication_ordered(out, "ceftriaxone", "cefotaxime"), O.orders(out)


def test_type_1_diabetes_with_vomiting_and_high_sugars_is_triaged_as_possible_dka(
    reason: Reason,
) -> None:
    """A young man with type 1 diabetes vomiting since yesterday with home sugars in
    the 400s: DKA until ketones say otherwise (JBDS 2023; ISPAD 2022 sick-day
    rules; ADA 2024): a high-risk presentation, ESI 2 at triage."""
    out = reason(
        make_case(
            "VOMITING",
            age=19,
            sex="M",
            vitals=vitals(112, 118, 72, 22, 99),
            one_liner="19M, type 1 diabetes, vomiting since yesterday, sugars high.",
        )
    )
    assert (out.final.esi or 5) <= 2, out.final


def test_child_with_epiglottitis_signs_gets_the_airway_first_and_no_needles(
    reason: Reason,
) -> None:
    """An unvaccinated 3-year-old, toxic, drooling, leaning forward with stridor and
    breathing difficulty: epiglottitis until the airway is seen in theatre; no
    X-ray, cannulation or blood tests that upset the child before the airway is
    secured, then an IV cephalosporin, and intensive care (RCH Melbourne acute upper
    airway obstruction guideline; Tintinalli 9th ed. ch. 124 and 246)."""
    out = reason(
        make_case(
            "RESPIRATORY DISTRESS",
            age=3,
            sex="F",
            vitals={"heart_rate": 158, "respiratory_rate": 34, "spo2": 95},
            one_liner="3-year-old girl, high fever, drooling and noisy breathing.",
            ed_note=(
                "HPI: 3-year-old girl, no vaccinations, 5 hours of fever to 40 C, "
                "refuses to swallow, drooling, sits leaning forward, soft inspiratory "
                "stridor, looks unwell. No barking cough."
            ),
        )
    )
    assert O.ordered(out, "airway team", "anaesthe", "anesthe"), O.orders(out)
    assert not O.ordered(out, "x-ray", "blood culture", "lactate"), O.orders(out)
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime"), O.orders(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_young_man_with_epididymitis_is_treated_for_gonorrhoea_and_chlamydia(
    reason: Reason,
) -> None:
    """A 24-year-old with days of one-sided scrotal pain, dysuria and urethral
    discharge, a tender epididymis and a normally lying testis: acute epididymitis,
    treated with ceftriaxone and doxycycline (CDC 2021), not a cystitis course."""
    out = reason(
        make_case(
            "SCROTAL PAIN",
            age=24,
            sex="M",
            vitals=vitals(88, 126, 76, 16, 99, 37.9),
            one_liner="24M, left scrotal pain for 2 days, pain passing urine.",
            ed_note=(
                "HPI: 24-year-old man, left scrotal ache building over 2 days, burning "
                "when passing urine and a urethral discharge.\n"
                "Exam: swollen tender epididymis on the left, testis lies normally, "
                "cremasteric reflex present."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)
    assert O.medication_ordered(out, "doxycycline"), O.orders(out)
    assert not O.medication_ordered(out, "nitrofurantoin"), O.orders(out)


def test_abbreviated_breathlessness_on_the_pill_is_triaged_as_possible_pe(
    reason: Reason,
) -> None:
    """Charting shorthand ('SOB', 'OCPs', '8 hr flight') for sudden breathlessness
    with an oestrogen and travel risk: a clinical suspicion of PE (ESC 2019), a
    high-risk presentation at triage (ESI v4 ch.4)."""
    out = reason(
        make_case(
            "SOB",
            age=29,
            sex="F",
            vitals=vitals(112, 118, 74, 22, 95),
            one_liner="29F w/ sudden SOB since this AM, on OCPs, 8 hr flight 3d ago",
        )
    )
    assert (out.final.esi or 5) <= 2, out.final


def test_a_stroke_deficit_days_old_gets_no_reperfusion_consult(
    reason: Reason,
) -> None:
    """A hemiparesis that began suddenly a week ago: beyond 24 h from last known
    well no lysis or thrombectomy is offered (AHA/ASA 2019 3.5, 3.7.2), so neither a
    lytic nor a reperfusion decision is asked for; the patient is still admitted."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=69,
            sex="F",
            vitals=vitals(78, 158, 88, 16, 97),
            one_liner="69F with right arm weakness and slurred speech for a week.",
            ed_note=(
                "HPI: 69-year-old woman, right arm weakness and slurred speech that "
                "began suddenly 7 days ago and have not changed. NIHSS 4. Glucose 5.9."
            ),
        )
    )
    assert not O.medication_ordered(out, *O.LYTIC), O.orders(out)
    consults = [o.name.lower() for o in O.orders(out) if o.kind == "consult"]
    assert not any("reperfusion" in c or "thrombectomy" in c for c in consults)
    assert O.disposition(out).disposition != "Discharge"


def test_an_ejection_systolic_murmur_is_no_high_energy_mechanism(
    reason: Reason,
) -> None:
    """Exertional syncope with an ejection systolic murmur (aortic stenosis: ESC 2018
    syncope; ESC/EACTS 2021 valvular disease): no injury, so no trauma imaging; the
    word 'ejection' here is the murmur's, not a vehicle ejection (CDC 2021 field
    triage)."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=81,
            sex="F",
            vitals=vitals(72, 108, 66, 16, 97),
            one_liner="81F fainted climbing the stairs, now alert.",
            ed_note=(
                "HPI: 81-year-old woman fainted while climbing stairs, no injury, "
                "alert within a minute. Exam: ejection systolic murmur at the right "
                "upper sternal edge radiating to the carotids, slow-rising pulse."
            ),
        )
    )
    assert not O.ordered(out, "efast", "pelvic radiograph"), O.orders(out)


def test_headache_without_eye_symptoms_is_not_held_for_angle_closure(
    reason: Reason,
) -> None:
    """A thunderclap headache whose CT 2 h after onset excludes SAH, with no eye pain,
    red eye or visual symptom: acute angle closure presents through the eye (EGS
    2020 ch. 2.4.3; AAO PPP 2020), so no tonometry and no admission held for it."""
    out = reason(
        make_case(
            "HEADACHE",
            age=47,
            sex="F",
            vitals=vitals(80, 138, 84, 16, 99),
            one_liner="47F with a sudden severe headache at the gym 3 hours ago.",
            ed_note=(
                "HPI: 47-year-old woman, sudden severe occipital headache while "
                "lifting weights, worst ever at onset, nausea. No visual symptoms.\n"
                "Exam: GCS 15, no neck stiffness, no focal deficit.\n"
                "Imaging: non-contrast CT head 2 h after onset: no haemorrhage."
            ),
        )
    )
    assert not O.ordered(out, "intraocular pressure", "tonometry"), O.orders(out)
    reasons = O.disposition(out).rationale or ""
    assert "angle-closure" not in reasons.lower(), reasons


def test_headache_with_a_painful_red_eye_keeps_angle_closure_open(
    reason: Reason,
) -> None:
    """Guard: headache and vomiting with a painful red eye, haloes and a mid-dilated
    pupil is acute angle closure until the pressure is measured (EGS 2020)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=66,
            sex="F",
            vitals=vitals(88, 162, 90, 18, 98),
            one_liner="66F, severe headache, a painful red right eye and vomiting.",
            ed_note=(
                "HPI: 66-year-old woman, 3 hours of severe right-sided headache and "
                "right eye pain, sees haloes around lights, vomited twice.\n"
                "Exam: red right eye, mid-dilated poorly reactive right pupil, hazy "
                "cornea."
            ),
        )
    )
    assert O.ordered(out, "intraocular pressure", "tonometry", "ophthalmolog")
