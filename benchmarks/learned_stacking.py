"""Admit vs discharge: stacking and blending the rules' outputs with the learned model.

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_stacking [--shared ../shared/data] [--json out.json]

On the KTAS file, split once by ``cases.splits.read_score_split``:

- **read half, 5-fold CV**: the learned model's out-of-fold P(admit) (the fit's own
  estimator and calibration choice) beside the rules' outputs from a real graph run
  (their P(admit), their answer, and whether the no-unsafe-discharge floor would
  block a discharge). Candidates: the learned probability alone; an equal blend of
  the learned and the rules' probabilities; a logistic-regression stacker on
  ``logit P_learned``, the rules' P(admit), their answer and the floor flag
  (cross-validated on top of the out-of-fold probabilities).
- **score half**: the same candidates refitted on the whole read half (learned model
  = ``fit --dataset ktas``; stacker on the read half's out-of-fold probabilities),
  applied to the unseen half. Its rows are only scored.

Decisions: admit when the probability reaches ``1 / (1 + c)`` for the stated cost
``c`` of a missed admission relative to an unneeded one (``c = 1``: plain accuracy;
``c = 2``: the shipped rule). "Under floors": a predicted discharge that the floor
would block counts as an admission.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from agents.context import AgentContext
from agents.learned.features import STRUCTURED, case_features, feature_matrix
from agents.learned.tool import load_learned
from agents.offline.knowledge import load_knowledge
from benchmarks.learned_quality import SHARED, _short, graph_run
from cases.adapters import load_adapter
from cases.models import LabelledCase
from cases.splits import read_score_split
from evals.erreason.fit import admit_labels, fit_dataset, select_calibration
from evals.erreason.learned_eval import admit_scores
from graph.runtime import Reasoner
from retrieval.embeddings import SentenceTransformerEmbedder

COSTS = (1.0, 2.0)
FloatArray = npt.NDArray[np.float64]


def _logit(p: FloatArray) -> FloatArray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(q / (1 - q)), dtype=np.float64)


def _rules_arrays(rows: list[dict[str, Any]]) -> tuple[FloatArray, ...]:
    rp = np.array([0.5 if r["p_admit"] is None else r["p_admit"] for r in rows])
    ra = np.array([float(bool(r["admit"])) for r in rows])
    blocked = np.array([float(r["discharge_blocked"]) for r in rows])
    return rp, ra, blocked


def _stack_inputs(p_learned: FloatArray, rows: list[dict[str, Any]]) -> FloatArray:
    rp, ra, blocked = _rules_arrays(rows)
    return np.asarray(np.c_[_logit(p_learned), rp, ra, blocked], dtype=np.float64)


def _blocks(
    probs: dict[str, FloatArray], gold: npt.NDArray[np.bool_], blocked: FloatArray
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, p in probs.items():
        for c in COSTS:
            pred = p >= 1.0 / (1.0 + c)
            out[f"{name}, cost {c:g}"] = {
                "alone": _short(admit_scores(pred, gold, p)),
                "under_floor": _short(admit_scores(pred | (blocked > 0), gold, None)),
            }
    return out


def _rules_block(rows: list[dict[str, Any]], gold: npt.NDArray[np.bool_]) -> Any:
    rp, ra, _ = _rules_arrays(rows)
    return _short(admit_scores(ra > 0, gold, rp))


async def main_async(shared: Path) -> dict[str, Any]:
    """Stacking figures on both halves of the KTAS file."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    kb = load_knowledge()
    embedder = SentenceTransformerEmbedder()
    ctx = AgentContext(knowledge=kb)
    reasoner = Reasoner(ctx)
    path = shared / "ktas-triage" / "data.csv"
    read, score = read_score_split(list(load_adapter("ktas", path).cases))
    report: dict[str, Any] = {"load_avg_start": os.getloadavg()[0]}

    def labelled(
        part: list[LabelledCase],
    ) -> tuple[list[LabelledCase], npt.NDArray[np.bool_]]:
        y = admit_labels(part)
        keep = [lc for lc, v in zip(part, y, strict=True) if v >= 0]
        return keep, y[y >= 0] == 1

    read_l, y_read = labelled(read)
    score_l, y_score = labelled(score)
    rows_read = await graph_run(reasoner, read_l, ctx)
    rows_score = await graph_run(reasoner, score_l, ctx)
    x = feature_matrix([case_features(lc.case, kb) for lc in read_l], embedder)
    _, both, _ = select_calibration(x, y_read.astype(np.int64), len(STRUCTURED), 0)
    p_read = both[:, 1]
    stack_x = _stack_inputs(p_read, rows_read)
    cv = StratifiedKFold(5, shuffle=True, random_state=1)
    stacker = LogisticRegression(C=1.0)
    p_stack = cross_val_predict(stacker, stack_x, y_read, cv=cv, method="predict_proba")
    rp_read, _, blocked_read = _rules_arrays(rows_read)
    report["read_cv"] = {
        "n": len(y_read),
        "rules": _rules_block(rows_read, y_read),
        **_blocks(
            {
                "learned": p_read,
                "blend 0.5": 0.5 * p_read + 0.5 * rp_read,
                "stacker": p_stack[:, 1],
            },
            y_read,
            blocked_read,
        ),
    }
    stacker.fit(stack_x, y_read)
    report["stacker_coef"] = [round(float(c), 3) for c in stacker.coef_[0]]
    with tempfile.TemporaryDirectory() as tmp:
        # the third pass's model (no n-gram bag): the stacker was studied on it
        fit_dataset(
            "ktas", path, Path(tmp), progress=False, library=False, ngrams=False
        )
        tools = load_learned(Path(tmp), embedder=embedder)
        assert tools.model is not None and tools.model.disposition is not None
        xs = feature_matrix([case_features(lc.case, kb) for lc in score_l], embedder)
        p_score = tools.model.disposition.predict_proba(xs)[:, 1]
        inside = np.array([d.inside for d in tools.model.domain.check(xs)])
    rp_score, _, blocked_score = _rules_arrays(rows_score)
    report["score"] = {
        "n": len(y_score),
        "domain_inside": round(float(inside.mean()), 4),
        "rules": _rules_block(rows_score, y_score),
        **_blocks(
            {
                "learned": p_score,
                "blend 0.5": 0.5 * p_score + 0.5 * rp_score,
                "stacker": stacker.predict_proba(_stack_inputs(p_score, rows_score))[
                    :, 1
                ],
            },
            y_score,
            blocked_score,
        ),
    }
    report["load_avg_end"] = os.getloadavg()[0]
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the figures as JSON (optionally save them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    report = asyncio.run(main_async(args.shared))
    text = json.dumps(report, indent=2, default=str)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
