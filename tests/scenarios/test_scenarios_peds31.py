"""peds31 (session 31): paediatric and obstetric readings, third domain review.

Written from guidelines, not from shared data: cerebral oedema in paediatric DKA is
recognised by a falling heart rate and GCS (ISPAD 2022, Glaser N et al. Pediatr
Diabetes 2022;23:835; Muir 2004), a trend, not a fall injury for the PECARN cervical
spine factors (Leonard JC et al. Lancet Child Adolesc Health 2024;8:482); a limb an
injured infant or child does not move is pseudoparalysis from the injury (AAP 2015
evaluating fractures for abuse, Flaherty EG et al. Pediatrics 2014;133:e477; the
pulled elbow), not a one-sided motor deficit of stroke.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _red_flags(out: ReasoningOutput) -> str:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return " ".join(rec.output.red_flags).lower()


def test_dka_cerebral_oedema_heart_rate_fall_is_no_injury(reason: Reason) -> None:
    """ISPAD 2022: 'heart rate fell from 130 to 58' is the Cushing response of
    cerebral oedema: mannitol or hypertonic saline, no cervical collar or spine
    imaging (no injury; a collar can raise intracranial pressure)."""
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=9,
            sex="F",
            vitals=vitals(58, 138, 84, 28, 98),
            one_liner="9-year-old with new DKA, now headache and drowsy",
            ed_note="9-year-old girl, weight 28 kg, new type 1 diabetes in DKA "
            "(pH 6.98, bicarbonate 4, glucose 32 mmol/L), on fluids and insulin "
            "0.1 U/kg/h for 4 hours. Now severe headache, vomiting, confused, "
            "GCS 12. Heart rate fell from 130 to 58, BP 138/84.",
        )
    )
    assert O.ordered(out, "mannitol", "hypertonic", "3 % saline")
    assert not O.ordered(out, "cervical spine", "c-spine", "collar")


def test_fall_injury_still_weighs_for_the_child_spine(reason: Reason) -> None:
    """Guard (PECARN 2024): a child who fell from a climbing frame with neck pain
    keeps cervical spine immobilisation and imaging."""
    out = reason(
        make_case(
            "FALL",
            age=7,
            sex="M",
            vitals=vitals(104, 108, 66, 20, 99),
            one_liner="7-year-old fell from a climbing frame onto his head",
            ed_note="7-year-old boy fell about 2 metres from a climbing frame onto his "
            "head 1 hour ago. Complains of neck pain, midline cervical tenderness. "
            "GCS 15, moving all four limbs.",
        )
    )
    assert O.ordered(out, "cervical spine", "c-spine")


def test_infant_limb_not_moved_after_a_fall_is_a_sentinel_injury(
    reason: Reason,
) -> None:
    """AAP 2015 (Christian CW) / Sheets 2013: a 4-month-old not moving a leg after a
    reported roll off a sofa is a possible fracture of a pre-mobile infant: ESI 2,
    skeletal survey and child protection; the spiral femoral fracture on the x-ray is
    the diagnosis (pseudoparalysis, not a one-sided motor deficit)."""
    out = reason(
        make_case(
            "LEG INJURY",
            sex="M",
            demographics={"age": 0, "age_days": 120},
            vitals={"heart_rate": 150, "respiratory_rate": 36, "spo2": 99},
            one_liner="4-month-old not moving left leg, said to have rolled off a sofa",
            ed_note="4-month-old boy, weight 6.5 kg. Father says he rolled off "
            "the sofa yesterday; he cries when his nappy is changed. Not yet "
            "rolling over per the mother. Exam: swollen left thigh, tender. "
            "X-ray: spiral fracture of the left femoral shaft.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.ordered(out, "skeletal survey")
    assert O.ordered(out, "child protection", "safeguarding")
    name = (out.final.diagnosis_name or "").lower()
    assert "fracture" in name or "abuse" in name, name
    assert "unilateral weakness" not in _red_flags(out)


def test_pulled_arm_is_no_stroke(reason: Reason) -> None:
    """Guard: a toddler not using an arm since it was pulled is a pulled elbow
    (radial head subluxation), not a one-sided motor deficit: no stroke imaging."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=2,
            sex="F",
            vitals={"heart_rate": 118, "respiratory_rate": 26, "spo2": 99},
            one_liner="2-year-old not moving her left arm since her brother pulled it",
            ed_note="2-year-old girl, not using her left arm since her brother pulled "
            "her up by the hand an hour ago. Holds the arm by her side, elbow slightly "
            "flexed, forearm pronated. No swelling or bruising. Alert, playful.",
        )
    )
    assert not O.ordered(out, "ct head", "stroke", "ct angiogram")
    assert out.final.esi is not None and out.final.esi >= 3


def test_severe_pre_eclampsia_antepartum_assesses_the_fetus(reason: Reason) -> None:
    """ACOG PB 222 (2020): pre-eclampsia with severe features at 33 weeks: maternal
    and fetal evaluation (continuous fetal heart rate monitoring, ultrasound) and
    antenatal corticosteroids before 34 weeks (ACOG CO 713), beside magnesium."""
    out = reason(
        make_case(
            "HEADACHE",
            age=29,
            sex="F",
            vitals=vitals(96, 168, 112, 18, 98),
            one_liner="33 weeks pregnant, severe headache, BP 168/112",
            ed_note="29-year-old G1 at 33 weeks, severe headache since this morning "
            "with flashing lights. BP 168/112, repeat 166/110. Brisk reflexes. Urine "
            "protein 2+. Fetal movements present.",
        )
    )
    assert O.medication_ordered(out, "magnesium")
    assert O.ordered(out, "fetal heart", "cardiotocograph", "ctg")
    assert O.medication_ordered(out, "betamethasone", "dexamethasone")


def test_postpartum_pre_eclampsia_has_no_fetal_orders(reason: Reason) -> None:
    """Guard: day 5 after delivery there is no fetus to monitor and no antenatal
    steroid; magnesium and the antihypertensive stay (ACOG PB 222)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=31,
            sex="F",
            vitals=vitals(92, 168, 108, 18, 98),
            one_liner="day 5 postpartum, severe headache and BP 168/108",
            ed_note="31-year-old woman, 5 days postpartum after a vaginal delivery. "
            "Severe frontal headache since yesterday, seeing flashing lights. Repeat "
            "BP 166/110. Urine protein 2+. Breastfeeding.",
        )
    )
    assert O.medication_ordered(out, "magnesium")
    assert not O.ordered(out, "fetal heart", "cardiotocograph")
    assert not O.medication_ordered(out, "betamethasone")
