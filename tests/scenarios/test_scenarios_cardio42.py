"""cardio42 (issue 10): cardiovascular and vascular emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Björck M et al. ESVS 2017 mesenteric arterial disease, section 7 (mesenteric venous
  thrombosis; Eur J Vasc Endovasc Surg 2017;53:460); Bala M et al. WSES 2022.
- Baddour LM et al. AHA 2015 infective endocarditis (Circulation 2015;132:1435);
  Delgado V et al. ESC 2023 endocarditis.
- Panchal AR et al. AHA 2020 ACLS adult bradycardia and tachycardia algorithms
  (Circulation 2020;142:S366); O'Gara PT et al. ACCF/AHA 2013 STEMI (Circulation
  2013;127:e362); Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720).
- Van Gelder IC et al. ESC 2024 AF (Eur Heart J 2024;45:3314), 9.1 AF in acute
  illness; Evans L et al. Surviving Sepsis Campaign 2021.

Each target failed on main cfcfdad2 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

P2Y12 = ("ticagrelor", "prasugrel", "clopidogrel", "p2y12")


def _unconditional_cardioversion(out: ReasoningOutput) -> list[str]:
    """Cardioversion ordered now (not a conditional or a no-elective plan)."""
    return [n for n in O.order_names(out) if "cardioversion now" in n.lower()]


# ---- mesenteric venous thrombosis (ESVS 2017 section 7) ------------------------------


def test_superior_mesenteric_vein_thrombosis_on_ct_is_anticoagulated_and_admitted(
    reason: Reason,
) -> None:
    """ESVS 2017 mesenteric, section 7: mesenteric venous thrombosis found on contrast
    CT is treated with immediate therapeutic anticoagulation and admission (surgery
    for peritonitis or infarction); not a non-specific abdominal pain sent home."""
    out = reason(
        make_case(
            "abdominal pain",
            age=52,
            sex="M",
            vitals=vitals(104, 124, 76, 18, 97, 37.4),
            one_liner="52M 4 days of worsening central abdominal pain",
            ed_note="Known polycythaemia. Abdomen mildly tender, no guarding. "
            "Contrast CT abdomen: thrombosis of the superior mesenteric vein, bowel "
            "wall enhances normally.",
            case_id="cardio42-mvt",
        )
    )
    assert O.medication_ordered(out, "heparin"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge"


# ---- endocarditis: no antiplatelet start (AHA 2015 IE) -------------------------------


def test_embolic_deficit_in_suspected_endocarditis_gets_no_antiplatelet_load(
    reason: Reason,
) -> None:
    """AHA 2015 infective endocarditis (class III): aspirin or another antiplatelet is
    not started in endocarditis (its embolic strokes bleed); AHA/ASA 2019: no lysis.
    A febrile patient with a prosthetic valve on warfarin and a new hemiparesis gets
    cultures and echocardiography, not a dual antiplatelet load."""
    out = reason(
        make_case(
            "weakness",
            age=70,
            sex="F",
            vitals=vitals(102, 138, 80, 18, 97, 38.5),
            one_liner="70F mechanical aortic valve on warfarin, fevers for 10 days, "
            "sudden left arm weakness an hour ago",
            ed_note="Mechanical aortic valve, warfarin, INR 2.6. Fever and night "
            "sweats for 10 days. Sudden left arm weakness and slurred speech. New "
            "murmur.",
            case_id="cardio42-ie-stroke",
        )
    )
    assert not O.medication_ordered(
        out, "aspirin", "clopidogrel", "ticagrelor", "prasugrel"
    ), O.order_names(out)
    assert not O.medication_ordered(out, "alteplase", "tenecteplase"), O.order_names(
        out
    )
    assert O.ordered(out, "blood culture"), O.order_names(out)


def test_guard_nstemi_without_endocarditis_still_gets_aspirin(reason: Reason) -> None:
    """Guard (ESC 2023 ACS): a non-ST-elevation MI with a rising troponin gets
    aspirin; the endocarditis rule forbids nothing without endocarditis open."""
    out = reason(
        make_case(
            "chest pain",
            age=67,
            sex="M",
            vitals=vitals(88, 146, 84, 16, 97, 36.8),
            one_liner="67M central chest pressure for 3 hours at rest",
            ed_note="ECG: ST depression in V5-V6. hs-troponin T 55 ng/L rising to 98 "
            "ng/L at 1 hour.",
            case_id="cardio42-nstemi-guard",
        )
    )
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)


# ---- bradycardia in an infarct; the STEMI's P2Y12 (ACLS 2020; ACCF/AHA 2013) --------


def test_inferior_stemi_with_slow_pulse_gets_atropine_and_a_p2y12_load(
    reason: Reason,
) -> None:
    """AHA 2020 ACLS bradycardia algorithm: a rate under 50 with ischaemic chest
    discomfort is unstable: atropine first, pacing if it fails (ACCF/AHA 2013 STEMI:
    atropine for symptomatic bradycardia in an inferior infarct, even with a systolic
    just above 90). ACCF/AHA 2013 (class I): a P2Y12 load before or at primary PCI."""
    out = reason(
        make_case(
            "chest pain",
            age=63,
            sex="F",
            vitals=vitals(46, 96, 60, 18, 96, 36.7),
            one_liner="63F crushing central chest pain for 90 minutes, nauseated",
            ed_note="ECG: sinus bradycardia 46 with ST elevation in II, III and aVF "
            "and reciprocal ST depression in aVL. Lungs clear.",
            case_id="cardio42-inferior-brady",
        )
    )
    assert O.medication_ordered(out, "atropine"), O.order_names(out)
    assert O.medication_ordered(out, *P2Y12), O.order_names(out)
    assert not O.medication_ordered(out, "nitroglycerin", "glyceryl"), O.order_names(
        out
    )


def test_guard_a_fit_young_slow_pulse_without_symptoms_gets_no_atropine(
    reason: Reason,
) -> None:
    """Guard (AHA 2020 ACLS; Kusumoto FM et al. 2018 ACC/AHA/HRS bradycardia): an
    asymptomatic sinus bradycardia of 46 in a trained athlete with a normal pressure
    needs no atropine or pacing."""
    out = reason(
        make_case(
            "abnormal ecg",
            age=26,
            sex="M",
            vitals=vitals(46, 122, 70, 12, 99, 36.6),
            one_liner="26M cyclist, slow pulse found at a sports medical, feels well",
            ed_note="No dizziness, no syncope, no chest pain. ECG: sinus bradycardia "
            "46, normal intervals.",
            case_id="cardio42-athlete-guard",
        )
    )
    assert not O.medication_ordered(out, "atropine"), O.order_names(out)


# ---- secondary AF in septic shock (ESC 2024 AF 9.1; ACLS 2020) -----------------------


def test_fast_af_in_septic_shock_treats_the_sepsis_before_any_cardioversion(
    reason: Reason,
) -> None:
    """ESC 2024 AF 9.1: AF triggered by sepsis is treated through its precipitant;
    AHA 2020 ACLS cardioverts a tachyarrhythmia that causes the instability. In
    febrile septic shock the sepsis bundle comes first and cardioversion is kept for
    a shock that persists once fluids and a vasopressor run: no cardioversion now."""
    out = reason(
        make_case(
            "fever",
            age=81,
            sex="F",
            vitals=vitals(158, 80, 46, 30, 92, 39.3),
            one_liner="81F 3 days of cough and fever, drowsy today",
            ed_note="Right basal crackles, warm peripheries. Lactate 4.6. ECG: atrial "
            "fibrillation at 158, not known before.",
            case_id="cardio42-septic-af",
        )
    )
    assert not _unconditional_cardioversion(out), O.order_names(out)
    assert any(
        "cardioversion" in n.lower() and "only if" in n.lower()
        for n in O.order_names(out)
    ), O.order_names(out)
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone", "piperacillin"), (
        O.order_names(out)
    )


def test_guard_fast_af_in_shock_without_fever_is_cardioverted_now(
    reason: Reason,
) -> None:
    """Guard (ESC 2024 AF, class I; AHA 2020 ACLS): AF at 170 with a systolic of 78
    and cold clammy skin, no fever or infection: the rhythm causes the shock:
    synchronised cardioversion now."""
    out = reason(
        make_case(
            "palpitations",
            age=58,
            sex="M",
            vitals=vitals(170, 78, 50, 22, 95, 36.8),
            one_liner="58M sudden palpitations 2 hours ago, now faint and sweaty",
            ed_note="Cold and clammy. ECG: atrial fibrillation with a ventricular rate "
            "of 170. No fever, no cough, no bleeding.",
            case_id="cardio42-unstable-af-guard",
        )
    )
    assert _unconditional_cardioversion(out), O.order_names(out)


# ---- very-high-risk NSTE-ACS (ESC 2023 ACS 5.3) --------------------------------------


def test_nste_acs_with_hypotension_and_refractory_pain_goes_to_immediate_angiography(
    reason: Reason,
) -> None:
    """ESC 2023 ACS 5.3 (class I): an NSTE-ACS with haemodynamic instability or chest
    pain refractory to medical treatment goes to coronary angiography within 2 h
    (immediate invasive strategy), not a routine cardiology consult."""
    out = reason(
        make_case(
            "chest pain",
            age=71,
            sex="F",
            vitals=vitals(98, 86, 56, 22, 95, 36.9),
            one_liner="71F central chest pain for 3 hours, still present after two "
            "sprays of GTN",
            ed_note="ECG: ST depression 2 mm in V3-V6. hs-troponin I 310 ng/L rising "
            "to 890 ng/L. Pain persists despite GTN.",
            case_id="cardio42-vhr-nstemi",
        )
    )
    assert any(
        "immediate invasive" in n.lower() or "within 2 h" in n.lower()
        for n in O.order_names(out)
        if not n.lower().startswith("only if")
    ), O.order_names(out)


def test_guard_a_pain_free_stable_nstemi_has_no_immediate_angiography(
    reason: Reason,
) -> None:
    """Guard (ESC 2023 ACS 5.3): a pain-free NSTEMI with a normal pressure is a
    high-risk, not very-high-risk, NSTE-ACS: angiography within 24 h, not 2 h."""
    out = reason(
        make_case(
            "chest pain",
            age=64,
            sex="M",
            vitals=vitals(76, 142, 84, 16, 98, 36.7),
            one_liner="64M chest tightness this morning for an hour, pain-free now",
            ed_note="ECG: T-wave inversion and ST depression in V4-V6. hs-troponin T "
            "48 ng/L rising to 90 ng/L at 1 hour.",
            case_id="cardio42-nstemi-stable-guard",
        )
    )
    assert not O.ordered(out, "immediate invasive"), O.order_names(out)


# ---- hypertensive acute heart failure (ESC 2021 HF; ESC/ESH 2018) --------------------


def test_crisis_pressure_with_bibasal_crackles_gets_an_iv_antihypertensive(
    reason: Reason,
) -> None:
    """ESC/ESH 2018 table 29; ESC 2021 heart failure 11.2: a crisis-range pressure
    with a congested chest (crackles at both bases) and no fever is a hypertensive
    emergency with acute heart failure: a titrated IV vasodilator, not a sublingual
    nitrate alone."""
    out = reason(
        make_case(
            "shortness of breath",
            age=66,
            sex="F",
            vitals=vitals(104, 224, 126, 26, 92, 36.8),
            one_liner="66F breathless for 6 hours, BP 224/126",
            ed_note="Bibasal crackles. ECG: left ventricular hypertrophy. No chest "
            "pain. Not on any medication.",
            case_id="cardio42-htn-ahf",
        )
    )
    assert O.medication_ordered(
        out,
        "iv nitroglycerin",
        "nitroglycerin infusion",
        "nicardipine",
        "clevidipine",
        "labetalol",
        "titratable iv",
    ), O.order_names(out)


def test_guard_fever_with_bibasal_crackles_and_high_pressure_is_no_bp_emergency(
    reason: Reason,
) -> None:
    """Guard (ACC/AHA 2017 11.2; ACEP 2013): a febrile pneumonia with crackles at both
    bases and a pressure of 186/104 is an infection with a raised pressure: no IV
    antihypertensive infusion."""
    out = reason(
        make_case(
            "cough",
            age=59,
            sex="M",
            vitals=vitals(108, 186, 104, 24, 93, 38.8),
            one_liner="59M productive cough and fever for 4 days",
            ed_note="Bibasal crackles, purulent sputum. Chest x-ray: bilateral lower "
            "lobe consolidation.",
            case_id="cardio42-pneumonia-htn-guard",
        )
    )
    assert not O.medication_ordered(
        out, "nicardipine", "clevidipine", "labetalol", "titratable iv"
    ), O.order_names(out)


# ---- a chest-pain complaint the history denies (ESC 2021 heart failure) -------------


def test_chest_pain_complaint_denied_with_breathlessness_and_oedema_considers_hf(
    reason: Reason,
) -> None:
    """ESC 2021 heart failure table 5: breathlessness on exertion, orthopnoea and ankle
    swelling are heart failure's typical symptoms; ESI v4 handbook ch.2 reads the
    complaint with the triage history. Filed as chest pain, with the pain denied,
    the plan is heart failure's, not a chest-wall or pneumonia label."""
    out = reason(
        make_case(
            "chest pain",
            age=72,
            sex="F",
            vitals=vitals(96, 148, 86, 22, 94, 36.8),
            ed_note="She has no chest pain. Three weeks of increasing breathlessness "
            "on exertion, now breathless on one flight of stairs, and both ankles "
            "swollen. Sleeps on three pillows.",
            case_id="cardio42-denied-cp-hf",
        )
    )
    labels = [e.diagnosis.lower() for e in out.final.ledger[:6]]
    assert any("heart failure" in d for d in labels), labels
    assert O.ordered(out, "bnp", "natriuretic"), O.order_names(out)


def test_guard_chest_pain_with_breathlessness_keeps_its_acs_workup(
    reason: Reason,
) -> None:
    """Guard (AHA/ACC 2021 chest pain; ESC 2023 ACS): a central chest pressure with
    breathlessness stays a chest pain: ECG, troponin and aspirin."""
    out = reason(
        make_case(
            "chest pain",
            age=63,
            sex="M",
            vitals=vitals(92, 150, 90, 20, 96, 36.8),
            ed_note="Central chest pressure for 1 hour with breathlessness and "
            "sweating. No chest pain before today.",
            case_id="cardio42-cp-sob-guard",
        )
    )
    assert O.ordered(out, "troponin"), O.order_names(out)
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)


# ---- phlegmasia's code (ICD-10-CM index) ---------------------------------------------


def test_phlegmasia_over_a_confirmed_dvt_is_coded_as_phlegmasia(reason: Reason) -> None:
    """ICD-10-CM FY2024 index: Phlegmasia cerulea dolens, see Phlebitis, leg, deep
    (I80.2-): a DVT on duplex with the whole leg massively swollen and blue is coded
    there, not as an uncomplicated DVT (I82.4-)."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="F",
            vitals=vitals(112, 110, 70, 20, 96, 37.2),
            one_liner="66F on chemotherapy, left leg swollen and painful for 2 days",
            ed_note="Entire left leg massively swollen from groin to ankle, cyanosed "
            "and exquisitely painful. Ultrasound: occlusive iliofemoral DVT.",
            case_id="cardio42-phlegmasia-code",
        )
    )
    assert (out.final.icd10 or "").startswith("I80.2"), out.final
