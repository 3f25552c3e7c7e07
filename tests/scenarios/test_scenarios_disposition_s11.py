"""Disposition scenarios (issue 10/11): admission criteria by diagnosis and severity.

Clear admissions and clear discharges written from published admission and discharge
criteria, each naming its source; never from shared data rows:

- CURB-65 >= 3: severe community-acquired pneumonia, admit (Lim WS et al. Thorax
  2003; BTS 2009 CAP guideline; NICE NG138/CG191).
- HEART >= 4: not low risk, observation or admission for further testing (Backus BE et
  al. Int J Cardiol 2013; ACEP clinical policy NSTE-ACS 2018).
- Glasgow-Blatchford > 1: not eligible for outpatient care of upper GI bleeding
  (Laine L et al. ACG guideline. Am J Gastroenterol 2021; Barkun AN et al.
  International consensus. Ann Intern Med 2019).
- Diabetic ketoacidosis: admission for insulin infusion and monitoring (Kitabchi AE et
  al. ADA consensus. Diabetes Care 2009; Umpierrez GE et al. ADA/EASD/JBDS/AACE/DTS
  consensus on hyperglycaemic crises. Diabetes Care 2024).
- Sepsis with lactate >= 4 mmol/L: resuscitation and hospital (often ICU) care
  (Surviving Sepsis Campaign 2021; Singer M et al. Sepsis-3. JAMA 2016).
- CT-proven appendicitis with the surgeon consulted for an appendectomy: admission for
  the operation (Di Saverio S et al. WSES Jerusalem guidelines. World J Emerg Surg
  2020).
- Canadian Syncope Risk Score >= 4 (high risk): in-hospital evaluation
  (Thiruganasambandamoorthy V et al. CMAJ 2016; Shen WK et al. ACC/AHA/HRS 2017).
- Discharges: Ottawa-negative ankle sprain (Stiell IG et al. JAMA 1993), HEART <= 3 with
  two negative troponins (ACEP NSTE-ACS 2018), a simple laceration repaired in the ED,
  uncomplicated cystitis in a well non-pregnant woman (IDSA/ESCMID 2010 uncomplicated
  cystitis guideline; Gupta K et al. Clin Infect Dis 2011).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.admission import (
    ADMISSION_THRESHOLD,
    FORECAST_COST,
    MISSED_ADMISSION_COST,
    admission_decision,
    decision_band,
)
from agents.schemas import RuleResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 78,
    "systolic_bp": 126,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}
ADMITTED = ("Admit", "OR Admit")


def _rule(out: object, name: str) -> object:
    from graph.state import ReasoningOutput

    assert isinstance(out, ReasoningOutput)
    record = next(r for r in out.trace if r.stage == "disposition")
    return next((r for r in record.rules_applied if r.name == name), None)


ADMITS = [
    pytest.param(
        make_case(
            "COUGH",
            age=82,
            sex="Female",
            vitals={
                "heart_rate": 96,
                "systolic_bp": 132,
                "diastolic_bp": 70,
                "respiratory_rate": 31,
                "spo2": 95,
                "temperature_c": 38.3,
            },
            one_liner="82 y.o. female with three days of productive cough and fever.",
            ed_note="Productive cough and fever for three days. Crackles at the right"
            " base. Chest x-ray: right lower lobe infiltrate consistent with"
            " pneumonia. BUN 32 mg/dL, creatinine 1.3. WBC 15.2. Assessment:"
            " community-acquired pneumonia.",
            case_id="curb65-3",
        ),
        "CURB-65",
        id="curb65-3-elderly-pneumonia",
    ),
    pytest.param(
        make_case(
            "CHEST PAIN",
            age=68,
            sex="Male",
            vitals={**NORMAL, "pain": 6},
            one_liner="68 y.o. male with diabetes, hypertension and hyperlipidaemia,"
            " two hours of substernal chest pressure radiating to the left arm.",
            ed_note="Substernal pressure radiating to the left arm with diaphoresis,"
            " typical of angina. History of diabetes, hypertension, hyperlipidemia"
            " and prior MI with stent. ECG: new 1 mm ST depression in V4-V6."
            " Troponin elevated at 0.09 ng/mL (> 3x the upper limit).",
            case_id="heart-7",
        ),
        "HEART",
        id="heart-7-chest-pain",
    ),
    pytest.param(
        make_case(
            "BLACK STOOL",
            age=64,
            sex="Male",
            vitals={**NORMAL, "heart_rate": 104, "systolic_bp": 108},
            one_liner="64 y.o. male with two days of black tarry stools.",
            ed_note="Two days of melena, lightheaded on standing. Takes ibuprofen"
            " daily. Rectal exam: black tarry stool, guaiac positive. Hemoglobin 10.8"
            " g/dL, BUN 30 mg/dL. Assessment: upper GI bleed.",
            case_id="gbs-8",
        ),
        "Glasgow-Blatchford",
        id="upper-gi-bleed-gbs-8",
    ),
    pytest.param(
        make_case(
            "HYPERGLYCEMIA",
            age=24,
            sex="Female",
            vitals={**NORMAL, "heart_rate": 118, "respiratory_rate": 28},
            one_liner="24 y.o. female with type 1 diabetes, vomiting and abdominal"
            " pain.",
            ed_note="Type 1 diabetes, missed insulin for two days, vomiting and"
            " Kussmaul breathing. Glucose 486 mg/dL. Venous pH 7.12, bicarbonate 9"
            " mmol/L, anion gap 27. Serum ketones positive. Assessment: diabetic"
            " ketoacidosis.",
            case_id="dka",
        ),
        None,
        id="dka",
    ),
    pytest.param(
        make_case(
            "FEVER",
            age=58,
            sex="Male",
            vitals={
                "heart_rate": 112,
                "systolic_bp": 102,
                "diastolic_bp": 60,
                "respiratory_rate": 24,
                "spo2": 95,
                "temperature_c": 38.9,
            },
            one_liner="58 y.o. male with fever, dysuria and rigors.",
            ed_note="Fever and rigors with dysuria and flank pain. Urinalysis: large"
            " leukocyte esterase, nitrite positive. Lactate 4.2 mmol/L. WBC 18."
            " Blood cultures drawn. Assessment: sepsis from a urinary source.",
            case_id="sepsis-lactate-4",
        ),
        None,
        id="sepsis-lactate-4",
    ),
]

ADMITS += [
    pytest.param(
        make_case(
            "ABDOMINAL PAIN",
            age=23,
            sex="Male",
            vitals={**NORMAL, "heart_rate": 92, "temperature_c": 37.9, "pain": 7},
            one_liner="23 y.o. male with 18 hours of periumbilical pain moving to the"
            " right lower quadrant.",
            ed_note="Pain migrated to the RLQ with anorexia and nausea. Tender at"
            " McBurney's point with rebound. WBC 14.2. CT abdomen/pelvis: acute"
            " appendicitis, appendix 11 mm with periappendiceal fat stranding, no"
            " perforation. Surgery consulted for appendectomy.",
            case_id="appendicitis",
        ),
        None,
        id="ct-appendicitis-surgery-consulted",  # WSES Jerusalem guidelines 2020
    ),
    pytest.param(
        make_case(
            "SYNCOPE",
            age=71,
            sex="Male",
            vitals=NORMAL,
            one_liner="71 y.o. male with coronary artery disease who passed out while"
            " sitting at dinner.",
            ed_note="Sudden loss of consciousness while seated, no prodrome, brief,"
            " full recovery. History of CAD with prior stent. ECG: sinus rhythm,"
            " QTc 495 ms. Troponin elevated at 0.06 ng/mL.",
            case_id="csrs-high",
        ),
        "Canadian Syncope Risk Score",
        id="syncope-csrs-high",  # CMAJ 2016; ACC/AHA/HRS 2017
    ),
]

DISCHARGES = [
    pytest.param(
        make_case(
            "ANKLE PAIN",
            age=27,
            sex="Female",
            vitals={**NORMAL, "pain": 4},
            one_liner="27 y.o. female who inverted her right ankle playing basketball.",
            ed_note="Inversion injury of the right ankle an hour ago. Able to bear"
            " weight and walked four steps in the department. No bone tenderness at"
            " the posterior edge or tip of either malleolus, no tenderness at the"
            " base of the fifth metatarsal or the navicular. Swelling and tenderness"
            " over the anterior talofibular ligament. Assessment: ankle sprain;"
            " Ottawa ankle rules negative, no x-ray needed.",
            case_id="ankle-sprain",
        ),
        id="ankle-sprain-ottawa-negative",
    ),
    pytest.param(
        make_case(
            "CHEST PAIN",
            age=41,
            sex="Female",
            vitals={**NORMAL, "pain": 2},
            one_liner="41 y.o. female with an hour of sharp left chest pain, resolved.",
            ed_note="Sharp left chest pain for an hour, worse with movement,"
            " resolved. No risk factors. ECG normal sinus rhythm, no ST changes."
            " Troponin negative at 0 and 3 hours. HEART score 2.",
            case_id="heart-2",
        ),
        id="heart-2-two-negative-troponins",
    ),
    pytest.param(
        make_case(
            "LACERATION",
            age=33,
            sex="Male",
            vitals={**NORMAL, "pain": 3},
            one_liner="33 y.o. male with a 2 cm laceration of the left forearm from a"
            " kitchen knife.",
            ed_note="Clean 2 cm laceration of the volar forearm, bleeding controlled"
            " with pressure. Neurovascularly intact, full tendon function. Tetanus up"
            " to date. Irrigated and closed with three simple sutures.",
            case_id="laceration",
        ),
        id="minor-laceration",
    ),
    pytest.param(
        make_case(
            "DYSURIA",
            age=26,
            sex="Female",
            vitals={**NORMAL, "pain": 2},
            one_liner="26 y.o. female with two days of dysuria and frequency.",
            ed_note="Dysuria, urgency and frequency for two days. No fever, no flank"
            " pain, no vaginal discharge. Not pregnant: urine hCG negative."
            " Urinalysis: positive leukocyte esterase and nitrite. Assessment:"
            " uncomplicated cystitis.",
            case_id="cystitis",
        ),
        id="uncomplicated-cystitis-young-woman",
    ),
]


@pytest.mark.parametrize(("case", "rule"), ADMITS)
def test_clear_admissions_are_admitted(
    reason: Reason, case: object, rule: str | None
) -> None:
    """Each case meets a published admission criterion: never home or observation."""
    out = reason(case)  # type: ignore[arg-type]
    assert out.final.disposition in ADMITTED
    if rule is not None:
        shown = _rule(out, rule)
        assert shown is not None, f"{rule} not shown in the disposition trace"


@pytest.mark.parametrize("case", DISCHARGES)
def test_clear_discharges_go_home(reason: Reason, case: object) -> None:
    """Each case is low risk by a validated rule or a completed ED course."""
    out = reason(case)  # type: ignore[arg-type]
    assert out.final.disposition == "Discharge"


def test_the_decision_is_an_expected_cost_threshold_on_the_probability(
    reason: Reason,
) -> None:
    """Pauker SG, Kassirer JP. NEJM 1980;302:1109: act when P exceeds C_fp/(C_fp +
    C_fn); a missed admission costing ``MISSED_ADMISSION_COST`` unneeded ones gives
    the threshold 1 / (1 + cost). The trace states the probability and the rule."""
    assert MISSED_ADMISSION_COST > 1
    assert pytest.approx(1 / (1 + MISSED_ADMISSION_COST)) == ADMISSION_THRESHOLD
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=70,
            sex="Female",
            vitals={**NORMAL, "pain": 6},
            arrival={"mode": "walk-in"},
            # real34: not epigastric: at 70 that pain is a chest-pain equivalent
            # (AHA/ACC 2021) whose open NSTE-ACS the must-not-miss floor holds in
            # Observation, so no forecast's threshold would be shown
            ed_note="HPI: periumbilical pain since last night. Exam: abdomen soft,"
            " mild periumbilical tenderness.",
        )
    )
    result = O.disposition(out)
    decision = _rule(out, "Admission decision")
    assert isinstance(decision, RuleResult) and decision.score is not None
    assert decision.inputs["missed-admission cost"] == MISSED_ADMISSION_COST
    assert result.probabilities is not None
    assert decision.score == pytest.approx(1 - result.probabilities["Discharge"])
    admitted = result.disposition != "Discharge"
    assert admitted == (decision.score >= ADMISSION_THRESHOLD)
    assert "threshold" in result.rationale


@pytest.mark.parametrize(
    ("complaint", "age", "mode"),
    [
        ("ABDOMINAL PAIN", 24, "walk-in"),
        ("ABDOMINAL PAIN", 70, "ambulance"),
        ("FALL", 82, "ambulance"),
        ("SHORTNESS OF BREATH", 84, "ambulance"),
    ],
)
def test_triage_forecast_follows_the_decision_band(
    reason: Reason, complaint: str, age: int, mode: str
) -> None:
    """With normal vitals and no ED course nothing escalates: the disposition is the
    band of P(admission): home below 1/(1+cost), observation while the need is
    uncertain (below 1/2; CMS observation services), admission above. Before any ED
    evaluation the cost is the forecast's (the likelier outcome)."""
    out = reason(
        make_case(
            complaint,
            age=age,
            sex="Female",
            vitals={**NORMAL, "pain": 5},
            arrival={"mode": mode},
        )
    )
    decision = _rule(out, "Admission decision")
    assert isinstance(decision, RuleResult) and decision.score is not None
    cost = decision.inputs["missed-admission cost"]
    assert isinstance(cost, float) and cost == FORECAST_COST  # no ED course: a forecast
    expected = {"discharge": ("Discharge",), "observe": ("Observation",)}.get(
        decision_band(decision.score, cost), ADMITTED
    )
    assert O.disposition(out).disposition in expected


@pytest.mark.parametrize("p", [0.2, 0.34, 0.45, 0.8])
def test_admission_between_the_threshold_and_one_half_is_not_sent_home(
    p: float,
) -> None:
    """With a missed admission costing more than an unneeded one, P(admission) in
    [1/(1+cost), 0.5) admits although discharge is the more probable outcome."""
    decision = admission_decision(p)
    verdict = decision.interpretation.split(":", 1)[0]
    assert (verdict != "discharge") == (p >= ADMISSION_THRESHOLD)
