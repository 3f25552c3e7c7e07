"""cardio43 (issue 10): cardiovascular emergencies and chest pain.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Van Gelder IC et al. ESC 2024 AF (Eur Heart J 2024;45:3314), section 6 (emergency
  electrical cardioversion with haemodynamic instability, class I) and 9.1 (AF in
  acute illness); Panchal AR et al. AHA 2020 ACLS adult tachycardia algorithm.
- McDonagh TA et al. ESC 2021 heart failure 11.1.4; van Diepen S et al. AHA 2017
  cardiogenic shock; Singer M et al. Sepsis-3 (JAMA 2016;315:801).
- Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720): the 0/1 h algorithm's
  rule-in delta; parenteral anticoagulation at the NSTE-ACS diagnosis (class I).
- NICE CKS shingles (2023); Cohen JI. NEJM 2013;369:255.
- Delgado V et al. ESC 2023 endocarditis (empirical regimens; the endocarditis team).
- Adler Y et al. ESC 2015 pericardial diseases; STS 2017 expert consensus on
  resuscitation after cardiac surgery (Ann Thorac Surg 2017;103:1005).
- ICD-10-CM FY2024 I48.92 (atrial flutter), I48.91 (atrial fibrillation).

Each target failed on main 2307b2d4 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _cardioversion_now(out: ReasoningOutput) -> list[str]:
    """Cardioversion ordered now (not a conditional or a no-elective plan)."""
    return [n for n in O.order_names(out) if "cardioversion now" in n.lower()]


def _code(out: ReasoningOutput) -> str | None:
    return out.final.icd10 if out.final else None


# ---- AF under 150 causing instability (ESC 2024 AF; ACLS 2020) -----------------------


def test_new_af_at_130_in_shock_without_another_cause_is_cardioverted_now(
    reason: Reason,
) -> None:
    """ESC 2024 AF section 6 (class I): emergency electrical cardioversion for AF with
    haemodynamic instability, at no stated rate. With a rate above 110 (uncontrolled),
    a systolic under 90 and nothing else in the record to explain the low pressure (no
    fever, infection, bleeding or fluid loss), the AF is the cause: cardioverted now."""
    out = reason(
        make_case(
            "palpitations",
            age=58,
            sex="F",
            vitals=vitals(130, 80, 52, 20, 96, 36.9),
            one_liner="58F fast irregular heartbeat since this morning, faint",
            ed_note="ECG: atrial fibrillation at 130, no previous AF. Cold clammy "
            "hands, feels faint. Denies fever, bleeding, vomiting or diarrhoea.",
            case_id="cardio43-af-unstable",
        )
    )
    assert _cardioversion_now(out), O.order_names(out)
    assert not O.medication_ordered(out, "diltiazem", "metoprolol"), O.order_names(out)


def test_guard_af_at_125_with_melaena_and_low_pressure_is_not_cardioverted(
    reason: Reason,
) -> None:
    """ESC 2024 AF 9.1; ATLS 10th ed.: beside blood loss the fast AF compensates the
    haemorrhage, which is treated first; a rate under 150 seldom causes the shock
    (ACLS 2020). No cardioversion now."""
    out = reason(
        make_case(
            "melena",
            age=76,
            sex="M",
            vitals=vitals(125, 86, 50, 22, 96, 36.6),
            one_liner="76M black tarry stools since yesterday, dizzy",
            ed_note="Known AF on apixaban. ECG atrial fibrillation 125. Melaena on "
            "rectal examination. Pale.",
            case_id="cardio43-af-bleed-guard",
        )
    )
    assert not _cardioversion_now(out), O.order_names(out)


def test_guard_af_at_128_with_vomiting_and_diarrhoea_is_not_cardioverted(
    reason: Reason,
) -> None:
    """ESC 2024 AF 9.1: AF with fluid loss is treated through its precipitant
    (fluids); ACLS 2020: under 150 the rate is usually secondary. No cardioversion."""
    out = reason(
        make_case(
            "vomiting",
            age=69,
            sex="F",
            vitals=vitals(128, 84, 50, 20, 97, 37.2),
            one_liner="69F vomiting and watery diarrhoea for 3 days, dizzy on standing",
            ed_note="Dry mucous membranes. ECG: atrial fibrillation 128, known "
            "paroxysmal AF.",
            case_id="cardio43-af-dehydration-guard",
        )
    )
    assert not _cardioversion_now(out), O.order_names(out)


def test_guard_stable_af_at_118_gets_no_cardioversion(reason: Reason) -> None:
    """ESC 2024 AF: a haemodynamically stable AF is rate-controlled and anticoagulated
    by CHA2DS2-VA; no emergency cardioversion."""
    out = reason(
        make_case(
            "palpitations",
            age=71,
            sex="M",
            vitals=vitals(118, 134, 82, 16, 98, 36.7),
            one_liner="71M palpitations for two days, otherwise well",
            ed_note="ECG: atrial fibrillation 118. No chest pain, no breathlessness.",
            case_id="cardio43-af-stable-guard",
        )
    )
    assert not _cardioversion_now(out), O.order_names(out)


# ---- cardiogenic shock (ESC 2021 HF 11.1.4) ------------------------------------------


def test_cardiogenic_shock_without_st_elevation_calls_the_shock_team_unconditionally(
    reason: Reason,
) -> None:
    """ESC 2021 HF 11.1.4; AHA 2017 cardiogenic shock: hypotension with hypoperfusion
    in a known low ejection fraction is cardiogenic shock: cardiology and intensive
    care now whatever the ECG (not "only if STEMI criteria are met"), and, with no
    fever or sign of infection, it is not labelled sepsis (Sepsis-3)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=71,
            sex="F",
            vitals=vitals(102, 76, 48, 26, 91, 36.3),
            one_liner="71F dilated cardiomyopathy, more breathless for 3 days, drowsy",
            ed_note="Ejection fraction 15% last year. Cold mottled legs, passing "
            "little urine. Crackles at both bases. Lactate 3.8. ECG: sinus "
            "tachycardia, no ST elevation.",
            case_id="cardio43-cardiogenic-shock",
        )
    )
    consults = [n for n in O.order_names(out) if "intensive care" in n.lower()]
    assert consults, O.order_names(out)
    assert not any(n.lower().startswith("only if") for n in consults), consults
    t = O.treatment(out)
    assert t is not None and "sepsis" not in t.working_diagnosis.lower()


def test_guard_febrile_pneumonia_in_heart_failure_is_still_sepsis(
    reason: Reason,
) -> None:
    """Sepsis-3; SSC 2021: a fever with a pneumonia is an infection; a known heart
    failure beside it does not close sepsis: cultures and antibiotics."""
    out = reason(
        make_case(
            "fever",
            age=77,
            sex="M",
            vitals=vitals(118, 84, 50, 28, 90, 39.2),
            one_liner="77M heart failure, productive cough and rigors for 2 days",
            ed_note="Known heart failure. Right basal crackles, CXR right lower lobe "
            "consolidation. Lactate 3.1. Confused.",
            case_id="cardio43-sepsis-hf-guard",
        )
    )
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone"), O.order_names(out)


# ---- NSTEMI read from each value before its hour (ESC 2023 ACS) --------------------


def test_rising_troponin_i_written_value_first_is_an_nstemi_with_anticoagulation(
    reason: Reason,
) -> None:
    """ESC 2023 ACS 0/1 h algorithm: an hs-cTnI change of 15 ng/L or more in 1 h
    rules in; NSTE-ACS gets a parenteral anticoagulant at diagnosis (class I) and
    aspirin. "52 ng/L at 0 h and 88 ng/L at 1 h" is such a change."""
    out = reason(
        make_case(
            "chest pain",
            age=63,
            sex="M",
            vitals=vitals(80, 150, 88, 16, 97, 36.7),
            one_liner="63M central chest pressure at rest for 90 minutes, now easing",
            ed_note="Smoker, hypertensive. ECG: T wave inversion in V3-V6. hs-troponin "
            "I 40 ng/L at 0 h and 88 ng/L at 1 h.",
            case_id="cardio43-nstemi-value-first",
        )
    )
    assert O.medication_ordered(out, "heparin", "fondaparinux", "enoxaparin")
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)


# ---- herpes zoster chest pain (NICE CKS shingles) ------------------------------------


def test_zoster_chest_pain_gets_an_antiviral_not_acs_aspirin(reason: Reason) -> None:
    """NICE CKS shingles 2023: a dermatomal vesicular rash after days of burning pain
    is herpes zoster: an oral antiviral within 72 h of the rash (over 50); the
    chest pain it explains is not a suspected ACS given aspirin."""
    out = reason(
        make_case(
            "chest pain",
            age=77,
            sex="F",
            vitals=vitals(84, 140, 82, 16, 98, 36.8),
            one_liner="77F burning left chest pain for 4 days, blisters appeared "
            "yesterday",
            ed_note="Grouped vesicles on a red base in a band from the left side of "
            "the back round to the left breast, one dermatome, not crossing the "
            "midline. ECG normal. Troponin normal.",
            case_id="cardio43-zoster",
        )
    )
    assert O.medication_ordered(out, "valacyclovir", "aciclovir", "acyclovir")
    assert not O.medication_ordered(out, "aspirin"), O.order_names(out)


def test_guard_crushing_central_chest_pain_without_a_rash_gets_aspirin(
    reason: Reason,
) -> None:
    """AHA/ACC 2014 NSTE-ACS 4.3.1.1 (class I): aspirin for a suspected ACS."""
    out = reason(
        make_case(
            "chest pain",
            age=64,
            sex="M",
            vitals=vitals(90, 148, 90, 18, 97, 36.8),
            one_liner="64M crushing central chest pain to the left arm for 1 hour",
            ed_note="Smoker, diabetic. Sweaty. ECG awaited.",
            case_id="cardio43-acs-aspirin-guard",
        )
    )
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)


# ---- prosthetic valve endocarditis (ESC 2023 endocarditis) ---------------------------


def test_prosthetic_valve_endocarditis_gets_its_regimen_and_the_cardiac_surgeon(
    reason: Reason,
) -> None:
    """ESC 2023 endocarditis: early PVE or healthcare-associated: vancomycin,
    gentamicin and rifampicin; late community PVE: as native valve with gentamicin;
    the endocarditis team includes the cardiac surgeon (class I). Splinter
    haemorrhages are a vascular sign, not a tetanus-prone wound."""
    out = reason(
        make_case(
            "fever",
            age=66,
            sex="F",
            vitals=vitals(104, 122, 70, 18, 97, 38.6),
            one_liner="66F mitral valve replacement 8 months ago, fevers for 10 days",
            ed_note="Mechanical mitral valve, on warfarin. Night sweats, new "
            "regurgitant murmur, splinter haemorrhages on two fingernails. Blood "
            "cultures taken.",
            case_id="cardio43-pve",
        )
    )
    assert O.medication_ordered(out, "gentamicin"), O.order_names(out)
    assert any("cardiac surgery" in n.lower() for n in O.order_names(out)), (
        O.order_names(out)
    )
    assert not O.medication_ordered(out, "tetanus", "tdap"), O.order_names(out)


def test_guard_native_valve_endocarditis_keeps_its_regimen(reason: Reason) -> None:
    """ESC 2023 endocarditis: a native valve's empirical regimen has no rifampicin."""
    out = reason(
        make_case(
            "fever",
            age=31,
            sex="M",
            vitals=vitals(116, 108, 62, 22, 96, 39.0),
            one_liner="31M injects heroin, fevers for a week, new murmur",
            ed_note="Injection drug use. Pansystolic murmur at the left sternal edge. "
            "Blood cultures taken.",
            case_id="cardio43-nve-guard",
        )
    )
    assert O.medication_ordered(out, "vancomycin"), O.order_names(out)
    assert not O.medication_ordered(out, "rifampicin", "rifampin"), O.order_names(out)


# ---- post-cardiotomy tamponade (ESC 2015 pericardial; STS 2017) ----------------------


def test_tamponade_days_after_bypass_surgery_calls_the_cardiothoracic_surgeons(
    reason: Reason,
) -> None:
    """ESC 2015 pericardial diseases; STS 2017: a tamponade within weeks of cardiac
    surgery is a clotted haemopericardium for surgical re-exploration or drainage;
    the cardiothoracic surgeons are called now."""
    out = reason(
        make_case(
            "shortness of breath",
            age=70,
            sex="F",
            vitals=vitals(118, 82, 60, 24, 94, 37.2),
            one_liner="70F coronary bypass surgery 9 days ago, breathless and faint",
            ed_note="Raised JVP, quiet heart sounds, pulsus paradoxus. Bedside echo: "
            "pericardial effusion with right ventricular diastolic collapse: "
            "tamponade.",
            case_id="cardio43-post-cabg-tamponade",
        )
    )
    assert any("cardiothoracic" in n.lower() for n in O.order_names(out)), (
        O.order_names(out)
    )


def test_guard_malignant_tamponade_years_after_bypass_gets_no_surgical_call(
    reason: Reason,
) -> None:
    """ESC 2015 pericardial diseases: a malignant effusion's tamponade is drained by
    pericardiocentesis (cardiology); a bypass years ago is no post-operative
    tamponade."""
    out = reason(
        make_case(
            "shortness of breath",
            age=68,
            sex="M",
            vitals=vitals(112, 84, 62, 24, 94, 36.9),
            one_liner="68M lung cancer, bypass surgery 12 years ago, breathless",
            ed_note="Raised JVP, muffled heart sounds. Echo: large pericardial "
            "effusion with right ventricular diastolic collapse: tamponade.",
            case_id="cardio43-malignant-tamponade-guard",
        )
    )
    assert not any("cardiothoracic" in n.lower() for n in O.order_names(out)), (
        O.order_names(out)
    )


# ---- atrial flutter's code (ICD-10-CM FY2024) ----------------------------------------


def test_atrial_flutter_is_coded_as_flutter(reason: Reason) -> None:
    """ICD-10-CM FY2024: atrial flutter is I48.92 (I48.91 is atrial fibrillation);
    ESC 2019 SVT: sawtooth flutter waves with 2:1 block."""
    out = reason(
        make_case(
            "palpitations",
            age=74,
            sex="F",
            vitals=vitals(146, 126, 78, 18, 97, 36.8),
            one_liner="74F palpitations since last night, regular tachycardia 146",
            ed_note="ECG: atrial flutter with 2:1 block, sawtooth flutter waves in the "
            "inferior leads. Stable.",
            case_id="cardio43-flutter",
        )
    )
    assert _code(out) == "I48.92", _code(out)


def test_guard_atrial_fibrillation_keeps_its_code(reason: Reason) -> None:
    """ICD-10-CM FY2024: atrial fibrillation is I48.91."""
    out = reason(
        make_case(
            "palpitations",
            age=74,
            sex="F",
            vitals=vitals(136, 128, 80, 18, 97, 36.8),
            one_liner="74F palpitations since last night",
            ed_note="ECG: atrial fibrillation with a rapid ventricular response 136. "
            "Stable.",
            case_id="cardio43-af-code-guard",
        )
    )
    assert _code(out) == "I48.91", _code(out)


# ---- dissection presenting as a stroke (ACC/AHA 2022 aortic; AHA/ASA 2019) -----------


def test_stroke_with_tearing_back_pain_gets_aortic_imaging_not_thrombolysis(
    reason: Reason,
) -> None:
    """ACC/AHA 2022 aortic (ADD-RS: tearing pain; a focal neurological deficit with the
    pain is a perfusion deficit): an acute aortic syndrome is imaged before any
    antithrombotic; AHA/ASA 2019 (class III harm): no alteplase in a known or
    suspected aortic arch dissection."""
    out = reason(
        make_case(
            "weakness",
            age=61,
            sex="F",
            vitals=vitals(92, 104, 60, 18, 97, 36.6),
            one_liner="61F sudden ripping pain between the shoulder blades, then her "
            "right arm and leg went weak",
            ed_note="Pain began abruptly 50 minutes ago. Right hemiparesis, NIHSS 7. "
            "CT head: no haemorrhage.",
            case_id="cardio43-dissection-stroke",
        )
    )
    assert not O.medication_ordered(out, "alteplase", "tenecteplase"), O.order_names(
        out
    )
    assert O.ordered(out, "ct angiography"), O.order_names(out)


def test_guard_a_stroke_with_old_back_pain_keeps_its_thrombolysis(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: IV alteplase within 4.5 h for a disabling ischaemic stroke; a
    chronic back pain with no high-risk pain feature (ADD-RS 1) is no aortic
    syndrome."""
    out = reason(
        make_case(
            "weakness",
            age=72,
            sex="M",
            vitals=vitals(84, 168, 92, 16, 97, 36.7),
            one_liner="72M sudden left arm and leg weakness and slurred speech 1 hour "
            "ago",
            ed_note="Left hemiparesis, NIHSS 9. Chronic low back pain for years, "
            "unchanged. CT head: no haemorrhage. Glucose 6.1.",
            case_id="cardio43-stroke-lysis-guard",
        )
    )
    assert O.medication_ordered(out, "alteplase", "tenecteplase"), O.order_names(out)


# ---- chronic digoxin toxicity (AHA 2023 toxicology) ----------------------------------


def test_weak_older_adult_on_digoxin_with_slow_pulse_gets_digoxin_fab(
    reason: Reason,
) -> None:
    """Lavonas EJ et al. AHA 2023 toxicology (class 1): digoxin-specific antibody
    fragments for digoxin toxicity with a bradyarrhythmia or a potassium above 5;
    chronic toxicity presents as weakness, nausea and yellow vision (Pincus 2016)."""
    out = reason(
        make_case(
            "weakness",
            age=84,
            sex="M",
            vitals=vitals(40, 96, 54, 16, 96, 36.5),
            one_liner="84M weak and off his food for a week, sees yellow halos",
            ed_note="Takes digoxin and furosemide. Nauseated. ECG: slow junctional "
            "rhythm 40. Potassium 5.7. Creatinine raised.",
            case_id="cardio43-digoxin",
        )
    )
    assert O.medication_ordered(out, "digoxin-specific", "digoxin immune fab")


def test_guard_weakness_without_digoxin_gets_no_digoxin_level(reason: Reason) -> None:
    """A digoxin level is tested in a patient taking digoxin (Pincus 2016)."""
    out = reason(
        make_case(
            "weakness",
            age=80,
            sex="F",
            vitals=vitals(78, 132, 76, 16, 97, 36.8),
            one_liner="80F generally weak and tired for a week",
            ed_note="Eating less. Takes amlodipine only. No focal weakness.",
            case_id="cardio43-weak-guard",
        )
    )
    assert not O.ordered(out, "digoxin"), O.order_names(out)
