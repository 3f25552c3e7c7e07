"""meta28 (issue 10): metabolic, renal, endocrine, haematology-oncology emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- UK Kidney Association 2020, treatment of acute hyperkalaemia in adults (calcium for
  ECG changes, insulin-glucose; dialysis is the removal for the dialysis-dependent,
  and for hyperkalaemia refractory to medical treatment);
- Coakley G et al. BSR/BSAC 2006 hot swollen joint; EULAR 2006 septic arthritis;
  Gilboy N et al. ESI v4 handbook ch.5 (blood tests, an x-ray and an aspiration are
  more than one resource);
- Wilson LD, Detterbeck FC, Yahalom J. NEJM 2007;356:1862 (SVC syndrome: facial and
  arm swelling with distended neck and chest-wall veins; often the first sign of an
  undiagnosed intrathoracic cancer; no steroids before a tissue diagnosis);
- Bornstein SR et al. Endocrine Society 2016 primary adrenal insufficiency (saline or
  5 % dextrose in saline; cortisol deficiency lowers the glucose); Cryer PE et al.
  Endocrine Society 2009 hypoglycaemia (evaluated in a condition that causes it);
- Cairo MS, Bishop M. Br J Haematol 2004; Coiffier B et al. J Clin Oncol 2008
  (tumour lysis: its hyperkalaemia and kidney injury are the syndrome's).

Each scenario asserts safety properties and failed on main 28f85ee before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

DIALYSIS = ("emergency dialysis", "haemodialysis now", "hemodialysis now")
STEROID = ("dexamethasone", "methylprednisolone", "prednisolone", "hydrocortisone")


def _dx(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def test_ckd_not_on_dialysis_hyperkalaemia_is_not_sent_for_emergency_dialysis(
    reason: Reason,
) -> None:
    """UK KA 2020: CKD stage 4 not on dialysis with K 6.9 and tented T waves gets
    calcium and insulin-glucose; dialysis is kept for the refractory, not ordered."""
    out = reason(
        make_case(
            "abnormal lab",
            age=76,
            sex="M",
            vitals=vitals(60, 128, 74, 16, 97),
            ed_note="76-year-old man with CKD stage 4 (eGFR 22, not on dialysis) on "
            "lisinopril and eplerenone, called in by his practice for a potassium of "
            "6.9. Mild fatigue only. Repeat potassium 6.9 mmol/L, creatinine 2.6 mg/dL "
            "(baseline 2.5). ECG: tented T waves, QRS 100 ms.",
        )
    )
    assert O.medication_ordered(out, "calcium"), O.orders(out)
    assert O.medication_ordered(out, "insulin"), O.orders(out)
    assert not O.ordered(out, *DIALYSIS), O.orders(out)
    assert out.final.disposition != "Discharge"


def test_haemodialysis_patient_with_severe_hyperkalaemia_is_dialysed(
    reason: Reason,
) -> None:
    """Guard (UK KA 2020): a haemodialysis patient after a missed session with K 7.2
    and a broad QRS needs removal: emergency dialysis beside calcium."""
    out = reason(
        make_case(
            "weakness",
            age=49,
            sex="F",
            vitals=vitals(50, 150, 88, 18, 96),
            ed_note="49-year-old woman with ESKD on haemodialysis (Mon/Wed/Fri), did "
            "not attend yesterday's session. Legs feel weak and heavy. Potassium 7.2 "
            "mmol/L. ECG: broad QRS 150 ms, peaked T waves, bradycardia.",
        )
    )
    assert O.ordered(out, *DIALYSIS), O.orders(out)
    assert O.medication_ordered(out, "calcium"), O.orders(out)


def test_febrile_adult_with_a_hot_swollen_knee_is_not_esi_4(reason: Reason) -> None:
    """BSR 2006 / EULAR 2006: a hot swollen joint with fever is septic until aspirated:
    blood tests, an x-ray and an aspiration are two resources or more (ESI v4 ch.5)."""
    out = reason(
        make_case(
            "knee pain",
            age=58,
            sex="F",
            vitals=vitals(98, 132, 78, 18, 97, 38.4),
            one_liner="58F, 3 days of a red, hot right knee, fever, no injury",
            ed_note="58-year-old woman with 3 days of a red, hot, swollen right knee, "
            "fever and rigors, unable to bear weight. No trauma. Large warm effusion, "
            "pain on passive movement.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3, out.final.esi
    assert out.final.disposition != "Discharge"


def test_svc_obstruction_from_an_undiagnosed_mass_is_named(reason: Reason) -> None:
    """Wilson 2007: facial swelling, distended neck veins and chest-wall collaterals
    with a mediastinal mass are SVC syndrome even before a cancer is diagnosed; CT,
    and no steroid before a tissue diagnosis when the airway is safe."""
    out = reason(
        make_case(
            "facial swelling",
            age=66,
            sex="F",
            vitals=vitals(100, 138, 80, 22, 94),
            ed_note="66-year-old woman, ex-smoker, 10 days of swelling of the face and "
            "neck, worse in the mornings and when she bends down, and breathlessness. "
            "No stridor, no hoarseness, no rash or itch. Exam: facial oedema, "
            "distended neck veins, chest wall collaterals. CXR: right paratracheal "
            "widening with a mediastinal mass.",
        )
    )
    assert "vena cava" in _dx(out), _dx(out)
    assert O.ordered(out, "ct chest", "ct of the chest"), O.orders(out)
    assert not O.medication_ordered(out, *STEROID), O.orders(out)


def test_adrenal_crisis_with_a_level_1_glucose_gets_dextrose(reason: Reason) -> None:
    """Endocrine Society 2016: in an adrenal crisis the low glucose is the cortisol
    deficiency's own; a glucose of 3.3 mmol/L in a non-diabetic with Addison's disease
    gets dextrose in the saline beside hydrocortisone (Cryer 2009: hypoglycaemia is
    evaluated in a condition that causes it)."""
    out = reason(
        make_case(
            "vomiting",
            age=37,
            sex="M",
            vitals=vitals(122, 82, 50, 20, 98, 37.6),
            ed_note="37-year-old man with Addison's disease on hydrocortisone and "
            "fludrocortisone, vomiting since yesterday, could not keep his tablets "
            "down. Lightheaded, weak. Alert and oriented. Sodium 128 mmol/L, "
            "potassium 5.7 mmol/L, glucose 3.3 mmol/L.",
        )
    )
    assert O.medication_ordered(out, "hydrocortisone"), O.orders(out)
    assert O.medication_ordered(out, "dextrose"), O.orders(out)


def test_tumour_lysis_is_named_before_its_hyperkalaemia(reason: Reason) -> None:
    """Cairo-Bishop 2004: after induction for a leukaemia, a raised urate, phosphate
    and potassium with a kidney injury are clinical tumour lysis, named as such and
    treated with fluids without potassium and rasburicase, and its hyperkalaemia with
    ECG changes with calcium."""
    out = reason(
        make_case(
            "weakness",
            age=24,
            sex="M",
            vitals=vitals(102, 126, 72, 18, 98),
            ed_note="24-year-old man with T-cell acute lymphoblastic leukaemia, "
            "induction chemotherapy started 3 days ago. Nausea, cramps, passing "
            "less urine. "
            "Potassium 6.8 mmol/L, phosphate 2.4 mmol/L, uric acid 12 mg/dL, "
            "creatinine 2.1 mg/dL (baseline 0.9). ECG: peaked T waves.",
        )
    )
    assert "tumo" in _dx(out) and "lysis" in _dx(out), _dx(out)
    assert O.medication_ordered(out, "rasburicase"), O.orders(out)
    assert O.medication_ordered(out, "calcium"), O.orders(out)


def test_febrile_child_who_will_not_weight_bear_on_a_painful_hip_is_not_esi_4(
    reason: Reason,
) -> None:
    """BSR 2006 / EULAR 2006: a painful joint with fever is septic until aspirated;
    ultrasound, blood tests and aspiration are more than one resource (ESI v4 ch.5);
    the Kocher predictors grade the child's risk, they do not lower the work-up."""
    out = reason(
        make_case(
            "hip pain",
            age=4,
            sex="F",
            vitals=vitals(132, 100, 60, 26, 99, 39.1),
            one_liner="4F limping then refusing to walk, pain in the left hip, febrile",
            ed_note="4-year-old girl limping since yesterday, today refusing to walk, "
            "cries when the left hip is moved. Temperature 39.1. No injury.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3, out.final.esi
    assert out.final.disposition != "Discharge"


def test_hyponatraemia_with_nausea_is_the_diagnosis(reason: Reason) -> None:
    """ESE 2014 (Spasovski 2014): nausea is a moderately severe symptom of
    hyponatraemia; a sodium of 125 on citalopram is the working diagnosis, with
    serum and urine osmolality and sodium, not gastroenteritis."""
    out = reason(
        make_case(
            "nausea",
            age=79,
            sex="M",
            vitals=vitals(78, 138, 72, 16, 97),
            ed_note="79-year-old man on citalopram for a month, 5 days of nausea and "
            "a headache, no vomiting, no diarrhoea, alert. Looks euvolaemic. Sodium "
            "125 mmol/L, potassium 4.1, glucose 5.8.",
        )
    )
    assert "hyponat" in _dx(out), _dx(out)
    assert O.ordered(out, "osmolality"), O.orders(out)


def test_neutropenic_fever_with_hypotension_adds_vancomycin(reason: Reason) -> None:
    """IDSA 2010 (Freifeld 2011, rec. 5): vancomycin is added to the anti-pseudomonal
    beta-lactam for haemodynamic instability in febrile neutropenia."""
    out = reason(
        make_case(
            "fever",
            age=58,
            sex="F",
            vitals=vitals(124, 82, 48, 24, 96, 38.9),
            ed_note="58-year-old woman with lymphoma, 10 days after R-CHOP, fever and "
            "rigors, feels faint. Neutrophils 0.3 x10^9/L. Lactate 3.1.",
        )
    )
    beta_lactam = ("cefepime", "piperacillin", "meropenem")
    assert O.medication_ordered(out, *beta_lactam), O.orders(out)
    assert O.medication_ordered(out, "vancomycin"), O.orders(out)


def test_severe_hyperkalaemia_in_the_triage_note_is_esi_2(reason: Reason) -> None:
    """UK KA 2020: a potassium of 6.5 or more, or with ECG changes, needs calcium and
    insulin-glucose within minutes: ESI v4 ch.4's high-risk situation (ESI 2)."""
    out = reason(
        make_case(
            "abnormal lab",
            age=70,
            sex="F",
            vitals=vitals(62, 134, 70, 16, 97),
            one_liner="70F sent in by her GP, potassium 7.0 on this morning's bloods",
            ed_note="70-year-old woman on trimethoprim and ramipril, GP bloods this "
            "morning: potassium 7.0 mmol/L, creatinine 1.9 mg/dL. Feels tired.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_urosepsis_with_hypotension_stays_on_iv_antibiotics(reason: Reason) -> None:
    """EAU 2024 urosepsis; SSC 2021: a pyelonephritis with hypotension gets a
    parenteral antibiotic within the hour, continued IV, not the outpatient
    'one IV dose then oral' regimen."""
    out = reason(
        make_case(
            "flank pain",
            age=69,
            sex="M",
            vitals=vitals(118, 84, 50, 24, 95, 39.0),
            ed_note="69-year-old man, 3 days of right flank pain, dysuria and rigors. "
            "Right costovertebral angle tenderness. Urine dipstick nitrite positive, "
            "leucocytes 3+. Lactate 3.0.",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "piperacillin", "meropenem"), (
        O.orders(out)
    )
    assert not O.medication_ordered(out, "then oral"), O.orders(out)
