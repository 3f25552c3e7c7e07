"""Scores of acuity and admission answers on arrays (fit cards and benchmarks).

Same definitions as :mod:`evals.erreason.metrics`: exact agreement, under-triage
(answer less urgent than gold) and over-triage as proportions with Wilson 95%
intervals; macro-F1 over the gold levels; multi-class Brier (sum over classes) and
top-label ECE over 10 equal-width bins, each with a percentile-bootstrap 95% interval.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from evals.erreason.metrics import rate

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
_BOOT = 300


def _bootstrap(
    fn: Callable[[npt.NDArray[np.int64]], float], n: int, seed: int = 0
) -> tuple[float, float]:
    if n == 0:
        return (math.nan, math.nan)
    rng = np.random.default_rng(seed)
    vals = [fn(rng.integers(0, n, n)) for _ in range(_BOOT)]
    lo, hi = np.nanpercentile(vals, [2.5, 97.5])
    return float(lo), float(hi)


def _macro_f1(pred: IntArray, gold: IntArray) -> float:
    """Macro-F1 over the gold labels, in numpy (the bootstrap calls it often).

    Same as sklearn's ``f1_score(labels=gold labels, average="macro",
    zero_division=0)``.
    """
    labels = np.unique(gold)
    if len(labels) == 0:
        return math.nan
    f1 = []
    for lab in labels:
        tp = float(np.sum((pred == lab) & (gold == lab)))
        fp = float(np.sum((pred == lab) & (gold != lab)))
        fn = float(np.sum((pred != lab) & (gold == lab)))
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1))


def ece(
    confidence: FloatArray, correct: npt.NDArray[np.bool_], bins: int = 10
) -> float:
    """Top-label expected calibration error over equal-width confidence bins."""
    if len(confidence) == 0:
        return math.nan
    idx = np.minimum((confidence * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(total)


def _stat(value: float, ci: tuple[float, float]) -> dict[str, float]:
    return {"value": value, "ci_low": ci[0], "ci_high": ci[1]}


def acuity_scores(
    pred: Sequence[int] | IntArray,
    gold: Sequence[int] | IntArray,
    probs: FloatArray | None = None,
    classes: Sequence[int] = (1, 2, 3, 4, 5),
) -> dict[str, Any]:
    """Exact / under / over (Wilson CI), macro-F1, Brier and ECE (bootstrap CI).

    Args:
        pred: Answered levels (1 most urgent).
        gold: Gold levels.
        probs: Probabilities per row over ``classes`` (None: no Brier/ECE).
        classes: Level of each probability column.
    """
    p = np.asarray(pred, dtype=np.int64)
    g = np.asarray(gold, dtype=np.int64)
    n = len(g)
    out: dict[str, Any] = {
        "n": n,
        "exact": rate(int((p == g).sum()), n),
        "under_triage": rate(int((p > g).sum()), n),
        "over_triage": rate(int((p < g).sum()), n),
        "macro_f1": _stat(
            _macro_f1(p, g), _bootstrap(lambda i: _macro_f1(p[i], g[i]), n)
        ),
    }
    if probs is not None:
        onehot = (np.asarray(classes)[None, :] == g[:, None]).astype(float)
        brier_rows = ((probs - onehot) ** 2).sum(axis=1)
        conf = probs.max(axis=1)
        correct = np.asarray(classes)[probs.argmax(axis=1)] == g
        out["brier"] = _stat(
            float(brier_rows.mean()),
            _bootstrap(lambda i: float(brier_rows[i].mean()), n),
        )
        out["ece"] = _stat(
            ece(conf, correct), _bootstrap(lambda i: ece(conf[i], correct[i]), n)
        )
    return out


def admit_scores(
    pred_admit: Sequence[bool] | npt.NDArray[np.bool_],
    gold_admit: Sequence[bool] | npt.NDArray[np.bool_],
    p_admit: FloatArray | None = None,
) -> dict[str, Any]:
    """Admit-vs-discharge accuracy, missed admissions, Brier and ECE.

    ``missed_admission`` is the share of gold admissions answered Discharge (the
    unsafe-discharge rate on these rows).
    """
    p = np.asarray(pred_admit, dtype=bool)
    g = np.asarray(gold_admit, dtype=bool)
    n = len(g)
    out: dict[str, Any] = {
        "n": n,
        "accuracy": rate(int((p == g).sum()), n),
        "missed_admission": rate(int((~p & g).sum()), int(g.sum())),
        "predicted_admit": rate(int(p.sum()), n),
        "gold_admit": rate(int(g.sum()), n),
    }
    if p_admit is not None:
        pa = np.asarray(p_admit, dtype=np.float64)
        brier_rows = 2.0 * (pa - g) ** 2  # two-class sum, as the multi-class Brier
        conf = np.maximum(pa, 1 - pa)
        correct = (pa >= 0.5) == g
        out["brier"] = _stat(
            float(brier_rows.mean()),
            _bootstrap(lambda i: float(brier_rows[i].mean()), n),
        )
        out["ece"] = _stat(
            ece(conf, correct), _bootstrap(lambda i: ece(conf[i], correct[i]), n)
        )
    return out
