"""cardio45 (issue 10): high-risk PE, a tearing interscapular pain, PE by risk class,
myopericarditis, torsades with a low potassium, malignant hypertension's papilloedema.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Konstantinides SV et al. ESC 2019 acute PE (Eur Heart J 2020;41:543): Table 1
  (lower-limb fracture, immobilisation), 6.1 (high-risk PE: systemic thrombolysis;
  "aggressive volume expansion is of no use and may worsen RV function": cautious
  fluid, noradrenaline), 6.2 (a DOAC in preference to LMWH-then-VKA), 8.1 (early
  discharge of low-risk PE on a DOAC), 9 (pregnancy: LMWH); RCOG green-top 37b 2015.
- Rogers AM et al. Circulation 2011;123:2213 (ADD-RS); Klompas M. JAMA 2002;287:2262
  (tearing or ripping pain, its own likelihood ratio); Hagan PG et al. IRAD, JAMA
  2000;283:897; Isselbacher EM et al. ACC/AHA 2022 aortic disease.
- Adler Y et al. ESC 2015 pericardial diseases 3.1.7 (myopericarditis: hospital,
  cardiology); Schulz-Menger J et al. ESC 2025 myocarditis and pericarditis.
- Drew BJ et al. AHA 2010 QT statement; Panchal AR et al. AHA 2020 ACLS (torsades:
  magnesium, potassium to 4.5-5.0); Kardalas E et al. Endocr Connect 2018 (oral
  replacement only without ECG change).
- Williams B et al. ESC/ESH 2018 section 11 (malignant hypertension: severe pressure
  with flame haemorrhages, cotton wool spots or papilloedema); Friedman DI et al.
  Neurology 2013;81:1159 (IIH: papilloedema with no other cause).

Each target failed on main 9793a369 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

LYTIC = ("alteplase", "tenecteplase", "thromboly", "embolectomy")
DOAC = ("apixaban", "rivaroxaban", "edoxaban", "dabigatran", r"\bdoac\b")
PARENTERAL = ("heparin", "enoxaparin", r"\blmwh\b")


# ---- high-risk PE --------------------------------------------------------------------


def test_shocked_pe_after_a_tibial_fracture_in_a_cast_is_thrombolysed(
    reason: Reason,
) -> None:
    """ESC 2019 PE 6.1 and Table 1: shock with a dilated right ventricle on the bedside
    echo in a patient whose fractured leg is in a plaster cast is high-risk PE:
    systemic thrombolysis, and no repeated fluid boluses into the failing RV."""
    out = reason(
        make_case(
            "collapse",
            age=54,
            sex="M",
            vitals=vitals(134, 76, 44, 32, 85, 36.9),
            one_liner="54M collapsed at home, tibial fracture in a cast for 10 days",
            ed_note="Fractured left tibia 10 days ago, managed in a plaster cast. "
            "Sudden breathlessness then collapse this morning. Bedside echo: dilated "
            "right ventricle, septal flattening, no pericardial effusion. Still "
            "hypotensive after a 250 mL fluid challenge.",
            case_id="cardio45-high-risk-pe-cast",
        )
    )
    assert O.medication_ordered(out, *LYTIC), O.order_names(out)
    assert not O.ordered(out, r"after 2 l\b"), O.order_names(out)


def test_shocked_pe_after_surgery_gets_no_repeated_fluid_boluses(
    reason: Reason,
) -> None:
    """ESC 2019 PE 6.1: in high-risk PE the hypotension is right-ventricular failure:
    a cautious fluid of 500 mL at most and noradrenaline, not a repeated 500 mL
    bolus to 2 L; after an operation two weeks ago the reperfusion is surgical or
    catheter-directed."""
    out = reason(
        make_case(
            "shortness of breath",
            age=71,
            sex="F",
            vitals=vitals(126, 80, 50, 30, 86, 36.8),
            one_liner="71F sudden breathlessness, faint 2 weeks after hip replacement",
            ed_note="Hip replacement two weeks ago. Sudden breathlessness and a faint "
            "at home. Bedside echo: RV dilatation with McConnell sign. Cool "
            "peripheries.",
            case_id="cardio45-high-risk-pe-postop",
        )
    )
    assert not O.ordered(out, r"after 2 l\b"), O.order_names(out)
    assert O.ordered(out, r"norepinephrine|noradrenaline"), O.order_names(out)


# ---- tearing interscapular pain ------------------------------------------------------


def test_tearing_pain_between_the_shoulder_blades_gets_aortic_imaging(
    reason: Reason,
) -> None:
    """ADD-RS (Rogers 2011) and Klompas 2002 weigh the tearing quality of the pain
    apart from its site: a sudden tearing pain between the shoulder blades with
    equal arm pressures is imaged (CT angiography of the aorta) before any
    antiplatelet drug (ACC/AHA 2022 aortic disease)."""
    out = reason(
        make_case(
            "back pain",
            age=64,
            sex="F",
            vitals=vitals(92, 172, 98, 18, 97, 36.6),
            one_liner="64F sudden tearing pain between the shoulder blades 50 min ago",
            ed_note="Sudden severe tearing pain between the shoulder blades while "
            "gardening. BP right arm 172/98, left arm 168/96, pulses equal. No murmur, "
            "neurology intact. ECG sinus rhythm, no ST change.",
            case_id="cardio45-tearing-interscapular",
        )
    )
    assert O.ordered(out, r"ct angio|cta\b|aortogra"), O.order_names(out)
    assert not O.medication_ordered(out, "aspirin", "clopidogrel", "ticagrelor")


def test_guard_upper_back_strain_after_lifting_gets_no_aortic_ct(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain and ACC/AHA 2022 aortic disease: a gradual aching
    upper back pain after lifting, tender paraspinal muscles, no abrupt or tearing
    quality (ADD-RS 0) is not imaged for dissection (guard)."""
    out = reason(
        make_case(
            "back pain",
            age=38,
            sex="M",
            vitals=vitals(78, 128, 80, 14, 99, 36.7),
            one_liner="38M aching upper back since moving furniture yesterday",
            ed_note="Gradual aching pain between the shoulder blades since moving "
            "furniture yesterday, worse twisting. Tender paraspinal muscles, full "
            "power, normal sensation. Pulses equal.",
            case_id="cardio45-upper-back-strain",
        )
    )
    assert not O.ordered(out, r"ct angio|cta\b|aortogra"), O.order_names(out)


# ---- PE by risk class ----------------------------------------------------------------


def test_low_risk_pe_on_ctpa_gets_a_doac(reason: Reason) -> None:
    """ESC 2019 PE 6.2 and 8.1: a CTPA-proven PE with a normal right ventricle, a
    normal troponin and no Hestia exclusion gets a DOAC in preference to
    LMWH-then-VKA, the drug of early discharge."""
    out = reason(
        make_case(
            "chest pain",
            age=47,
            sex="M",
            vitals=vitals(86, 136, 84, 16, 97, 36.8),
            one_liner="47M pleuritic chest pain for 3 days, CTPA subsegmental PE",
            ed_note="CTPA: right lower lobe subsegmental pulmonary embolus, RV/LV "
            "ratio 0.8, no RV dilatation. Troponin normal. No cancer, no bleeding "
            "risk, creatinine normal. sPESI 0.",
            case_id="cardio45-low-risk-pe",
        )
    )
    assert O.medication_ordered(out, *DOAC), O.order_names(out)


def test_guard_pe_with_rv_strain_and_troponin_gets_parenteral_anticoagulation(
    reason: Reason,
) -> None:
    """ESC 2019 PE 6.2: an intermediate-risk PE (RV dilatation, raised troponin, normal
    pressure) is anticoagulated parenterally first (guard)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=69,
            sex="F",
            vitals=vitals(108, 122, 74, 24, 92, 36.8),
            one_liner="69F breathless 3 days, CTPA bilateral PE with RV dilatation",
            ed_note="CTPA: bilateral lobar pulmonary emboli with RV dilatation, RV/LV "
            "ratio 1.2. hs-troponin T 58 ng/L, elevated troponin. BP stable.",
            case_id="cardio45-intermediate-pe",
        )
    )
    assert O.medication_ordered(out, *PARENTERAL), O.order_names(out)
    assert not O.medication_ordered(out, *DOAC), O.order_names(out)


def test_guard_pe_in_pregnancy_gets_no_doac(reason: Reason) -> None:
    """ESC 2019 PE 9 and RCOG green-top 37b: LMWH in pregnancy; no DOAC (guard)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=29,
            sex="F",
            vitals=vitals(104, 116, 70, 22, 95, 36.9),
            one_liner="29F 24 weeks pregnant, breathless, CTPA segmental PE",
            ed_note="24 weeks pregnant. CTPA: left lower lobe segmental pulmonary "
            "embolus, no RV strain. Troponin normal.",
            case_id="cardio45-pe-pregnancy",
        )
    )
    assert not O.medication_ordered(out, *DOAC), O.order_names(out)
    assert O.medication_ordered(out, *PARENTERAL), O.order_names(out)


# ---- myopericarditis -----------------------------------------------------------------


def test_pericarditis_with_a_raised_troponin_is_seen_by_cardiology(
    reason: Reason,
) -> None:
    """ESC 2015 pericardial diseases 3.1.7 and ESC 2025: pericarditis with a raised
    troponin is myopericarditis: admitted, with cardiology (cardiac MRI)."""
    out = reason(
        make_case(
            "chest pain",
            age=27,
            sex="M",
            vitals=vitals(98, 122, 74, 16, 98, 37.6),
            one_liner="27M sharp chest pain after a cold, eased sitting forward",
            ed_note="Coryzal last week. Sharp central chest pain, worse lying flat, "
            "eased sitting forward. ECG: diffuse concave ST elevation with PR "
            "depression. hs-troponin T 240 ng/L, rising troponin. Echo: no effusion.",
            case_id="cardio45-myopericarditis",
        )
    )
    assert O.ordered(out, r"cardiolog"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_pericarditis_with_a_normal_troponin_goes_home_without_cardiology(
    reason: Reason,
) -> None:
    """ESC 2015 3.1: low-risk acute pericarditis (normal troponin, no effusion, no
    fever) is treated as an outpatient with an NSAID and colchicine (guard)."""
    out = reason(
        make_case(
            "chest pain",
            age=33,
            sex="F",
            vitals=vitals(84, 118, 72, 16, 99, 37.2),
            one_liner="33F sharp chest pain for 2 days, better leaning forward",
            ed_note="Sharp central chest pain worse on lying flat, eased leaning "
            "forward. Pericardial rub. ECG: widespread concave ST elevation with PR "
            "depression. Troponin normal on two samples. Echo: no effusion.",
            case_id="cardio45-pericarditis-low-risk",
        )
    )
    assert not O.ordered(out, r"cardiolog"), O.order_names(out)
    assert O.medication_ordered(out, "colchicine"), O.order_names(out)


# ---- torsades with a low potassium ---------------------------------------------------


def test_long_qtc_and_polymorphic_vt_with_potassium_2_8_get_iv_potassium(
    reason: Reason,
) -> None:
    """AHA 2010 QT statement and AHA 2020 ACLS: torsades with a low potassium is
    treated with IV magnesium and IV potassium to 4.5-5.0; oral replacement is for
    a moderate deficit without ECG change (Kardalas 2018)."""
    out = reason(
        make_case(
            "syncope",
            age=72,
            sex="M",
            vitals=vitals(68, 112, 66, 16, 97, 36.6),
            one_liner="72M two faints today, on sotalol and a diuretic",
            ed_note="Two brief faints today. Monitor: self-terminating runs of "
            "polymorphic VT. Between runs sinus rhythm, QTc 570 ms. Potassium 2.8 "
            "mmol/L, magnesium 0.62 mmol/L.",
            case_id="cardio45-torsades-low-k",
        )
    )
    assert O.ordered(out, r"potassium chloride iv|iv potassium"), O.order_names(out)
    assert not O.ordered(out, r"potassium chloride 40 mmol by mouth"), O.order_names(
        out
    )


def test_guard_potassium_2_8_without_ecg_change_is_replaced_by_mouth(
    reason: Reason,
) -> None:
    """Kardalas 2018: a moderate hypokalaemia with a normal ECG and no weakness is
    replaced by mouth (guard)."""
    out = reason(
        make_case(
            "diarrhoea",
            age=44,
            sex="F",
            vitals=vitals(84, 124, 76, 16, 99, 36.8),
            one_liner="44F three days of watery diarrhoea, drinking well",
            ed_note="Watery diarrhoea for 3 days, now settling, tolerating fluids. "
            "Potassium 2.8 mmol/L. ECG normal sinus rhythm, QTc 430 ms. Strength "
            "normal.",
            case_id="cardio45-low-k-oral",
        )
    )
    assert not O.ordered(out, r"potassium chloride iv"), O.order_names(out)


# ---- malignant hypertension's papilloedema -------------------------------------------


def test_malignant_hypertension_papilloedema_gets_no_lumbar_puncture(
    reason: Reason,
) -> None:
    """ESC/ESH 2018 section 11: papilloedema with flame haemorrhages under a severe
    pressure is malignant hypertension's retinal organ damage, treated with a
    titrated IV agent; it is not idiopathic intracranial hypertension (papilloedema
    with no other cause, Friedman 2013) to be tapped."""
    out = reason(
        make_case(
            "blurred vision",
            age=44,
            sex="M",
            vitals=vitals(94, 232, 138, 18, 97, 36.8),
            one_liner="44M blurred vision for 3 days, BP 232/138",
            ed_note="Fundi: bilateral papilloedema, flame haemorrhages and cotton wool "
            "spots. Creatinine 248 umol/L, urine protein ++. Alert, no focal "
            "neurology.",
            case_id="cardio45-malignant-htn",
        )
    )
    assert not O.ordered(out, r"lumbar puncture"), O.order_names(out)
    assert O.medication_ordered(out, "nicardipine", "labetalol", "clevidipine")


def test_guard_papilloedema_with_a_normal_pressure_keeps_its_iih_work_up(
    reason: Reason,
) -> None:
    """Friedman 2013 and Mollan 2018: papilloedema with headache and a normal pressure
    in a young woman is imaged (venography) and then tapped for the opening pressure
    (guard)."""
    out = reason(
        make_case(
            "headache",
            age=26,
            sex="F",
            vitals=vitals(78, 124, 78, 14, 99, 36.7),
            one_liner="26F daily headaches for 2 months, transient visual blurring",
            ed_note="Daily headaches worse lying down, transient visual obscurations, "
            "pulsatile tinnitus. BMI 38. Fundi: bilateral papilloedema. Neurology "
            "otherwise normal.",
            case_id="cardio45-iih",
        )
    )
    assert O.ordered(out, r"venograph"), O.order_names(out)
