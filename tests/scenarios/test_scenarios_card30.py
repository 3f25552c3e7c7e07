"""card30: AF rate control behind wheeze, AF anticoagulation before cardioversion, the
source of a fever in an immunosuppressed or older patient.

Written from: Joglar JA et al. 2023 ACC/AHA/ACCP/HRS atrial fibrillation guideline
(Circulation 2024;149:e1: 7.1 acute rate control, 8.3 anticoagulation before
cardioversion of AF >= 48 h or of unknown duration) and January CT et al. AHA/ACC/HRS
2014 AF 7.9 (a non-dihydropyridine calcium-channel blocker for AF with obstructive
pulmonary disease); Van Gelder IC et al. ESC 2024 AF; Gupta K et al. IDSA/ESCMID 2011
and Bonkat G et al. EAU 2024 urological infections (cystitis is afebrile; a febrile
or complicated UTI, immunosuppression included, is treated parenterally); Goldman JD,
Julian K. AST IDCOP 2019 (UTI in solid-organ transplant recipients); Evans L et al.
Surviving Sepsis Campaign 2021 (the source from the findings). Research software, not
for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BETA_BLOCKER: Final = (r"\w+olol\b", r"beta[- ]?blocker")
NON_DHP_CCB: Final = ("diltiazem", "verapamil")
AF_ANTICOAGULATION: Final = re.compile(
    r"(?i)anticoagula\w*[^;]*cardioversion|cardioversion[^;]*anticoagula\w*"
)


def _af_anticoagulation_plans(out: ReasoningOutput) -> list[str]:
    """Medication orders that plan anticoagulation around a cardioversion."""
    return [o.name for o in O.medications(out) if AF_ANTICOAGULATION.search(o.name)]


def test_af_rvr_behind_wheeze_gets_diltiazem_not_a_beta_blocker(
    reason: Reason,
) -> None:
    """An asthmatic woman wheezing with AF at 140/min and a normal ejection fraction:
    the rate is controlled with diltiazem (or verapamil), and no beta-blocker is
    ordered while the airways are in spasm (AHA/ACC/HRS 2014 AF 7.9; 2023 AF 7.1)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=62,
            sex="F",
            vitals=vitals(140, 132, 80, 22, 94, 36.8),
            one_liner="62F with asthma, palpitations and wheeze since this morning.",
            ed_note=(
                "HPI: asthma on inhaled steroids, palpitations and breathlessness "
                "since this morning. Scattered expiratory wheeze. No chest pain. "
                "Echocardiogram 2024: ejection fraction 55 %. Not anticoagulated.\n"
                "ECG: atrial fibrillation with rapid ventricular response at 140."
            ),
        )
    )
    assert O.medication_ordered(out, *NON_DHP_CCB), O.medications(out)
    assert not O.medication_ordered(out, *BETA_BLOCKER), O.medications(out)


def test_ecg_named_af_rvr_leads_a_mild_wheeze(reason: Reason) -> None:
    """The same picture: the rhythm on the ECG at 140/min is the diagnosis the visit
    is coded by (I48), not an asthma exacerbation from a scattered wheeze."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=55,
            sex="F",
            vitals=vitals(142, 126, 78, 22, 95, 36.9),
            one_liner="55F with asthma, breathless with a fast irregular pulse.",
            ed_note=(
                "HPI: asthma, breathless and palpitations for 4 hours. Mild expiratory "
                "wheeze. Irregularly irregular pulse.\nECG: atrial fibrillation with "
                "rapid ventricular response, rate 142."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("I48"), out.final


def test_af_of_unknown_onset_behind_copd_gets_an_anticoagulation_plan(
    reason: Reason,
) -> None:
    """A COPD exacerbation leads, but the ECG shows AF at 136/min of unknown onset in a
    man not anticoagulated: no cardioversion before 3 weeks of anticoagulation or a
    TOE, anticoagulation started (2023 AF 8.3), whatever the working diagnosis."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=73,
            sex="M",
            vitals=vitals(136, 138, 82, 26, 88, 37.0),
            one_liner="73M with COPD, 3 days of worse breathlessness and sputum.",
            ed_note=(
                "HPI: COPD, 3 days of increasing breathlessness and purulent sputum, "
                "wheezy. Not on any anticoagulant.\nExam: diffuse wheeze.\nECG: atrial "
                "fibrillation with rapid ventricular response, rate 136, onset unknown."
            ),
        )
    )
    assert _af_anticoagulation_plans(out), O.medications(out)
    assert not O.medication_ordered(out, *BETA_BLOCKER), O.medications(out)


def test_ecg_documented_af_keeps_its_anticoagulation_decision(
    reason: Reason,
) -> None:
    """An older diabetic woman weak for days, AF at 128/min on the ECG, duration not
    known: the stroke-prevention decision is made in the ED (2023 AF 6.3, 8.3); the
    rhythm on the ECG is a fact, not a diagnosis below a treatment threshold."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=81,
            sex="F",
            vitals=vitals(128, 122, 74, 20, 95, 36.7),
            one_liner="81F diabetic, generally weak for some days, AF on the monitor.",
            ed_note=(
                "HPI: diabetes and hypertension, generally weak and tired, not sure "
                "for how long. No focal weakness, no chest pain. Not on an "
                "anticoagulant.\nECG: atrial fibrillation with rapid ventricular "
                "response, rate 128."
            ),
        )
    )
    assert _af_anticoagulation_plans(out), O.medications(out)
    assert not any("cardioversion" in n for n in O.blocked_names(out)), out.trace


def test_febrile_pyelonephritis_in_a_transplant_recipient_is_admitted(
    reason: Reason,
) -> None:
    """A kidney-transplant recipient on tacrolimus with fever, dysuria, graft-side flank
    pain and nitrites: a complicated UTI, parenteral antibiotics in hospital (EAU
    2024; AST IDCOP 2019), not a discharge."""
    out = reason(
        make_case(
            "FEVER",
            age=48,
            sex="F",
            vitals=vitals(108, 118, 72, 18, 98, 38.9),
            one_liner="48F kidney transplant recipient with fever and dysuria.",
            ed_note=(
                "HPI: kidney transplant 5 years ago on tacrolimus and mycophenolate. "
                "Fever and dysuria for a day, pain over the graft and right flank. "
                "No cough.\nExam: right CVA tenderness.\nUrinalysis: nitrite "
                "positive, pyuria."
            ),
        )
    )
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_immunosuppressed_fever_with_urinary_symptoms_is_a_urinary_source(
    reason: Reason,
) -> None:
    """A woman on methotrexate and prednisone with fever, rigors, dysuria and frequency
    and no respiratory symptom: the source is urinary (SSC 2021: from the findings),
    so pyelonephritis ranks above pneumonia, and she is treated in hospital."""
    out = reason(
        make_case(
            "FEVER",
            age=63,
            sex="F",
            vitals=vitals(104, 120, 70, 18, 97, 38.6),
            one_liner="63F on methotrexate with fever and rigors.",
            ed_note=(
                "HPI: psoriatic arthritis on methotrexate and prednisone 10 mg. Fever "
                "and rigors since yesterday, stinging on passing urine and passing "
                "urine more often."
            ),
        )
    )
    final = [e.diagnosis.lower() for e in out.final.ledger]
    pyelo = next((i for i, d in enumerate(final) if "pyelonephritis" in d), None)
    pneumonia = next((i for i, d in enumerate(final) if "pneumonia" in d), None)
    assert pyelo is not None, final
    assert pneumonia is None or pyelo < pneumonia, final
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_older_febrile_urinary_infection_without_vitals_is_admitted(
    reason: Reason,
) -> None:
    """An 82-year-old man with fever, dysuria and nitrites whose vitals were not
    recorded: a febrile UTI at 65 or over is treated in hospital (IDSA/ESCMID 2011;
    EAU 2024), whatever the missing vitals leave unknown; not an observation stay."""
    out = reason(
        make_case(
            "FEVER",
            age=82,
            sex="M",
            vitals={},
            one_liner="82M with fever and burning urine.",
            ed_note=(
                "HPI: fever and shivers, burning on urination and frequency for 2 "
                "days, more tired than usual.\nExam: suprapubic tenderness.\n"
                "Urinalysis: nitrite positive, leukocyte esterase positive."
            ),
        )
    )
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_af_rvr_with_congestion_gets_no_calcium_channel_blocker(
    reason: Reason,
) -> None:
    """AF at 134/min with a raised JVP, bibasal crackles and orthopnoea, the ejection
    fraction unknown: a decompensated heart failure, where diltiazem and verapamil
    are harm (AHA/ACC/HRS 2014 AF 7.1; ESC 2021 HF): rate control with digoxin or a
    cautious beta-blocker (amiodarone if it fails)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=76,
            sex="F",
            vitals=vitals(134, 132, 78, 24, 92, 36.9),
            one_liner="76F breathless for a week, can't lie flat.",
            ed_note=(
                "HPI: a week of increasing breathlessness, orthopnoea and ankle "
                "swelling. Not anticoagulated.\nExam: JVP raised, bibasal crackles, "
                "pitting oedema to the knees.\nECG: atrial fibrillation, rate 134."
            ),
        )
    )
    assert not O.medication_ordered(out, *NON_DHP_CCB), O.medications(out)
    assert O.medication_ordered(out, "digoxin", "amiodarone", *BETA_BLOCKER), (
        O.medications(out)
    )
