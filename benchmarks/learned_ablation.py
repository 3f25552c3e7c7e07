"""Why the learned acuity model scores what it scores: ablations on the KTAS read half.

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_ablation [--shared ../shared/data] [--json out.json]

Reads the KTAS **read half only** (``cases.splits.read_score_split``) and reports
5-fold cross-validated exact triage and under-triage (arg-max decisions, mean over CV
seeds), before and after the ESI floor the shipped fit uses (``--floor handbook``, the
default: the handbook's mandatory criteria, ``EsiAssessment.mandatory_floor``; or
``full``, every criterion the rules floor on), for:

- the shipped estimator (``evals.erreason.fit.make_estimator`` with the complaint
  n-gram bag, C 0.1 as the fit chooses on this half) with each calibration;
- the complaint as a character 2-4-gram TF-IDF instead of (or beside) the MiniLM
  components;
- ``GradientBoostingClassifier`` on the issue's inputs (vitals, demographics, arrival,
  mental state, pain, character n-gram counts), with and without the rules' outputs;
(The learning curve is ``benchmarks.learned_curve``.)

The score half is never read here.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from agents.learned.features import STRUCTURED, case_features, feature_matrix
from agents.learned.variants import ORDINAL_C as SHIPPED_C
from agents.learned.variants import with_text
from agents.offline.knowledge import load_knowledge
from cases.adapters import load_adapter
from cases.splits import read_score_split
from evals.erreason.fit import CALIBRATIONS, acuity_labels, make_estimator
from retrieval.embeddings import SentenceTransformerEmbedder

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SEEDS = (0, 1)
_RULE_COLUMNS = ("expected_resources", "danger_zone_vitals", "qsofa", "sirs")
RULE_OUTPUTS = frozenset(
    n
    for n in STRUCTURED
    if n.startswith("esi_") or n in _RULE_COLUMNS or n == "complaint_matched"
)
"""Columns computed by the offline rules (the rest are the visit's own data)."""

Ints = npt.NDArray[np.int64]


def _scores(
    probs: list[npt.NDArray[np.float64]], gold: Ints, floors: Ints
) -> dict[str, float]:
    levels = np.arange(1, 6)
    out: dict[str, list[float]] = {"exact": [], "under": [], "floored_exact": []}
    out["floored_under"] = []
    for p in probs:
        pred = levels[p.argmax(axis=1)]
        floored = np.minimum(pred, floors)
        out["exact"].append(float((pred == gold).mean()))
        out["under"].append(float((pred > gold).mean()))
        out["floored_exact"].append(float((floored == gold).mean()))
        out["floored_under"].append(float((floored > gold).mean()))
    return {k: round(float(np.mean(v)), 4) for k, v in out.items()}


def _cv(make: Callable[[], Any], x: Any, y: Ints) -> list[npt.NDArray[np.float64]]:
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    return [
        np.asarray(
            cross_val_predict(
                make(),
                x,
                y,
                cv=StratifiedKFold(5, shuffle=True, random_state=s),
                method="predict_proba",
            )
        )
        for s in SEEDS
    ]


def _text_pipeline(columns: Sequence[str], tfidf: bool, with_emb: bool) -> Any:
    from sklearn.compose import ColumnTransformer
    from sklearn.decomposition import PCA
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    parts: list[tuple[str, Any, Any]] = [
        (
            "s",
            make_pipeline(
                SimpleImputer(strategy="median", add_indicator=True), StandardScaler()
            ),
            list(columns),
        )
    ]
    if tfidf:
        vec = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True
        )
        parts.append(("t", vec, "text"))
    if with_emb:
        parts.append(("e", PCA(8, random_state=0), [f"e{i}" for i in range(384)]))
    clf = LogisticRegression(C=0.3, max_iter=3000)
    return make_pipeline(ColumnTransformer(parts), clf)


def _boosting(columns: Sequence[str]) -> Any:
    from sklearn.compose import ColumnTransformer
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline

    grams = CountVectorizer(
        analyzer="char_wb", ngram_range=(2, 4), min_df=3, binary=True
    )
    cols = ColumnTransformer(
        [
            ("s", SimpleImputer(strategy="median", add_indicator=True), list(columns)),
            ("t", grams, "text"),
        ]
    )
    return make_pipeline(cols, GradientBoostingClassifier(random_state=0))


def run(shared: Path, floor: str = "handbook") -> dict[str, Any]:
    """Compute every ablation on the KTAS read half (``floor``: handbook or full)."""
    import pandas as pd

    cases, _ = read_score_split(
        list(load_adapter("ktas", shared / "ktas-triage" / "data.csv").cases)
    )
    kb = load_knowledge()
    rows = [case_features(c.case, kb) for c in cases]
    x = feature_matrix(rows, SentenceTransformerEmbedder())
    y = acuity_labels(cases)
    floors = np.array(
        [r.life_threat_floor if floor == "handbook" else r.esi_floor for r in rows],
        dtype=np.int64,
    )
    n = len(STRUCTURED)
    xt = with_text(x, [r.text for r in rows])
    frame = pd.DataFrame(x[:, :n], columns=list(STRUCTURED))
    frame["text"] = [r.text for r in rows]
    emb = pd.DataFrame(x[:, n:], columns=[f"e{i}" for i in range(x.shape[1] - n)])
    frame = pd.concat([frame, emb], axis=1)
    own = [c for c in STRUCTURED if c not in RULE_OUTPUTS]
    onehot = (np.arange(1, 6)[None, :] == y[:, None]).astype(float)
    report: dict[str, Any] = {
        "n_read": len(y),
        "floor": floor,
        "load_avg_start": os.getloadavg()[0],
    }
    rules = np.array([r.esi_level for r in rows], dtype=np.int64)
    report["rules alone"] = {
        "exact": round(float((rules == y).mean()), 4),
        "under": round(float((rules > y).mean()), 4),
    }
    for method in CALIBRATIONS:
        probs = _cv(
            partial(make_estimator, n, x.shape[1], method, SHIPPED_C, True), xt, y
        )
        brier = float(np.mean([((p - onehot) ** 2).sum(axis=1).mean() for p in probs]))
        report[f"shipped, calibration {method}"] = _scores(probs, y, floors) | {
            "brier": round(brier, 4)
        }
    for name, make in {
        "LR, char n-gram TF-IDF instead of MiniLM": lambda: _text_pipeline(
            STRUCTURED, True, False
        ),
        "LR, char n-gram TF-IDF and MiniLM": lambda: _text_pipeline(
            STRUCTURED, True, True
        ),
        "GB, issue's inputs (no rule outputs)": lambda: _boosting(own),
        "GB, issue's inputs + rule outputs": lambda: _boosting(STRUCTURED),
    }.items():
        report[name] = _scores(_cv(make, frame, y), y, floors)
    report["load_avg_end"] = os.getloadavg()[0]
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the ablations as JSON (optionally save them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--floor",
        choices=("handbook", "full"),
        default="handbook",
        help="ESI floor after the model: the shipped handbook split (default) or "
        "every criterion the rules floor on",
    )
    args = parser.parse_args(argv)
    text = json.dumps(run(args.shared, args.floor), indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
