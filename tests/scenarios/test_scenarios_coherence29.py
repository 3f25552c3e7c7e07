"""coherence29: orders that match the differential and the disposition.

Written from: Pauker SG, Kassirer JP. The threshold approach to clinical decision
making. N Engl J Med 1980;302:1109 (test below the treatment threshold, treat above
it); Ten Broek RPG et al. Bologna guidelines for adhesive small bowel obstruction
2017, World J Emerg Surg 2018;13:24 (absolute constipation is the cardinal symptom;
nil by mouth, nasogastric decompression and IV fluids are inpatient non-operative
care); Umpierrez GE et al. Hyperglycemic crises in adults with diabetes, ADA/EASD/
JBDS/AACE/DTS consensus, Diabetes Care 2024;47:1257 (DKA: ketonaemia >= 3.0 mmol/L
with pH < 7.30 and/or bicarbonate < 18 mmol/L). Research software, not for clinical
use.
"""

from __future__ import annotations

from agents import order_safety
from agents.schemas import Order
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

INPATIENT_BOWEL_CARE = (r"nil by mouth", r"nasogastric", r"general surgery")


def test_constipation_passing_flatus_gets_no_obstruction_therapy(
    reason: Reason,
) -> None:
    """A 76-year-old with opioid constipation who still passes flatus, with a soft,
    non-tender, undistended abdomen: obstruction is only considered (Bologna 2017:
    absolute constipation is its cardinal symptom). Below the treatment threshold it
    gets no nil by mouth, decompression or surgical consult, and whatever is ordered
    matches the disposition (no inpatient-only order beside a discharge)."""
    out = reason(
        make_case(
            "CONSTIPATION",
            age=76,
            sex="F",
            vitals=vitals(82, 138, 76, 16, 97, 36.7),
            one_liner="76F with 5 days of constipation, still passing flatus.",
            ed_note=(
                "HPI: 5 days without a bowel movement after starting codeine for "
                "knee pain. Still passing flatus. Mild bloating, no vomiting, no "
                "abdominal pain.\nExam: abdomen soft, non-tender, not distended, "
                "normal bowel sounds. Rectal: hard stool in the rectum.\nMDM: "
                "opioid-induced constipation with faecal loading."
            ),
        )
    )
    given = [o.name for o in O.orders(out) if O.mentions(o, INPATIENT_BOWEL_CARE)]
    assert not given, given
    if O.disposition(out).disposition == "Discharge":
        assert order_safety.inpatient_need(O.orders(out)) is None, O.orders(out)


def test_nil_by_mouth_with_iv_fluids_is_not_discharged() -> None:
    """Nil by mouth with IV fluids and nasogastric decompression are the inpatient
    non-operative care of an obstruction (Bologna 2017): they cannot continue at home,
    so the disposition floor does not discharge a patient they were ordered for."""
    for name in (
        "nil by mouth; IV isotonic crystalloid, electrolytes corrected as measured",
        "nasogastric tube decompression",
    ):
        order = Order(kind="medication", name=name, reason="obstruction")
        assert order_safety.inpatient_need([order]) is not None, name


def test_hhs_with_measured_values_outside_dka_is_not_treated_as_dka(
    reason: Reason,
) -> None:
    """Glucose 812, osmolality 352, pH 7.34, bicarbonate 21 and beta-hydroxybutyrate
    0.8 mmol/L: hyperosmolar hyperglycaemic state. The measured values are outside the
    ADA 2024 DKA criteria (ketones >= 3.0 with pH < 7.30 or bicarbonate < 18), so DKA
    is not left open and its protocol is not ordered beside the HHS one."""
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=71,
            sex="F",
            vitals=vitals(112, 104, 62, 18, 96, 37.0),
            one_liner="71F with type 2 diabetes, confused, glucose 812.",
            ed_note=(
                "HPI: type 2 diabetes on metformin, 1 week of polyuria and poor "
                "intake, confused today.\nExam: dry mucous membranes, drowsy, GCS 14, "
                "no focal deficit.\nLabs: glucose 812 mg/dL, sodium 148, pH 7.34, "
                "bicarbonate 21, beta-hydroxybutyrate 0.8 mmol/L, serum osmolality "
                "352, creatinine 1.9.\nMDM: hyperosmolar hyperglycaemic state."
            ),
        )
    )
    open_mnm = [d.lower() for d in out.final.summary.open_must_not_miss]
    assert not any("ketoacidosis" in d for d in open_mnm), open_mnm
    dka_orders = [
        o.name
        for o in O.orders(out)
        if o.for_diagnosis
        and "ketoacidosis" in o.for_diagnosis.lower()
        and o.kind == "medication"
    ]
    assert not dka_orders, dka_orders


def test_dka_with_its_criteria_met_is_still_treated(reason: Reason) -> None:
    """pH 7.12, bicarbonate 9, beta-hydroxybutyrate 5.4 mmol/L in type 1 diabetes:
    DKA by ADA 2024, treated (insulin infusion) and admitted."""
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=24,
            sex="M",
            vitals=vitals(122, 112, 70, 28, 99, 36.9),
            one_liner="24M with type 1 diabetes, vomiting, glucose 420.",
            ed_note=(
                "HPI: type 1 diabetes, missed insulin for 2 days, vomiting.\nExam: "
                "dry, Kussmaul breathing.\nLabs: glucose 420 mg/dL, pH 7.12, "
                "bicarbonate 9, beta-hydroxybutyrate 5.4 mmol/L, potassium 5.1."
            ),
        )
    )
    assert O.ordered(out, "insulin"), O.orders(out)
    assert O.disposition(out).disposition == "Admit"
