"""Pure classification, interval, safety and calibration metrics.

ICD/CCSR and cross-stage metrics live in :mod:`evals.erreason.icd`, SCT metrics in
:mod:`evals.erreason.sct_metrics`, ROUGE and rationale scores in
:mod:`evals.erreason.text`. Everything here takes plain lists and returns plain dicts
(JSON-ready) so the report, the tests and ``compare`` share one representation.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

import numpy as np

from cases.labels import ACUITY_TO_ESI
from evals.erreason.parsing import Mode

Z95: Final = 1.96
NO_ANSWER: Final = "<no answer>"
ADMIT_LIKE: Final = frozenset({"Admit", "OR Admit", "Observation"})


def wilson_interval(hits: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval, the formula of ``cross_stage_analysis.py``.

    (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).

    Args:
        hits: Successes.
        n: Trials.
        z: Normal quantile (1.96 as in the official script).

    Returns:
        (low, high); (nan, nan) when ``n`` is 0.
    """
    if n <= 0:
        return (math.nan, math.nan)
    p = hits / n
    denom = 1 + z * z / n
    centre = p + z * z / (2 * n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (max(0.0, (centre - half) / denom), min(1.0, (centre + half) / denom))


def rate(hits: int, n: int) -> dict[str, Any]:
    """A proportion with its Wilson 95% interval, as a JSON-ready dict."""
    low, high = wilson_interval(hits, n)
    return {
        "hits": hits,
        "n": n,
        "rate": hits / n if n else math.nan,
        "ci_low": low,
        "ci_high": high,
    }


def classification_metrics(
    preds: Sequence[str | None],
    golds: Sequence[str | None],
    labels: Sequence[str],
    mode: Mode,
) -> dict[str, Any]:
    """Accuracy, per-class recall and macro-F1 with the mode's denominators.

    ``paper``: only rows whose prediction is one of ``labels`` count (the official
    ``calculate_accuracy``); rows with no gold are still in, scored wrong.
    ``corrected``: every row with a gold label counts; a missing or invalid prediction
    is wrong. Both report coverage (share of rows with a valid prediction).

    Args:
        preds: Parsed predictions (``None`` = no answer / invalid).
        golds: Gold labels (``None`` = unknown gold).
        labels: The valid label set.
        mode: ``"paper"`` or ``"corrected"``.

    Returns:
        A dict with accuracy (+ Wilson CI), n, coverage, per-class recall, macro-F1.
    """
    from sklearn.metrics import f1_score

    valid_set = set(labels)
    pairs = list(zip(preds, golds, strict=True))
    n_total = len(pairs)
    n_valid_pred = sum(p in valid_set for p, _ in pairs)
    kept: list[tuple[str | None, str | None]] = [
        (p, g)
        for p, g in pairs
        if (p in valid_set if mode == "paper" else g is not None)
    ]
    hits = sum(p is not None and p == g for p, g in kept)
    per_class: dict[str, dict[str, Any]] = {}
    for lab in labels:
        rows = [(p, g) for p, g in kept if g == lab]
        if rows:
            per_class[lab] = rate(sum(p == lab for p, _ in rows), len(rows))
    gold_labels = sorted({g for _, g in kept if g in valid_set})
    macro = math.nan
    if gold_labels:
        y_true = [g if g is not None else NO_ANSWER for _, g in kept]
        y_pred = [p if p is not None else NO_ANSWER for p, _ in kept]
        macro = float(
            f1_score(
                y_true, y_pred, labels=gold_labels, average="macro", zero_division=0
            )
        )
    out = rate(hits, len(kept))
    out.update(
        {
            "mode": mode,
            "accuracy": out["rate"],
            "n_total": n_total,
            "n_valid_pred": n_valid_pred,
            "coverage": n_valid_pred / n_total if n_total else math.nan,
            "per_class_recall": per_class,
            "macro_f1": macro,
        }
    )
    return out


def confusion(
    preds: Sequence[str | None], golds: Sequence[str | None], labels: Sequence[str]
) -> dict[str, Any]:
    """Confusion matrix (rows gold, columns predicted) with a no-answer column."""
    cols = [*labels, NO_ANSWER]
    index = {lab: i for i, lab in enumerate(cols)}
    matrix = [[0] * len(cols) for _ in labels]
    rows = {lab: i for i, lab in enumerate(labels)}
    for p, g in zip(preds, golds, strict=True):
        if g in rows:
            matrix[rows[g]][index.get(p or NO_ANSWER, index[NO_ANSWER])] += 1
    return {"labels": list(labels), "columns": cols, "matrix": matrix}


def triage_safety(
    preds: Sequence[str | None], golds: Sequence[str | None]
) -> dict[str, Any]:
    """Under-triage (predicted ESI less urgent than gold) and over-triage rates.

    Denominator: rows with a gold acuity and a predicted acuity; coverage shown.
    Also reports under-triage of ESI 1-2 patients (the dangerous kind).
    """
    both = [
        (ACUITY_TO_ESI[p], ACUITY_TO_ESI[g])
        for p, g in zip(preds, golds, strict=True)
        if p in ACUITY_TO_ESI and g in ACUITY_TO_ESI
    ]
    n_gold = sum(g in ACUITY_TO_ESI for g in golds)
    high = [(p, g) for p, g in both if g <= 2]
    return {
        "under_triage": rate(sum(p > g for p, g in both), len(both)),
        "over_triage": rate(sum(p < g for p, g in both), len(both)),
        "under_triage_esi12": rate(sum(p > 2 for p, _ in high), len(high)),
        "n_scored": len(both),
        "coverage": len(both) / n_gold if n_gold else math.nan,
    }


def unsafe_discharge(
    preds: Sequence[str | None],
    golds: Sequence[str | None],
    gold_icu: Sequence[bool] | None = None,
) -> dict[str, Any]:
    """Predicted Discharge where gold is Admit / OR Admit / Observation (or ICU).

    Denominator: the patients who needed admission (all of them, no-answers included:
    a missing answer is not counted as unsafe). Also reported over every case.
    """
    icu = list(gold_icu) if gold_icu is not None else [False] * len(golds)
    need = [
        p for p, g, i in zip(preds, golds, icu, strict=True) if g in ADMIT_LIKE or i
    ]
    unsafe = sum(p == "Discharge" for p in need)
    return {
        "unsafe_discharge": rate(unsafe, len(need)),
        "unsafe_discharge_all_cases": rate(unsafe, len(golds)),
    }


def calibration(
    probs: Sequence[Mapping[str, float] | None],
    golds: Sequence[str | None],
    labels: Sequence[str],
    n_bins: int = 10,
) -> dict[str, Any]:
    """Multi-class Brier score, top-label ECE and reliability-diagram bins.

    Only rows with both a probability vector and a gold label in ``labels`` count.
    Brier = mean over rows of Σ_k (p_k − y_k)² (sklearn's multi-class definition).
    ECE = Σ_b (n_b / n)·|acc_b − conf_b| over ``n_bins`` equal-width bins of the
    top-label confidence.
    """
    from sklearn.metrics import brier_score_loss

    rows = [
        (p, g)
        for p, g in zip(probs, golds, strict=True)
        if p is not None and g in labels
    ]
    if not rows:
        return {"n": 0, "brier": math.nan, "ece": math.nan, "bins": []}
    mat = np.array([[float(p.get(lab, 0.0)) for lab in labels] for p, _ in rows])
    sums = mat.sum(axis=1, keepdims=True)
    mat = np.divide(mat, sums, out=np.full_like(mat, 1 / len(labels)), where=sums > 0)
    y = [g for _, g in rows]
    order = sorted(range(len(labels)), key=lambda i: labels[i])  # sklearn wants sorted
    brier = float(
        brier_score_loss(
            y,
            mat[:, order],
            labels=[labels[i] for i in order],
            scale_by_half=False,
        )
    )
    conf = mat.max(axis=1)
    correct = np.array(
        [labels[int(i)] == g for i, g in zip(mat.argmax(1), y, strict=False)]
    )
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, n_bins - 1)
    bins = []
    ece = 0.0
    for b in range(n_bins):
        mask = which == b
        if not mask.any():
            continue
        acc, cf, cnt = (
            float(correct[mask].mean()),
            float(conf[mask].mean()),
            int(mask.sum()),
        )
        ece += cnt / len(rows) * abs(acc - cf)
        bins.append(
            {
                "low": float(edges[b]),
                "high": float(edges[b + 1]),
                "n": cnt,
                "confidence": cf,
                "accuracy": acc,
            }
        )
    return {"n": len(rows), "brier": brier, "ece": ece, "bins": bins}
