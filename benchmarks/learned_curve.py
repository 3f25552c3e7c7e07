"""Learning curve of the learned acuity/admission models: would more rows reach 70 %?

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_curve [--shared ../shared/data] [--json out.json]
        [--plot docs/learned_curve.png] [--score]

On the KTAS file split once by ``cases.splits.read_score_split``. Without
``--score`` every figure is 5-fold cross-validation on the **read half only**
(stratified, seed 0; KTAS has one visit per patient, so row folds are patient
folds): in each fold the model is fitted on 25 / 50 / 75 / 100 % of the other
folds' rows (a stratified subsample, 3 draws below 100 %) and scores the held-out
fold. ``--score`` instead fits on 25-100 % of the read half and scores the unseen
score half once per size (aggregate figures only).

Figures per training size (mean over draws; Wilson 95 % interval of the pooled
hits): learned alone, arg-max (exact, under-triage); learned under the ESI
handbook's mandatory floor with the least-cost decision whose floored under-triage
is <= 10.5 % (weight cross-fitted on the other folds); admit vs discharge at
P >= 1/3. The extrapolation fits ``acc(n) = a - b * n ** -c`` (inverse power law,
the usual learning-curve form; Figueroa et al., BMC Med Inform Decis Mak 2012) to
the CV points and states the rows at which it would reach 70 %, if ever.

Model variants: ``lr_ngrams`` (the fit's estimator: logistic regression, C 0.1,
structured features and the rules' outputs, 8 embedding components, complaint
character n-grams), ``ordinal_ngrams`` (Frank-Hall cumulative logits on the same
columns) and ``blend`` (mean of ``lr_ngrams`` and histogram gradient boosting).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from agents.learned.decision import apply_floor, decide_acuity
from agents.learned.features import STRUCTURED
from agents.learned.variants import make_variant
from agents.offline.knowledge import load_knowledge
from benchmarks.learned_variants import (
    _features,
    _inputs,
    cross_fitted_levels,
    finished,
    ktas_halves,
    started,
)
from evals.erreason.fit import FOLDS, UNDER_WEIGHTS, acuity_labels, admit_labels
from evals.erreason.metrics import wilson_interval
from retrieval.embeddings import SentenceTransformerEmbedder

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FRACTIONS = (0.25, 0.5, 0.75, 1.0)
DRAWS = 3
"""Subsamples per fraction below 100 % (the spread is reported)."""
VARIANTS = ("lr_ngrams", "ordinal_ngrams", "blend")
DEFAULT_VARIANTS = ("lr_ngrams", "ordinal_ngrams")
"""The blend refits a boosted model 100 times: ask for it with ``--variants``."""
TARGET = 0.70
UNDER_TARGET = 0.105
LEVELS = [1, 2, 3, 4, 5]
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def subsample(idx: Ints, y: Ints, fraction: float, seed: int) -> Ints:
    """A stratified subsample of ``idx`` (every class keeps >= 2 rows if it has)."""
    if fraction >= 1.0:
        return idx
    rng = np.random.default_rng(seed)
    keep = []
    for level in np.unique(y[idx]):
        rows = idx[y[idx] == level]
        n = max(min(2, len(rows)), round(fraction * len(rows)))
        keep.append(rng.choice(rows, n, replace=False))
    return np.sort(np.concatenate(keep))


def _model(variant: str, task: str) -> Any:
    n = len(STRUCTURED)
    if variant == "blend":
        return _Blend(make_variant("lr_ngrams", n, task), make_variant("hgb", n, task))
    return make_variant(variant, n, task)


class _Blend:
    """Mean probabilities of two fitted models."""

    def __init__(self, a: Any, b: Any) -> None:
        self.a, self.b = a, b

    def fit(self, x: Any, y: Ints) -> _Blend:
        self.a.fit(x, y)
        self.b.fit(x, y)
        return self

    def predict_proba(self, x: Any) -> Floats:
        out: Floats = (self.a.predict_proba(x) + self.b.predict_proba(x)) / 2
        return out


def _probs(
    variant: str,
    task: str,
    x: Floats,
    texts: list[str],
    y: Ints,
    train: Ints,
    test_x: Floats,
    test_texts: list[str],
) -> Floats:
    model = _model(variant, task).fit(_inputs(x, texts, train), y[train])
    out: Floats = model.predict_proba(
        _inputs(test_x, test_texts, np.arange(len(test_x)))
    )
    if out.shape[1] < (5 if task == "acuity" else 2):  # a class absent in training
        full = np.zeros((len(test_x), 5 if task == "acuity" else 2))
        classes = np.unique(y[train])
        full[:, classes - (1 if task == "acuity" else 0)] = out
        out = full
    return out


def _point(
    exact: list[float], n: int, under: list[float] | None = None
) -> dict[str, Any]:
    mean = float(np.mean(exact))
    lo, hi = wilson_interval(round(mean * n), n)
    out = {
        "mean": round(100 * mean, 1),
        "ci": [round(100 * lo, 1), round(100 * hi, 1)],
        "draws": [round(100 * e, 1) for e in exact],
    }
    if under is not None:
        out["under"] = round(100 * float(np.mean(under)), 1)
    return out


def curve_cv(
    x: Floats,
    texts: list[str],
    ya: Ints,
    yd: Ints,
    mand: Ints,
    variants: Sequence[str],
) -> dict[str, Any]:
    """Read-half CV learning curve for each variant."""
    from sklearn.model_selection import StratifiedKFold

    folds = [
        te
        for _, te in StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(x, ya)
    ]
    keep = np.flatnonzero(yd >= 0)
    report: dict[str, Any] = {}
    for variant in variants:
        rows: dict[str, Any] = {}
        for frac in FRACTIONS:
            draws = 1 if frac >= 1.0 else DRAWS
            alone, alone_u, floored, floored_u, admit, n_train = [], [], [], [], [], []
            for d in range(draws):
                probs = np.zeros((len(ya), 5))
                padm = np.full(len(ya), np.nan)
                for k, te in enumerate(folds):
                    tr = np.setdiff1d(np.arange(len(ya)), te)
                    sub = subsample(tr, ya, frac, 100 * d + k)
                    n_train.append(len(sub))
                    probs[te] = _probs(
                        variant,
                        "acuity",
                        x,
                        texts,
                        ya,
                        sub,
                        x[te],
                        [texts[i] for i in te],
                    )
                    if variant != "ordinal_ngrams":
                        tr_d = np.intersect1d(sub, keep)
                        te_d = np.intersect1d(te, keep)
                        padm[te_d] = _probs(
                            variant,
                            "admit",
                            x,
                            texts,
                            yd,
                            tr_d,
                            x[te_d],
                            [texts[i] for i in te_d],
                        )[:, 1]
                arg = np.asarray(LEVELS)[probs.argmax(axis=1)]
                alone.append(float((arg == ya).mean()))
                alone_u.append(float((arg > ya).mean()))
                lev, _ = cross_fitted_levels(probs, ya, mand, folds)
                floored.append(float((lev == ya).mean()))
                floored_u.append(float((lev > ya).mean()))
                if variant != "ordinal_ngrams":
                    p = padm[keep]
                    admit.append(float(((p >= 1 / 3) == (yd[keep] == 1)).mean()))
            row = {
                "n_train_mean": round(float(np.mean(n_train)), 1),
                "learned_alone": _point(alone, len(ya), alone_u),
                "under_handbook_floor": _point(floored, len(ya), floored_u),
            }
            if admit:
                row["admit_at_1/3"] = _point(admit, len(keep))
            rows[f"{int(100 * frac)} %"] = row
            print(f"cv {variant} {frac:g}: {row}", file=sys.stderr, flush=True)
        report[variant] = rows
    return report


def curve_score(
    read: tuple[Floats, list[str], Ints, Ints, Ints],
    score: tuple[Floats, list[str], Ints, Ints, Ints],
    variants: Sequence[str],
) -> dict[str, Any]:
    """Fit on 25-100 % of the read half; score the score half (aggregates only).

    The acuity decision's weight is the smallest whose floored under-triage is <=
    10.5 % on the read half's own 5-fold out-of-fold probabilities at that size.
    """
    from sklearn.model_selection import StratifiedKFold

    xr, tr_, ya, yd, mand = read
    xs, ts, ys, yds, mand_s = score
    keep_r, keep_s = np.flatnonzero(yd >= 0), np.flatnonzero(yds >= 0)
    report: dict[str, Any] = {}
    for variant in variants:
        rows: dict[str, Any] = {}
        for frac in FRACTIONS:
            draws = 1 if frac >= 1.0 else DRAWS
            alone, alone_u, floored, floored_u, admit = [], [], [], [], []
            for d in range(draws):
                sub = subsample(np.arange(len(ya)), ya, frac, 1000 + d)
                p = _probs(variant, "acuity", xr, tr_, ya, sub, xs, ts)
                arg = np.asarray(LEVELS)[p.argmax(axis=1)]
                alone.append(float((arg == ys).mean()))
                alone_u.append(float((arg > ys).mean()))
                # weight from the subsample's own out-of-fold probabilities
                oof = np.zeros((len(sub), 5))
                cv = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
                for tr_i, te_i in cv.split(sub, ya[sub]):
                    te_rows = sub[te_i]
                    oof[te_i] = _probs(
                        variant,
                        "acuity",
                        xr,
                        tr_,
                        ya,
                        sub[tr_i],
                        xr[te_rows],
                        [tr_[i] for i in te_rows],
                    )
                w = UNDER_WEIGHTS[-1]
                for cand in UNDER_WEIGHTS:
                    lev_r = apply_floor(decide_acuity(oof, LEVELS, cand), mand[sub])
                    if float((lev_r > ya[sub]).mean()) <= UNDER_TARGET:
                        w = cand
                        break
                lev = apply_floor(decide_acuity(p, LEVELS, w), mand_s)
                floored.append(float((lev == ys).mean()))
                floored_u.append(float((lev > ys).mean()))
                if variant != "ordinal_ngrams":
                    sub_d = np.intersect1d(sub, keep_r)
                    pd_ = _probs(
                        variant,
                        "admit",
                        xr,
                        tr_,
                        yd,
                        sub_d,
                        xs[keep_s],
                        [ts[i] for i in keep_s],
                    )[:, 1]
                    admit.append(float(((pd_ >= 1 / 3) == (yds[keep_s] == 1)).mean()))
            row = {
                "n_train": len(subsample(np.arange(len(ya)), ya, frac, 1000)),
                "learned_alone": _point(alone, len(ys), alone_u),
                "under_handbook_floor": _point(floored, len(ys), floored_u),
            }
            if admit:
                row["admit_at_1/3"] = _point(admit, len(keep_s))
            rows[f"{int(100 * frac)} %"] = row
        report[variant] = rows
    return report


def power_law(ns: Sequence[float], accs: Sequence[float]) -> dict[str, Any]:
    """Fit ``acc = a - b * n ** -c`` and say where (if ever) it reaches 70 %.

    ``a`` (the asymptote) is bounded to [0, 1] and ``c`` to [0.05, 2]; with four
    points the fit is a description of the trend, not a proof.
    """
    from scipy.optimize import curve_fit

    n = np.asarray(ns, dtype=np.float64)
    acc = np.asarray(accs, dtype=np.float64) / 100

    def f(v: Floats, a: float, b: float, c: float) -> Floats:
        out: Floats = a - b * v**-c
        return out

    try:
        (a, b, c), _ = curve_fit(
            f,
            n,
            acc,
            p0=(min(0.99, acc.max() + 0.05), 1.0, 0.5),
            bounds=([0.0, 0.0, 0.05], [1.0, 100.0, 2.0]),
            maxfev=20000,
        )
    except RuntimeError as exc:  # no convergence: say so
        return {"error": str(exc)}
    need = (
        None
        if a <= TARGET
        else float((b / (a - TARGET)) ** (1 / c))  # a - b n^-c = 0.7
    )
    per_doubling = 100 * float(f(2 * n[-1], a, b, c) - f(n[-1], a, b, c))
    return {
        "asymptote": round(100 * a, 1),
        "b": round(float(b), 3),
        "c": round(float(c), 3),
        "at_443": round(100 * float(f(np.array(443.0), a, b, c)), 1),
        "at_887": round(100 * float(f(np.array(887.0), a, b, c)), 1),
        "at_4000": round(100 * float(f(np.array(4000.0), a, b, c)), 1),
        "gain_next_doubling": round(per_doubling, 1),
        "rows_for_70": None if need is None else round(need),
    }


def plot(report: dict[str, Any], path: Path) -> None:
    """Exact triage against training rows, with the fitted extrapolation."""
    from evals.erreason.plots import pyplot

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.4))
    colours = {v: f"C{i}" for i, v in enumerate(report["cv"])}
    grid = np.linspace(60, 4000, 300)
    for variant, rows in report["cv"].items():
        for key, style in (("learned_alone", "o-"), ("under_handbook_floor", "s--")):
            ns = [r["n_train_mean"] for r in rows.values()]
            ys = [r[key]["mean"] for r in rows.values()]
            lo = [r[key]["mean"] - r[key]["ci"][0] for r in rows.values()]
            hi = [r[key]["ci"][1] - r[key]["mean"] for r in rows.values()]
            label = f"{variant}, " + (
                "alone (arg-max)"
                if key == "learned_alone"
                else "floored, under-triage <= 10.5 %"
            )
            ax.errorbar(
                ns, ys, yerr=[lo, hi], fmt=style, color=colours[variant],
                capsize=2, ms=4, lw=1, label=label,
            )  # fmt: skip
            fit = report["extrapolation"][variant][key]
            if "asymptote" in fit:
                a, b, c = fit["asymptote"] / 100, fit["b"], fit["c"]
                ax.plot(
                    grid, 100 * (a - b * grid**-c), ":", color=colours[variant], lw=1
                )
    if "score" in report and "lr_ngrams" in report["score"]:
        rows = report["score"]["lr_ngrams"]
        ax.plot(
            [r["n_train"] for r in rows.values()],
            [r["learned_alone"]["mean"] for r in rows.values()],
            "k^",
            ms=6,
            label="lr_ngrams alone, score half",
        )
    ax.axhline(100 * TARGET, color="red", lw=1, label="target 70 %")
    ax.axvline(887, color="grey", lw=0.8, ls="-.")
    ax.text(900, 52, "all 887 shared rows", fontsize=7, color="grey")
    ax.set_xscale("log")
    ax.set_xlabel("training visits (log scale)")
    ax.set_ylabel("exact KTAS triage, % (5-fold CV, read half)")
    ax.set_ylim(50, 80)
    ax.set_title("Learning curve, KTAS read half (dotted: power-law fit)")
    ax.legend(fontsize=6.5, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def run(shared: Path, score: bool, variants: Sequence[str]) -> dict[str, Any]:
    """Compute the curve (read-half CV; with ``score`` also the score half)."""
    from threadpoolctl import threadpool_limits

    t0, cpu0, report = started()
    read, held = ktas_halves(shared)
    patients = {lc.case.patient_id for lc in read}
    report["read_rows"], report["read_patients"] = len(read), len(patients)
    kb = load_knowledge()
    embedder = SentenceTransformerEmbedder()
    xr, tr_, _, mand_r, _ = _features(read, kb, embedder)
    ya, yd = acuity_labels(read), admit_labels(read)
    with threadpool_limits(limits=1):
        report["cv"] = curve_cv(xr, tr_, ya, yd, mand_r, variants)
        report["extrapolation"] = {
            v: {
                key: power_law(
                    [r["n_train_mean"] for r in rows.values()],
                    [r[key]["mean"] for r in rows.values()],
                )
                for key in ("learned_alone", "under_handbook_floor")
            }
            for v, rows in report["cv"].items()
        }
        if score:
            xs, ts, _, mand_s, _ = _features(held, kb, embedder)
            report["score"] = curve_score(
                (xr, tr_, ya, yd, mand_r),
                (xs, ts, acuity_labels(held), admit_labels(held), mand_s),
                variants,
            )
    finished(report, t0, cpu0)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the report as JSON (optionally save it and a plot)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="shared data")
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--plot", type=Path, help="write the learning-curve PNG")
    parser.add_argument(
        "--score",
        action="store_true",
        help="also fit on 25-100 %% of the read half and score the score half once",
    )
    parser.add_argument(
        "--variants", nargs="+", choices=VARIANTS, default=list(DEFAULT_VARIANTS)
    )
    args = parser.parse_args(argv)
    report = run(args.shared, args.score, args.variants)
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    if args.plot:
        plot(report, args.plot)


if __name__ == "__main__":
    main()
