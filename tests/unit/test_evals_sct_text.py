"""SCT metrics (κ, Spearman, FinalDx, coherence) and text metrics by hand."""

from __future__ import annotations

import math

import pytest

from agents.schemas import BeliefUpdate, SCTStepResult
from cases.models import SCTStep
from evals.erreason.sct_metrics import coherence, dx_trajectory, dx_update, fix_typos
from evals.erreason.text import preprocess, rouge, rule_out_recall, split_rule_out


def _g(t, dx, upd, ranking=None):
    return SCTStep(
        timestep=t, differential=dx, evidence="e", gold_update=upd, gold_ranking=ranking
    )


def _m(t, updates, ranking=(), final=None):
    return SCTStepResult(
        timestep=t,
        updates=tuple(BeliefUpdate(diagnosis=d, update=u) for d, u in updates),
        ranking=tuple(ranking),
        final_diagnosis=final,
    )


def test_kappa_per_timestep_averaged():
    # timestep 1 over 4 cases: gold [2,1,0,-1], model [2,0,0,-2] -> κ_w = 1 - 0.5/1.5
    # timestep 2 over 2 cases: gold [1,1], model [1,-1] -> κ_w = 0; timestep 3: n=1
    golds1 = [2, 1, 0, -1]
    preds1 = [2, 0, 0, -2]
    cases = []
    for i, (g, p) in enumerate(zip(golds1, preds1, strict=True)):
        gs, ms = [_g(1, "PE", g)], [_m(1, [("pe", p)])]
        if i < 2:
            gs.append(_g(2, "ACS", 1))
            ms.append(_m(2, [("ACS", [1, -1][i])]))
        if i == 0:
            gs.append(_g(3, "Dissection", 2))
            ms.append(_m(3, [("Dissection", 2)]))
        cases.append((gs, ms))
    r = dx_update(cases, "paper")
    assert r["kappa_by_timestep"]["1"] == pytest.approx(2 / 3)
    assert r["kappa_by_timestep"]["2"] == pytest.approx(0.0)
    assert "3" not in r["kappa_by_timestep"]
    assert r["kappa_mean"] == pytest.approx(1 / 3)
    # exact: 2,0,-2 vs 2,1,0,-1 -> rows equal: (2,2),(0,0),(1,1),(2,2) = 4 of 7
    assert r["exact_agreement"] == pytest.approx(4 / 7)


def test_unsnapped_lookup_drops_paraphrase_only_in_paper_mode():
    cases = [
        ([_g(1, "Pulmonary embolism", 1)], [_m(1, [("Pulmonary embolism (PE)", 1)])])
    ]
    assert dx_update(cases, "paper")["n_dropped"] == 1
    assert dx_update(cases, "corrected")["n_pairs"] == 1


def test_spearman_top1_top3_and_final_rho():
    gold_rank = {"A": 1, "B": 2, "C": 3}
    cases = [
        ([_g(1, "A", 1, gold_rank)], [_m(1, [], ["B", "A", "C"], final="a")]),
        ([_g(1, "A", 1, gold_rank)], [_m(1, [], ["C", "B", "A"], final=None)]),
    ]
    r = dx_trajectory(cases)
    # case 1: d² = 1+1+0 -> ρ = 1 - 12/24 = 0.5; case 2: ρ = -1
    assert r["dx_trajectory"] == pytest.approx((0.5 - 1.0) / 2)
    assert r["final_rho"] == pytest.approx(-0.25)
    assert r["final_top1"] == pytest.approx(0.5)  # missing prediction counts wrong
    assert r["final_top3"] == pytest.approx(1.0)


def test_coherence_by_hand():
    steps = [
        _m(1, [], ["A", "B", "C"]),
        _m(
            2, [("B", 2), ("A", -1), ("C", 1)], ["B", "A", "C"]
        ),  # 2 coherent, C no move
        _m(3, [("A", -1)], ["A", "B", "C"]),  # A moved up after a decrease
    ]
    r = coherence([([], steps)])
    assert r["n_pairs"] == 3
    assert r["coherence"] == pytest.approx(2 / 3)


def test_typo_fixes():
    assert fix_typos("Intracranial hemorrhage:") == "intracranial hemorrhage"
    assert fix_typos("Invasive Aspergillosus") == "invasive aspergillosis"


def test_rouge_preprocessing_and_missing_hypothesis():
    assert preprocess("65 y/o M, h/o CAD!") == "65 y o m h o cad"
    same = rouge(["65 yo man with CAD"], ["65 yo man with CAD"])
    assert same["rouge1"] == pytest.approx(1.0) and same["rougeL"] == pytest.approx(1.0)
    missing = rouge([None], ["65 yo man with CAD"])
    assert missing["rouge1"] == 0.0
    assert math.isnan(rouge(["x"], [None])["rouge1"])


def test_rule_out_recall_matches_synonyms_and_names():
    text = "ACS, PE, aortic dissection; pneumothorax"
    assert split_rule_out(text) == ["ACS", "PE", "aortic dissection", "pneumothorax"]
    ledger = [
        ("Acute coronary syndrome", None),
        ("Pulmonary embolism", "I26.99"),
        ("Pericarditis", None),
    ]
    assert rule_out_recall(text, ledger) == pytest.approx(0.5)
    assert rule_out_recall(None, ledger) is None


def test_sct_metrics_carry_bootstrap_intervals_top1_by_timestep_and_invalid_steps():
    from agents.schemas import SCTStepResult
    from cases.models import SCTStep
    from evals.erreason.sct_metrics import sct_metrics

    pool = ("a", "b", "c")
    cases = []
    for i in range(6):
        gold = [
            SCTStep(
                timestep=t,
                differential="a",
                evidence="e",
                gold_update=u,
                gold_ranking={"a": 1, "b": 2, "c": 3},
            )
            for t, u in ((1, 1), (2, -1))
        ]
        model = [
            SCTStepResult(
                timestep=1, updates=(), ranking=pool if i % 2 else ("b", "a", "c")
            ),
            SCTStepResult(
                timestep=2,
                updates=(),
                ranking=() if i == 0 else pool,
                final_diagnosis=None if i == 0 else "a",
            ),
        ]
        cases.append((gold, model))
    out = sct_metrics(cases, "corrected", n_boot=200)
    assert out["invalid_steps"] == 1
    assert out["top1_by_timestep"] == {"1": 0.5, "2": 1.0}
    ci = out["bootstrap"]["trajectory.final_top1"]
    assert 0.0 <= ci["ci_low"] <= out["trajectory"]["final_top1"] <= ci["ci_high"] <= 1
