"""vasc40 (issue 10): cardiovascular and vascular emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Bjorck M et al. ESVS 2020 acute limb ischaemia (Eur J Vasc Endovasc Surg 2020;59:173):
  the 6 Ps, Rutherford classes, heparin and vascular surgery at once; the AF is the
  embolic source, not the diagnosis.
- Van Gelder IC et al. ESC 2024 AF (Eur Heart J 2024;45:3314); Evans L et al.
  Surviving Sepsis Campaign 2021: secondary AF is treated through its driver; no
  beta-blocker or diltiazem into a low pressure.
- Tomaselli GF et al. ACC 2020 ECDP on bleeding on oral anticoagulants (JACC
  2020;76:594); Schulman S et al. ISTH 2005 major bleeding; Sunga KL et al. J Emerg
  Med 2012;43:e157 (spontaneous retroperitoneal haematoma).
- Caforio ALP et al. ESC 2013 myocarditis position statement; Byrne RA et al. ESC 2023
  ACS.
- McDonagh TA et al. ESC 2021 heart failure 11.1.4; van Diepen S et al. AHA 2017
  cardiogenic shock statement.

Each target failed on main eb5e678 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

RATE_SLOWING = ("diltiazem", "verapamil", "metoprolol", "esmolol", "beta-?blocker")


def _narrative(text: str, case_id: str) -> Case:
    """A triage record whose complaint is the whole narrative (ESI handbook style)."""
    return make_case(
        text,
        demographics=demographics_from_text(text).model_dump(),
        vitals=extract_vitals_report(text).vitals,
        case_id=case_id,
    )


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- acute limb ischaemia (ESVS 2020) ------------------------------------------------


def test_cold_white_foot_in_af_is_limb_ischaemia_not_af(reason: Reason) -> None:
    """ESVS 2020: a sudden painful, cold, white foot with no pulses below the knee in
    atrial fibrillation is an embolic acute limb ischaemia: heparin and vascular
    surgery now, never a discharge; the AF is its source, not the diagnosis."""
    out = reason(
        _narrative(
            "A 77-year-old man with atrial fibrillation has a painful, cold, white "
            "right foot that started suddenly this morning; no pulses are felt below "
            "the knee. HR 90, BP 150/85.",
            "vasc40-ali-narrative",
        )
    )
    assert _code(out).startswith("I74"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vascular"), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_threatened_limb_with_a_tender_calf_gets_heparin_and_the_surgeon(
    reason: Reason,
) -> None:
    """ESVS 2020 (Rutherford IIb): a cold mottled foot without pulses, a tender calf and
    severe pain is an immediately threatened limb: anticoagulate and call vascular
    surgery now, whatever words carry the pain."""
    out = reason(
        make_case(
            "cold foot",
            age=83,
            sex="F",
            vitals=vitals(98, 136, 78, 18, 96),
            one_liner="83F with AF, sudden cold mottled left foot",
            ed_note="83-year-old with atrial fibrillation, not anticoagulated. Since "
            "lunchtime the left foot is cold and mottled, the calf is tender and she "
            "is in severe pain. No pulses palpable below the femoral artery.",
            case_id="vasc40-ali-iib",
        )
    )
    assert "limb ischaemia" in O.working(out), O.working(out)
    assert O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vascular surgery"), [o.name for o in O.orders(out)]


def test_guard_claudication_is_no_limb_ischaemia(reason: Reason) -> None:
    """Guard (ESVS 2020; AHA/ACC 2016 PAD): months of calf pain on walking that rest
    relieves, with a warm pink foot, is intermittent claudication: no heparin."""
    out = reason(
        make_case(
            "leg pain",
            age=71,
            sex="M",
            vitals=vitals(74, 146, 84, 14, 97),
            one_liner="71M smoker, calf pain after walking 100 m for a year",
            ed_note="71-year-old smoker. A year of left calf cramp after walking "
            "about 100 metres, relieved by a few minutes' rest. No rest pain. Foot "
            "warm and pink, sensation and movement normal.",
            case_id="vasc40-ali-guard",
        )
    )
    assert not _code(out).startswith("I74"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]


# ---- AF secondary to an acute illness (ESC 2024 AF; SSC 2021) ------------------------


def test_fast_af_in_a_dehydrated_patient_gets_no_rate_slowing_drug(
    reason: Reason,
) -> None:
    """ESC 2024 AF (sections 5 and 9.1): AF at 140 with a systolic of 92 after days of
    diarrhoea is driven by the volume lost: fluids first; no IV beta-blocker or
    diltiazem into a low pressure."""
    out = reason(
        make_case(
            "diarrhoea",
            age=80,
            sex="M",
            vitals=vitals(140, 92, 56, 20, 97, 37.2),
            one_liner="80M three days of watery diarrhoea, AF 140, BP 92/56",
            ed_note="80-year-old with paroxysmal atrial fibrillation. Three days of "
            "watery diarrhoea, hardly eating or drinking. Dry tongue. ECG: atrial "
            "fibrillation 140.",
            case_id="vasc40-af-dry",
        )
    )
    assert not O.medication_ordered(out, *RATE_SLOWING), [
        o.name for o in O.medications(out)
    ]


def test_guard_fast_af_with_a_normal_pressure_gets_rate_control(
    reason: Reason,
) -> None:
    """Guard (ESC 2024 AF): AF at 134 with a normal pressure and no driver is slowed
    (a beta-blocker or diltiazem with a preserved ventricle)."""
    out = reason(
        make_case(
            "palpitations",
            age=64,
            sex="F",
            vitals=vitals(134, 144, 88, 16, 98),
            one_liner="64F a day of palpitations, AF 134",
            ed_note="64-year-old with hypertension. Palpitations since yesterday. ECG: "
            "atrial fibrillation, rate 134. Afebrile, chest clear, no chest pain.",
            case_id="vasc40-af-guard",
        )
    )
    assert O.medication_ordered(out, "diltiazem", "metoprolol", "rate control")


# ---- bleeding on an anticoagulant (ACC 2020 ECDP) ------------------------------------


def test_flank_pain_and_a_falling_haemoglobin_on_apixaban_is_a_retroperitoneal_bleed(
    reason: Reason,
) -> None:
    """ACC 2020 ECDP; Sunga 2012: sudden flank pain, light-headedness and a haemoglobin
    down by 4 g/dL on apixaban is a bleed out of sight (retroperitoneal), not an upper
    GI bleed nor a ruptured aneurysm never seen; no rate-slowing drug into the bleed."""
    out = reason(
        make_case(
            "flank pain",
            age=79,
            sex="M",
            vitals=vitals(108, 108, 66, 18, 97),
            one_liner="79M on apixaban, sudden left flank pain, light-headed",
            ed_note="79-year-old on apixaban for atrial fibrillation. Sudden left "
            "flank pain since the morning, light-headed when standing. Hb 86 g/L (124 "
            "last month). No vomiting of blood, stools normal colour.",
            case_id="vasc40-rp-suspect",
        )
    )
    assert _code(out) == "K68.3", (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, *RATE_SLOWING)


def test_iliopsoas_haematoma_on_a_doac_is_a_major_bleed_reversed_now(
    reason: Reason,
) -> None:
    """ISTH 2005 / ACC 2020 ECDP: a psoas or retroperitoneal haematoma is a bleed at a
    critical site, major whatever the haemoglobin: reverse now, not 'hold and watch'."""
    out = reason(
        make_case(
            "groin pain",
            age=70,
            sex="F",
            vitals=vitals(100, 118, 72, 18, 97),
            one_liner="70F on rivaroxaban, right groin pain, thigh numb",
            ed_note="70-year-old on rivaroxaban for a previous PE. Right groin and hip "
            "pain since last night, numb front of the thigh. Hb 102 g/L. CT: right "
            "iliopsoas haematoma 7 cm.",
            case_id="vasc40-rp-psoas",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not any("no major bleeding documented" in n for n in names), names
    assert O.ordered(out, "andexanet", r"\bpcc\b", "prothrombin complex"), names
    assert _code(out) == "K68.3", (_code(out), out.final.diagnosis_name)


def test_guard_renal_colic_on_apixaban_is_not_reversed(reason: Reason) -> None:
    """Guard (ACC 2020 ECDP): loin-to-groin colic with a ureteric stone on CT and a
    normal haemoglobin on apixaban is renal colic: no reversal, no haematoma label."""
    out = reason(
        make_case(
            "flank pain",
            age=58,
            sex="M",
            vitals=vitals(88, 138, 84, 18, 99),
            one_liner="58M on apixaban, colicky right loin to groin pain",
            ed_note="58-year-old on apixaban for AF. Colicky right loin pain into the "
            "groin since this morning. Urine dip blood 2+. Hb 148 g/L. CT KUB: 5 mm "
            "right vesicoureteric junction stone.",
            case_id="vasc40-rp-guard",
        )
    )
    assert _code(out) != "K68.3", (_code(out), out.final.diagnosis_name)
    assert not O.ordered(out, "andexanet", "reverse the documented")


# ---- myocarditis (ESC 2013) ----------------------------------------------------------


def test_myocarditis_after_a_dated_febrile_illness_is_not_nstemi(
    reason: Reason,
) -> None:
    """ESC 2013: palpitations and breathlessness with a raised troponin and a globally
    impaired ventricle two weeks after a febrile sore throat, in a young adult, is
    clinically suspected myocarditis, not an NSTEMI."""
    out = reason(
        make_case(
            "palpitations",
            age=23,
            sex="M",
            vitals=vitals(116, 108, 68, 20, 96, 37.3),
            one_liner="23M palpitations and breathlessness, troponin 610",
            ed_note="23-year-old, no risk factors. Had a sore throat and fever two "
            "weeks ago. Three days of palpitations and breathlessness on exertion. "
            "Troponin 610 ng/L. ECG sinus tachycardia, lateral T-wave inversion. Echo: "
            "globally impaired LV function, no regional wall motion abnormality.",
            case_id="vasc40-myo",
        )
    )
    assert not _code(out).startswith("I21"), (_code(out), out.final.diagnosis_name)
    assert "myocarditis" in (out.final.diagnosis_name or "").lower()


def test_guard_nstemi_after_a_cold_stays_nstemi(reason: Reason) -> None:
    """Guard (ESC 2023 ACS): ischaemic pain to the arm with ST depression, a rising
    troponin and a regional wall-motion abnormality in a smoker stays an NSTEMI though
    he had a cold the week before."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="M",
            vitals=vitals(90, 150, 90, 16, 97),
            one_liner="52M smoker, chest tightness to the left arm, troponin rising",
            ed_note="52-year-old smoker with hypertension. Had a cold last week. Two "
            "hours of central chest tightness radiating to the left arm. Troponin 70 "
            "then 240 ng/L. ECG: ST depression V4-V6. Echo: inferior hypokinesia.",
            case_id="vasc40-myo-guard",
        )
    )
    assert _code(out) == "I21.4", (_code(out), out.final.diagnosis_name)


# ---- cardiogenic shock (ESC 2021 HF) -------------------------------------------------


def test_cardiogenic_shock_after_an_infarct_gets_no_sepsis_fluid_bolus(
    reason: Reason,
) -> None:
    """ESC 2021 HF 11.1.4; AHA 2017: shock with ST elevation, cold clammy skin and
    crackles days after an infarct is cardiogenic: no 30 mL/kg bolus, none into
    pulmonary oedema."""
    out = reason(
        make_case(
            "shortness of breath",
            age=72,
            sex="F",
            vitals=vitals(114, 80, 52, 28, 88),
            one_liner="72F breathless, BP 80/52, crackles, recent chest pain",
            ed_note="72-year-old, chest pain at home 2 days ago, now breathless and "
            "cold and clammy. Crackles to both mid-zones. ECG: ST elevation V2-V5. "
            "Lactate 4.6 mmol/L.",
            case_id="vasc40-cs",
        )
    )
    assert not O.medication_ordered(out, r"\d0 ?ml/kg", r"\b[12] ?l(?:itres?)?\b"), [
        o.name for o in O.medications(out)
    ]


def test_guard_septic_shock_keeps_its_fluid_bolus(reason: Reason) -> None:
    """Guard (SSC 2021): a febrile pneumonia in shock without a cardiac cause gets the
    30 mL/kg crystalloid."""
    out = reason(
        make_case(
            "fever",
            age=66,
            sex="M",
            vitals=vitals(122, 82, 48, 28, 92, 39.1),
            one_liner="66M fever, cough, BP 82/48, lactate 4.4",
            ed_note="66-year-old, three days of productive cough and fever. Right "
            "basal crackles, CXR right lower lobe consolidation. Lactate 4.4 mmol/L.",
            case_id="vasc40-cs-guard",
        )
    )
    assert O.medication_ordered(out, r"30 ?ml/kg"), [o.name for o in O.medications(out)]
