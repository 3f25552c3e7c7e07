"""ledger26: the ledger and orders, cardiorespiratory / vascular / infection leftovers.

Written from: Kline JA et al. J Thromb Haemost 2004 (PERC, on the clinician's
evaluation, in a low pre-test probability); Darouiche RO. NEJM 2006 (spinal epidural
abscess: gadolinium MRI); Baddour LM et al. AHA 2015 infective endocarditis and
Delgado V et al. ESC 2023 endocarditis (fever with injection drug use: three blood
culture sets and echocardiography; a new regurgitant murmur, Li JS et al. 2000);
Page RL et al. 2015 ACC/AHA/HRS SVT (adenosine for an SVT that persists); BTS/SIGN 158
2019 asthma (life-threatening features); ACOG PB 193 2018 ectopic pregnancy and
Rogers AM et al. Circulation 2011 (ADD-RS, in suspected aortic syndrome); Endocrine
Society 2023 hypercalcaemia; Evans L et al. SSC 2021 and ESVS 2024 AAA (permissive
hypotension is for a bleeding aneurysm); ESC 2019 PE (right-ventricular failure);
Whelton PK et al. 2017 ACC/AHA hypertension, table 19 (no beta-blocker in acute
pulmonary oedema). Research software, not for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

PERMISSIVE = ("permissive hypotension",)
BETA_BLOCKER = ("labetalol", "esmolol", "metoprolol", "beta-?blocker")


def test_perc_reads_the_heart_rate_of_the_evaluation(reason: Reason) -> None:
    """A 36-year-old woman, anxious at triage with HR 104, whose heart rate is 86 when
    the physician sees her, with a low clinical suspicion for PE and no other PERC
    criterion: PERC-negative at low pre-test probability, PE excluded without a
    D-dimer and no observation admission for it (Kline 2004)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=36,
            sex="F",
            vitals=vitals(104, 122, 76, 16, 99),
            one_liner="36F with sharp left chest pain on breathing since lifting "
            "boxes.",
            ed_note=(
                "HPI: sharp left-sided chest pain, worse on deep breathing and "
                "turning, began after lifting boxes yesterday. No haemoptysis, no leg "
                "swelling, no surgery, no prior clots, no hormones.\nExam: on my "
                "evaluation HR 86, SpO2 99% on air. Tender left costochondral junction "
                "reproducing the pain. Calves soft.\nECG: sinus rhythm 84, normal.\n"
                "Assessment: low suspicion for PE; chest wall pain."
            ),
        )
    )
    assert not O.ordered(out, "d-?dimer", "ct pulmonary", "ctpa"), O.orders(out)
    assert not any(
        "embol" in d.lower() for d in out.final.summary.open_must_not_miss
    ), out.final.summary
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_epidural_abscess_on_mri_is_the_diagnosis(reason: Reason) -> None:
    """A febrile diabetic man with back pain whose MRI shows an L3-L4 epidural
    abscess: the diagnosis is the abscess (G06.1), treated with IV antibiotics and
    admitted, not 'back pain' with an NSAID (Darouiche 2006)."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=58,
            sex="M",
            vitals=vitals(106, 134, 80, 18, 97, 38.3),
            one_liner="58M with diabetes, 6 days of severe low back pain and fevers.",
            ed_note=(
                "Exam: midline lumbar tenderness, legs strong, sensation normal.\n"
                "Labs: CRP 190, ESR 92, WBC 15.\nMRI lumbar spine with gadolinium: "
                "L3-L4 epidural abscess with discitis."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("G06"), out.final
    assert O.medication_ordered(out, "vancomycin", "ceftriaxone", "cefepime")
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_fever_with_injection_drug_use_keeps_endocarditis_open(reason: Reason) -> None:
    """A man who injects heroin with 3 days of fever and no murmur heard: endocarditis
    is on the differential and worked up with three blood culture sets and an
    echocardiogram before it is called a viral illness (AHA 2015; ESC 2023)."""
    out = reason(
        make_case(
            "FEVER",
            age=33,
            sex="M",
            vitals=vitals(108, 120, 72, 18, 97, 38.8),
            one_liner="33M who injects heroin, 3 days of fever and chills.",
            ed_note=(
                "Exam: alert, no murmur heard, track marks without abscess, lungs "
                "clear, abdomen soft.\nLabs: WBC 14.1. Urinalysis normal."
            ),
        )
    )
    assert O.proposes(out, "endocarditis"), O.diagnoses_proposed(out)
    assert O.ordered(out, r"(?:three|3) (?:sets of )?blood cultures"), O.orders(out)
    assert O.ordered(out, "echocardiog"), O.orders(out)


def test_new_murmur_in_febrile_drug_user_ends_as_endocarditis(reason: Reason) -> None:
    """Fever, injection drug use and a new holosystolic murmur: suspected infective
    endocarditis (modified Duke: new valvular regurgitation), not 'fever,
    unspecified' beside a viral illness (Li JS et al. 2000; ESC 2023)."""
    out = reason(
        make_case(
            "FEVER",
            age=30,
            sex="F",
            vitals=vitals(116, 110, 64, 20, 96, 39.2),
            one_liner="30F injecting drug user with 5 days of fever and rigors.",
            ed_note=(
                "Exam: new 3/6 holosystolic murmur at the left lower sternal border, "
                "track marks, lungs clear, no rash, no meningism.\nLabs: WBC 16, CRP "
                "150. CXR clear. Urinalysis normal."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("I33"), out.final


def test_no_adenosine_once_sinus_rhythm_is_restored(reason: Reason) -> None:
    """An SVT at 190 that a modified Valsalva manoeuvre converted to sinus rhythm
    before the physician's plan: no adenosine and no repeat manoeuvre (ESC 2019 SVT;
    AHA/ACC/HRS 2015)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=27,
            sex="F",
            vitals=vitals(190, 116, 72, 18, 99),
            one_liner="27F with sudden regular palpitations, SVT on the triage ECG.",
            ed_note=(
                "HPI: sudden regular palpitations for 30 minutes, similar brief "
                "episodes before.\nECG at triage: narrow complex regular tachycardia "
                "190, SVT. Converted to sinus rhythm at 84 bpm with a modified "
                "Valsalva manoeuvre in triage.\nExam: HR 84 regular, BP 118/72, well."
            ),
        )
    )
    assert not O.medication_ordered(out, "adenosine"), O.orders(out)


def test_life_threatening_asthma_is_esi_1(reason: Reason) -> None:
    """An asthmatic who is drowsy and confused with poor respiratory effort has
    life-threatening asthma (BTS/SIGN 158): an immediate life-saving need, ESI 1,
    whatever the saturation of 92 %."""
    out = reason(
        make_case(
            "ASTHMA",
            age=34,
            sex="M",
            vitals=vitals(112, 130, 80, 24, 92),
            one_liner="34M with an asthma attack, drowsy and confused, poor "
            "respiratory effort.",
        )
    )
    assert out.final.esi == 1, out.trace[0].output


def test_copd_wheeze_at_90_percent_is_not_asthma_esi_1(reason: Reason) -> None:
    """Named guard: a COPD exacerbation at SpO2 90 % is inside its target range
    (BTS 2017 emergency oxygen: 88-92 %) and is not life-threatening asthma."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=70,
            sex="M",
            vitals=vitals(100, 130, 80, 22, 90),
            one_liner="70M with COPD, productive cough and wheeze for 3 days.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 2, out.trace[0].output


def test_ruptured_ectopic_in_shock_gets_no_aortic_ct(reason: Reason) -> None:
    """Abrupt lower abdominal pain and syncope in a hypotensive young woman with a
    positive pregnancy test and free fluid: a ruptured ectopic (ACOG PB 193). The
    pregnancy explains the shock, so ADD-RS gives no aortic CT angiogram and no
    cardiothoracic consult (Rogers 2011: suspected aortic syndrome)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=25,
            sex="F",
            vitals=vitals(130, 80, 48, 22, 99),
            one_liner="25F with abrupt severe lower abdominal pain radiating to the "
            "back and syncope.",
            ed_note=(
                "HPI: LMP 6 weeks ago.\nLabs: urine pregnancy test positive.\nPOCUS: "
                "free fluid in Morison's pouch and the pelvis."
            ),
        )
    )
    assert not O.ordered(out, "ct angiograph", r"\bcta\b"), O.orders(out)
    assert not O.ordered(out, "cardiothoracic"), O.orders(out)
    assert O.ordered(out, "ob/gyn", "gyn"), O.orders(out)


def test_hypercalcaemia_leads_its_kidney_injury(reason: Reason) -> None:
    """A man with lung cancer, calcium 3.45 mmol/L and a doubled creatinine: the
    final diagnosis is the hypercalcaemia that causes the pre-renal injury, treated
    with IV saline (Endocrine Society 2023; ICD-10-CM: code the cause first)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=72,
            sex="M",
            vitals=vitals(94, 118, 70, 16, 97),
            one_liner="72M with lung cancer, a week of weakness, thirst and "
            "constipation.",
            ed_note=(
                "Labs: calcium 3.45 mmol/L, creatinine 2.4 mg/dL (baseline 1.1), "
                "sodium 139, potassium 3.9."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("E83.5"), out.final
    assert O.medication_ordered(out, "saline"), O.orders(out)


def test_febrile_septic_shock_is_not_given_permissive_hypotension(
    reason: Reason,
) -> None:
    """A 76-year-old woman with fever, rigors, flank pain, a positive nitrite and
    BP 80/44: urosepsis in shock gets fluid (SSC 2021: 30 mL/kg); the aorta may be
    looked at, but permissive hypotension is for a bleeding aneurysm (ESVS 2024)."""
    out = reason(
        make_case(
            "FEVER",
            age=76,
            sex="F",
            vitals=vitals(122, 80, 44, 26, 94, 39.0),
            one_liner="76F with 2 days of dysuria and right flank pain, rigors today.",
            ed_note=(
                "Exam: drowsy, right costovertebral angle tenderness, mottled knees.\n"
                "Labs: lactate 4.8. Urinalysis: nitrite positive, leucocytes 3+."
            ),
        )
    )
    assert not O.ordered(out, *PERMISSIVE), O.orders(out)
    assert O.ordered(out, "30 ?ml/kg", "crystalloid"), O.orders(out)


def test_complete_heart_block_gets_no_aneurysm_protocol(reason: Reason) -> None:
    """Syncope with complete heart block at 34 and BP 86/50: pacing and atropine,
    not permissive hypotension or a vascular surgeon for an aneurysm nothing points
    to (AHA/ACC/HRS 2018 bradycardia; SVS 2018 AAA)."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=80,
            sex="M",
            vitals=vitals(34, 86, 50, 18, 95),
            one_liner="80M with two collapses today, light-headed now.",
            ed_note="ECG: complete heart block with a broad escape rhythm at 34.",
        )
    )
    assert not O.ordered(out, *PERMISSIVE), O.orders(out)
    assert not O.ordered(out, "vascular surg"), O.orders(out)


def test_no_nitrate_for_pe_with_a_failing_right_ventricle(reason: Reason) -> None:
    """A post-operative PE with a dilated RV and a raised troponin: whatever the
    troponin suggests, no nitrate for the preload-dependent RV (ESC 2019 PE)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=57,
            sex="F",
            vitals=vitals(122, 98, 62, 26, 89),
            one_liner="57F 10 days after hip replacement with sudden dyspnoea and "
            "pleuritic chest pain.",
            ed_note=(
                "Exam: swollen tender right calf, JVP raised.\nECG: sinus tachycardia, "
                "T inversion V1-V3.\nLabs: troponin T 68 ng/L (elevated).\nPOCUS: "
                "dilated RV with septal flattening."
            ),
        )
    )
    assert not O.medication_ordered(out, *O.NITRATE), O.orders(out)


def test_no_beta_blocker_in_hypertensive_pulmonary_oedema(reason: Reason) -> None:
    """Hypertensive acute pulmonary oedema (SCAPE): nitrates, not labetalol (2017
    ACC/AHA hypertension, table 19: beta-blockers contraindicated)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=71,
            sex="M",
            vitals=vitals(118, 198, 112, 34, 84),
            one_liner="71M with hypertension and heart failure, woke acutely "
            "breathless, frothy sputum.",
            ed_note=(
                "Exam: sitting upright, diaphoretic, bilateral crackles to the mid "
                "zones, JVP raised.\nECG: sinus tachycardia, LVH.\nCXR: bilateral "
                "alveolar oedema.\nMDM: hypertensive acute pulmonary oedema."
            ),
        )
    )
    assert not O.medication_ordered(out, *BETA_BLOCKER), O.orders(out)
    assert O.medication_ordered(out, *O.NITRATE), O.orders(out)
