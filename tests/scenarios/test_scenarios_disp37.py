"""disp37 (issue 10, pattern 5): disposition from what the patient needs.

Written from the sources named in each docstring, never from rows of the shared data:

- low-risk outpatient paths, each only on complete inputs: Glasgow-Blatchford <= 1
  upper GI bleeding (Stanley AJ et al. BMJ 2017;356:i6432; Gralnek IM et al. ESGE 2021;
  Laine L et al. ACG 2021; NICE CG141); sPESI 0 pulmonary embolism with a normal right
  ventricle and no Hestia exclusion (Konstantinides SV et al. ESC 2019, class IIa;
  Zondag W et al. J Thromb Haemost 2011); stable atrial fibrillation converted or rate
  controlled (Hindricks G et al. ESC 2020; Stiell IG et al. CAEP 2021); febrile
  neutropenia with MASCC >= 21 (Taplitz RA et al. ASCO/IDSA 2018);
- needs: a tachycardia at the last documented heart rate (Gabayan GZ et al. Acad Emerg
  Med 2017; Long B et al. J Emerg Med 2024); a threatened limb (Bjorck M et al. ESVS
  2020); meningitis ICU by need (McGill F et al. J Infect 2016; van de Beek D et al.
  ESCMID 2016); a deficit beside hypoglycaemia (Powers WJ et al. AHA/ASA 2019); fever
  during chemotherapy (NICE CG151 2012); an infected nephrostomy (EAU urolithiasis 2024;
  SIR 2016);
- guards: a GBS 2 bleed, an sPESI 1 PE, a PE with a dilated right ventricle, a bleed
  without a urea, AF with hypotension, a tachycardia that settled and a comatose
  bacterial meningitis keep their dispositions.

Each target scenario fails on base 42d1e0a; the guards pass on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals

_ADMITTED = ("Admit", "OR Admit", "Transfer to Another Facility")


def _admit_level(out: ReasoningOutput) -> str | None:
    rec = next(r for r in out.trace if r.stage == "disposition")
    assert rec.output is not None
    level: str | None = rec.output.admit_level
    return level


# ---------------------------------------------------------------- home paths


def test_upper_gi_bleed_with_blatchford_zero_goes_home(reason: Reason) -> None:
    """NICE CG141 1.2.2; ESGE 2021; Stanley 2017: a pre-endoscopy Glasgow-Blatchford
    score of 0 (urea, haemoglobin, BP and pulse normal; no melaena, syncope, liver or
    heart disease) is very low risk: outpatient endoscopy, not an admission."""
    out = reason(
        make_case(
            "HEMATEMESIS",
            age=24,
            sex="F",
            vitals=vitals(80, 124, 76, 14, 99),
            ed_note=(
                "24-year-old who retched repeatedly after a party and then vomited a"
                " little fresh blood once. No black stools, did not faint, no liver or"
                " heart disease, takes no medication. Hb 13.9 g/dL, urea 3.8 mmol/L."
                " Impression: upper GI bleed after retching."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_upper_gi_bleed_with_blatchford_one_goes_home(reason: Reason) -> None:
    """ESGE 2021; ACG 2021; Stanley 2017: a Glasgow-Blatchford score of 0-1 may be
    managed as an outpatient (a man's haemoglobin of 12.6 g/dL scores 1)."""
    out = reason(
        make_case(
            "HEMATEMESIS",
            age=51,
            sex="M",
            vitals=vitals(86, 136, 84, 14, 98),
            ed_note=(
                "51-year-old taking naproxen for knee pain, one small coffee-ground"
                " vomit this morning. No melaena, no syncope, no liver disease, no"
                " heart failure. Hb 12.6 g/dL, urea 6.1 mmol/L. Impression: upper GI"
                " bleed, NSAID gastropathy."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_low_risk_pulmonary_embolism_goes_home(reason: Reason) -> None:
    """ESC 2019 acute PE (class IIa): sPESI 0, no right-ventricular dysfunction on CT,
    a normal troponin and no Hestia exclusion: early discharge on an oral
    anticoagulant, not an admission."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=33,
            sex="M",
            vitals=vitals(88, 134, 82, 16, 98),
            ed_note=(
                "33-year-old with right pleuritic chest pain for 3 days after a long"
                " drive. CT pulmonary angiogram: subsegmental pulmonary embolism in the"
                " right lower lobe, no right ventricular dilatation. Troponin normal."
                " No cancer, no heart or lung disease, no bleeding. SpO2 98% on room"
                " air. Rivaroxaban started. Impression: pulmonary embolism."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_stable_new_af_converted_goes_home(reason: Reason) -> None:
    """ESC 2020 AF; CAEP 2021: haemodynamically stable AF of a few hours, converted to
    sinus rhythm, without heart failure or ischaemia: home with anticoagulation by
    CHA2DS2-VASc and follow-up, not an observation bed."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=39,
            sex="F",
            vitals=vitals(138, 128, 82, 16, 99),
            ed_note=(
                "39-year-old with irregular palpitations since 4 hours, no chest pain,"
                " no breathlessness, no fainting. ECG: atrial fibrillation 138, no"
                " ischaemic changes. Procainamide given, reverted to sinus rhythm 70."
                " CHA2DS2-VASc 1 (female). Impression: new onset atrial fibrillation,"
                " cardioverted."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_stable_af_rate_controlled_goes_home(reason: Reason) -> None:
    """ESC 2020; RACE II (lenient rate control below 110/min): stable AF rate
    controlled in the ED, troponin normal, no heart failure: home on a DOAC with AF
    clinic follow-up."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=70,
            sex="M",
            vitals=vitals(132, 150, 90, 16, 97),
            ed_note=(
                "70-year-old with hypertension and palpitations for 5 hours. ECG:"
                " atrial fibrillation 132, no ischaemic changes. Troponin normal, no"
                " heart failure. Metoprolol 25 mg orally, heart rate now 88, BP"
                " 140/84. Apixaban started. Impression: atrial fibrillation, rate"
                " controlled."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_low_risk_febrile_neutropenia_goes_home(reason: Reason) -> None:
    """ASCO/IDSA 2018: febrile neutropenia with MASCC >= 21, taking oral medication and
    with follow-up arranged, may be treated at home after the first dose."""
    out = reason(
        make_case(
            "FEVER",
            age=44,
            sex="F",
            vitals=vitals(92, 124, 76, 16, 98, t=38.2),
            ed_note=(
                "44-year-old on chemotherapy for breast cancer, fever 38.2, well,"
                " eating. Neutrophils 0.4. MASCC score 24. First dose of IV"
                " antibiotics given, oral ciprofloxacin and co-amoxiclav to continue;"
                " oncology day unit review tomorrow, lives nearby with her husband."
                " Impression: febrile neutropenia, low risk."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


# ---------------------------------------------------------------------- needs


def test_tachycardia_at_the_last_set_is_not_discharged(reason: Reason) -> None:
    """Gabayan 2017; Long 2024: a heart rate still above 100 at the last documented
    set after the ED treatment predicts return with admission: not discharged."""
    out = reason(
        make_case(
            "DIARRHEA",
            age=41,
            sex="M",
            vitals=vitals(126, 112, 70, 18, 98),
            ed_note=(
                "41-year-old with watery diarrhoea and vomiting for 3 days, dry mouth."
                " Given 2 L of Hartmann's and an antiemetic. Reassessed at 4 hours: HR"
                " 118, BP 114/70, still dizzy on standing. Impression: acute"
                " gastroenteritis."
            ),
        )
    )
    assert out.final.disposition != "Discharge", out.final.disposition


def test_threatened_limb_goes_to_theatre(reason: Reason) -> None:
    """ESVS 2020 acute limb ischaemia: sensory loss and weakness (Rutherford IIb) is a
    threatened limb for heparin and emergency revascularisation in theatre."""
    out = reason(
        make_case(
            "LEG PAIN",
            age=78,
            sex="F",
            vitals=vitals(98, 146, 80, 18, 96),
            ed_note=(
                "78-year-old with atrial fibrillation off warfarin, sudden pain in the"
                " left leg 4 hours ago. Leg white and cold below the knee, no popliteal"
                " or foot pulses, foot numb, cannot move the toes. Impression: acute"
                " limb ischaemia. Heparin given."
            ),
        )
    )
    assert out.final.disposition == "OR Admit", out.final.disposition


def test_alert_viral_meningitis_is_not_sent_to_icu(reason: Reason) -> None:
    """McGill 2016; ESCMID 2016: meningitis needs intensive care for a reduced GCS,
    shock, seizures or respiratory failure; an alert enteroviral meningitis is admitted
    to a ward."""
    out = reason(
        make_case(
            "HEADACHE",
            age=31,
            sex="M",
            vitals=vitals(94, 122, 74, 16, 99, t=38.0),
            ed_note=(
                "31-year-old with headache, neck pain and photophobia for 2 days."
                " GCS 15, no rash, no focal signs. CT head normal. Lumbar puncture:"
                " 160 white cells, mostly lymphocytes, normal glucose ratio, Gram stain"
                " negative, enterovirus PCR positive. Impression: viral meningitis."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition
    assert _admit_level(out) != "icu"


def test_hypoglycaemia_with_a_hemiparesis_is_not_discharged(reason: Reason) -> None:
    """AHA/ASA 2019: glucose is checked first; hypoglycaemia explains a deficit only
    when the deficit resolves after correction. A hemiparesis beside a low glucose,
    not yet re-examined, is not sent home."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=70,
            sex="F",
            vitals=vitals(90, 152, 86, 16, 98),
            ed_note=(
                "70-year-old on insulin found with left arm and leg weakness and"
                " slurred speech 30 minutes ago. Capillary glucose 2.2 mmol/L."
            ),
        )
    )
    assert out.final.disposition != "Discharge", out.final.disposition


def test_fever_on_chemotherapy_is_not_a_discharge_forecast(reason: Reason) -> None:
    """NICE CG151: fever in a patient on anticancer treatment is neutropenic sepsis
    until the count is known: empirical antibiotics and admission, not a discharge
    forecast at triage."""
    out = reason(
        make_case(
            "fever, receiving chemotherapy",
            age=59,
            sex="M",
            vitals=vitals(94, 122, 74, 18, 97, t=38.5),
            triage_scale="KTAS",
            arrival={"mode": "walk-in"},
        )
    )
    assert out.final.disposition != "Discharge", out.final.disposition


def test_infected_nephrostomy_is_admitted(reason: Reason) -> None:
    """EAU urolithiasis 2024; SIR 2016: an infected nephrostomy with fever is an
    infected, possibly obstructed system: IV antibiotics and the drain restored by
    interventional radiology in hospital, not an observation bed."""
    out = reason(
        make_case(
            "FEVER",
            age=74,
            sex="F",
            vitals=vitals(104, 120, 72, 20, 97, t=38.3),
            one_liner="74F infected nephrostomy, fever",
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition


# ---------------------------------------------------------------------- guards


def test_guard_blatchford_two_bleed_stays_admitted(reason: Reason) -> None:
    """NICE CG141; ACG 2021: melaena with a raised urea (GBS >= 2) is not for
    outpatient care."""
    out = reason(
        make_case(
            "MELENA",
            age=58,
            sex="M",
            vitals=vitals(96, 124, 76, 16, 98),
            ed_note=(
                "58-year-old with black stools for a day. No syncope. Hb 13.4 g/dL,"
                " urea 8.2 mmol/L. Impression: upper GI bleed."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition


def test_guard_bleed_without_urea_is_not_discharged(reason: Reason) -> None:
    """Blatchford 2000: the score needs the urea; a score with a missing input does
    not apply, so no outpatient path."""
    out = reason(
        make_case(
            "HEMATEMESIS",
            age=36,
            sex="F",
            vitals=vitals(84, 122, 76, 14, 99),
            ed_note=(
                "36-year-old who vomited a streak of blood once. No melaena, no"
                " syncope. Hb 13.2 g/dL. Impression: upper GI bleed."
            ),
        )
    )
    assert out.final.disposition != "Discharge", out.final.disposition


def test_guard_spesi_one_pe_stays_admitted(reason: Reason) -> None:
    """ESC 2019: sPESI >= 1 (active cancer) is not low risk: admission."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=62,
            sex="F",
            vitals=vitals(92, 128, 78, 18, 96),
            ed_note=(
                "62-year-old with metastatic ovarian cancer on chemotherapy,"
                " breathless for 2 days. CTPA: segmental pulmonary emboli, RV normal."
                " Troponin normal. Impression: pulmonary embolism."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition


def test_guard_pe_with_dilated_right_ventricle_stays_admitted(reason: Reason) -> None:
    """ESC 2019: right-ventricular dysfunction on CT with a raised troponin is
    intermediate risk, whatever the sPESI: admission, not early discharge."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=46,
            sex="F",
            vitals=vitals(102, 128, 80, 20, 95),
            ed_note=(
                "46-year-old breathless for 3 days. CTPA: bilateral main pulmonary"
                " artery emboli, RV dilated, RV/LV ratio 1.4. Troponin raised at 74"
                " ng/L. Impression: pulmonary embolism."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition


def test_guard_af_with_hypotension_is_not_discharged(reason: Reason) -> None:
    """ESC 2020: AF with haemodynamic instability needs emergency cardioversion and
    admission, never a discharge."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=69,
            sex="M",
            vitals=vitals(160, 80, 48, 22, 95),
            ed_note=(
                "69-year-old with palpitations and light-headedness for 6 hours. ECG:"
                " atrial fibrillation 160. BP 80/48, clammy. Impression: atrial"
                " fibrillation with hypotension."
            ),
        )
    )
    assert out.final.disposition != "Discharge", out.final.disposition


def test_guard_tachycardia_that_settled_goes_home(reason: Reason) -> None:
    """Long 2024: the last set decides; a tachycardia settled with fluids (HR 82 on
    reassessment) does not hold a gastroenteritis that is drinking."""
    out = reason(
        make_case(
            "VOMITING",
            age=27,
            sex="F",
            vitals=vitals(122, 116, 72, 16, 99),
            ed_note=(
                "27-year-old with vomiting and diarrhoea since yesterday. Given 1 L"
                " saline and ondansetron, now drinking. Repeat observations: HR 82, BP"
                " 120/74. Impression: viral gastroenteritis."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_guard_comatose_bacterial_meningitis_keeps_icu(reason: Reason) -> None:
    """ESCMID 2016; McGill 2016: bacterial meningitis with a GCS of 8 needs intensive
    care."""
    out = reason(
        make_case(
            "CONFUSION",
            age=57,
            sex="F",
            vitals=vitals(122, 98, 60, 26, 94, t=39.3),
            ed_note=(
                "57-year-old with fever, headache and neck stiffness, now GCS 8."
                " Ceftriaxone and dexamethasone given. Impression: bacterial"
                " meningitis."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition
    assert _admit_level(out) == "icu"
