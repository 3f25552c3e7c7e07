"""cardresp27: cardiorespiratory and vascular emergencies, domain review leftovers.

Written from: Byrne RA et al. ESC 2023 ACS (STEMI criteria, posterior leads V7-V9) and
Thygesen K et al. Fourth Universal Definition of MI 2018 (myocardial injury of PE);
Isselbacher EM et al. ACC/AHA 2022 aortic disease (CT angiography); Konstantinides SV
et al. ESC 2019 acute PE (troponin as RV injury; obstructive shock); van Diepen S et
al. AHA 2017 cardiogenic shock; GOLD 2024 and BTS/ICS 2016 (hypercapnic respiratory
failure of COPD); Singer M et al. Sepsis-3 2016; Brugada J et al. ESC 2019 SVT
(adenosine: transient AV block); Brignole M et al. ESC 2018 syncope (type 1 Brugada
pattern, a major high-risk feature); January CT et al. AHA/ACC/HRS 2019 AF
(pre-excited AF). Research software, not for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIPLATELET = ("aspirin", "clopidogrel", "ticagrelor", "prasugrel")


def _open(out: object, word: str) -> bool:
    return any(word in d.lower() for d in out.final.summary.open_must_not_miss)  # type: ignore[attr-defined]


def test_ecg_meeting_stemi_criteria_rules_stemi_in(reason: Reason) -> None:
    """Crushing chest pain with an ECG documented as meeting STEMI criteria: the
    STEMI is the working diagnosis reperfusion is decided on (ESC 2023 ACS 3.2.1),
    not a must-not-miss still to exclude."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=66,
            sex="F",
            vitals=vitals(88, 152, 90, 18, 96),
            one_liner="66F with 40 minutes of heavy central chest pain and nausea.",
            ed_note=(
                "HPI: heavy central chest pain radiating to the jaw with nausea and "
                "sweating since 40 minutes.\nExam: pale, sweaty, pulses equal.\nECG: "
                "sinus 86, ST elevation 2 mm in II, III and aVF with reciprocal ST "
                "depression in I and aVL, meeting STEMI criteria."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("I21"), out.final
    assert not _open(out, "st elevation"), out.final.summary


def test_st_elevation_in_posterior_leads_is_a_stemi(reason: Reason) -> None:
    """ST depression in V1-V3 with ST elevation in V7-V9 and a raised troponin: a
    posterior STEMI (ESC 2023: >= 0.5 mm in V7-V9), not an NSTEMI."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=59,
            sex="M",
            vitals=vitals(76, 128, 78, 16, 97),
            one_liner="59M with 90 minutes of chest pressure and sweating.",
            ed_note=(
                "HPI: central chest pressure with sweating for 90 minutes.\nECG: ST "
                "depression 1.5 mm V1-V3 with dominant R in V2; posterior leads V7-V9 "
                "show ST elevation of 0.5-1 mm.\nLabs: hs-troponin T 160 ng/L."
            ),
        )
    )
    assert out.final.icd10 == "I21.3", out.final


def test_ecg_not_meeting_stemi_criteria_is_no_rule_in(reason: Reason) -> None:
    """Half a millimetre of ST elevation in one lead, read as not meeting STEMI
    criteria (ESC 2023: >= 1 mm in two contiguous leads, V2-V3 >= 2 mm in men over
    40): no STEMI working diagnosis and no catheter-laboratory activation."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=47,
            sex="M",
            vitals=vitals(82, 134, 82, 16, 98),
            one_liner="47M with 2 hours of intermittent chest discomfort.",
            ed_note=(
                "HPI: intermittent left chest discomfort for 2 hours.\nECG: sinus 80, "
                "0.5 mm ST elevation in V2 only, does not meet STEMI criteria."
            ),
        )
    )
    assert out.final.icd10 != "I21.3", out.final
    assert not O.ordered(out, "cath lab", "primary pci"), O.orders(out)


def test_type_a_dissection_on_ct_angiography_is_ruled_in(reason: Reason) -> None:
    """A CT aortogram showing a Stanford type A aortic dissection establishes it
    (ACC/AHA 2022: CTA sensitivity and specificity ~100 %): no longer an open
    must-not-miss, and still no antithrombotic."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=68,
            sex="F",
            vitals=vitals(98, 176, 96, 20, 97),
            one_liner="68F with sudden severe chest pain radiating to the back.",
            ed_note=(
                "HPI: abrupt severe chest pain going through to the back 2 hours ago.\n"
                "Exam: BP right arm 176/96, left arm 140/80.\nCT angiogram of the "
                "aorta: Stanford type A aortic dissection of the ascending aorta."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("I71.0"), out.final
    assert not _open(out, "dissection"), out.final.summary
    assert not O.medication_ordered(out, *ANTIPLATELET, "heparin"), O.orders(out)


def test_copd_hypercapnic_failure_without_infection_is_not_sepsis(
    reason: Reason,
) -> None:
    """A COPD exacerbation with a respiratory acidosis, afebrile and with no sign of
    infection: the hypercapnic failure is the COPD's (GOLD 2024; BTS/ICS 2016), not a
    sepsis that nothing documents (Sepsis-3: organ dysfunction caused by infection)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=73,
            sex="F",
            vitals=vitals(104, 150, 86, 26, 87, 37.1),
            one_liner="73F with COPD on home inhalers, 2 days of worse breathlessness.",
            ed_note=(
                "HPI: severe COPD, 2 days of increasing breathlessness and wheeze.\n"
                "Exam: drowsy, accessory muscle use, widespread wheeze.\nABG: pH 7.27, "
                "pCO2 10.1 kPa, bicarbonate 33.\nCXR: hyperinflated, no consolidation."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("A41"), out.final
    assert O.ordered(out, "non-invasive ventilation", "bilevel", "bipap"), O.orders(out)


def test_transient_asystole_after_adenosine_is_not_a_cardiac_arrest(
    reason: Reason,
) -> None:
    """Adenosine ends an SVT with a few seconds of asystole, its expected AV-nodal
    effect (ESC 2019 SVT): no cardiac-arrest care (airway, CPR, post-ROSC bundle)
    and no ICU bed for it."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=41,
            sex="M",
            vitals=vitals(188, 124, 78, 18, 98),
            one_liner="41M with sudden regular palpitations for 2 hours.",
            ed_note=(
                "HPI: sudden regular palpitations, no chest pain, no syncope.\nECG: "
                "regular narrow complex tachycardia 188, SVT.\nMedical Decision "
                "Making: stable SVT.\nED course: vagal manoeuvre failed; adenosine "
                "12 mg with transient asystole then sinus rhythm 78. Well.\nFinal "
                "Disposition and ED Course: see above."
            ),
        )
    )
    assert not O.ordered(out, "airway", "cpr", "post-rosc"), O.orders(out)
    assert O.disposition(out).admit_level != "icu", O.disposition(out)


def test_no_adenosine_when_the_h_and_p_says_sinus_rhythm_followed(
    reason: Reason,
) -> None:
    """The SVT already ended in triage ('adenosine 6 mg, brief pause, then sinus
    rhythm'): nothing is left to terminate (ESC 2019 SVT)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=29,
            sex="F",
            vitals=vitals(192, 118, 74, 18, 99),
            one_liner="29F with regular palpitations for 1 hour.",
            ed_note=(
                "HPI: sudden regular palpitations.\nECG: narrow complex regular "
                "tachycardia 192, SVT. In triage adenosine 6 mg IV was given, brief "
                "pause, then sinus rhythm 80.\nExam: well, HR 80."
            ),
        )
    )
    assert not O.medication_ordered(out, "adenosine"), O.orders(out)


def test_pe_with_rv_strain_and_troponin_gets_no_antiplatelet(reason: Reason) -> None:
    """High-risk PE in shock with a dilated RV and a raised troponin: the troponin is
    RV injury (ESC 2019 PE; Fourth UDMI 2018), so no ACS antiplatelet beside the
    anticoagulation and reperfusion; and obstructive shock is not treated as pump
    failure (AHA 2017 cardiogenic shock statement)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=62,
            sex="M",
            vitals=vitals(124, 84, 52, 28, 88),
            one_liner="62M on chemotherapy with sudden breathlessness and a faint.",
            ed_note=(
                "HPI: pancreatic cancer on chemotherapy, sudden breathlessness and a "
                "faint 2 hours ago.\nExam: cool and clammy, JVP raised, left calf "
                "swollen.\nPOCUS: dilated right ventricle, D-shaped septum.\nLabs: "
                "troponin T 95 ng/L, lactate 3.6."
            ),
        )
    )
    assert not O.medication_ordered(out, *ANTIPLATELET), O.orders(out)
    assert not O.ordered(out, "mechanical circulatory"), O.orders(out)


def test_syncope_with_type_1_brugada_pattern_leads_with_arrhythmia(
    reason: Reason,
) -> None:
    """Syncope at rest with a type 1 Brugada pattern: arrhythmic syncope is the
    leading diagnosis (ESC 2018 syncope, Table 5: major high-risk ECG feature), not
    'syncope and collapse', is not sent home and sees cardiology for an ICD (ESC
    2022 ventricular arrhythmias, class IIa); its ST elevation is no STEMI."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=34,
            sex="M",
            vitals=vitals(72, 124, 76, 16, 99),
            one_liner="34M who fainted without warning while lying on the sofa.",
            ed_note=(
                "HPI: sudden loss of consciousness while lying down, no prodrome, "
                "quick recovery.\nExam: normal.\nECG: sinus 72, type 1 Brugada pattern "
                "in V1-V2."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("I49"), out.final
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.ordered(out, "electrophysiolog", "cardiology"), O.orders(out)
    assert not O.ordered(out, "cath lab", "primary pci"), O.orders(out)


def test_broad_complex_pre_excited_af_is_the_diagnosis(reason: Reason) -> None:
    """An irregular broad-complex tachycardia in a man with known WPW is pre-excited
    AF (AHA/ACC/HRS 2019): named as such, with no AV-nodal blocker."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=31,
            sex="M",
            vitals=vitals(226, 108, 66, 20, 98),
            one_liner="31M with WPW and 20 minutes of fast irregular palpitations.",
            ed_note=(
                "ECG: irregular broad complex tachycardia at 220-280 with varying QRS "
                "morphology, atrial fibrillation with pre-excitation."
            ),
        )
    )
    assert out.final.icd10 == "I45.6", out.final
    assert not O.medication_ordered(out, "diltiazem", "metoprolol", "verapamil")


def test_complete_heart_block_is_coded_as_such(reason: Reason) -> None:
    """Presyncope with third-degree AV block on the ECG: the ED diagnosis is the
    complete AV block (ICD-10-CM I44.2), paced (AHA/ACC/HRS 2018 bradycardia), not an
    unspecified arrhythmia."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=81,
            sex="M",
            vitals=vitals(38, 102, 58, 16, 96),
            one_liner="81M with two days of light-headedness and near-faints.",
            ed_note=(
                "HPI: near-faints on standing for two days, no chest pain, no new "
                "drugs.\nECG: third-degree AV block with a junctional escape at 38."
            ),
        )
    )
    assert out.final.icd10 == "I44.2", out.final
    assert O.ordered(out, "pacing"), O.orders(out)
