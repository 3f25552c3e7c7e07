"""Classification, Wilson, safety and calibration metrics on hand-computed fixtures."""

from __future__ import annotations

import math

import pytest

from cases.labels import ACUITY_WORDS, DISPOSITION_LABELS
from evals.erreason import metrics as M
from evals.erreason.parsing import parse_acuity

GOLD = ["Less Urgent", "Non-Urgent", "Urgent", "Emergent", "Immediate", "Urgent"]
TYPED = ["Less Urgent", "Non-Urgent", "Urgent", None, "Immediate", "Emergent"]


def test_wilson_matches_known_value():
    low, high = M.wilson_interval(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-4)
    assert high == pytest.approx(0.9433, abs=1e-4)
    assert M.wilson_interval(0, 0)[0] != M.wilson_interval(0, 0)[0]  # nan


def test_wilson_agrees_with_scipy():
    from scipy.stats import binomtest

    ci = binomtest(13, 40).proportion_ci(method="wilson")
    low, high = M.wilson_interval(13, 40, z=1.959963984540054)
    assert (low, high) == pytest.approx((ci.low, ci.high), abs=1e-9)


def test_paper_mode_excludes_invalid_and_has_bug():
    preds = [parse_acuity(t, "paper") for t in TYPED]  # type: ignore[arg-type]
    m = M.classification_metrics(preds, GOLD, ACUITY_WORDS, "paper")
    # valid rows: 5 (None excluded); hits: Urgent (row 3) and Immediate (row 5)
    assert (m["hits"], m["n"]) == (2, 5)
    assert m["accuracy"] == pytest.approx(0.4)
    assert m["coverage"] == pytest.approx(5 / 6)
    assert m["per_class_recall"]["Less Urgent"]["rate"] == 0.0
    assert m["per_class_recall"]["Non-Urgent"]["rate"] == 0.0
    assert m["per_class_recall"]["Urgent"]["n"] == 2
    assert "Emergent" not in m["per_class_recall"]  # its only row was invalid


def test_corrected_mode_keeps_every_case():
    preds = [parse_acuity(t, "corrected") for t in TYPED]  # type: ignore[arg-type]
    m = M.classification_metrics(preds, GOLD, ACUITY_WORDS, "corrected")
    assert (m["hits"], m["n"]) == (4, 6)
    assert m["per_class_recall"]["Emergent"]["rate"] == 0.0
    # F1: LU 1, NU 1, I 1, U 2/3, E 0 -> mean 11/15
    assert m["macro_f1"] == pytest.approx(11 / 15)


def test_confusion_counts_no_answer_column():
    c = M.confusion(
        ["Admit", None, "Discharge"],
        ["Admit", "Admit", "Admit"],
        ["Admit", "Discharge"],
    )
    assert c["matrix"] == [[1, 1, 1], [0, 0, 0]]


def test_triage_safety_rates():
    preds = ["Urgent", "Immediate", "Emergent", None, "Less Urgent"]
    golds = ["Emergent", "Urgent", "Emergent", "Urgent", "Immediate"]
    s = M.triage_safety(preds, golds)
    # scored: 4 rows; under: (3>2), (4>1) -> 2; over: (1<3) -> 1
    assert (s["under_triage"]["hits"], s["under_triage"]["n"]) == (2, 4)
    assert (s["over_triage"]["hits"], s["over_triage"]["n"]) == (1, 4)
    # ESI 1-2 gold rows: rows 1, 3, 5 -> under-triaged to ESI>2: rows 1 and 5
    assert (s["under_triage_esi12"]["hits"], s["under_triage_esi12"]["n"]) == (2, 3)
    assert s["coverage"] == pytest.approx(4 / 5)


def test_unsafe_discharge_counts_admit_like_and_icu():
    preds = ["Discharge", "Admit", "Discharge", None, "Discharge"]
    golds = [
        "Admit",
        "OR Admit",
        "Discharge",
        "Observation",
        "Transfer to Another Facility",
    ]
    icu = [False, False, False, False, True]
    u = M.unsafe_discharge(preds, golds, icu)
    # needing admission: rows 1, 2, 4, 5(icu); unsafe: rows 1 and 5
    assert (u["unsafe_discharge"]["hits"], u["unsafe_discharge"]["n"]) == (2, 4)
    assert u["unsafe_discharge_all_cases"]["n"] == 5


def test_calibration_brier_and_ece_by_hand():
    probs = [{"Urgent": 0.8, "Emergent": 0.2}, {"Urgent": 0.6, "Emergent": 0.4}, None]
    golds = ["Urgent", "Emergent", "Urgent"]
    c = M.calibration(probs, golds, ACUITY_WORDS)
    assert c["n"] == 2
    # (0.2² + 0.2²) and (0.6² + 0.6²): mean 0.40
    assert c["brier"] == pytest.approx(0.40)
    # bins: conf 0.8 correct, conf 0.6 wrong -> 0.5·0.2 + 0.5·0.6
    assert c["ece"] == pytest.approx(0.40)
    assert sorted(b["n"] for b in c["bins"]) == [1, 1]


def test_calibration_without_probabilities_is_empty():
    c = M.calibration([None], ["Admit"], DISPOSITION_LABELS)
    assert c["n"] == 0 and math.isnan(c["brier"])
