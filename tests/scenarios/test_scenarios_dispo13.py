"""Disposition scenarios, fourth pass (issue 10/11): whole-visit admission criteria.

The disposition stage sees the diagnosis reached, results and treatments; published
condition-specific criteria decide admission from them, each within its population.
Written from the sources below, never from shared data rows:

- Pneumonia with SpO2 < 90 %: hospital care whatever the severity score (Marrie TJ et
  al. CAPITAL. JAMA 2000;283:749; Metlay JP et al. ATS/IDSA CAP guideline 2019); a
  patient on long-term home oxygen is not judged by that cut-off.
- Acute pyelonephritis in pregnancy: inpatient parenteral antibiotics (ACOG Clinical
  Consensus No. 4, 2023); in anyone unable to tolerate oral intake: hospital (Gupta K
  et al. IDSA/ESCMID guideline. Clin Infect Dis 2011); a well, non-pregnant patient
  tolerating oral therapy may go home on oral antibiotics (same guideline).
- Cellulitis failing oral antibiotics: severe non-purulent infection, parenteral
  antibiotics (Stevens DL et al. IDSA SSTI guideline. Clin Infect Dis 2014).
- Hip fracture in adults: admission for surgery on the day of or after admission (NICE
  CG124; AAOS 2021).
- Syncope: the Canadian Syncope Risk Score reads its ECG items (QRS duration > 130 ms,
  QRS axis < -30 or > 100 degrees) and counts a vasovagal predisposition only when a
  trigger is documented, not denied (Thiruganasambandamoorthy V et al. CMAJ 2016);
  medium risk (1-3) goes to a structured ED observation protocol in place of
  admission (Shen WK et al. ACC/AHA/HRS 2017, class IIa; Sun BC et al. SEEDS 2014);
  high risk (>= 4) is admitted.
- Asthma by response to treatment: PEF or FEV1 < 40 % of predicted after treatment
  (< 25 % before it) -> hospital (GINA 2024; NAEPP EPR-3 2007).
- Safety floor: whatever backend chose Discharge, a patient meeting a published
  admission criterion is not discharged (``agents.floors.unsafe_discharge``); DKA by
  the ADA 2024 consensus (Umpierrez GE et al. Diabetes Care 2024): glucose >= 200
  mg/dL or known diabetes, ketones (beta-hydroxybutyrate >= 3.0 mmol/L), acidosis,
  euglycaemic DKA on an SGLT2 inhibitor included.
"""

from __future__ import annotations

import pytest

from agents.context import AgentContext
from agents.floors import unsafe_discharge
from agents.offline.knowledge import load_knowledge
from agents.schemas import RuleResult
from cases.models import Case
from cases.views import build_disposition_view
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 84,
    "systolic_bp": 128,
    "diastolic_bp": 76,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}
FEBRILE = {**NORMAL, "heart_rate": 102, "temperature_c": 38.6}


def _rules(out: ReasoningOutput) -> dict[str, RuleResult]:
    record = next(r for r in out.trace if r.stage == "disposition")
    return {r.name: r for r in record.rules_applied}


def _pneumonia(spo2: float, extra: str, case_id: str) -> Case:
    return make_case(
        "COUGH",
        age=52,
        sex="Female",
        vitals={**NORMAL, "respiratory_rate": 20, "spo2": spo2, "temperature_c": 38.4},
        case_id=case_id,
        ed_note="52-year-old with 3 days of productive cough and fever. Crackles at"
        " the right base. Chest X-ray: right lower lobe consolidation. BUN 14. Alert"
        f" and oriented. Assessment: community-acquired pneumonia. {extra}",
    )


def test_hypoxaemic_pneumonia_is_admitted_whatever_curb65(reason: Reason) -> None:
    """CAPITAL 2000 / ATS-IDSA 2019: pneumonia with SpO2 < 90 % -> hospital."""
    out = reason(_pneumonia(88, "SpO2 94% on 2 L nasal cannula.", "cap-hypoxaemia"))
    assert out.final.disposition == "Admit"
    assert "Hypoxaemia in pneumonia" in _rules(out)


def test_home_oxygen_baseline_is_not_the_hypoxaemia_criterion(reason: Reason) -> None:
    """A patient on long-term oxygen at home: an SpO2 of 88 % may be the baseline."""
    out = reason(
        _pneumonia(
            88, "COPD on 2 L home oxygen, saturations 88-90% at baseline.", "cap-ho"
        )
    )
    assert "Hypoxaemia in pneumonia" not in _rules(out)


def _pyelonephritis(age: int, history: str, course: str, case_id: str) -> Case:
    return make_case(
        "FLANK PAIN",
        age=age,
        sex="Female",
        vitals=FEBRILE,
        case_id=case_id,
        ed_note=f"{age}-year-old, {history}, with right flank pain, fever and dysuria."
        " CVA tenderness. UA: positive nitrites, many WBC. Assessment: acute"
        f" pyelonephritis. {course}",
    )


@pytest.mark.parametrize(
    ("history", "course"),
    [
        pytest.param(
            "24 weeks pregnant",
            "Tolerating oral fluids.",
            id="pregnancy-ACOG-2023",
        ),
        pytest.param(
            "not pregnant (urine hCG negative)",
            "Persistent vomiting, unable to tolerate oral fluids or medications.",
            id="oral-intolerance-IDSA-2010",
        ),
    ],
)
def test_pyelonephritis_meeting_an_admission_criterion_is_admitted(
    reason: Reason, history: str, course: str
) -> None:
    """ACOG 2023 (pregnancy) / IDSA-ESCMID 2010 (no oral therapy): hospital."""
    out = reason(_pyelonephritis(29, history, course, f"pyelo-{history[:6]}"))
    assert out.final.disposition == "Admit"
    assert "Pyelonephritis admission criteria" in _rules(out)


def test_pyelonephritis_tolerating_oral_therapy_meets_no_criterion(
    reason: Reason,
) -> None:
    """IDSA/ESCMID 2010: a well non-pregnant woman may take oral therapy at home."""
    out = reason(
        _pyelonephritis(
            31,
            "not pregnant (urine hCG negative)",
            "Tolerating oral fluids and medications after ondansetron.",
            "pyelo-oral",
        )
    )
    assert "Pyelonephritis admission criteria" not in _rules(out)


def test_cellulitis_failing_oral_antibiotics_is_admitted(reason: Reason) -> None:
    """IDSA 2014: cellulitis failing oral therapy is severe: IV, hospital."""
    out = reason(
        make_case(
            "LEG REDNESS",
            age=45,
            sex="Male",
            vitals={**FEBRILE, "temperature_c": 38.3},
            case_id="cellulitis-failed",
            ed_note="Cellulitis of the left lower leg, spreading redness despite 3 days"
            " of oral cephalexin. No abscess on bedside ultrasound. WBC 14.2.",
        )
    )
    assert out.final.disposition == "Admit"
    assert "Cellulitis: severe (IDSA)" in _rules(out)


def test_hip_fracture_is_admitted_by_its_criterion(reason: Reason) -> None:
    """NICE CG124: hip fracture -> admission, surgery on the day of or after."""
    out = reason(
        make_case(
            "FALL",
            age=84,
            sex="Female",
            vitals=NORMAL,
            case_id="hip-fracture",
            ed_note="84-year-old tripped at home, unable to bear weight, left leg"
            " shortened and externally rotated. X-ray: displaced left femoral neck"
            " fracture. Orthopaedics consulted.",
        )
    )
    assert out.final.disposition == "Admit"
    assert "Hip fracture (NICE CG124)" in _rules(out)


DKA_NOTE = (
    "24-year-old with type 1 diabetes, 2 days of vomiting and abdominal pain after"
    " missing insulin. Glucose 486 mg/dL, venous pH 7.18, bicarbonate 11, anion gap"
    " 26, serum ketones positive. Assessment: diabetic ketoacidosis."
)


@pytest.mark.parametrize(
    ("complaint", "note", "vitals"),
    [
        pytest.param("HYPERGLYCEMIA", DKA_NOTE, NORMAL, id="DKA-ADA-2024"),
        pytest.param(
            "VOMITING",
            "Type 1 diabetes, 1 day of vomiting. Glucose 320 mg/dL, venous pH 7.21,"
            " bicarbonate 12, beta-hydroxybutyrate 5.4 mmol/L.",
            NORMAL,
            id="DKA-by-beta-hydroxybutyrate-ADA-2024",
        ),
        pytest.param(
            "ABDOMINAL PAIN",
            "Type 2 diabetes on empagliflozin, 2 days of nausea. Glucose 182 mg/dL,"
            " pH 7.22, bicarbonate 11, serum ketones positive. Assessment:"
            " euglycaemic diabetic ketoacidosis.",
            NORMAL,
            id="euglycaemic-DKA-SGLT2-ADA-2024",
        ),
        pytest.param(
            "FLANK PAIN",
            "24 weeks pregnant, right flank pain and fever, CVA tenderness, UA positive"
            " nitrites. Assessment: acute pyelonephritis. Tolerating oral fluids.",
            NORMAL,
            id="pyelonephritis-in-pregnancy-ACOG-2023",
        ),
    ],
)
def test_no_backend_discharges_a_patient_meeting_an_admission_criterion(
    complaint: str, note: str, vitals: dict[str, float]
) -> None:
    """The no-unsafe-discharge floor applies the criteria whoever chose Discharge."""
    case = make_case(
        complaint, age=24, sex="Male", vitals=vitals, ed_note=note, case_id="floor"
    )
    ctx = AgentContext(knowledge=load_knowledge())
    target, reason = unsafe_discharge(build_disposition_view(case), (), ctx, 3)
    assert target == "Admit"
    assert "admission criterion" in reason


def _syncope(ecg: str, extra: str, case_id: str) -> Case:
    return make_case(
        "SYNCOPE",
        age=79,
        sex="Female",
        vitals={**NORMAL, "heart_rate": 58},
        arrival={"mode": "ambulance"},
        case_id=case_id,
        ed_note="79-year-old who lost consciousness while seated at church, no"
        " prodrome, no nausea, no palpitations, awake within a minute, not confused."
        f" No injury. {ecg} {extra}",
    )


def test_intermediate_risk_syncope_goes_to_observation(reason: Reason) -> None:
    """CSRS 1-3 (CMAJ 2016): ACC/AHA/HRS 2017 IIa, an ED observation protocol.

    QRS 138 ms (+1) and left axis deviation (+1) score 2; 'no prodrome, no nausea'
    is not a vasovagal predisposition. Neither home nor an inpatient bed.
    """
    out = reason(
        _syncope(
            "ECG: sinus rhythm 58, QRS 138 ms, left axis deviation.",
            "Troponin normal. Hemoglobin 13.2.",
            "syncope-medium",
        )
    )
    csrs = _rules(out)["Canadian Syncope Risk Score"]
    assert csrs.inputs["vasovagal predisposition"] == 0.0
    assert csrs.inputs["QRS duration > 130"] == 1.0
    assert csrs.inputs["abnormal QRS axis"] == 1.0
    assert out.final.disposition == "Observation"


def test_high_risk_syncope_is_still_admitted(reason: Reason) -> None:
    """CSRS >= 4 (troponin +2, QTc > 480 +2): in-hospital evaluation (ACC/AHA/HRS)."""
    out = reason(
        _syncope(
            "ECG: sinus rhythm, QTc 512 ms.",
            "Troponin elevated at 0.12.",
            "syncope-high",
        )
    )
    assert out.final.disposition == "Admit"


def test_negated_prodrome_is_not_a_vasovagal_predisposition() -> None:
    """CSRS item 'predisposition to vasovagal symptoms' needs a documented trigger."""
    from agents.offline.rules.discharge_rules import canadian_syncope_risk_score
    from agents.offline.rules.facts import ClinicalFacts

    facts = ClinicalFacts(age=70, present=frozenset({"syncope", "ecg_normal"}))
    denied = canadian_syncope_risk_score(facts, "No prodrome, no nausea, no warmth.")
    stood = canadian_syncope_risk_score(facts, "Fainted after prolonged standing.")
    assert denied.inputs["vasovagal predisposition"] == 0.0
    assert stood.inputs["vasovagal predisposition"] == -1.0


def test_tia_with_abcd2_of_3_is_not_sent_home(reason: Reason) -> None:
    """AHA/ASA 2009: hospital-based evaluation within 72 h when ABCD2 >= 3.

    Age 62 (1), BP 146/84 (1), speech disturbance without weakness (1): ABCD2 3.
    """
    out = reason(
        make_case(
            "SPEECH DIFFICULTY",
            age=62,
            sex="Female",
            vitals={**NORMAL, "systolic_bp": 146, "diastolic_bp": 84},
            arrival={"mode": "walk-in"},
            case_id="tia-abcd2-3",
            ed_note="62-year-old with 15 minutes of slurred speech this morning, fully"
            " resolved, no weakness or numbness. NIHSS 0. CT head: no acute"
            " abnormality. ECG: sinus rhythm. Glucose 104. Assessment: transient"
            " ischaemic attack.",
        )
    )
    assert "ABCD2" in _rules(out)
    assert out.final.disposition in ("Observation", "Admit")


def _asthma(peak_flow: str, case_id: str) -> Case:
    return make_case(
        "WHEEZING",
        age=28,
        sex="Female",
        vitals={**NORMAL, "heart_rate": 104, "respiratory_rate": 22, "spo2": 95},
        case_id=case_id,
        ed_note="28-year-old with asthma, 2 days of worsening wheeze after a cold."
        " Diffuse expiratory wheeze. Given salbutamol and ipratropium nebulisers x3"
        f" and oral prednisolone. {peak_flow} Assessment: acute asthma exacerbation.",
    )


def test_poor_response_to_asthma_treatment_is_admitted(reason: Reason) -> None:
    """GINA 2024 / NAEPP 2007: PEF < 40 % of predicted after treatment -> hospital."""
    out = reason(
        _asthma("Peak flow 35% of predicted after treatment, still wheezy.", "pef-35")
    )
    assert out.final.disposition == "Admit"
    assert "Asthma lung function (GINA/NAEPP)" in _rules(out)


def test_good_response_to_asthma_treatment_meets_no_criterion(reason: Reason) -> None:
    """NAEPP 2007: PEF >= 70 % after treatment with symptoms resolved may go home."""
    out = reason(
        _asthma("Peak flow 80% of predicted after treatment, symptoms resolved.", "p80")
    )
    assert "Asthma lung function (GINA/NAEPP)" not in _rules(out)
