"""vasc41 (issue 10): venous and arterial limb emergencies, mesenteric ischaemia, shock.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Kakkos SK et al. ESVS 2021 venous thrombosis (Eur J Vasc Endovasc Surg 2021;61:9);
  Chinsakchai K et al. Vasc Endovascular Surg 2011;45:5 (phlegmasia cerulea dolens);
  Stevens SM et al. CHEST 2021 (uncomplicated DVT: a DOAC at home).
- Björck M et al. ESVS 2017 mesenteric arterial disease (Eur J Vasc Endovasc Surg
  2017;53:460); Bala M et al. WSES 2022 acute mesenteric ischaemia.
- Aboyans V et al. ESC/ESVS 2017 PAD (Eur Heart J 2018;39:763); Conte MS et al. Global
  Vascular Guidelines on CLTI (Eur J Vasc Endovasc Surg 2019;58:S1); Bjorck M et al.
  ESVS 2020 acute limb ischaemia (Eur J Vasc Endovasc Surg 2020;59:173).
- van Diepen S et al. AHA 2017 cardiogenic shock; Singer M et al. Sepsis-3 (JAMA
  2016;315:801).

Each target failed on main c99462d1 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

DOAC = ("apixaban", "rivaroxaban", "edoxaban", "dabigatran")


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- phlegmasia cerulea dolens (ESVS 2021) -------------------------------------------


def test_blue_massively_swollen_leg_with_dvt_is_admitted_on_heparin(
    reason: Reason,
) -> None:
    """ESVS 2021 venous thrombosis; Chinsakchai 2011: a whole leg massively swollen and
    purple over an iliofemoral DVT is phlegmasia cerulea dolens, a threatened limb:
    IV heparin, vascular surgery or interventional radiology for thrombus removal, and
    admission; not an oral anticoagulant and home."""
    out = reason(
        make_case(
            "leg swelling",
            age=61,
            sex="M",
            vitals=vitals(108, 112, 70, 20, 96, 37.3),
            one_liner="61M with lung cancer, his entire right leg massively swollen "
            "and purple since yesterday",
            ed_note="Right leg tense and swollen from the groin to the ankle, purplish "
            "and very painful. Duplex ultrasound: occlusive right common femoral and "
            "iliac vein DVT.",
            case_id="vasc41-phlegmasia",
        )
    )
    assert O.medication_ordered(out, "heparin"), O.order_names(out)
    assert O.ordered(out, "vascular", "interventional"), O.order_names(out)
    assert not O.medication_ordered(out, *DOAC), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_uncomplicated_calf_dvt_goes_home_on_a_doac(reason: Reason) -> None:
    """Guard (CHEST 2021; ESVS 2021): a popliteal DVT in a well patient with a warm,
    pink foot is treated with a DOAC at home; no heparin infusion or surgeon."""
    out = reason(
        make_case(
            "calf swelling",
            age=47,
            sex="F",
            vitals=vitals(80, 126, 78, 16, 98),
            one_liner="47F swollen tender left calf for 4 days, ultrasound shows a "
            "popliteal DVT",
            ed_note="Left calf 3 cm larger than the right, warm pink foot, good "
            "pulses. No breathlessness.",
            case_id="vasc41-dvt-guard",
        )
    )
    assert O.medication_ordered(out, *DOAC), O.order_names(out)
    assert not O.ordered(out, "vascular surgery"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge"


# ---- acute mesenteric ischaemia without AF (ESVS 2017) -------------------------------


def test_pain_out_of_proportion_with_arterial_disease_gets_cta_and_surgeon(
    reason: Reason,
) -> None:
    """ESVS 2017; WSES 2022: a sudden severe abdominal pain out of proportion to a soft
    abdomen in an older patient with atherosclerotic disease (a thrombotic occlusion,
    about 40 % of acute mesenteric ischaemia) needs CT angiography and the surgeon now,
    AF or not."""
    out = reason(
        make_case(
            "abdominal pain",
            age=76,
            sex="M",
            vitals=vitals(104, 134, 80, 20, 97, 37.0),
            one_liner="76M sudden severe central abdominal pain, pain out of "
            "proportion to examination",
            ed_note="Previous myocardial infarction, smoker. Abdomen soft with "
            "minimal tenderness. Sinus rhythm. Lactate 2.8.",
            case_id="vasc41-ami-thrombotic",
        )
    )
    assert O.ordered(out, "ct angiograph"), O.order_names(out)
    assert O.ordered(out, "surgery"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_renal_colic_in_a_coronary_patient_gets_no_heparin(
    reason: Reason,
) -> None:
    """Guard (ESVS 2017 names the disproportion, not a writhing colic): a loin-to-groin
    colic with haematuria in a man with coronary disease is renal colic: no heparin."""
    out = reason(
        make_case(
            "flank pain",
            age=63,
            sex="M",
            vitals=vitals(94, 152, 90, 20, 98),
            one_liner="63M writhing right loin pain radiating to the groin",
            ed_note="Colicky, cannot keep still. Coronary artery disease with stents. "
            "Abdomen soft. Urine dip: blood 3+.",
            case_id="vasc41-colic-guard",
        )
    )
    assert not O.medication_ordered(out, "heparin"), O.order_names(out)


# ---- chronic limb ischaemia (ESC/ESVS 2017 PAD; GVG 2019) ----------------------------


def test_claudication_is_coded_as_pad_and_goes_home(reason: Reason) -> None:
    """ESC/ESVS 2017 PAD: a calf pain on walking that settles with rest over months is
    intermittent claudication: an ABI and outpatient vascular care, home; no heparin,
    no hip film."""
    out = reason(
        make_case(
            "leg pain",
            age=64,
            sex="F",
            vitals=vitals(76, 148, 86, 16, 98),
            one_liner="64F aching left calf pain when walking uphill, eases after a "
            "few minutes of rest, for 4 months",
            ed_note="Ex-smoker, diabetic. Foot warm, weak pedal pulses, no ulcers.",
            case_id="vasc41-claudication",
        )
    )
    assert _code(out).startswith("I70.21"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, "heparin"), O.order_names(out)
    assert O.ordered(out, "ankle-brachial"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge"


def test_rest_pain_and_toe_gangrene_is_clti_not_acute_ischaemia(
    reason: Reason,
) -> None:
    """GVG 2019 CLTI: weeks of foot pain at night eased by dangling the leg, with dry
    gangrene of a toe and known PAD, is chronic limb-threatening ischaemia: urgent
    vascular surgery and admission, not an acute occlusion's heparin bolus."""
    out = reason(
        make_case(
            "foot pain",
            age=79,
            sex="M",
            vitals=vitals(82, 142, 78, 16, 97),
            one_liner="79M known peripheral arterial disease, right foot pain at night "
            "for 5 weeks",
            ed_note="Sleeps in a chair; pain relieved by dangling the leg. Dry "
            "gangrene of the right second toe. No palpable pedal pulses. Foot warm.",
            case_id="vasc41-clti",
        )
    )
    assert _code(out).startswith("I70.2"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, "heparin"), O.order_names(out)
    assert O.ordered(out, "vascular"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_acute_on_chronic_ischaemia_is_still_acute(reason: Reason) -> None:
    """Guard (ESVS 2020): a known claudicant whose foot suddenly went cold, white and
    pulseless this morning has an acute thrombosis: heparin and the surgeon now."""
    out = reason(
        make_case(
            "leg pain",
            age=70,
            sex="F",
            vitals=vitals(88, 156, 84, 18, 97),
            one_liner="70F with intermittent claudication, left foot suddenly went "
            "cold and white 4 hours ago",
            ed_note="Left foot pale, cold and numb; no pulses below the femoral. "
            "Sinus rhythm.",
            case_id="vasc41-acute-on-chronic",
        )
    )
    assert _code(out).startswith("I74"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, "heparin"), O.order_names(out)


# ---- upper limb ischaemia (ICD-10-CM I74.2) ------------------------------------------


def test_acute_arm_ischaemia_is_coded_upper_extremity(reason: Reason) -> None:
    """ESVS 2020 (upper limb ALI); ICD-10-CM FY2024: a sudden cold, white, pulseless
    arm is an embolism of the arteries of the upper extremity, I74.2, not I74.3."""
    out = reason(
        make_case(
            "arm pain",
            age=80,
            sex="M",
            vitals=vitals(96, 150, 84, 18, 97),
            one_liner="80M in atrial fibrillation, sudden cold white painful left arm",
            ed_note="Left hand cold and white, no left radial or brachial pulse.",
            case_id="vasc41-arm-ali",
        )
    )
    assert _code(out) == "I74.2", (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, "heparin"), O.order_names(out)


# ---- cardiogenic shock after an infarct (AHA 2017) -----------------------------------


def test_shock_after_an_infarct_without_infection_is_not_coded_sepsis(
    reason: Reason,
) -> None:
    """AHA 2017 cardiogenic shock; Sepsis-3: hypotension, confusion and a high lactate
    two days after an anterior STEMI, with crackles and a raised JVP and no sign of
    infection, is pump failure: not coded as sepsis, and no 30 mL/kg bolus."""
    out = reason(
        make_case(
            "shortness of breath",
            age=71,
            sex="F",
            vitals=vitals(122, 76, 48, 30, 88, 36.5),
            one_liner="71F anterior STEMI 3 days ago, now cold, clammy and hypotensive",
            ed_note="Confused, peripheries cold, crackles to the mid-zones, JVP "
            "raised. Lactate 5.1. No fever, no cough, urine clear.",
            case_id="vasc41-cardiogenic",
        )
    )
    assert not _code(out).startswith("A41"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, "30 mL/kg"), O.order_names(out)


# ---- fast AF with congestion (ESC 2021 HF; ESC 2024 AF) ------------------------------


def test_fast_af_with_congestion_in_hfref_gets_a_loop_diuretic(reason: Reason) -> None:
    """McDonagh TA et al. ESC 2021 heart failure 11.3.1 (IV loop diuretic for
    congestion, class I); Van Gelder IC et al. ESC 2024 AF: a fast AF in a known HFrEF
    with crackles and a raised JVP is acute heart failure as well: an IV loop diuretic
    beside the rate control, and no diltiazem."""
    out = reason(
        make_case(
            "palpitations",
            age=73,
            sex="F",
            vitals=vitals(136, 122, 78, 24, 93),
            one_liner="73F racing heart and breathless, atrial fibrillation 136, "
            "known heart failure EF 30%",
            ed_note="Crackles at both bases, JVP raised, ankle oedema. Not febrile.",
            case_id="vasc41-af-congestion",
        )
    )
    assert O.medication_ordered(out, "furosemide", "loop diuretic"), O.order_names(out)
    assert not O.medication_ordered(out, "diltiazem"), O.order_names(out)


def test_guard_fast_af_in_pneumonia_gets_no_diuretic(reason: Reason) -> None:
    """Guard (ESC 2024 AF 9.1: treat the precipitant; BTS/NICE pneumonia): a fast AF
    with fever and focal crackles of a pneumonia is not congestion: no loop diuretic."""
    out = reason(
        make_case(
            "palpitations",
            age=69,
            sex="M",
            vitals=vitals(128, 124, 76, 22, 94, 38.6),
            one_liner="69M fast atrial fibrillation 128 with a productive cough and "
            "fever",
            ed_note="Crackles at the right base, bronchial breathing. Chest x-ray: "
            "right lower lobe consolidation.",
            case_id="vasc41-af-pneumonia-guard",
        )
    )
    assert not O.medication_ordered(out, "furosemide", "loop diuretic"), O.order_names(
        out
    )
