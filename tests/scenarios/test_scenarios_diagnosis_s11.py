"""Final diagnosis and honest abstention (issue 10, dx10).

Cases outside the knowledge base, written from textbook descriptions of diseases it
does not hold, must abstain or name the presenting symptom (ICD-10-CM chapter R, flag
``undifferentiated``) with no disease protocol; classic ED presentations inside it
must still be diagnosed and treated. Sources are named per case.
"""

from __future__ import annotations

import pytest

from agents.schemas import DiagnosisResult, StageRecord
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case


def _dx(out: ReasoningOutput) -> StageRecord:
    return next(r for r in out.trace if r.stage == "diagnosis")


def _honest(out: ReasoningOutput) -> None:
    """No disease protocol; abstained or a symptom-level answer."""
    treated = {o.for_diagnosis for o in O.medications(out) if o.for_diagnosis}
    assert not treated, treated
    rec = _dx(out)
    if rec.status != "ok":
        return
    assert isinstance(rec.output, DiagnosisResult)
    assert "undifferentiated" in rec.flags, (rec.output.name, rec.output.probability)
    assert rec.output.probability is None


OUTSIDE: dict[str, Case] = {
    # Harrison's 21st ed., sarcoidosis: Lofgren syndrome (erythema nodosum, bilateral
    # hilar lymphadenopathy, ankle arthritis).
    "sarcoidosis": make_case(
        "COUGH",
        age=34,
        sex="Female",
        vitals={"heart_rate": 88, "temperature_c": 37.6, "spo2": 97},
        one_liner="34 y.o. woman with 6 weeks of dry cough and exertional dyspnea",
        ed_note="Dry cough and exertional dyspnea for 6 weeks, painful red nodules on"
        " both shins, bilateral ankle swelling and pain. Chest x-ray: bilateral hilar"
        " lymphadenopathy, clear lung fields.",
    ),
    # Harrison's 21st ed., myasthenia gravis: fluctuating fatigable ptosis and
    # diplopia, worse at the end of the day, normal pupils and sensation.
    "myasthenia": make_case(
        "DOUBLE VISION",
        age=29,
        sex="Female",
        vitals={"heart_rate": 80, "systolic_bp": 122, "spo2": 99},
        one_liner="29 y.o. woman with 2 months of double vision and drooping eyelids",
        ed_note="Double vision and bilateral drooping eyelids that worsen in the"
        " evening and improve with rest, fatigable chewing. Pupils equal and reactive,"
        " sensation normal, reflexes normal, no facial droop.",
    ),
    # Harrison's 21st ed., polymyalgia rheumatica: bilateral shoulder and hip girdle
    # aching and morning stiffness in a person over 50, raised ESR.
    "polymyalgia": make_case(
        "SHOULDER PAIN AND STIFFNESS",
        age=72,
        sex="Female",
        vitals={"heart_rate": 84, "systolic_bp": 138, "temperature_c": 37.2},
        one_liner="72 y.o. woman with 3 weeks of shoulder and hip aching",
        ed_note="Bilateral shoulder and hip girdle aching with 2 hours of morning"
        " stiffness for 3 weeks, difficulty rising from a chair. No headache, no jaw"
        " claudication, no visual symptoms. ESR 78.",
    ),
    # GINA 2024 / GOLD 2024: dyspnoea and cough in a smoker without known lung
    # disease or wheeze is no exacerbation to treat (case-report-like presentation).
    "dyspnea_in_a_smoker": make_case(
        "Dyspnea and dry cough.",
        age=61,
        sex="Male",
        vitals={"heart_rate": 92, "spo2": 95},
        one_liner="61 y.o. male smoker with 2 months of dyspnea and dry cough",
        ed_note="Progressive dyspnea and dry cough for 2 months, 10 kg weight loss."
        " Smoker. Lungs: decreased breath sounds at the right base, no wheeze.",
    ),
    # GOLD 2024: an exacerbation presupposes COPD; smoking (a risk factor) with
    # non-specific dyspnoea and cough establishes none.
    "smoker_without_known_copd": make_case(
        "SHORTNESS OF BREATH",
        age=61,
        sex="Male",
        vitals={"heart_rate": 92, "spo2": 95},
        one_liner="61 y.o. male smoker with dyspnea and cough",
        ed_note="Dyspnea on exertion and productive cough for 3 weeks. 40 pack-year"
        " smoker.",
    ),
}


@pytest.mark.parametrize("name", sorted(OUTSIDE))
def test_outside_the_knowledge_base_abstains_or_names_the_symptom(
    reason: Reason, name: str
) -> None:
    """Issue 10: honest abstention, never a confident wrong protocol."""
    _honest(reason(OUTSIDE[name]))


def test_classic_appendicitis_is_still_diagnosed(reason: Reason) -> None:
    """Alvarado 1986 / ACEP: migrating RLQ pain, fever, RLQ tenderness, WBC 15."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=24,
            sex="Male",
            vitals={"heart_rate": 104, "temperature_c": 38.3, "systolic_bp": 128},
            one_liner="24 y.o. male with 1 day of periumbilical pain moving to the RLQ",
            ed_note="Periumbilical pain migrating to the right lower quadrant,"
            " anorexia, nausea, vomiting once. Exam: RLQ tenderness with rebound and"
            " guarding. Labs: WBC 15.2.",
        )
    )
    rec = _dx(out)
    assert rec.status == "ok" and isinstance(rec.output, DiagnosisResult)
    assert rec.output.icd10.startswith("K35"), rec.output.name
    assert "undifferentiated" not in rec.flags
    assert O.ordered(out, "surg")


def test_dka_is_still_diagnosed_and_treated(reason: Reason) -> None:
    """ADA 2024 hyperglycaemic crises: glucose 450, pH 7.1, ketones -> insulin."""
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=22,
            sex="Female",
            vitals={"heart_rate": 122, "respiratory_rate": 28, "systolic_bp": 104},
            one_liner="22 y.o. female with diabetes, vomiting and abdominal pain",
            ed_note="Vomiting and diffuse abdominal pain for a day, polyuria, Kussmaul"
            " respirations. Glucose 450 mg/dL, venous pH 7.10, bicarbonate 8, anion gap"
            " 26, serum ketones positive, potassium 4.8.",
        )
    )
    rec = _dx(out)
    assert rec.status == "ok" and isinstance(rec.output, DiagnosisResult)
    assert rec.output.icd10.startswith(("E10.1", "E11.1", "E13.1")), rec.output.name
    assert O.medication_ordered(out, "insulin")


def _dka(history: str) -> Case:
    return make_case(
        "HYPERGLYCEMIA",
        age=19,
        sex="Male",
        vitals={"heart_rate": 118, "respiratory_rate": 26, "systolic_bp": 110},
        one_liner=f"19 y.o. male with {history}, vomiting since yesterday",
        ed_note="Vomiting, polyuria and abdominal pain. Kussmaul breathing. Glucose"
        " 520 mg/dL, pH 7.15, bicarbonate 9, anion gap 24, beta-hydroxybutyrate 6.",
    )


@pytest.mark.parametrize(
    ("history", "code", "type_named"),
    [
        ("type 1 diabetes", "E10.10", "Type 1"),
        ("T1DM on an insulin pump", "E10.10", "Type 1"),
        ("type 2 diabetes on metformin", "E11.10", "Type 2"),
        # I.C.4.a.2: no documented type -> E11 by default, but the trace must not
        # claim type 2.
        ("diabetes", "E11.10", None),
    ],
)
def test_dka_is_coded_by_the_documented_type(
    reason: Reason, history: str, code: str, type_named: str | None
) -> None:
    """ICD-10-CM Official Guidelines FY2024 I.C.4.a and I.C.4.a.2."""
    out = reason(_dka(history))
    rec = _dx(out)
    assert rec.status == "ok" and isinstance(rec.output, DiagnosisResult)
    assert rec.output.icd10 == code, rec.output.name
    if type_named is None:
        assert "type 2" not in rec.output.name.lower()
        assert all("type 2" not in e.diagnosis.lower() for e in out.final.ledger)
    else:
        assert rec.output.name.startswith(type_named)


def test_one_observation_is_not_counted_twice(reason: Reason) -> None:
    """Sox, Medical Decision Making ch. 5: LRs multiply only for independent findings.

    "Right-sided weakness" is unilateral weakness and, by implication, a focal
    deficit; the stroke it suggests stays a hypothesis to image (AHA/ASA 2019), not a
    near-certain final diagnosis.
    """
    out = reason(
        make_case(
            "WEAKNESS",
            age=58,
            sex="Male",
            vitals={"heart_rate": 84, "systolic_bp": 150},
            one_liner="58 y.o. male with right-sided weakness for 2 weeks",
            ed_note="Right-sided weakness of the arm and leg, progressive over two"
            " weeks. No imaging yet.",
        )
    )
    rec = _dx(out)
    if rec.status == "ok" and isinstance(rec.output, DiagnosisResult):
        assert rec.output.probability is None or rec.output.probability < 0.5


def test_rate_control_needs_a_rapid_rate(reason: Reason) -> None:
    """AHA/ACC/HRS 2023 AF: rate control treats a rapid ventricular response."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=70,
            sex="Female",
            vitals={"heart_rate": 78, "systolic_bp": 132},
            one_liner="70 y.o. female with known persistent atrial fibrillation",
            ed_note="Persistent atrial fibrillation, rate-controlled on metoprolol,"
            " heart rate 78. Intermittent palpitations.",
        )
    )
    assert not O.medication_ordered(out, "diltiazem", "rate control")
