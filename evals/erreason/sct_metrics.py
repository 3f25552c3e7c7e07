"""SCT reasoning metrics (ER-Reason's ``sct_eval.py``), from typed steps.

Gold steps are :class:`cases.models.SCTStep`; model steps are the assessment agent's
:class:`agents.schemas.SCTStepResult`, matched to gold by timestep. ``paper`` looks up
the model's update by lower-cased exact diagnosis name (a paraphrase drops the row);
``corrected`` snaps names to the pool (alphanumerics only, exact then substring).
"""

from __future__ import annotations

import itertools
import math
import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from agents.llm.sct import snap
from agents.schemas import SCTStepResult
from cases.models import SCTStep
from evals.erreason.parsing import Mode

TYPO_FIXES: Final = {
    "aspergillosus": "aspergillosis",
    "arrythmia": "arrhythmia",
    "intraparynchemal": "intraparenchymal",
}
SCT_LABELS: Final = [-2, -1, 0, 1, 2]

CasePair = tuple[Sequence[SCTStep], Sequence[SCTStepResult]]


def fix_typos(name: str) -> str:
    """Official typo fixes on a gold/differential name, lower-cased and stripped."""
    out = name.strip().lower().rstrip(":").strip()
    for bad, good in TYPO_FIXES.items():
        out = out.replace(bad, good)
    return out


def _merged(
    cases: Sequence[CasePair],
) -> list[tuple[int, SCTStep, SCTStepResult, bool]]:
    rows = []
    for gold, model in cases:
        by_t = {m.timestep: m for m in model}
        last = max((g.timestep for g in gold), default=None)
        for g in gold:
            m = by_t.get(g.timestep)
            if m is not None:
                rows.append((g.timestep, g, m, g.timestep == last))
    return rows


def _model_update(g: SCTStep, m: SCTStepResult, mode: Mode) -> int | None:
    target = fix_typos(g.differential)
    for u in m.updates:
        name = u.diagnosis.strip().lower()
        if mode == "corrected":
            snapped = snap(u.diagnosis, [target])
            name = snapped if snapped is not None else name
        if name == target:
            return u.update
    return None


def dx_update(cases: Sequence[CasePair], mode: Mode) -> dict[str, Any]:
    """DxUpdate: linear-weighted κ per timestep (n ≥ 2) averaged; plus agreement.

    Uses sklearn ``cohen_kappa_score(weights="linear", labels=[-2..2])``. Timesteps
    where κ is undefined (both raters constant on one value) are skipped and counted.
    """
    from sklearn.metrics import cohen_kappa_score

    per_t: dict[int, list[tuple[int, int]]] = defaultdict(list)
    n_dropped = 0
    for t, g, m, _ in _merged(cases):
        mu = _model_update(g, m, mode)
        if g.gold_update is None or mu is None:
            n_dropped += 1
            continue
        per_t[t].append((g.gold_update, mu))
    kappas: dict[int, float] = {}
    undefined = 0
    for t, pairs in sorted(per_t.items()):
        if len(pairs) < 2:
            continue
        gold, pred = zip(*pairs, strict=True)
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # undefined κ -> nan, counted below
            k = float(
                cohen_kappa_score(gold, pred, weights="linear", labels=SCT_LABELS)
            )
        if math.isnan(k):
            undefined += 1
            continue
        kappas[t] = k
    allpairs = [p for pairs in per_t.values() for p in pairs]
    vals = list(kappas.values())
    return {
        "kappa_mean": float(np.mean(vals)) if vals else math.nan,
        "kappa_sd": float(np.std(vals, ddof=1)) if len(vals) > 1 else math.nan,
        "kappa_by_timestep": {str(t): k for t, k in kappas.items()},
        "timesteps_undefined": undefined,
        "exact_agreement": float(np.mean([a == b for a, b in allpairs]))
        if allpairs
        else math.nan,
        "direction_agreement": float(
            np.mean([np.sign(a) == np.sign(b) for a, b in allpairs])
        )
        if allpairs
        else math.nan,
        "n_pairs": len(allpairs),
        "n_dropped": n_dropped,
    }


def _step_rho(g: SCTStep, m: SCTStepResult) -> float | None:
    from scipy.stats import spearmanr

    if not g.gold_ranking or not m.ranking:
        return None
    gold = {fix_typos(k): v for k, v in g.gold_ranking.items()}
    model = {d.strip().lower(): i + 1 for i, d in enumerate(m.ranking)}
    shared = [d for d in gold if d in model]
    if len(shared) < 2 or len({gold[d] for d in shared}) < 2:
        return None
    rho = spearmanr([gold[d] for d in shared], [model[d] for d in shared]).statistic
    return None if math.isnan(rho) else float(rho)


def _trajectory_lists(
    rows: Sequence[tuple[int, SCTStep, SCTStepResult, bool]],
) -> tuple[list[float], list[float], list[bool], list[bool]]:
    """Per-step ρ, final-step ρ, final top-1 and top-3 hits, in row order."""
    rhos: list[float] = []
    final_rhos: list[float] = []
    top1: list[bool] = []
    top3: list[bool] = []
    for _, g, m, is_final in rows:
        rho = _step_rho(g, m)
        if rho is not None:
            rhos.append(rho)
            if is_final:
                final_rhos.append(rho)
        if is_final and g.gold_ranking:
            gold_top = fix_typos(min(g.gold_ranking.items(), key=lambda kv: kv[1])[0])
            pred = (m.final_diagnosis or "").strip().lower()
            top1.append(pred == gold_top)
            if m.ranking:
                top3.append(gold_top in [d.strip().lower() for d in m.ranking[:3]])
    return rhos, final_rhos, top1, top3


def dx_trajectory(cases: Sequence[CasePair]) -> dict[str, Any]:
    """DxTrajectory (pooled mean Spearman ρ), FinalDx top-1/top-3 and final ρ."""
    rhos, final_rhos, top1, top3 = _trajectory_lists(_merged(cases))
    return {
        "dx_trajectory": _mean(rhos),
        "n_rows": len(rhos),
        "final_rho": _mean(final_rhos),
        "final_top1": _mean(top1),
        "final_top3": _mean(top3),
        "n_final": len(top1),
    }


def _coherence_flags(cases: Sequence[CasePair]) -> list[bool]:
    flags: list[bool] = []
    for _, model in cases:
        steps = sorted(model, key=lambda s: s.timestep)
        for prev, cur in itertools.pairwise(steps):
            if not prev.ranking or not cur.ranking:
                continue
            old = {d.strip().lower(): i for i, d in enumerate(prev.ranking)}
            new = {d.strip().lower(): i for i, d in enumerate(cur.ranking)}
            for u in cur.updates:
                name = u.diagnosis.strip().lower()
                if u.update == 0 or name not in old or name not in new:
                    continue
                delta = old[name] - new[name]
                if delta != 0:
                    flags.append(bool(np.sign(u.update) == np.sign(delta)))
    return flags


def coherence(cases: Sequence[CasePair]) -> dict[str, Any]:
    """Share of non-zero updates whose sign matches the model's own rank change."""
    flags = _coherence_flags(cases)
    return {"coherence": _mean(flags), "n_pairs": len(flags)}


def top1_by_timestep(cases: Sequence[CasePair]) -> dict[str, float]:
    """Paper Figure 3 / Table 9: model top-ranked vs gold top, per timestep."""
    hits: dict[int, list[bool]] = defaultdict(list)
    for t, g, m, _ in _merged(cases):
        if g.gold_ranking and m.ranking:
            gold_top = fix_typos(min(g.gold_ranking.items(), key=lambda kv: kv[1])[0])
            hits[t].append(m.ranking[0].strip().lower() == gold_top)
    return {str(t): float(np.mean(v)) for t, v in sorted(hits.items())}


def invalid_steps(cases: Sequence[CasePair]) -> int:
    """Model steps left empty (no valid answer after the allowed attempts)."""
    return sum(
        not m.ranking and m.final_diagnosis is None for _, model in cases for m in model
    )


def linear_kappa(gold: Sequence[int], pred: Sequence[int]) -> float:
    """Linear-weighted Cohen's κ over ``SCT_LABELS``; NaN where undefined.

    The arithmetic of sklearn's ``cohen_kappa_score(weights="linear",
    labels=SCT_LABELS)`` (same float64 operations, so the same value) without its
    input validation, which dominated the bootstrap's run time.
    """
    index = {label: i for i, label in enumerate(SCT_LABELS)}
    size = len(SCT_LABELS)
    confusion = np.zeros((size, size), dtype=np.float64)
    for a, b in zip(gold, pred, strict=True):
        if a in index and b in index:
            confusion[index[a], index[b]] += 1
    sum0, sum1 = confusion.sum(axis=0), confusion.sum(axis=1)
    total = np.sum(sum0)
    if total == 0:
        return math.nan
    weights = np.zeros((size, size), dtype=np.float64) + np.arange(size)
    weights = np.abs(weights - weights.T)
    denominator = np.sum(weights * (np.outer(sum0, sum1) / total))
    if denominator == 0:
        return math.nan
    return float(1 - np.sum(weights * confusion) / denominator)


@dataclass(frozen=True)
class _CaseParts:
    """One case's contributions to the headline figures, computed once per case."""

    updates: tuple[tuple[int, int, int], ...]
    """(timestep, gold update, model update) for each scorable step."""
    rhos: tuple[float, ...]
    top1: tuple[bool, ...]
    top3: tuple[bool, ...]
    coherent: tuple[bool, ...]


def _case_parts(case: CasePair, mode: Mode) -> _CaseParts:
    updates = []
    for t, g, m, _ in _merged([case]):
        mu = _model_update(g, m, mode)
        if g.gold_update is not None and mu is not None:
            updates.append((t, g.gold_update, mu))
    trajectory = _trajectory_lists(_merged([case]))
    return _CaseParts(
        updates=tuple(updates),
        rhos=tuple(trajectory[0]),
        top1=tuple(trajectory[2]),
        top3=tuple(trajectory[3]),
        coherent=tuple(_coherence_flags([case])),
    )


def _mean(xs: Sequence[float | bool]) -> float:
    return float(np.mean(xs)) if xs else math.nan


def _headline(parts: Sequence[_CaseParts]) -> dict[str, float]:
    """The headline figures of a resample, pooled from its cases' parts.

    Equal to ``dx_update``, ``dx_trajectory`` and ``coherence`` on the same cases.
    """
    per_t: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p in parts:
        for t, gold, pred in p.updates:
            per_t[t].append((gold, pred))
    kappas = []
    for _, pairs in sorted(per_t.items()):
        if len(pairs) >= 2:
            k = linear_kappa([g for g, _ in pairs], [m for _, m in pairs])
            if not math.isnan(k):
                kappas.append(k)
    return {
        "dx_update.kappa_mean": _mean(kappas),
        "trajectory.dx_trajectory": _mean([r for p in parts for r in p.rhos]),
        "trajectory.final_top1": _mean([h for p in parts for h in p.top1]),
        "trajectory.final_top3": _mean([h for p in parts for h in p.top3]),
        "coherence.coherence": _mean([f for p in parts for f in p.coherent]),
    }


def bootstrap(
    cases: Sequence[CasePair], mode: Mode, n: int = 1000, seed: int = 0
) -> dict[str, dict[str, float]]:
    """95 % percentile intervals of the headline SCT figures over resampled cases.

    Each case's contributions (update pairs, Spearman ρ, top-k hits, coherence
    flags) are computed once; a resample only pools them, so the cost of snapping
    names and ranking correlations is paid once per case, not once per resample.
    """
    parts = [_case_parts(case, mode) for case in cases]
    rng = np.random.default_rng(seed)
    draws: dict[str, list[float]] = defaultdict(list)
    for _ in range(n):
        sample = [parts[i] for i in rng.integers(0, len(parts), len(parts))]
        for key, value in _headline(sample).items():
            if not math.isnan(value):
                draws[key].append(value)
    return {
        key: {
            "ci_low": float(np.percentile(vals, 2.5)),
            "ci_high": float(np.percentile(vals, 97.5)),
            "n_boot": len(vals),
        }
        for key, vals in draws.items()
    }


def sct_metrics(
    cases: Sequence[CasePair], mode: Mode, n_boot: int = 1000
) -> dict[str, Any]:
    """All SCT figures for one mode, with 1,000-bootstrap intervals."""
    return {
        "dx_update": dx_update(cases, mode),
        "trajectory": dx_trajectory(cases),
        "coherence": coherence(cases),
        "top1_by_timestep": top1_by_timestep(cases),
        "invalid_steps": invalid_steps(cases),
        "bootstrap": bootstrap(cases, mode, n_boot) if cases else {},
        "n_cases": len(cases),
    }
