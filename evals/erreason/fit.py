"""``python -m evals.erreason fit``: learn acuity and disposition from labelled visits.

Research software, not for clinical use. Fits, on a dataset's *training split only*:

- an acuity model (5 levels) and an admit-vs-discharge model, each a scikit-learn
  logistic-regression pipeline whose regularisation (``C``) and then calibration (as
  fitted, or recalibrated in ``CalibratedClassifierCV``, sigmoid or isotonic, 5
  folds) are chosen by 5-fold CV Brier on the training split (one pass of 5 folds
  serves every candidate; a recalibration must beat the model's own probabilities
  by one standard error), over the triage-time features of
  :mod:`agents.learned.features` (vitals, age, sex, arrival, AVPU, pain, injury,
  the MiniLM complaint embedding and the offline rules' own outputs), plus a character
  2-4-gram TF-IDF bag of the complaint (``ngrams``,
  the default: best floored CV exact triage among the variants of
  ``benchmarks.learned_variants``);
- the acuity decision's under-triage cost: the smallest weight whose 5-fold
  cross-validated under-triage, after the ESI decision-point floor, is not above the
  rules' own under-triage on the same rows. The floor is the ESI handbook's split
  (``--floor handbook``, the default): only the mandatory criteria (decision point A;
  B high-risk situation or new confusion) floor the model's answer, severe pain and
  danger-zone vitals being "consider" criteria the model weighs as features;
  ``--floor full`` holds it to every criterion the rules floor on;
- the admission threshold: the one with the least cross-validated expected cost on
  the training split, a missed admission costing ``--admit-cost`` (default 2) unneeded
  ones (with calibrated probabilities the theoretical optimum is 1 / (1 + cost) = 1/3;
  the CV choice corrects what calibration leaves);
- the similar-visit case library (training rows only).

Training split: shared public files (ktas, esi_handbook, medrbench, mimic_demo) use
their fixed read half (``cases.splits.read_score_split``), so the score half stays
unseen; other datasets (demo, er_reason) a patient-level 80/20 split
(``cases.splits.patient_split``, seed 0). The split is recorded in the model card.
"""

from __future__ import annotations

import json
import logging
import math
import os
import platform
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from agents.learned.decision import FULL_FLOOR, HANDBOOK_FLOOR
from cases.labels import ACUITY_TO_ESI, collapse_disposition
from cases.models import LabelledCase
from cases.splits import SHARED_SPLIT_SEED, patient_split, read_score_split

log = logging.getLogger(__name__)

SHARED_DATASETS: Final = frozenset({"ktas", "esi_handbook", "medrbench", "mimic_demo"})
FOLDS: Final = 5
MIN_ROWS: Final = 40
MIN_PER_CLASS: Final = next(
    n for n in range(FOLDS, 10 * FOLDS) if n - -(-n // FOLDS) >= FOLDS
)
"""Rows per class so that the calibration's inner folds, nested inside a
cross-validation fold (which holds out ceil(n / FOLDS) of them), still have FOLDS
(7 for 5 folds)."""
TEXT_COMPONENTS: Final = 8
FIT_JOBS: Final = 2
"""Worker processes for the cross-validation folds (the goal's 2 cores; each worker
runs one BLAS thread, so no thread spin-waits on a shared box). Results do not
depend on it: each fold is fitted alike."""
PARALLEL_MIN_ROWS: Final = 1000
"""Below this many rows the folds run in-process (starting workers costs more)."""
C_GRID: Final = (0.1, 0.3, 1.0)
"""Candidate inverse regularisation strengths of the logistic regression, chosen per
model by 5-fold CV Brier on the training split (before the calibration)."""
DEFAULT_C: Final = 0.3
THRESHOLD_GRID: Final = tuple(round(0.1 + 0.01 * i, 2) for i in range(71))
"""Candidate admission thresholds (0.10-0.80) for the CV expected-cost choice."""
CALIBRATIONS: Final = ("none", "sigmoid", "isotonic")
"""Candidates, chosen per model by 5-fold CV Brier score on the training split
(a recalibration, judged on the out-of-fold decision values with its calibrator
cross-fitted on the other folds, only if it beats ``none`` by one standard error
of the paired per-visit difference). ``none`` keeps the multinomial logistic
regression's own probabilities (a proper probability model): on the KTAS read
half its CV Brier was 0.500 against 0.519 (isotonic) and 0.526 (sigmoid), and its
arg-max exact triage 65.2 % against 64.7 %
and 63.8 %: the one-vs-rest recalibration, renormalised, blurred the classes.
Temperature scaling is left out: with scikit-learn 1.9.1 its refitted model gave
near-uniform probabilities (mean top probability 0.28 on the KTAS score half,
Brier 0.70) although its cross-validated ones looked sharp (0.56, Brier 0.52)."""
FLOOR_POLICIES: Final = (HANDBOOK_FLOOR, FULL_FLOOR)
"""``--floor`` choices (``agents.learned.decision``)."""
DOMAIN_ALPHAS: Final = (0.01, 0.025, 0.05, 0.10)
"""Candidate refusal rates of the applicability-domain check (the threshold is the
``1 - alpha`` quantile of the training rows' leave-one-out neighbour distances):
at most one training-like visit in ten refused."""
DOMAIN_DEFAULT_ALPHA: Final = 0.05
"""Refusal rate used when there are no acuity labels to choose it with."""
UNDER_WEIGHTS: Final = (1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0, 4.0, 6.0, 8.0)
LICENCES: Final = {
    "ktas": "KTAS data (Moon SH et al., PLoS ONE 14(9):e0216972, 2019); supporting "
    "data of an open-access PLoS ONE article (CC BY 4.0 as published; no licence "
    "line read for this exact file): cite Moon et al. 2019",
    "esi_handbook": "ESI v4 Implementation Handbook practice vignettes (Gilboy N et "
    "al., AHRQ 05-0046-2): non-commercial use only, no fee may be charged",
    "mimic_demo": "MIMIC-IV Clinical Database Demo v2.2 (PhysioNet), ODbL v1.0",
    "medrbench": "MedR-Bench demo (see its PROVENANCE.md)",
    "demo": "bundled synthetic demo data (Apache-2.0, this repository)",
    "er_reason": "ER-Reason (PhysioNet credentialed, DUA): the artifact must not be "
    "shared outside the DUA",
}

FloatArray = npt.NDArray[np.float64]


class FitError(ValueError):
    """The dataset cannot be fitted (names the missing labels or the small class)."""


@dataclass
class FitResult:
    """What ``fit`` wrote and measured."""

    out: Path
    card: dict[str, Any]
    wall_s: float
    notices: list[str] = field(default_factory=list)


def training_split(
    name: str, cases: Sequence[LabelledCase]
) -> tuple[list[LabelledCase], list[LabelledCase], dict[str, Any]]:
    """Return ``(train, held_out, description)`` for a dataset."""
    if name in SHARED_DATASETS:
        train, held = read_score_split(cases)
        desc = {
            "kind": "read/score half of a shared public file",
            "function": "cases.splits.read_score_split",
            "seed": SHARED_SPLIT_SEED,
            "trained_on": "read half",
            "held_out": "score half (never used for fitting or choices)",
        }
    else:
        train, held = patient_split(cases, test_fraction=0.2, seed=0)
        desc = {
            "kind": "patient-level split (no patient in both parts)",
            "function": "cases.splits.patient_split",
            "seed": 0,
            "test_fraction": 0.2,
            "trained_on": "train part",
            "held_out": "test part",
        }
    desc |= {
        "n_train": len(train),
        "n_held_out": len(held),
        "train_patients": len({c.case.patient_id for c in train}),
    }
    return list(train), list(held), desc


def acuity_labels(cases: Sequence[LabelledCase]) -> npt.NDArray[np.int64]:
    """Gold ESI-like level per case (0 when unknown)."""
    return np.array(
        [ACUITY_TO_ESI[c.gold.acuity] if c.gold.acuity else 0 for c in cases],
        dtype=np.int64,
    )


def admit_labels(cases: Sequence[LabelledCase]) -> npt.NDArray[np.int64]:
    """1 = admitted (Admit, OR Admit, Observation), 0 = discharged, -1 = other."""
    out = []
    for c in cases:
        d = c.gold.disposition
        kind = collapse_disposition(d) if d else "other"
        out.append({"admit": 1, "discharge": 0}.get(kind, -1))
    return np.array(out, dtype=np.int64)


def _columns(n_structured: int, n_total: int, ngrams: bool) -> Any:
    """The estimator's column transform (see :func:`make_estimator`)."""
    from sklearn.compose import ColumnTransformer
    from sklearn.decomposition import PCA
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    extra: list[tuple[str, Any, Any]] = []
    if ngrams:
        from agents.learned.variants import complaint_ngrams

        # the input is ``with_text``'s object array: the text is column n_total
        extra = [("ngrams", complaint_ngrams(), n_total)]
    return ColumnTransformer(
        [
            (
                "structured",
                make_pipeline(
                    SimpleImputer(
                        strategy="median", add_indicator=True, keep_empty_features=True
                    ),
                    StandardScaler(),
                ),
                slice(0, n_structured),
            ),
            (
                "complaint",
                # Not standardised: a near-constant component (few distinct
                # complaints) would be blown up to unit variance, and embedding
                # noise of ~1e-7 then flips the answer.
                PCA(TEXT_COMPONENTS, random_state=0),
                slice(n_structured, n_total),
            ),
            *extra,
        ]
    )


def make_estimator(
    n_structured: int,
    n_total: int,
    method: str = "none",
    c: float = DEFAULT_C,
    ngrams: bool = False,
) -> Any:
    """The base classifier, optionally recalibrated over 5 folds.

    Logistic regression (inverse regularisation ``c``) on the structured features
    (median-imputed with missing indicators, standardised) plus the first 8
    principal components of the 384-d complaint embedding (left at their natural
    scale). Chosen by 5-fold CV
    Brier score on the KTAS read half among: structured only, all 384 embedding
    dimensions, and 8 components (see benchmarks/RESULTS.md).

    Args:
        n_structured: Number of structured columns (they come first).
        n_total: Number of columns in all.
        method: ``none`` (the logistic regression's own probabilities), or
            ``sigmoid`` / ``isotonic`` in ``CalibratedClassifierCV(cv=5,
            ensemble=False)``.
        c: The logistic regression's inverse regularisation strength.
        ngrams: Also a character 2-4-gram TF-IDF bag of the complaint text; the
            input is then ``agents.learned.variants.with_text``'s object array
            (the feature columns, then the text).
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    base = make_pipeline(
        _columns(n_structured, n_total, ngrams),
        LogisticRegression(C=c, max_iter=3000),
    )
    if method == "none":
        return base
    return CalibratedClassifierCV(base, method=method, cv=FOLDS, ensemble=False)


def _check_classes(y: npt.NDArray[np.int64], what: str) -> None:
    values, counts = np.unique(y, return_counts=True)
    if len(y) < MIN_ROWS:
        raise FitError(
            f"{what}: {len(y)} labelled training rows, need at least {MIN_ROWS}"
        )
    if len(values) < 2:
        raise FitError(f"{what}: only one class ({values.tolist()}) in the labels")
    small = {
        int(v): int(c) for v, c in zip(values, counts, strict=True) if c < MIN_PER_CLASS
    }
    if small:
        raise FitError(
            f"{what}: classes {small} have fewer than {MIN_PER_CLASS} training rows "
            f"(need {MIN_PER_CLASS} each: {FOLDS}-fold calibration inside "
            f"{FOLDS}-fold cross-validation)"
        )


@dataclass(frozen=True)
class OofScores:
    """Out-of-fold outputs of the logistic regression for each candidate ``C``."""

    folds: list[npt.NDArray[np.int64]]
    """Held-out row indices of each fold."""
    probs: dict[float, FloatArray]
    """Out-of-fold probabilities per ``C`` (columns: the sorted classes)."""
    decision: dict[float, FloatArray]
    """Out-of-fold decision values per ``C`` (what a recalibration reads)."""
    worker_cpu_s: float = 0.0
    """CPU seconds the folds took in worker processes (0 when they ran in this
    process, whose own CPU time counts them)."""


def _fold_scores(
    x: Any,
    y: npt.NDArray[np.int64],
    train: npt.NDArray[np.int64],
    test: npt.NDArray[np.int64],
    n_structured: int,
    ngrams: bool,
    cs: Sequence[float],
) -> tuple[list[tuple[FloatArray, FloatArray]], float]:
    """Fit the column transform once, then one logistic regression per ``C``.

    Returns:
        ``(probabilities and decision values of the held-out rows per C, CPU s)``.
    """
    from sklearn.linear_model import LogisticRegression

    cpu0 = time.process_time()

    columns = _columns(n_structured, x.shape[1] - int(ngrams), ngrams)
    fitted = columns.fit_transform(x[train])
    held = columns.transform(x[test])
    out = []
    for c in cs:
        lr = LogisticRegression(C=c, max_iter=3000).fit(fitted, y[train])
        out.append((lr.predict_proba(held), lr.decision_function(held)))
    return out, time.process_time() - cpu0


def oof_scores(
    x: Any,
    y: npt.NDArray[np.int64],
    n_structured: int,
    seed: int,
    cs: Sequence[float] = C_GRID,
    ngrams: bool = False,
) -> OofScores:
    """5-fold out-of-fold probabilities and decision values for every ``C``.

    Each fold's column transform (imputer, scaler, PCA, n-gram bag) is fitted once
    and shared by the ``C`` candidates: the same numbers as one pipeline per ``C``
    (the transform does not depend on ``C``) for a fifth of the transform fits.
    Folds run in :data:`FIT_JOBS` worker processes from :data:`PARALLEL_MIN_ROWS`
    rows.
    """
    from sklearn.model_selection import StratifiedKFold
    from sklearn.utils.parallel import Parallel, delayed

    cv = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    folds = [(tr, te) for tr, te in cv.split(np.zeros(len(y)), y)]
    jobs = FIT_JOBS if len(y) >= PARALLEL_MIN_ROWS else 1
    parts = Parallel(n_jobs=jobs)(
        delayed(_fold_scores)(x, y, tr, te, n_structured, ngrams, cs)
        for tr, te in folds
    )
    n_classes = len(np.unique(y))
    probs = {c: np.zeros((len(y), n_classes)) for c in cs}
    decision: dict[float, FloatArray] = {}
    for (_, te), (part, _) in zip(folds, parts, strict=True):
        for c, (p, d) in zip(cs, part, strict=True):
            probs[c][te] = p
            if c not in decision:
                decision[c] = np.zeros((len(y), *d.shape[1:]))
            decision[c][te] = d
    cpu = sum(t for _, t in parts) if jobs > 1 else 0.0
    return OofScores([te for _, te in folds], probs, decision, cpu)


class _Scores:
    """A "classifier" whose decision values are its input (for recalibration)."""

    def fit(self, x: FloatArray, y: npt.NDArray[np.int64]) -> _Scores:
        """Remember the classes."""
        del x
        self.classes_ = np.unique(y)
        return self

    def decision_function(self, x: FloatArray) -> FloatArray:
        """The stored decision values (one column for two classes)."""
        return x[:, 0] if x.shape[1] == 1 else x

    def predict(self, x: FloatArray) -> npt.NDArray[np.int64]:
        """Arg-max class (scikit-learn's classifier interface)."""
        d = self.decision_function(x)
        idx = (d > 0).astype(int) if d.ndim == 1 else d.argmax(axis=1)
        out: npt.NDArray[np.int64] = self.classes_[idx]
        return out


def cross_fit_calibration(
    decision: FloatArray,
    y: npt.NDArray[np.int64],
    folds: Sequence[npt.NDArray[np.int64]],
    method: str,
) -> FloatArray:
    """Recalibrated out-of-fold probabilities without refitting the model.

    Each fold's calibrator (scikit-learn's own sigmoid or isotonic, one-vs-rest and
    renormalised as in ``CalibratedClassifierCV``) is fitted on the other folds'
    out-of-fold decision values and applied to the fold's: the calibration is
    judged on rows it was not fitted to, as a stacked model is.
    """
    from sklearn.base import BaseEstimator, ClassifierMixin
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.frozen import FrozenEstimator

    class Scores(ClassifierMixin, BaseEstimator, _Scores):  # type: ignore[misc]
        """scikit-learn's estimator tags on the pass-through scores."""

    d = decision.reshape(len(y), -1)
    out = np.zeros((len(y), len(np.unique(y))))
    for te in folds:
        tr = np.setdiff1d(np.arange(len(y)), te)
        frozen = FrozenEstimator(Scores().fit(d, y))
        cal = CalibratedClassifierCV(frozen, method=method).fit(d[tr], y[tr])
        out[te] = cal.predict_proba(d[te])
    return out


def select_calibration(
    x: Any,
    y: npt.NDArray[np.int64],
    n_structured: int,
    seed: int,
    methods: Sequence[str] = CALIBRATIONS,
    c: float = DEFAULT_C,
    ngrams: bool = False,
) -> tuple[str, FloatArray, dict[str, float]]:
    """Pick the calibration method (of ``methods``) by 5-fold CV Brier.

    The lowest CV Brier wins, except that a recalibration must beat ``none`` by one
    standard error (:func:`_best_calibration`).

    With ``ngrams`` the input ``x`` is a ``with_text`` array (its last column the
    complaint text).

    Returns:
        ``(method, out-of-fold probabilities of that method, Brier per method)``.
    """
    scores = oof_scores(x, y, n_structured, seed, (c,), ngrams)
    return _best_calibration(scores, c, y, methods)


def _best_calibration(
    scores: OofScores, c: float, y: npt.NDArray[np.int64], methods: Sequence[str]
) -> tuple[str, FloatArray, dict[str, float]]:
    """The lowest CV Brier; a recalibration only if it beats ``none`` by one SE.

    The standard error is that of the paired per-visit Brier difference: a
    recalibration adds a fitted layer, so it must be measurably better than the
    model's own probabilities (the one-standard-error rule, as for the domain).
    """
    per_row = {}
    candidates = {}
    for method in methods:
        probs = (
            scores.probs[c]
            if method == "none"
            else cross_fit_calibration(scores.decision[c], y, scores.folds, method)
        )
        per_row[method] = _brier_rows(probs, y)
        candidates[method] = probs
    table = {m: round(float(v.mean()), 4) for m, v in per_row.items()}
    best = min(methods, key=lambda m: float(per_row[m].mean()))
    if best != "none" and "none" in per_row:
        diff = per_row["none"] - per_row[best]
        se = float(diff.std(ddof=1) / math.sqrt(len(diff))) if len(diff) > 1 else 0.0
        if float(diff.mean()) <= se:
            best = "none"
    return best, candidates[best], table


def _brier_rows(probs: FloatArray, y: npt.NDArray[np.int64]) -> FloatArray:
    onehot = (np.unique(y)[None, :] == y[:, None]).astype(float)
    return np.asarray(((probs - onehot) ** 2).sum(axis=1), dtype=np.float64)


def _brier(probs: FloatArray, y: npt.NDArray[np.int64]) -> float:
    return float(_brier_rows(probs, y).mean())


def select_model(
    x: Any,
    y: npt.NDArray[np.int64],
    n_structured: int,
    seed: int,
    methods: Sequence[str] = CALIBRATIONS,
    cs: Sequence[float] = C_GRID,
    ngrams: bool = False,
    cpu_log: list[float] | None = None,
) -> tuple[float, str, FloatArray, dict[str, float]]:
    """Choose ``C`` (uncalibrated), then the calibration, each by 5-fold CV Brier.

    One pass of 5 folds serves every candidate: the logistic regression is fitted
    once per fold and ``C``, and a recalibration is judged on the same out-of-fold
    decision values (:func:`cross_fit_calibration`), not by refitting the model
    inside each fold (which cost 4x the fits: 120 of 150 per model on 4,000 visits).

    Returns:
        ``(C, method, out-of-fold probabilities of the choice, Brier per
        candidate)`` with keys ``C=<c>`` (uncalibrated) and the method names (at the
        chosen ``C``); ``cpu_log`` (if given) gets the worker processes' CPU seconds.
    """
    scores = oof_scores(x, y, n_structured, seed, cs, ngrams)
    if cpu_log is not None:
        cpu_log.append(scores.worker_cpu_s)
    table = {f"C={c:g}": round(_brier(scores.probs[c], y), 4) for c in cs}
    c = min(cs, key=lambda c: _brier(scores.probs[c], y))
    method, best, t2 = _best_calibration(scores, c, y, methods)
    return c, method, best, table | t2


def choose_admit_threshold(
    probs: FloatArray, admitted: npt.NDArray[np.bool_], admit_cost: float
) -> tuple[float, list[dict[str, float]]]:
    """The admission threshold with the least CV expected cost.

    A missed admission costs ``admit_cost``, an unneeded one 1.

    Ties go to the lowest (most cautious) threshold.

    Returns:
        ``(threshold, table)``: accuracy, missed admissions and mean cost per
        candidate of :data:`THRESHOLD_GRID`.
    """
    table = []
    for t in THRESHOLD_GRID:
        admit = probs >= t
        missed = float((~admit & admitted).sum())
        unneeded = float((admit & ~admitted).sum())
        table.append(
            {
                "threshold": t,
                "cost": (admit_cost * missed + unneeded) / len(probs),
                "accuracy": float((admit == admitted).mean()),
                "missed": missed / max(int(admitted.sum()), 1),
            }
        )
    best = min(r["cost"] for r in table)
    return next(r["threshold"] for r in table if r["cost"] <= best + 1e-12), table


def choose_under_weight(
    probs: FloatArray,
    classes: Sequence[int],
    gold: npt.NDArray[np.int64],
    floors: npt.NDArray[np.int64],
    rules: npt.NDArray[np.int64],
    limit: float | None = None,
) -> tuple[float, list[dict[str, float]], bool]:
    """Smallest under-triage weight whose floored CV under-triage <= the rules'.

    Args:
        probs: Out-of-fold probabilities.
        classes: The level of each column.
        gold: Gold levels.
        floors: ESI decision-point floors.
        rules: The rules' levels (their under-triage rate is the default limit).
        limit: A stated under-triage limit (a proportion) instead of the rules'.

    Returns:
        ``(weight, table, met)``; ``met`` is False when no weight reaches the
        rules' rate (then the largest weight is used and the card says so).
    """
    from agents.learned.decision import apply_floor, decide_acuity

    target = float((rules > gold).mean()) if limit is None else limit
    table = []
    chosen: float | None = None
    for w in UNDER_WEIGHTS:
        pred = apply_floor(decide_acuity(probs, classes, w), floors)
        under = float((pred > gold).mean())
        table.append(
            {"under_weight": w, "exact": float((pred == gold).mean()), "under": under}
        )
        if chosen is None and under <= target:
            chosen = w
    return (chosen or UNDER_WEIGHTS[-1]), table, chosen is not None


def cv_domain_inside(
    x: FloatArray,
    n_structured: int,
    strata: npt.NDArray[np.int64],
    seed: int,
    alphas: Sequence[float] = DOMAIN_ALPHAS,
) -> dict[float, npt.NDArray[np.bool_]]:
    """Out-of-fold domain membership of every row, per alpha (5 stratified folds).

    Each fold's rows are checked against a domain fitted on the other folds.
    """
    from sklearn.model_selection import StratifiedKFold

    from agents.learned.domain import fit_domain

    inside = {a: np.zeros(len(x), dtype=bool) for a in alphas}
    cv = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    for train_idx, test_idx in cv.split(x, strata):
        domain = fit_domain(x[train_idx], n_structured)
        dist = domain.distances(x[test_idx])
        for a in alphas:
            inside[a][test_idx] = dist <= domain.threshold(a)
    return inside


def choose_domain_alpha(
    x: FloatArray,
    n_structured: int,
    learned: npt.NDArray[np.int64],
    rules: npt.NDArray[np.int64],
    floors: npt.NDArray[np.int64],
    gold: npt.NDArray[np.int64],
    seed: int,
) -> tuple[float, list[dict[str, float]]]:
    """Choose the domain check's refusal rate by 5-fold CV on the training split.

    In each fold the check is fitted on the other folds; a held-out visit inside it
    gets the learned (out-of-fold) level, one outside it the rules' level, and the
    ESI floor applies. Among :data:`DOMAIN_ALPHAS`, the one-standard-error rule
    picks the most cautious (largest) alpha whose CV exact triage is within one
    standard error of the best: the model speaks only where it is not measurably
    worse for it.

    Returns:
        ``(alpha, table)`` with CV coverage, exact and under-triage per alpha.
    """
    from agents.learned.decision import apply_floor

    inside = cv_domain_inside(x, n_structured, gold, seed)
    table = []
    for a in DOMAIN_ALPHAS:
        pred = apply_floor(np.where(inside[a], learned, rules), floors)
        table.append(
            {
                "alpha": a,
                "inside": float(inside[a].mean()),
                "exact": float((pred == gold).mean()),
                "under": float((pred > gold).mean()),
            }
        )
    best = max(r["exact"] for r in table)
    se = math.sqrt(best * (1 - best) / len(gold))
    alpha = max(r["alpha"] for r in table if r["exact"] >= best - se)
    return alpha, table


def fit_dataset(
    name: str,
    data: Path | None,
    out: Path,
    *,
    seed: int = 0,
    admit_cost: float = 2.0,
    max_under_triage: float | None = None,
    library: bool = True,
    progress: bool = True,
    resample_to: int | None = None,
    floor: str = HANDBOOK_FLOOR,
    ngrams: bool = True,
) -> FitResult:
    """Fit the models of one dataset and write the artifact and its model card.

    Args:
        name: A dataset of :mod:`evals.erreason.datasets`.
        data: Its file or folder (default: the dataset's default path).
        out: Artifact folder (created).
        seed: Cross-validation and resampling seed.
        admit_cost: Cost of a missed admission relative to an unneeded one; the
            admission threshold is the least CV expected cost (near
            ``1 / (1 + admit_cost)``).
        max_under_triage: Floored CV under-triage the acuity decision may reach
            (a proportion, e.g. 0.105); default: the rules' own rate on the split.
        library: Also write the similar-visit case library.
        progress: Show progress bars.
        resample_to: Timing only: resample the training split (with replacement)
            to this many rows before fitting; recorded in the card.
        floor: ``handbook`` (the model's answers are held to the ESI handbook's
            mandatory criteria only; severe pain and danger-zone vitals are its
            features) or ``full`` (every criterion the rules floor on).
        ngrams: Add a character n-gram bag of the complaint to both models.

    Returns:
        The written card and the wall time.

    Raises:
        FitError: Missing labels or a split too small to fit.
        evals.erreason.datasets.DatasetError: The dataset cannot be loaded.
    """
    from evals.erreason.datasets import load_dataset

    t0 = time.perf_counter()
    if admit_cost <= 0:
        raise FitError("--admit-cost must be > 0")
    ds = load_dataset(name, data)
    train, _, split = training_split(name, ds.cases)
    notices = list(ds.notices)
    if resample_to:
        rng = np.random.default_rng(seed)
        train = [train[i] for i in rng.integers(0, len(train), resample_to)]
        split["resampled_to"] = resample_to
        notices.append(
            f"training split resampled with replacement to {resample_to} rows "
            "(timing run: metrics are optimistic)"
        )
    training = {
        "dataset": name,
        "path": str(ds.path),
        "dataset_sha256": ds.sha256,
        "description": f"{name} {split['trained_on']} ({len(train)} visits)",
        "split": split,
        "licence": LICENCES.get(name, "see the dataset's own terms"),
    }
    res = fit_cases(
        train,
        out,
        training=training,
        seed=seed,
        admit_cost=admit_cost,
        max_under_triage=max_under_triage,
        library=library,
        progress=progress,
        notices=notices,
        floor=floor,
        ngrams=ngrams,
    )
    res.wall_s = time.perf_counter() - t0
    return res


def fit_cases(
    train: Sequence[LabelledCase],
    out: Path,
    *,
    training: dict[str, Any],
    seed: int = 0,
    admit_cost: float = 2.0,
    max_under_triage: float | None = None,
    library: bool = True,
    progress: bool = False,
    notices: Sequence[str] = (),
    calibrations: Sequence[str] = CALIBRATIONS,
    floor: str = HANDBOOK_FLOOR,
    ngrams: bool = True,
) -> FitResult:
    """Fit on already-split training cases and write the artifact (see module doc).

    Args:
        train: The training split only (never evaluation cases).
        out: Artifact folder.
        training: Provenance for the manifest and card: ``dataset``,
            ``dataset_sha256``, ``description``, ``split`` (with ``kind``,
            ``function``, ``seed``, ``trained_on``, ``held_out``) and ``licence``.
        seed: Cross-validation seed.
        admit_cost: Cost of a missed admission relative to an unneeded one.
        max_under_triage: Stated limit of floored CV under-triage (a
            proportion); default: the rules' own rate on the training split.
        library: Also write the similar-visit case library.
        progress: Show a progress bar.
        notices: Messages to keep in the card.
        calibrations: Candidate calibrations (default all of
            :data:`CALIBRATIONS`), chosen by CV Brier.
        floor: The floor policy the acuity decision is fitted for (``handbook``
            or ``full``, see :func:`fit_dataset`).
        ngrams: Add a character 2-4-gram bag of the complaint to both models.

    Raises:
        FitError: Missing labels or too few rows (per class) to fit.
    """
    import sklearn.calibration
    import sklearn.decomposition
    import sklearn.linear_model  # noqa: F401  (load every BLAS before limiting it)
    from threadpoolctl import threadpool_limits

    if admit_cost <= 0:
        raise FitError("--admit-cost must be > 0")
    if max_under_triage is not None and not 0 < max_under_triage < 1:
        raise FitError(
            f"--max-under-triage must be a proportion in (0, 1), got {max_under_triage}"
        )
    if floor not in FLOOR_POLICIES:
        raise FitError(f"--floor must be one of {FLOOR_POLICIES}, got {floor!r}")
    unknown = sorted(set(calibrations) - set(CALIBRATIONS))
    if unknown or not calibrations:
        raise FitError(f"calibrations must be among {CALIBRATIONS}, got {unknown}")
    # One BLAS/OpenMP thread: on a shared 2-core box, threaded BLAS spin-waits made
    # the fit ~4x slower in wall time (measured: 382 s vs 81 s on the KTAS read half).
    with threadpool_limits(limits=1):
        return _fit(
            list(train),
            out,
            training=training,
            seed=seed,
            admit_cost=admit_cost,
            max_under_triage=max_under_triage,
            library=library,
            progress=progress,
            notices=list(notices),
            calibrations=tuple(calibrations),
            floor=floor,
            ngrams=ngrams,
        )


def _fit(
    train: list[LabelledCase],
    out: Path,
    *,
    training: dict[str, Any],
    seed: int,
    admit_cost: float,
    max_under_triage: float | None,
    library: bool,
    progress: bool,
    notices: list[str],
    calibrations: tuple[str, ...],
    floor: str,
    ngrams: bool,
) -> FitResult:
    from agents.learned.artifact import dump_estimators, write_manifest
    from agents.learned.decision import apply_floor, decide_acuity
    from agents.learned.domain import fit_domain
    from agents.learned.features import FEATURE_VERSION, STRUCTURED, case_features
    from agents.learned.library import LibraryVisit, write_library
    from agents.learned.variants import with_text
    from agents.offline.knowledge import load_knowledge
    from evals.erreason.learned_eval import acuity_scores, admit_scores
    from retrieval.embeddings import SentenceTransformerEmbedder

    t0 = time.perf_counter()
    cpu0 = time.process_time()
    workers: list[float] = []
    y_acu = acuity_labels(train)
    y_adm = admit_labels(train)
    problems = []
    acu_rows = y_acu > 0
    adm_rows = y_adm >= 0
    try:
        _check_classes(y_acu[acu_rows], "acuity")
    except FitError as exc:
        problems.append(str(exc))
        acu_rows[:] = False
    try:
        _check_classes(y_adm[adm_rows], "admit-vs-discharge")
    except FitError as exc:
        problems.append(str(exc))
        adm_rows[:] = False
    if not acu_rows.any() and not adm_rows.any():
        raise FitError(
            f"{training.get('description', 'training split')} cannot be fitted: "
            + "; ".join(problems)
        )
    notices += [f"model skipped: {p}" for p in problems]
    knowledge = load_knowledge()
    embedder = SentenceTransformerEmbedder()
    rows = []
    cache: dict[str, Any] = {}
    from tqdm import tqdm

    for lc in tqdm(train, desc="features", unit="visit", disable=not progress):
        key = lc.case.encounter_id
        if key not in cache:
            cache[key] = case_features(lc.case, knowledge)
        rows.append(cache[key])
    from agents.learned.features import feature_matrix

    x = feature_matrix(rows, embedder)
    inputs = with_text(x, [r.text for r in rows]) if ngrams else x
    full_floors = np.array([r.esi_floor for r in rows], dtype=np.int64)
    floors = (
        np.array([r.life_threat_floor for r in rows], dtype=np.int64)
        if floor == HANDBOOK_FLOOR
        else full_floors
    )
    # the rules' answer in the site's scale (outside the domain, and the default
    # under-triage limit)
    rules = np.array([r.rules_level for r in rows], dtype=np.int64)
    estimators: dict[str, Any] = {"acuity": None, "disposition": None}
    manifest: dict[str, Any] = {"acuity": None, "disposition": None}
    metrics: dict[str, Any] = {}
    curves: dict[str, Any] = {}
    classes = [1, 2, 3, 4, 5]
    alpha = DOMAIN_DEFAULT_ALPHA
    domain_table: list[dict[str, float]] = []
    alpha_how = (
        f"stated ({DOMAIN_DEFAULT_ALPHA:g}): no acuity labels to cross-validate with"
    )
    if acu_rows.any():
        xa, ya = take_rows(inputs, acu_rows), y_acu[acu_rows]
        classes = sorted(set(ya.tolist()))
        c_acu, method, probs, briers = select_model(
            xa, ya, len(STRUCTURED), seed, calibrations, ngrams=ngrams, cpu_log=workers
        )
        w, table, met = choose_under_weight(
            probs, classes, ya, floors[acu_rows], rules[acu_rows], max_under_triage
        )
        limit_name = (
            "the rules' rate"
            if max_under_triage is None
            else f"the stated limit {max_under_triage:g}"
        )
        if not met:
            notices.append(
                "no under-triage weight brought floored CV under-triage down to "
                f"{limit_name}; using the largest ({w:g})"
            )
        alone = decide_acuity(probs, classes, w)
        alpha, domain_table = choose_domain_alpha(
            x[acu_rows],
            len(STRUCTURED),
            alone,
            rules[acu_rows],
            floors[acu_rows],
            ya,
            seed,
        )
        alpha_how = (
            f"{FOLDS}-fold CV on the training split, one-standard-error rule on "
            "floored exact triage (learned inside the domain, rules outside)"
        )
        metrics["acuity_cv"] = {
            "rules": acuity_scores(rules[acu_rows], ya),
            "learned": acuity_scores(alone, ya, probs, classes),
            "learned_under_floor": acuity_scores(
                apply_floor(alone, floors[acu_rows]), ya
            ),
            "learned_under_full_floor": acuity_scores(
                apply_floor(alone, full_floors[acu_rows]), ya
            ),
            "under_weight_search": table,
            "under_weight_met_rules": met,
            "calibration_brier": briers,
        }
        curves["acuity"] = (probs, ya, classes)
        est = make_estimator(len(STRUCTURED), x.shape[1], method, c_acu, ngrams)
        est.fit(xa, ya)
        estimators["acuity"] = est
        manifest["acuity"] = {
            "classes": classes,
            "under_weight": w,
            "under_triage_limit": (
                "rules' CV rate" if max_under_triage is None else max_under_triage
            ),
            "C": c_acu,
            "calibration": method,
            "floor": floor,
            "n": len(ya),
        }
    if adm_rows.any():
        xd, yd = take_rows(inputs, adm_rows), y_adm[adm_rows]
        c_adm, method, both, briers = select_model(
            xd, yd, len(STRUCTURED), seed, calibrations, ngrams=ngrams, cpu_log=workers
        )
        probs = both[:, 1]
        threshold, thresholds = choose_admit_threshold(probs, yd == 1, admit_cost)
        metrics["admit_cv"] = {
            "learned": admit_scores(probs >= threshold, yd == 1, probs),
            "threshold": threshold,
            "threshold_by_cost_alone": 1.0 / (1.0 + admit_cost),
            "admit_cost": admit_cost,
            "threshold_search": thresholds,
            "calibration_brier": briers,
        }
        curves["admit"] = (probs, yd)
        estimators["disposition"] = make_estimator(
            len(STRUCTURED), x.shape[1], method, c_adm, ngrams
        ).fit(xd, yd)
        manifest["disposition"] = {
            "classes": [0, 1],
            "C": c_adm,
            "calibration": method,
            "threshold": threshold,
            "admit_cost": admit_cost,
            "n": len(yd),
        }
    manifest["inputs"] = "matrix+text" if ngrams else "matrix"
    fitted_rows = acu_rows | adm_rows
    domain = fit_domain(x[fitted_rows], len(STRUCTURED))
    manifest["domain"] = {
        "method": f"mean distance to the {domain.k} nearest training visits "
        "(standardised structured features with missing indicators, and the "
        "unit complaint embedding weighted to the same median neighbour distance)",
        "k": domain.k,
        "alpha": alpha,
        "threshold": domain.threshold(alpha),
        "chosen_by": alpha_how,
        "cv": domain_table,
    }
    estimators["domain"] = {
        "transform": domain.transform,
        "points": domain.points,
        # also inside the hashed model file: a manifest edited to widen the
        # domain is refused at load (manifest and model disagree)
        "threshold": float(manifest["domain"]["threshold"]),
        "k": int(domain.k),
    }
    baseline = np.concatenate(
        [
            _column_medians(x[:, : len(STRUCTURED)]),
            x[:, len(STRUCTURED) :].mean(axis=0),
        ]
    )
    estimators["baseline"] = baseline
    out.mkdir(parents=True, exist_ok=True)
    dump_estimators(out, estimators)
    files = ["model.skops"]
    if library:
        seen: set[str] = set()
        visits, vitals = [], []
        for lc in train:
            if lc.case.encounter_id in seen:
                continue  # resampled rows repeat
            seen.add(lc.case.encounter_id)
            d = lc.gold.disposition
            visits.append(
                LibraryVisit(
                    encounter_id=lc.case.encounter_id,
                    patient_id=lc.case.patient_id,
                    split="train",
                    complaint=(lc.case.chief_complaint or "").strip(),
                    age=lc.case.demographics.age,
                    sex=lc.case.demographics.sex,
                    acuity=ACUITY_TO_ESI[lc.gold.acuity] if lc.gold.acuity else None,
                    disposition=d,
                    diagnosis=lc.gold.diagnosis_name,
                )
            )
            vitals.append(lc.case.vitals)
        section = write_library(out, visits, vitals, embedder)
        files += section.pop("files")
        manifest["library"] = section
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    manifest["training"] = training
    manifest["created"] = datetime.now(UTC).isoformat(timespec="seconds")
    card = {
        "model": "ER Reasoner learned triage/disposition decision tool",
        "intended_use": "A decision tool beside "
        "the ESI v4 rules; the ESI decision-point floor ("
        + (
            "the handbook's mandatory criteria: A, B high-risk or new confusion; "
            "at a KTAS/CTAS site also the site scale's level-1 and level-2 "
            "modifiers (agents.offline.rules.ctas)"
            if floor == HANDBOOK_FLOOR
            else "every criterion the rules floor on"
        )
        + ") and the no-unsafe-discharge floor apply after it.",
        "feature_version": FEATURE_VERSION,
        "features": {
            "structured": list(STRUCTURED),
            "text": "chief complaint, all-MiniLM-L6-v2 (384-d, offline)",
        },
        "estimator": "LogisticRegression on median-imputed + missing "
        "indicators + standardised structured features and 8 principal components "
        "of the complaint embedding"
        + (", plus a char 2-4-gram TF-IDF bag of the complaint" if ngrams else "")
        + f"; C among {list(C_GRID)}, then probabilities "
        "as fitted (none) or recalibrated in CalibratedClassifierCV(cv=5, "
        "ensemble=False), each by the lowest 5-fold CV Brier on the training "
        "split (a recalibration only when better than none by one standard "
        "error; chosen per model: see decision); admission threshold by the "
        "least CV expected cost",
        "decision": {
            "acuity": manifest["acuity"],
            "disposition": manifest["disposition"],
        },
        "applicability_domain": manifest["domain"],
        "training": training,
        "cv": {"folds": FOLDS, "seed": seed, "on": "training split only"} | metrics,
        "fit_wall_s": round(wall, 1),
        "fit_cpu_s": round(cpu + sum(workers), 1),
        "fit_cpu_worker_s": round(sum(workers), 1),
        "load_average": list(os.getloadavg()),
        "notices": notices,
        "created": manifest["created"],
        "versions": _versions(),
    }
    (out / "card.json").write_text(
        json.dumps(card, indent=2, default=_json_default) + "\n", encoding="utf-8"
    )
    _calibration_plot(curves, out / "calibration.png")
    (out / "card.md").write_text(card_markdown(card), encoding="utf-8")
    write_manifest(out, manifest, files)
    return FitResult(out=out, card=card, wall_s=wall, notices=notices)


def take_rows(inputs: Any, mask: npt.NDArray[np.bool_]) -> Any:
    """The masked rows of a matrix or of a ``with_text`` array."""
    return inputs[mask]


def _column_medians(x: FloatArray) -> FloatArray:
    """Median of each column over its recorded values (0 for an empty column)."""
    return np.array(
        [
            float(np.median(c[~np.isnan(c)])) if (~np.isnan(c)).any() else 0.0
            for c in x.T
        ]
    )


def _json_default(value: object) -> object:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {"python": platform.python_version()}
    for pkg in ("scikit-learn", "numpy", "skops", "sentence-transformers", "chromadb"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _calibration_plot(curves: dict[str, Any], path: Path) -> None:
    from evals.erreason.learned_eval import ece
    from evals.erreason.plots import pyplot

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "k--", lw=1, label="perfect")
    for name, curve in curves.items():
        if name == "acuity":
            probs, gold, classes = curve
            conf = probs.max(axis=1)
            correct = np.asarray(classes)[probs.argmax(axis=1)] == gold
        else:
            p, gold = curve
            conf = np.maximum(p, 1 - p)
            correct = (p >= 0.5) == (gold == 1)
        idx = np.minimum((conf * 10).astype(int), 9)
        xs, ys = [], []
        for b in range(10):
            m = idx == b
            if m.sum() >= 3:
                xs.append(conf[m].mean())
                ys.append(correct[m].mean())
        ax.plot(xs, ys, "o-", label=f"{name} (ECE {ece(conf, correct):.3f})")
    ax.set_xlabel("top-label confidence (5-fold CV, training split)")
    ax.set_ylabel("observed accuracy")
    ax.set_title("Calibration")
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)


def _pct(r: dict[str, Any]) -> str:
    if "rate" in r:
        lo, hi = 100 * r["ci_low"], 100 * r["ci_high"]
        return f"{100 * r['rate']:.1f} % ({lo:.1f}-{hi:.1f})"
    v = r["value"]
    return f"{v:.3f} ({r['ci_low']:.3f}-{r['ci_high']:.3f})"


def card_markdown(card: dict[str, Any]) -> str:
    """Render the model card as Markdown."""
    t = card["training"]
    dom = card["applicability_domain"]
    lines = [
        "# Model card: learned triage / disposition decision tool",
        "",
        "**Research software, not for clinical use.** " + card["intended_use"],
        "",
        f"- Created: {card['created']}; fit wall time {card['fit_wall_s']} s "
        f"(CPU {card['fit_cpu_s']} s, of which {card.get('fit_cpu_worker_s', 0)} s "
        f"in fold workers; load average {card['load_average'][0]:.1f})",
        f"- Training data: {t['description']}; sha256 `{t['dataset_sha256']}`",
        f"- Split: {t['split']['kind']} ({t['split']['function']}, seed "
        f"{t['split']['seed']}); trained on the {t['split']['trained_on']}, "
        f"held out: {t['split']['held_out']}",
        f"- Data licence / provenance: {t['licence']}",
        f"- Features ({card['feature_version']}): "
        + ", ".join(card["features"]["structured"])
        + f"; {card['features']['text']}",
        f"- Estimator: {card['estimator']}",
        f"- Decision: acuity {card['decision']['acuity']}; "
        f"disposition {card['decision']['disposition']}",
        f"- Applicability domain: {dom['method']}; threshold {dom['threshold']:.3f} "
        f"(the {1 - dom['alpha']:.3g} quantile of the training visits' leave-one-out "
        f"distances; alpha {dom['alpha']:g} chosen by {dom['chosen_by']}). Outside "
        "it the tool abstains and the rules answer.",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in card["versions"].items()),
        "",
        f"## {card['cv']['folds']}-fold cross-validation on the training split "
        "(95 % intervals: Wilson for rates, bootstrap otherwise)",
        "",
    ]
    acu = card["cv"].get("acuity_cv")
    if acu:
        lines += [
            "| acuity | exact | under-triage | over-triage | macro-F1 | Brier | ECE |",
            "|---|---|---|---|---|---|---|",
        ]
        for key in ("rules", "learned", "learned_under_floor"):
            s = acu[key]
            lines.append(
                f"| {key.replace('_', ' ')} | {_pct(s['exact'])} | "
                f"{_pct(s['under_triage'])} | {_pct(s['over_triage'])} | "
                f"{_pct(s['macro_f1'])} | "
                f"{_pct(s['brier']) if 'brier' in s else '-'} | "
                f"{_pct(s['ece']) if 'ece' in s else '-'} |"
            )
        lines.append("")
    adm = card["cv"].get("admit_cv")
    if adm:
        s = adm["learned"]
        lines += [
            f"Admit vs discharge (learned, admit at P >= {adm['threshold']:.2f}): "
            f"accuracy {_pct(s['accuracy'])}, missed admissions "
            f"{_pct(s['missed_admission'])}, Brier {_pct(s['brier'])}, "
            f"ECE {_pct(s['ece'])}.",
            "",
        ]
    if dom["cv"]:
        lines += [
            "| domain alpha | CV inside | CV exact under floor | CV under-triage |",
            "|---|---|---|---|",
            *(
                f"| {r['alpha']:g} | {100 * r['inside']:.1f} % | "
                f"{100 * r['exact']:.1f} % | {100 * r['under']:.1f} % |"
                for r in dom["cv"]
            ),
            "",
        ]
    lines += ["![calibration](calibration.png)", ""]
    if card["notices"]:
        lines += ["## Notices", "", *[f"- {n}" for n in card["notices"]], ""]
    return "\n".join(lines)
