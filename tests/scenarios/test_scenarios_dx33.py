"""Diagnosis from findings: the general cause of each session-32 leftover (dx33).

Sources: Mackler SA. Surg Gynecol Obstet 1952;95:345 and Brinster CJ et al. Ann
Thorac Surg 2004;77:1475 (oesophageal perforation: vomiting, chest pain, surgical
emphysema; contrast CT, antibiotics, surgery); Collet JP et al. ESC 2020 NSTE-ACS
3.2-3.4 and Thygesen K et al. Fourth Universal Definition of MI 2018 (a troponin rise
beside another acute cause is myocardial injury, not an NSTE-ACS); Powers WJ et al.
AHA/ASA 2019 acute ischaemic stroke (a new or worsening focal deficit with a
last-known-well time); Wells PS et al. Thromb Haemost 2000 ('active cancer':
treatment within 6 months or palliative) and NICE NG151 (neutropenic sepsis after
chemotherapy); ICD-10-CM Official Guidelines FY2024 I.B.4-5 (no symptom code beside
an established sign or diagnosis); ATLS 10th ed. ch. 1 and 6 and NICE NG232 (an
injured patient's reduced consciousness is a head injury until proven otherwise; CT
head within 1 h); Boyer EW. NEJM 2012;367:146 and Tintinalli 9th ed. ch. 176 (opioid
toxicity is clinical; a toddler's exploratory ingestion); NICE NG225 2022 (self-harm
from 8 years); Kardalas E et al. Endocr Connect 2018;7:R135 (hypokalaemia severity:
< 2.5 mmol/L or ECG changes, weakness or paralysis). Vignettes written for this file
from those sources, never from shared-file rows; properties, not strings.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios._orders import (
    ANTITHROMBOTIC,
    NITRATE,
    disposition,
    medication_ordered,
    ordered,
    working,
)
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(out: ReasoningOutput, word: str) -> str | None:
    """The final ledger status of the first entry naming ``word``."""
    return next(
        (e.status for e in out.final.ledger if word in e.diagnosis.lower()), None
    )


# --- oesophageal rupture and the troponin beside another cause ---------------------


def test_mackler_triad_is_worked_up_as_rupture_not_as_stemi(reason: Reason) -> None:
    # Mackler 1952; Brinster 2004: vomiting, chest pain and surgical emphysema.
    out = reason(
        make_case(
            "CHEST PAIN",
            age=51,
            sex="M",
            vitals=vitals(114, 116, 72, 24, 95, 37.7),
            one_liner="51M chest pain after retching",
            ed_note="51-year-old man retched and vomited repeatedly after a night of "
            "drinking, then sudden severe lower chest pain through to the back. "
            "Subcutaneous emphysema in the neck. ECG sinus tachycardia, no ischaemic "
            "changes. Troponin normal.",
            case_id="dx33-mackler",
        )
    )
    assert "esophageal rupture" in working(out) or "boerhaave" in working(out)
    assert out.final.icd10 == "K22.3"
    assert not ordered(out, "cath lab")
    assert not medication_ordered(out, *ANTITHROMBOTIC)
    assert ordered(out, "oral contrast") and ordered(out, "thoracic surgery")


def test_troponin_leak_beside_a_pneumomediastinum_gets_no_acs_drugs(
    reason: Reason,
) -> None:
    # ESC 2020 NSTE-ACS 3.2-3.4; Fourth UDMI 2018: myocardial injury, not ACS.
    out = reason(
        make_case(
            "CHEST PAIN",
            age=47,
            sex="M",
            vitals=vitals(120, 106, 64, 26, 94, 38.0),
            one_liner="47M chest pain after vomiting",
            ed_note="47-year-old man vomited forcefully several times after binge "
            "drinking, followed by sudden retrosternal pain. Crepitus in the "
            "supraclavicular fossae. ECG sinus tachycardia, no ST elevation. "
            "Troponin 0.05 ng/mL. Chest X-ray: pneumomediastinum.",
            case_id="dx33-boerhaave-troponin",
        )
    )
    assert "esophageal rupture" in working(out) or "boerhaave" in working(out)
    assert not medication_ordered(out, *ANTITHROMBOTIC)
    assert not medication_ordered(out, *NITRATE)


def test_guard_vomiting_with_ischaemic_ecg_and_rising_troponin_stays_acs(
    reason: Reason,
) -> None:
    # Guard: vomiting is common in inferior MI; ESC 2020 treats the NSTE-ACS.
    out = reason(
        make_case(
            "CHEST PAIN",
            age=69,
            sex="M",
            vitals=vitals(60, 134, 82, 18, 96),
            one_liner="69M crushing chest pain, sweaty, vomited",
            ed_note="69-year-old diabetic with an hour of crushing central chest "
            "pressure, sweating, vomited twice. No crepitus. ECG: ST depression "
            "V4-V6. Troponin 0.35 rising to 0.90 ng/mL at 3 hours.",
            case_id="dx33-nstemi-guard",
        )
    )
    assert "myocardial infarction" in working(out)
    assert medication_ordered(out, "aspirin")


# --- an old stroke's deficit, and the one that got worse --------------------------


def test_worsened_old_weakness_with_new_droop_is_an_acute_stroke(
    reason: Reason,
) -> None:
    # AHA/ASA 2019 3.1: a new or worsening deficit, last known well last night.
    out = reason(
        make_case(
            "WEAKNESS",
            age=70,
            sex="F",
            vitals=vitals(84, 170, 92, 16, 98),
            one_liner="70F old stroke, right arm weaker since waking",
            ed_note="70-year-old woman with residual right arm weakness from a stroke "
            "in 2019. Since waking this morning the right arm is much weaker than "
            "usual and the right face droops, new according to her son. Last known "
            "well at 23:00 last night.",
            case_id="dx33-worse-residual",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert _status(out, "cerebral infarction") in ("cannot_exclude", "ruled_in")
    assert ordered(out, "ct head", "ct angiography", "mri")


def test_guard_unchanged_residual_weakness_with_cystitis_gets_no_stroke_imaging(
    reason: Reason,
) -> None:
    # Guard: AHA/ASA 2019: pre-stroke disability is baseline, not a new deficit.
    out = reason(
        make_case(
            "DYSURIA",
            age=76,
            sex="F",
            vitals=vitals(88, 138, 80, 16, 98, 37.9),
            one_liner="76F burning urine",
            ed_note="76-year-old woman with residual left leg weakness from a stroke "
            "in 2018, unchanged. Three days of dysuria and frequency. No new "
            "weakness, speech normal. Urine dip nitrite positive.",
            case_id="dx33-residual-guard",
        )
    )
    assert not ordered(out, "ct angiography", "stroke team")


# --- a cancer in remission is no active cancer ----------------------------------


def test_lymphoma_in_remission_for_years_is_no_febrile_neutropenia(
    reason: Reason,
) -> None:
    # NICE NG151: neutropenic sepsis follows chemotherapy (within 6 weeks).
    out = reason(
        make_case(
            "FEVER",
            age=48,
            sex="F",
            vitals=vitals(96, 126, 76, 18, 97, 38.2),
            one_liner="48F fever and sore throat",
            ed_note="48-year-old woman with non-Hodgkin lymphoma treated with "
            "chemotherapy in 2012, in remission since. Two days of fever, sore throat "
            "and cough. Otherwise well.",
            case_id="dx33-remission",
        )
    )
    assert _status(out, "neutropenia") != "cannot_exclude"
    assert not medication_ordered(out, "cefepime", "piperacillin", "meropenem")


def test_guard_fever_nine_days_after_chemotherapy_is_neutropenic_sepsis(
    reason: Reason,
) -> None:
    # Guard: NICE NG151: antibiotics within 1 h of arrival.
    out = reason(
        make_case(
            "FEVER",
            age=55,
            sex="F",
            vitals=vitals(110, 110, 66, 20, 97, 38.7),
            one_liner="55F fever on chemotherapy",
            ed_note="55-year-old woman with breast cancer on adjuvant chemotherapy, "
            "last cycle 9 days ago. Fever and rigors tonight.",
            case_id="dx33-chemo-guard",
        )
    )
    assert _status(out, "neutropenia") in ("cannot_exclude", "ruled_in")
    assert medication_ordered(out, "cefepime", "piperacillin", "meropenem")


# --- a ruled-in sign is coded over the complaint's symptom ------------------------


def test_massive_haemoptysis_is_not_coded_as_breathlessness(reason: Reason) -> None:
    # ICD-10-CM Official Guidelines I.B.4-5.
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=62,
            sex="M",
            vitals=vitals(116, 104, 66, 28, 90),
            one_liner="62M coughing up blood, breathless",
            ed_note="62-year-old man with bronchiectasis coughing up large volumes of "
            "fresh blood, about 250 mL in the last hour, and breathless. Crackles on "
            "the left.",
            case_id="dx33-haemoptysis",
        )
    )
    assert out.final.icd10 != "R06.00"
    assert (out.final.icd10 or "").startswith("R04") or "hemoptysis" in working(out)


# --- an injured unconscious patient: head injury first -------------------------------


def test_found_at_foot_of_stairs_with_scalp_haematoma_is_a_head_injury(
    reason: Reason,
) -> None:
    # ATLS 10th ed. ch. 1: presume CNS injury; NICE NG232: CT head within 1 h.
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=52,
            sex="M",
            vitals=vitals(60, 172, 96, 10, 95),
            one_liner="52M found unresponsive at the foot of the stairs",
            ed_note="52-year-old man found unresponsive at the foot of the stairs at "
            "home. Large right parietal scalp haematoma. GCS 7 (E1 V2 M4). Smells of "
            "alcohol.",
            case_id="dx33-foot-of-stairs",
        )
    )
    wd = working(out)
    assert "subdural" in wd or "intracranial" in wd
    assert "poisoning" not in wd and "delirium" not in wd
    assert ordered(out, "ct head")
    assert ordered(out, "cervical spine", "c-spine", "collar")


def test_drunk_with_scalp_laceration_and_gcs_10_gets_ct_head(reason: Reason) -> None:
    # NICE NG232: GCS < 13 after a head injury is CT within 1 h; alcohol is no excuse.
    out = reason(
        make_case(
            "INTOXICATION",
            age=41,
            sex="M",
            vitals=vitals(90, 144, 86, 14, 97),
            one_liner="41M drunk, head wound",
            ed_note="41-year-old man brought in drunk after falling down the steps of "
            "a bar. 5 cm bleeding scalp laceration. Responds to voice only, GCS 10.",
            case_id="dx33-drunk-head",
        )
    )
    assert ordered(out, "ct head")
    assert "alcohol" not in working(out)


def test_guard_delirium_with_urinary_infection_is_not_a_head_injury(
    reason: Reason,
) -> None:
    # Guard: no injury: the presumption of ATLS does not apply.
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=88,
            sex="F",
            vitals=vitals(96, 132, 70, 18, 96, 38.0),
            one_liner="88F confused for two days",
            ed_note="88-year-old woman with dementia, more confused for two days, "
            "fluctuating attention, foul-smelling urine. No falls, no injuries. "
            "Urine dip nitrites positive.",
            case_id="dx33-delirium-guard",
        )
    )
    assert "subdural" not in working(out)


# --- a toddler's known single ingestion ----------------------------------------


def test_well_toddler_with_a_known_single_tablet_keeps_no_opioid_open(
    reason: Reason,
) -> None:
    # Boyer 2012: opioid toxicity is clinical; Tintinalli ch. 176.
    out = reason(
        make_case(
            "INGESTION",
            age=2,
            sex="F",
            vitals=vitals(116, 94, 58, 24, 99),
            one_liner="2F swallowed a blood pressure tablet",
            ed_note="2-year-old girl seen to swallow one of her grandmother's "
            "amlodipine 10 mg tablets 20 minutes ago, the only medicine in the box. "
            "Well, playing, alert.",
            case_id="dx33-toddler-amlodipine",
        )
    )
    assert "calcium" in working(out)
    assert _status(out, "opioid") != "cannot_exclude"


def test_toddler_paracetamol_syrup_gets_no_self_harm_consult(reason: Reason) -> None:
    # NICE NG225 2022: self-harm from 8 years; the toddler's ingestion is accidental.
    out = reason(
        make_case(
            "INGESTION",
            age=2,
            sex="M",
            vitals=vitals(118, 96, 58, 24, 99),
            one_liner="2M drank paracetamol syrup",
            ed_note="2-year-old boy found with an open bottle of paracetamol "
            "suspension, about 50 mL (120 mg/5 mL) missing, an hour ago. Well.",
            case_id="dx33-toddler-paracetamol",
        )
    )
    assert ordered(out, "acetaminophen level", "paracetamol level")
    assert not ordered(out, "mental health", "psychosocial", "suicide")


def test_guard_drowsy_toddler_with_unknown_pills_keeps_opioid_open(
    reason: Reason,
) -> None:
    # Guard: depressed consciousness and an unknown agent keep the toxidromes open.
    out = reason(
        make_case(
            "INGESTION",
            age=2,
            sex="F",
            vitals=vitals(90, 88, 50, 18, 97),
            one_liner="2F drowsy beside open pill bottles",
            ed_note="2-year-old girl found drowsy next to several open pill bottles "
            "belonging to her grandparents (metoprolol, gliclazide, codeine); "
            "unknown what or how much she took.",
            case_id="dx33-toddler-unknown-guard",
        )
    )
    assert _status(out, "opioid") in ("cannot_exclude", "ruled_in")


# --- hypokalaemia by severity ----------------------------------------------------


def test_potassium_2_6_without_ecg_change_is_replaced_not_sent_to_icu(
    reason: Reason,
) -> None:
    # Kardalas 2018: 2.5-2.9 without ECG change: oral replacement.
    out = reason(
        make_case(
            "DIARRHEA",
            age=46,
            sex="M",
            vitals=vitals(90, 120, 74, 16, 99),
            one_liner="46M diarrhoea, low potassium",
            ed_note="46-year-old man with a week of watery diarrhoea, drinking well. "
            "Strength normal. Potassium 2.6 mmol/L. ECG sinus rhythm, no U waves.",
            case_id="dx33-k26",
        )
    )
    assert ordered(out, "potassium chloride", "potassium replacement")
    assert disposition(out).admit_level != "icu"


def test_potassium_2_8_with_normal_power_is_not_intensive_care(
    reason: Reason,
) -> None:
    # Kardalas 2018: tiredness with normal power is no symptomatic hypokalaemia.
    out = reason(
        make_case(
            "WEAKNESS",
            age=73,
            sex="F",
            vitals=vitals(78, 150, 84, 16, 98),
            one_liner="73F tired, potassium 2.8",
            ed_note="73-year-old woman on indapamide, tired for a week. Potassium "
            "2.8 mmol/L. Power normal in all four limbs. ECG sinus rhythm.",
            case_id="dx33-k28",
        )
    )
    assert disposition(out).admit_level != "icu"
    assert ordered(out, "potassium")


def test_guard_potassium_2_2_with_paralysis_goes_to_intensive_care(
    reason: Reason,
) -> None:
    # Guard: Kardalas 2018: severe with paralysis: IV replacement, ICU.
    out = reason(
        make_case(
            "WEAKNESS",
            age=31,
            sex="M",
            vitals=vitals(66, 130, 76, 16, 98),
            one_liner="31M legs suddenly weak",
            ed_note="31-year-old man woke unable to stand, legs power 2/5. Potassium "
            "2.1 mmol/L. ECG prominent U waves.",
            case_id="dx33-k22-guard",
        )
    )
    assert out.final.disposition == "Admit"
    assert disposition(out).admit_level == "icu"
