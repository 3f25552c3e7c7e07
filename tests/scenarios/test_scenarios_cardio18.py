"""cardio18 (issue 10): chest pain, PE, tamponade and sodium, from the guidelines.

Each scenario asserts a safety property, written from the source in its docstring
(never from rows of the shared data):

- AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021;144:e368) and
  ESC 2020 NSTE-ACS (Collet JP et al. Eur Heart J 2021;42:1289): chest pain
  suggestive of ACS is not sent home before an ECG and serial (hs-)troponin; the
  0/1 h hs-troponin values are read as written ("0h 60 ng/L, 1h 95 ng/L");
- ESC 2019 acute PE (Konstantinides SV et al. Eur Heart J 2020;41:543): clinical
  probability first; PE likely (Wells > 4) goes to CTPA without a D-dimer; PE
  unlikely gets a D-dimer, and a CTPA only if it is positive;
- ESC 2015 pericardial diseases (Adler Y et al. Eur Heart J 2015;36:2921) and ATLS
  10th ed.: tamponade with haemodynamic compromise needs emergent drainage (cath lab
  or operating room); a penetrating cardiac wound goes to the operating room, not to
  a cardiology drainage consult;
- European hyponatraemia guideline (Spasovski G et al. Eur J Endocrinol
  2014;170:G1): hypertonic saline where sodium is checked every few hours (not a
  ward), with the rise limited to 10 mmol/L in the first 24 h.

Every scenario failed on main (1f043a8) before the change that made it pass, except
the guards named as such.
"""

from __future__ import annotations

import re

from agents.schemas import AssessmentResult, DiagnosisResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ACS = ("myocardial infarction", "angina", "coronary")
D_DIMER = (r"d-?dimer",)
CTPA = (r"ct pulmonary angiogra", r"\bctpa\b", r"ct pe protocol", r"v/?q scan")
ANTITHROMBOTIC = O.ANTITHROMBOTIC


def _ledgers_name(out: object, *words: str) -> bool:
    """Whether the assessment or diagnosis differential names any of ``words``."""
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, AssessmentResult | DiagnosisResult):
            for e in record.output.differential:
                if any(w in e.diagnosis.lower() for w in words):
                    return True
    return False


# --- chest pain suggestive of ACS (AHA/ACC 2021; ESC 2020 NSTE-ACS) ---


def test_triage_only_chest_pressure_with_troponin_pending_is_not_sent_home(
    reason: Reason,
) -> None:
    """AHA/ACC 2021: a triage record of chest pressure suggestive of ACS, troponin
    not back, is no Discharge forecast (serial troponin first)."""
    out = reason(
        make_case(
            "chest pressure",
            age=57,
            sex="F",
            vitals=vitals(84, 146, 88, 16, 98),
            one_liner="57 yo F c/o chest tightness x2h, ?cardiac. ECG no STE, trop"
            " pending",
            case_id="c18-acs-triage",
        )
    )
    assert O.disposition(out).disposition != "Discharge"


def test_serial_hs_troponin_with_sampling_times_is_read(reason: Reason) -> None:
    """ESC 2020 0/1 h algorithm: a 0 h hs-troponin of 52 ng/L or more rules in
    myocardial infarction whatever the ECG; written with its sampling times, it still
    puts ACS on the differential and an antithrombotic in the plan."""
    out = reason(
        make_case(
            "shortness of breath",
            age=81,
            sex="M",
            vitals=vitals(94, 138, 80, 20, 95),
            ed_note="81M c/o breathlessness and jaw ache since this morning, no chest"
            " pain. ECG: sinus rhythm, no acute ischaemic changes. hs-TnT 0h 71 ng/L,"
            " 1h 112 ng/L. Creatinine 1.1. No allergies.",
            case_id="c18-hstnt-serial",
        )
    )
    assert _ledgers_name(out, *ACS)
    assert O.medication_ordered(out, *ANTITHROMBOTIC)
    assert O.disposition(out).disposition != "Discharge"


# --- pre-test probability before PE tests (ESC 2019) ---


def test_pe_likely_goes_to_ctpa_without_a_d_dimer(reason: Reason) -> None:
    """ESC 2019: Wells > 4 (unilateral leg swelling 3, heart rate > 100 1.5): CTPA
    directly; a negative D-dimer would not exclude PE at that probability."""
    out = reason(
        make_case(
            "shortness of breath",
            age=47,
            sex="M",
            vitals=vitals(114, 128, 82, 24, 93),
            one_liner="47 y/o M sudden SOB and pleuritic CP this am",
            ed_note="Left leg swelling for a week since a fall, L calf tender. No"
            " haemoptysis. Chest clear. ECG sinus tachycardia.",
            case_id="c18-pe-likely",
        )
    )
    assert O.ordered(out, *CTPA)
    assert not O.ordered(out, *D_DIMER)


def test_pe_unlikely_gets_d_dimer_before_any_ctpa(reason: Reason) -> None:
    """ESC 2019: PE unlikely (Wells <= 4): D-dimer first, CTPA only if positive."""
    out = reason(
        make_case(
            "pleuritic chest pain",
            age=44,
            sex="F",
            vitals=vitals(104, 126, 80, 20, 96),
            ed_note="44F sharp L sided chest pain on inspiration since yesterday, short"
            " of breath on stairs. Took the pill for 10 years. No leg swelling, no"
            " recent surgery, no haemoptysis. Chest clear, ECG sinus tachy.",
            case_id="c18-pe-unlikely",
        )
    )
    assert O.ordered(out, *D_DIMER)
    assert not O.ordered(out, *CTPA)


# --- tamponade (ESC 2015; ATLS 10th ed.) ---


def test_medical_tamponade_with_shock_goes_for_emergent_drainage(
    reason: Reason,
) -> None:
    """ESC 2015: tamponade with hypotension is drained emergently (a procedure
    room), not admitted to wait for it."""
    out = reason(
        make_case(
            "dyspnoea",
            age=71,
            sex="M",
            vitals=vitals(128, 82, 64, 28, 93),
            ed_note="71M on dialysis, missed sessions, 3 days breathless, can't lie"
            " flat. Distended neck veins, quiet heart sounds, pulsus paradoxus."
            " POCUS: large pericardial effusion with right ventricular diastolic"
            " collapse.",
            case_id="c18-tamponade-uraemic",
        )
    )
    assert O.disposition(out).disposition == "OR Admit"


def test_penetrating_tamponade_goes_to_theatre_not_to_cardiology(
    reason: Reason,
) -> None:
    """ATLS 10th ed.; EAST 2015: a stab wound with tamponade needs an operation now:
    the patient goes to the operating room, no cardiology drainage consult."""
    out = reason(
        make_case(
            "stabbed in chest",
            age=24,
            sex="F",
            vitals=vitals(136, 80, 52, 30, 95),
            ed_note="24F stabbed L chest just below the nipple 15 min ago. Raised JVP,"
            " muffled heart sounds. eFAST: pericardial fluid with RV diastolic"
            " collapse, no pneumothorax.",
            case_id="c18-tamponade-stab",
        )
    )
    consults = [o.name.lower() for o in O.orders(out) if o.kind == "consult"]
    assert not any(re.fullmatch(r"cardiology\W*", c) for c in consults), consults
    assert O.disposition(out).disposition == "OR Admit"


# --- severe symptomatic hyponatraemia (ESE/ESICM/ERBP 2014) ---


def test_hypertonic_saline_is_not_given_on_a_ward_and_has_a_rise_limit(
    reason: Reason,
) -> None:
    """Spasovski 2014: 3 % saline for severe symptoms, sodium every few hours (ICU
    or step-down), and a stated limit on the rise (10 mmol/L in 24 h)."""
    out = reason(
        make_case(
            "vomiting and drowsy",
            age=49,
            sex="F",
            vitals=vitals(96, 128, 76, 18, 97),
            ed_note="49F on sertraline, 2 days vomiting, now drowsy and had a"
            " generalised fit in the department. Na 109, K 3.6, glucose 6. Clinically"
            " euvolaemic.",
            case_id="c18-hypona",
        )
    )
    assert O.medication_ordered(out, r"hypertonic|3 ?%")
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit") and d.admit_level == "icu"
    assert any(
        re.search(r"(?i)\b(?:8|10) mmol/l\b.{0,40}24 ?h", o.name) for o in O.orders(out)
    )


# --- batch 2: a confirming test rules in; severity sets the level of care ---


def _final_status(out: object, *words: str) -> str | None:
    """Status of the first final-ledger entry naming any of ``words``."""
    for e in out.final.ledger:  # type: ignore[attr-defined]
        if any(w in e.diagnosis.lower() for w in words):
            return str(e.status)
    return None


def test_ct_pulmonary_angiogram_showing_clot_confirms_pe(reason: Reason) -> None:
    """ESC 2019 PE; PIOPED II (LR+ 20.8): a CTPA showing emboli establishes PE, it
    is no longer an open 'cannot exclude' hypothesis."""
    out = reason(
        make_case(
            "pleuritic chest pain",
            age=63,
            sex="M",
            vitals=vitals(102, 138, 84, 22, 94),
            ed_note="63M with metastatic colon ca, 2 days R pleuritic CP and SOB."
            " CT PE protocol: acute emboli in the right main and lower lobe pulmonary"
            " arteries. RV not dilated.",
            case_id="c18-ctpa-confirmed",
        )
    )
    assert _final_status(out, "pulmonary embol") == "ruled_in"


def test_pneumothorax_on_chest_xray_is_established(reason: Reason) -> None:
    """BTS 2023 pleural disease: a pneumothorax seen on the chest radiograph is the
    diagnosis, not an open hypothesis."""
    out = reason(
        make_case(
            "sudden chest pain and breathlessness",
            age=22,
            sex="M",
            vitals=vitals(96, 124, 76, 20, 96),
            ed_note="Tall thin 22M, smoker, sudden L sided pleuritic pain at rest."
            " Reduced air entry L. CXR: large left pneumothorax, 3 cm rim at the hilum,"
            " no mediastinal shift.",
            case_id="c18-ptx-cxr",
        )
    )
    assert _final_status(out, "pneumothorax") == "ruled_in"


def test_severe_hyperkalaemia_is_not_sent_to_an_unmonitored_ward(
    reason: Reason,
) -> None:
    """UK Kidney Association 2020: K >= 6.5 mmol/L needs continuous cardiac
    monitoring while treated: a monitored bed, not a ward."""
    out = reason(
        make_case(
            "generally unwell",
            age=74,
            sex="F",
            vitals=vitals(62, 132, 70, 16, 97),
            ed_note="74F with diabetic nephropathy on lisinopril and trimethoprim for a"
            " UTI, 3 days lethargy. Potassium 7.1 mmol/L (haemolysis excluded),"
            " creatinine 3.4 mg/dL. ECG: tented T waves.",
            case_id="c18-hyperk",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit") and d.admit_level == "icu"


def test_life_threatening_asthma_is_admitted(reason: Reason) -> None:
    """BTS/SIGN 158 (2019) s8.7: admit any attack with a life-threatening feature
    (PEF < 33 % of best, SpO2 < 92 %), whatever the early response."""
    out = reason(
        make_case(
            "asthma attack",
            age=19,
            sex="M",
            vitals=vitals(126, 124, 72, 32, 90),
            ed_note="19M asthmatic, 2 days worsening wheeze after a cold, now speaking"
            " in words only. Peak flow 140 L/min = 25% of his best. Widespread"
            " wheeze, no pneumothorax signs.",
            case_id="c18-asthma-lt",
        )
    )
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_septic_shock_plan_names_a_vasopressor(reason: Reason) -> None:
    """SSC 2021: norepinephrine first-line for hypotension that persists during or
    after fluids (MAP target 65 mmHg); the plan names it and the level is ICU."""
    out = reason(
        make_case(
            "fever, hypotension",
            age=66,
            sex="F",
            vitals=vitals(118, 78, 40, 28, 93, 38.8),
            ed_note="66F rigors and feeling faint since last night, no focal symptoms:"
            " no cough, no dysuria, no abdominal pain, no rash, no headache. Lactate"
            " 5.1, WBC 2.9. BP 78/40 after 1 L saline.",
            case_id="c18-septic-shock",
        )
    )
    assert O.medication_ordered(out, r"norepinephrine|noradrenaline|vasopressor")
    assert O.disposition(out).admit_level == "icu"


# --- batch 3: reperfusion and high-risk PE; imaging wording ---


def test_high_risk_pe_with_shock_gets_reperfusion(reason: Reason) -> None:
    """ESC 2019 PE (class I): high-risk PE (persistent hypotension) is treated with
    systemic thrombolysis, or surgical/catheter treatment if it is contraindicated."""
    out = reason(
        make_case(
            "syncope and breathlessness",
            age=49,
            sex="F",
            vitals=vitals(138, 72, 44, 32, 85),
            ed_note="49F 2 weeks after a knee arthroscopy, fainted at work, now SOB."
            " SBP 70s despite 1 L fluid. Echo: RV dilatation with septal flattening."
            " CT chest angiogram: large saddle embolus.",
            case_id="c18-pe-high-risk",
        )
    )
    assert O.ordered(out, *O.LYTIC, r"embolectomy", r"catheter-directed")


def test_stemi_with_ischaemic_pain_is_anticoagulated(reason: Reason) -> None:
    """ESC 2023 ACS: ischaemic chest pain with ST elevation is STEMI, the working
    diagnosis for reperfusion: aspirin and parenteral anticoagulation with primary
    PCI, not held back as 'unconfirmed'."""
    out = reason(
        make_case(
            "chest pain",
            age=68,
            sex="F",
            vitals=vitals(56, 94, 58, 18, 96),
            ed_note="68F central crushing CP x 1 hr. ECG: STE II, III, aVF 2mm and STE"
            " V4R. Clear lungs. No anticoagulants.",
            case_id="c18-stemi-anterior",
        )
    )
    assert O.medication_ordered(out, r"heparin|enoxaparin|bivalirudin|fondaparinux")


def test_small_apical_pneumothorax_on_the_film_is_read(reason: Reason) -> None:
    """BTS 2023: a pneumothorax described by side, size and site on the radiograph
    ('small L apical pneumothorax') is the diagnosis."""
    out = reason(
        make_case(
            "pleuritic chest pain",
            age=19,
            sex="M",
            vitals=vitals(90, 122, 74, 18, 97),
            ed_note="19M sudden L sided sharp chest pain at rest 3h ago, bit"
            " breathless. CXR: small L apical pneumothorax, no mediastinal shift.",
            case_id="c18-ptx-small",
        )
    )
    assert _final_status(out, "pneumothorax") == "ruled_in"


# --- batch 4: rules inside their population; results with their effects ---


def test_heart_score_is_not_applied_to_st_elevation_or_a_pulse_deficit(
    reason: Reason,
) -> None:
    """Six 2008 / Backus 2013: HEART was derived in chest pain suspected of ACS with
    STEMI excluded; with a pulse deficit the question is aortic dissection (AHA/ACC
    2022, ADD-RS), not ACS risk: the score is not shown."""
    out = reason(
        make_case(
            "chest and back pain",
            age=59,
            sex="F",
            vitals=vitals(92, 178, 98, 20, 97),
            ed_note="59F abrupt severe chest pain going through to the back 1h ago,"
            " tearing. Absent L radial pulse, BP difference 40 mmHg between arms."
            " ECG sinus, no ischaemic changes.",
            case_id="c18-heart-dissection",
        )
    )
    assert not any(r.split()[0] == "heart" for r in O.rules_shown(out))


def test_hyperkalaemia_with_ecg_changes_is_established(reason: Reason) -> None:
    """UK Kidney Association 2020: a raised potassium with peaked T waves or a broad
    QRS is true hyperkalaemia (an artefact has no ECG effect): the diagnosis is
    made, not left open."""
    out = reason(
        make_case(
            "weak legs",
            age=58,
            sex="M",
            vitals=vitals(58, 128, 74, 16, 98),
            ed_note="58M on haemodialysis, missed Friday session, legs feel weak."
            " K+ 6.1. ECG: peaked T waves, QRS 130 ms.",
            case_id="c18-hyperk-ecg",
        )
    )
    assert _final_status(out, "hyperkal") == "ruled_in"


def test_no_pulse_deficit_is_not_a_cardiac_arrest(reason: Reason) -> None:
    """AHA/ACC 2022 aortic disease: 'no pulse deficit' documents equal pulses (a
    dissection sign absent); it is no pulseless patient: no arrest, no airway."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="F",
            vitals=vitals(80, 134, 82, 16, 99),
            ed_note="52F aching L chest pain on and off for 2 days. BP equal both arms,"
            " no pulse deficit. ECG normal. hs-troponin < 5 ng/L at 4 h after onset.",
            case_id="c18-no-pulse-deficit",
        )
    )
    assert not O.proposes(out, "cardiac arrest")
    assert not O.ordered(out, r"airway|intubat|\bcpr\b|defibrillat")
