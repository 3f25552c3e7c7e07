"""Learned acuity/admission model variants and the handbook's floor split, by CV.

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_variants [--shared ../shared/data] [--json out.json]
        [--score VARIANT]

On the KTAS file split once by ``cases.splits.read_score_split``. Every figure
without ``--score`` comes from 5-fold cross-validation on the **read half only**
(stratified, seed 0): out-of-fold probabilities of each model variant, then each
decision rule. ``--score VARIANT`` fits that one variant on the read half and scores
the unseen score half once (aggregate figures only); choose the variant from the CV
figures first.

Model variants (acuity: 5 levels; admission: admit vs discharge):

- ``lr``: the fit's estimator (logistic regression, ``C`` 0.1 as the fit chooses on
  this half; structured features, the rules' outputs and 8 components of the MiniLM
  complaint embedding);
- ``lr_struct``: the same without the complaint embedding;
- ``lr_ngrams``: ``lr`` plus a character 2-4-gram TF-IDF bag of the complaint;
- ``ordinal``: Frank-Hall cumulative binary logistic regressions P(level <= k)
  (acuity only);
- ``hgb``: histogram gradient boosting on the same columns (NaN handled natively);
- ``blend``: the mean of ``lr`` and ``hgb`` probabilities.

Decision rules for acuity: arg-max, and the least expected cost with the smallest
under-triage weight whose floored under-triage is <= 10.5 % (the nurses' rate; the
weight is cross-fitted: chosen on the other folds' out-of-fold rows, applied to the
held-out fold). Floors: ``full`` (every ESI criterion the rules floor on: A, B
high-risk, new confusion, severe pain, D danger-zone vitals, vitals not assessable,
danger-zone vitals -> 3) and ``handbook`` (only the handbook's mandatory criteria:
A, B high-risk situation, new confusion/lethargy/disorientation; pain >= 7 and
danger-zone vitals are "consider" criteria left to the model, which sees them as
features). No applicability-domain check here (every visit scored).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from agents.learned.decision import apply_floor, decide_acuity
from agents.learned.features import STRUCTURED, feature_matrix, visit_features
from agents.learned.variants import make_variant
from agents.offline.knowledge import load_knowledge
from cases.adapters import load_adapter
from cases.labels import ACUITY_TO_ESI
from cases.models import LabelledCase
from cases.splits import read_score_split
from cases.views import build_view
from evals.erreason.fit import FOLDS, UNDER_WEIGHTS, acuity_labels, admit_labels
from evals.erreason.learned_eval import acuity_scores, admit_scores
from evals.erreason.metrics import rate
from retrieval.embeddings import SentenceTransformerEmbedder

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
UNDER_TARGET = 0.105
"""The issue's under-triage bound (the KTAS nurses' rate)."""
ACUITY_VARIANTS = ("lr", "lr_struct", "lr_ngrams", "ordinal", "hgb", "blend")
ADMIT_VARIANTS = ("lr", "lr_ngrams", "hgb", "blend")
ADMIT_COST = 2.0
"""A missed admission costs 2 unneeded ones (the fit's default)."""
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def started() -> tuple[float, float, dict[str, Any]]:
    """Wall and CPU clocks now, and a report stamped with the load average."""
    report: dict[str, Any] = {"load_avg_start": round(os.getloadavg()[0], 1)}
    return time.perf_counter(), time.process_time(), report


def finished(report: dict[str, Any], t0: float, cpu0: float) -> None:
    """Stamp ``report`` with the CPU and wall seconds since ``started`` and the load."""
    report["cpu_s"] = round(time.process_time() - cpu0, 1)
    report["wall_s"] = round(time.perf_counter() - t0, 1)
    report["load_avg_end"] = round(os.getloadavg()[0], 1)


def ktas_halves(shared: Path) -> tuple[list[LabelledCase], list[LabelledCase]]:
    """The KTAS file's read and score halves (``cases.splits.read_score_split``)."""
    return read_score_split(
        list(load_adapter("ktas", shared / "ktas-triage" / "data.csv").cases)
    )


def _pct(r: dict[str, Any]) -> list[float]:
    return [round(100 * r[k], 1) for k in ("rate", "ci_low", "ci_high")]


def summary(pred: Ints, gold: Ints, probs: Floats | None = None) -> dict[str, Any]:
    """Exact / under / over / ESI 1-2 under-triage (Wilson 95 %), Brier and ECE."""
    s = acuity_scores(pred, gold, probs)
    high = gold <= 2
    out: dict[str, Any] = {
        k: _pct(s[k]) for k in ("exact", "under_triage", "over_triage")
    }
    out["esi12_under"] = _pct(rate(int((pred[high] > 2).sum()), int(high.sum())))
    if probs is not None:
        out["brier"] = round(s["brier"]["value"], 3)
        out["ece"] = round(s["ece"]["value"], 3)
    return out


def _weight_for(
    probs: Floats, gold: Ints, floors: Ints, target: float = UNDER_TARGET
) -> float:
    for w in UNDER_WEIGHTS:
        pred = apply_floor(decide_acuity(probs, [1, 2, 3, 4, 5], w), floors)
        if float((pred > gold).mean()) <= target:
            return w
    return UNDER_WEIGHTS[-1]


CONSIDER_TAUS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.01)
"""Consider rule: a "consider" criterion lifts the model's level to the full floor
unless the model's P(level <= that floor) is below tau (0: never lift = the
handbook floor alone; 1.01: always lift = the full floor)."""


def consider(
    levels: Ints, probs: Floats, full: Ints, mandatory: Ints, tau: float
) -> Ints:
    """Apply the mandatory floor, then the consider criteria unless P is below tau."""
    out = apply_floor(levels, mandatory)
    cum = np.cumsum(probs, axis=1)
    p_at = cum[np.arange(len(full)), np.clip(full, 1, 5) - 1]
    lift = (full < out) & (p_at >= tau)
    return np.where(lift, full, out)


def cross_fitted_consider(
    probs: Floats,
    gold: Ints,
    full: Ints,
    mandatory: Ints,
    folds: Sequence[Ints],
) -> tuple[Ints, list[tuple[float, float]]]:
    """Levels with (weight, tau) chosen on the other folds.

    The choice: most exact with under-triage <= the target and ESI 1-2 under-triage
    <= the full floor's at the same weight.
    """
    out = np.zeros(len(gold), dtype=np.int64)
    chosen = []
    for te in folds:
        tr = np.setdiff1d(np.arange(len(gold)), te)
        g = gold[tr]
        high = g <= 2
        best: tuple[float, float, float] | None = None
        for w in UNDER_WEIGHTS:
            lev = decide_acuity(probs[tr], [1, 2, 3, 4, 5], w)
            ref = apply_floor(lev, full[tr])
            ref12 = float((ref[high] > 2).mean())
            for tau in CONSIDER_TAUS:
                pred = consider(lev, probs[tr], full[tr], mandatory[tr], tau)
                ok = (
                    float((pred > g).mean()) <= UNDER_TARGET
                    and float((pred[high] > 2).mean()) <= ref12
                )
                exact = float((pred == g).mean())
                if ok and (best is None or exact > best[0] + 1e-12):
                    best = (exact, w, tau)
        _, w, tau = best or (0.0, UNDER_WEIGHTS[-1], 1.01)
        chosen.append((w, tau))
        lev = decide_acuity(probs[te], [1, 2, 3, 4, 5], w)
        out[te] = consider(lev, probs[te], full[te], mandatory[te], tau)
    return out, chosen


def cross_fitted_levels(
    probs: Floats, gold: Ints, floors: Ints, folds: Sequence[Ints]
) -> tuple[Ints, list[float]]:
    """Floored least-cost levels; each fold's weight chosen on the other folds."""
    out = np.zeros(len(gold), dtype=np.int64)
    weights = []
    for te in folds:
        tr = np.setdiff1d(np.arange(len(gold)), te)
        w = _weight_for(probs[tr], gold[tr], floors[tr])
        weights.append(w)
        out[te] = apply_floor(decide_acuity(probs[te], [1, 2, 3, 4, 5], w), floors[te])
    return out, weights


def _oof(
    make: Callable[[], Any], x: Floats, texts: list[str], y: Ints, folds: list[Ints]
) -> Floats:
    n_classes = len(np.unique(y))
    out = np.zeros((len(y), n_classes))
    for te in folds:
        tr = np.setdiff1d(np.arange(len(y)), te)
        model = make().fit(_inputs(x, texts, tr), y[tr])
        out[te] = model.predict_proba(_inputs(x, texts, te))
    return out


def _inputs(x: Floats, texts: list[str], idx: Ints) -> Any:
    from agents.learned.variants import with_text

    return with_text(x[idx], [texts[i] for i in idx])


def _features(cases: Sequence[LabelledCase], kb: Any, embedder: Any) -> Any:
    rows = [visit_features(build_view(lc.case, "triage"), kb) for lc in cases]
    return (
        feature_matrix(rows, embedder),
        [r.text for r in rows],
        np.array([r.esi_floor for r in rows], dtype=np.int64),
        np.array([r.life_threat_floor for r in rows], dtype=np.int64),
        np.array([r.esi_level for r in rows], dtype=np.int64),
    )


def _acuity_block(
    probs: Floats, y: Ints, floors: dict[str, Ints], folds: list[Ints]
) -> dict[str, Any]:
    arg = np.asarray([1, 2, 3, 4, 5])[probs.argmax(axis=1)]
    block: dict[str, Any] = {"learned alone, arg-max": summary(arg, y, probs)}
    for fname, fl in floors.items():
        block[f"arg-max under {fname} floor"] = summary(apply_floor(arg, fl), y)
        lev, ws = cross_fitted_levels(probs, y, fl, folds)
        block[f"cost (under <= 10.5 %) under {fname} floor"] = summary(lev, y) | {
            "weights": ws
        }
    lev, wt = cross_fitted_consider(probs, y, floors["full"], floors["handbook"], folds)
    block["cost + consider rule (weight, tau cross-fitted)"] = summary(lev, y) | {
        "weights": wt
    }
    return block


def _admit_block(probs: Floats, adm: npt.NDArray[np.bool_]) -> dict[str, Any]:
    out = {}
    for name, t in (("P >= 0.5", 0.5), ("P >= 1/3 (cost 2)", 1 / (1 + ADMIT_COST))):
        s = admit_scores(probs >= t, adm, probs)
        out[name] = {
            "accuracy": _pct(s["accuracy"]),
            "missed": _pct(s["missed_admission"]),
            "brier": round(s["brier"]["value"], 3),
        }
    return out


def run(shared: Path, score_variant: str | None) -> dict[str, Any]:
    """Compute the CV table (or the score half for one variant)."""
    from sklearn.model_selection import StratifiedKFold
    from threadpoolctl import threadpool_limits

    t0, cpu0, report = started()
    read, score = ktas_halves(shared)
    kb = load_knowledge()
    embedder = SentenceTransformerEmbedder()
    xr, tr_, full_r, mand_r, rules_r = _features(read, kb, embedder)
    ya = acuity_labels(read)
    yd = admit_labels(read)
    keep = yd >= 0
    n = len(STRUCTURED)
    with threadpool_limits(limits=1):
        if score_variant is None:
            cv = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
            folds = [te for _, te in cv.split(xr, ya)]
            floors = {"full": full_r, "handbook": mand_r}
            report["rules alone (read)"] = summary(rules_r, ya)
            report["rules under handbook floor only"] = summary(
                apply_floor(np.full_like(rules_r, 5), mand_r), ya
            )
            acu: dict[str, Floats] = {}
            for v in ACUITY_VARIANTS:
                t1 = time.process_time()
                if v == "blend":
                    p = (acu["lr"] + acu["hgb"]) / 2
                else:
                    p = _oof(partial(make_variant, v, n, "acuity"), xr, tr_, ya, folds)
                acu[v] = p
                report[f"acuity {v} (read, 5-fold CV)"] = _acuity_block(
                    p, ya, floors, folds
                ) | {"cpu_s": round(time.process_time() - t1, 1)}
            xk, tk = xr[keep], [t for t, k in zip(tr_, keep, strict=True) if k]
            cvd = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
            dfolds = [te for _, te in cvd.split(xk, yd[keep])]
            adm: dict[str, Floats] = {}
            for v in ADMIT_VARIANTS:
                if v == "blend":
                    p1 = (adm["lr"] + adm["hgb"]) / 2
                else:
                    p1 = _oof(
                        partial(make_variant, v, n, "admit"),
                        xk,
                        tk,
                        yd[keep],
                        dfolds,
                    )[:, 1]
                adm[v] = p1
                report[f"admit {v} (read, 5-fold CV)"] = _admit_block(p1, yd[keep] == 1)
        else:
            xs, ts, full_s, mand_s, rules_s = _features(score, kb, embedder)
            ys, yds = acuity_labels(score), admit_labels(score)
            idx_r = np.arange(len(ya))
            model = make_variant(score_variant, n, "acuity").fit(
                _inputs(xr, tr_, idx_r), ya
            )
            p = model.predict_proba(_inputs(xs, ts, np.arange(len(ys))))
            arg = np.asarray([1, 2, 3, 4, 5])[p.argmax(axis=1)]
            block: dict[str, Any] = {
                "rules alone": summary(rules_s, ys),
                "learned alone, arg-max": summary(arg, ys, p),
            }
            cv = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
            folds = [te for _, te in cv.split(xr, ya)]
            oof = _oof(
                lambda: make_variant(score_variant, n, "acuity"), xr, tr_, ya, folds
            )
            for fname, (fr, fs) in {
                "full": (full_r, full_s),
                "handbook": (mand_r, mand_s),
            }.items():
                w = _weight_for(oof, ya, fr)
                lev = apply_floor(decide_acuity(p, [1, 2, 3, 4, 5], w), fs)
                block[f"arg-max under {fname} floor"] = summary(
                    apply_floor(arg, fs), ys
                )
                block[f"cost (weight {w:g} by read CV) under {fname} floor"] = summary(
                    lev, ys
                )
            report[f"acuity {score_variant} (score half)"] = block
            keep_s = yds >= 0
            dmodel = make_variant(score_variant, n, "admit").fit(
                _inputs(
                    xr[keep],
                    [t for t, k in zip(tr_, keep, strict=True) if k],
                    np.arange(int(keep.sum())),
                ),
                yd[keep],
            )
            ts_k = [t for t, k in zip(ts, keep_s, strict=True) if k]
            pd_ = dmodel.predict_proba(
                _inputs(xs[keep_s], ts_k, np.arange(int(keep_s.sum())))
            )[:, 1]
            report[f"admit {score_variant} (score half)"] = _admit_block(
                pd_, yds[keep_s] == 1
            )
            report["nurse (score half)"] = summary(
                np.array(
                    [
                        ACUITY_TO_ESI[c.gold.human_acuity] if c.gold.human_acuity else 0
                        for c in score
                    ]
                ),
                ys,
            )
    finished(report, t0, cpu0)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the report as JSON (optionally save it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=SHARED, help="shared data folder"
    )
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument(
        "--score",
        choices=[v for v in ACUITY_VARIANTS if v != "blend"],
        help="fit this variant on the read half and score the score half once",
    )
    args = parser.parse_args(argv)
    text = json.dumps(run(args.shared, args.score), indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
