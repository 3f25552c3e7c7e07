"""The SCT bootstrap pools per-case parts: equal to the metrics on each resample."""

from __future__ import annotations

import math
import random
import warnings

import numpy as np
from sklearn.metrics import cohen_kappa_score

from agents.schemas import BeliefUpdate, SCTStepResult
from cases.models import SCTStep
from evals.erreason.sct_metrics import (
    SCT_LABELS,
    bootstrap,
    coherence,
    dx_trajectory,
    dx_update,
    linear_kappa,
)

POOL = ("pulmonary embolism", "pneumonia", "acute coronary syndrome", "pericarditis")


def test_linear_kappa_equals_sklearn_including_undefined_cases():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 12)
        gold = [rng.choice(SCT_LABELS) for _ in range(n)]
        pred = [rng.choice(SCT_LABELS) for _ in range(n)]
        if rng.random() < 0.1:
            pred = [gold[0]] * n  # constant raters: κ undefined or degenerate
            gold = [gold[0]] * n
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sklearn warns where κ is undefined
            want = cohen_kappa_score(gold, pred, weights="linear", labels=SCT_LABELS)
        got = linear_kappa(gold, pred)
        assert (math.isnan(want) and math.isnan(got)) or got == want


def _case(rng: random.Random) -> tuple[list[SCTStep], list[SCTStepResult]]:
    gold, model = [], []
    for t in range(1, rng.randint(2, 4) + 1):
        dx = rng.choice(POOL)
        ranks = rng.sample(range(1, len(POOL) + 1), len(POOL))
        gold.append(
            SCTStep(
                timestep=t,
                differential=dx,
                evidence="new finding",
                gold_update=rng.choice([*SCT_LABELS, None]),
                gold_ranking=dict(zip(POOL, ranks, strict=True)),
            )
        )
        ranking = rng.sample(POOL, len(POOL))
        model.append(
            SCTStepResult(
                timestep=t,
                updates=tuple(
                    BeliefUpdate(diagnosis=d, update=rng.choice(SCT_LABELS))
                    for d in rng.sample(POOL, 2)
                ),
                ranking=tuple(ranking),
                final_diagnosis=ranking[0],
            )
        )
    return gold, model


def test_bootstrap_equals_the_metrics_recomputed_on_each_resample():
    rng = random.Random(3)
    cases = [_case(rng) for _ in range(12)]
    got = bootstrap(cases, "corrected", n=40, seed=5)

    draws: dict[str, list[float]] = {}
    sampler = np.random.default_rng(5)
    for _ in range(40):
        sample = [cases[i] for i in sampler.integers(0, len(cases), len(cases))]
        traj = dx_trajectory(sample)
        values = {
            "dx_update.kappa_mean": dx_update(sample, "corrected")["kappa_mean"],
            "trajectory.dx_trajectory": traj["dx_trajectory"],
            "trajectory.final_top1": traj["final_top1"],
            "trajectory.final_top3": traj["final_top3"],
            "coherence.coherence": coherence(sample)["coherence"],
        }
        for key, value in values.items():
            if not math.isnan(value):
                draws.setdefault(key, []).append(value)
    assert set(got) == set(draws)
    for key, vals in draws.items():
        assert got[key]["n_boot"] == len(vals)
        assert got[key]["ci_low"] == float(np.percentile(vals, 2.5))
        assert got[key]["ci_high"] == float(np.percentile(vals, 97.5))
