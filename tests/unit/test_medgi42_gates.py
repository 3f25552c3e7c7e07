"""medgi42 (issue 10): the drug gates, Maddrey's function and the sepsis mimic.

Sources: MHRA 2014 / NICE NG109 (nitrofurantoin and the eGFR); RCOG Green-top 22 /
ACOG PB 181 (anti-D); Maddrey WC 1978 / EASL 2018; NICE NG71 (Parkinson's order);
Sepsis-3 (a ruled-in SIRS mimic before an unsupported sepsis).
"""

from __future__ import annotations

from agents import anti_d, nil_by_mouth, nitrofurantoin
from agents.kidney_function import lowest_egfr
from agents.offline.diagnosis import sterile_first
from agents.offline.rules.maddrey import maddrey, maddrey_findings
from agents.pathways_surgical import NIL_BY_MOUTH
from agents.schemas import DifferentialEntry, Evidence, Order


def _med(name: str) -> Order:
    return Order(kind="medication", name=name, reason="test")


def test_lowest_egfr_reads_the_smallest_stated_value() -> None:
    assert lowest_egfr(["eGFR 52 last year", "eGFR of 24 today"]) == 24
    assert lowest_egfr(["creatinine 1.1 mg/dL"]) is None


def test_nitrofurantoin_gate_by_egfr_and_ckd_stage() -> None:
    order = _med("nitrofurantoin 100 mg BID x5 days")
    assert nitrofurantoin.gate(order, ["CKD, eGFR 24"]) is not None
    assert nitrofurantoin.gate(order, ["eGFR 40"]) is not None
    assert nitrofurantoin.gate(order, ["CKD stage 4"]) is not None
    assert nitrofurantoin.gate(order, ["eGFR 78"]) is None
    assert nitrofurantoin.gate(_med("cefalexin 500 mg"), ["eGFR 20"]) is None


def test_anti_d_gate_reads_a_documented_rh_positive_group_only() -> None:
    order = _med("Rh immune globulin if Rh negative")
    assert anti_d.gate(order, ["Blood group O Rh positive."]) is not None
    assert anti_d.gate(order, ["group A pos"]) is not None
    assert anti_d.gate(order, ["Blood group A Rh negative."]) is None
    assert anti_d.gate(order, ["a positive pregnancy test"]) is None
    assert anti_d.gate(order, ["Rh status not known"]) is None
    composite = Order(
        kind="procedure",
        name="two large-bore IVs; crossmatch; anti-D if Rh-negative",
        reason="test",
    )
    assert anti_d.gate(composite, ["Rh positive"]) is None


def test_maddrey_needs_the_control_time_and_a_bilirubin() -> None:
    text = "bilirubin 14.5 mg/dL, prothrombin time 24 seconds (control 12 seconds)"
    scored = maddrey(text, 14.5)
    assert scored is not None and abs(scored[0] - 69.7) < 0.01
    assert maddrey("prothrombin time 24 seconds", 14.5) is None
    assert maddrey(text, None) is None
    low = maddrey_findings("PT 14 s, control 12 s", lambda: 2.6)
    assert [f.concept for f in low] == ["maddrey_not_severe"]
    high = maddrey_findings(text, lambda: 14.5)
    assert [f.concept for f in high] == ["maddrey_severe"]


def test_a_conditional_nil_by_mouth_is_not_a_fasting_order() -> None:
    parkinson = "levodopa on time; if nil by mouth: nasogastric levodopa"
    assert NIL_BY_MOUTH.search(parkinson) is None
    assert nil_by_mouth.NIL_BY_MOUTH.search(parkinson) is None
    assert NIL_BY_MOUTH.search("nil by mouth, nasogastric tube, IV crystalloid")
    orders = [_med(parkinson), _med("paracetamol 1 g PO or IV")]
    _, changed = nil_by_mouth.iv_when_nil_by_mouth(orders)
    assert changed == []


def _entry(name: str, code: str, status: str, p: float) -> DifferentialEntry:
    return DifferentialEntry(
        diagnosis=name,
        icd10=code,
        status=status,
        probability=p,
        must_not_miss=True,
        changed_by="diagnosis",
        evidence_for=[Evidence(kind="finding", text="fever (fever)")],
    )


def test_a_ruled_in_thyroid_storm_is_named_before_an_unsupported_sepsis() -> None:
    sepsis = _entry("Sepsis, unspecified organism", "A41.9", "ruled_in", 0.3)
    storm = _entry(
        "Thyrotoxicosis, unspecified with thyrotoxic crisis or storm",
        "E05.91",
        "ruled_in",
        0.2,
    )
    ledger = [sepsis, storm]
    assert sterile_first(ledger, sepsis, ["febrile, confused, AF 144"]) == storm
    assert sterile_first(ledger, sepsis, ["productive cough, febrile"]) == sepsis
