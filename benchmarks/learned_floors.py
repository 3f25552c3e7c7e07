"""What the safety floors cost the learned acuity model, and the issue's baseline.

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_floors [--shared ../shared/data] [--json out.json]

Two questions, on the KTAS file split once by ``cases.splits.read_score_split``:

1. **Floor decomposition (read half only, 5-fold CV).** The learned acuity level of
   every read-half visit comes from a model that never saw it (out of fold; the
   shipped fit's own choices: complaint n-gram bag, ``C`` and calibration by CV
   Brier, under-triage weight by floored CV under-triage <= 10.5 % under the
   handbook's mandatory floor, as ``fit --max-under-triage 0.105``). The floor then
   lifts some visits: the handbook's mandatory floor (what the shipped tool is held
   to) and, for comparison, the full floor (every criterion the rules floor on); for
   each kind
   of floor (decision point A, B high-risk situation, B new confusion, B severe pain,
   D vitals not assessable, D danger-zone vitals to ESI 2, danger-zone vitals to
   ESI 3) the script counts the lifts, the exact hits they cost (the learned level
   was the expert's), the hits they won and the under-triage they prevented. It also
   counts, per high-risk reason, how many visits the floor puts at ESI <= 2 and how
   many of them the KTAS expert and the KTAS nurse put there too. Only counts are
   printed; the read half is the half we may inspect.
2. **Equal footing with the issue's baseline.** The issue's model (scikit-learn
   ``GradientBoostingClassifier`` on vitals, demographics, arrival, mental state, pain
   and a character n-gram bag of the complaint; arg-max) against ours (the fit's
   estimator and choices, made inside each training part only: nested CV on the read
   half; the read half for the score half). Both are fitted on the same rows with the
   same inputs available, and scored out of fold on the read half and on the unseen
   score half (aggregate figures only; ``--read-only`` skips the score half).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from agents.learned.decision import apply_floor, decide_acuity
from agents.learned.features import STRUCTURED, feature_matrix, visit_features
from agents.learned.variants import with_text
from agents.offline.knowledge import KnowledgeBase, load_knowledge
from agents.offline.rules import EsiAssessment, esi_triage
from agents.offline.stage_facts import facts_with_notes
from benchmarks.learned_variants import ktas_halves, started
from cases.labels import ACUITY_TO_ESI
from cases.models import LabelledCase
from cases.views import build_view
from evals.erreason.fit import (
    FOLDS,
    acuity_labels,
    choose_under_weight,
    make_estimator,
    select_model,
)
from evals.erreason.learned_eval import acuity_scores
from retrieval.embeddings import SentenceTransformerEmbedder

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
UNDER_TRIAGE_TARGET = 0.105
"""The issue's bound (the KTAS nurses' rate on the steering team's rows); the
shipped fit's ``--max-under-triage``."""
_RULE_COLUMNS = ("expected_resources", "danger_zone_vitals", "qsofa", "sirs")
ISSUE_INPUTS = tuple(
    n
    for n in STRUCTURED
    if not n.startswith("esi_") and n not in _RULE_COLUMNS and n != "complaint_matched"
)
"""The visit's own data: what the issue's baseline used (no rule outputs)."""

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def floor_kind(e: EsiAssessment) -> str:
    """Name the decision point and criterion that set the ESI floor."""
    if e.decision_point == "A":
        return "A life-saving intervention"
    if e.decision_point == "B":
        high = [r for r in e.high_risk_reasons if r not in e.life_saving_reasons]
        if high:
            return "B high-risk situation"
        if e.altered_mental_status:
            return "B new confusion/lethargy"
        return "B severe pain"
    if e.floor == 2:
        return (
            "D vitals not assessable"
            if "not assessable" in (e.rule.interpretation or "")
            else "D danger-zone vitals -> ESI 2"
        )
    return f"danger-zone vitals -> ESI 3 (point {e.decision_point})"


def _reason_key(reason: str) -> str:
    """A reason without its numbers and citation (counts group like reasons)."""
    return re.sub(r"\s*\[.*$", "", re.sub(r"\d+(\.\d+)?", "N", reason)).strip()


def decompose(
    learned: Ints, floors: Ints, gold: Ints, esis: Sequence[EsiAssessment]
) -> dict[str, dict[str, int]]:
    """Lifts, exact hits lost and won, and under-triage prevented per floor kind."""
    out: dict[str, Counter[str]] = {}
    floored = apply_floor(learned, floors)
    for i in np.flatnonzero(floored < learned).tolist():
        c = out.setdefault(floor_kind(esis[i]), Counter())
        c["lifted"] += 1
        c["hits_lost"] += int(learned[i] == gold[i])
        c["hits_won"] += int(floored[i] == gold[i])
        c["under_prevented"] += int(learned[i] > gold[i] >= floored[i])
        c["lifted_past_gold"] += int(floored[i] < gold[i])
    return {k: dict(v) for k, v in sorted(out.items(), key=lambda t: -t[1]["lifted"])}


def reasons_table(
    esis: Sequence[EsiAssessment], gold: Ints, nurse: Ints
) -> list[dict[str, Any]]:
    """Per reason: visits floored to <= 2; expert <= 2, expert >= 3, nurse <= 2."""
    rows: dict[str, Counter[str]] = {}
    for e, g, n in zip(esis, gold, nurse, strict=True):
        if e.floor > 2:
            continue
        reasons = list(e.high_risk_reasons)
        if e.altered_mental_status:
            reasons.append("new confusion/lethargy/disorientation (AMS)")
        if not reasons:
            reasons = [floor_kind(e)]
        for key in {_reason_key(r) for r in reasons}:
            c = rows.setdefault(key, Counter())
            c["floored"] += 1
            c["expert_le_2"] += int(g <= 2)
            c["expert_ge_3"] += int(g >= 3)
            c["nurse_le_2"] += int(0 < n <= 2)
    return [
        {"reason": k} | dict(v)
        for k, v in sorted(rows.items(), key=lambda t: -t[1]["floored"])
    ]


def _features(
    cases: Sequence[LabelledCase], kb: KnowledgeBase, embedder: Any
) -> tuple[Floats, list[Any], list[EsiAssessment]]:
    rows, esis = [], []
    for lc in cases:
        view = build_view(lc.case, "triage")
        rows.append(visit_features(view, kb))
        facts = facts_with_notes(view, (), kb)
        esis.append(esi_triage(facts, kb.match_complaint(view.chief_complaint)))
    return feature_matrix(rows, embedder), rows, esis


def ours_fit_predict(
    x_train: Any,
    y_train: Ints,
    floors_train: Ints,
    rules_train: Ints,
    x_test: Any,
) -> tuple[Floats, float, dict[str, Any]]:
    """The fit's own procedure on one training part; probabilities on the test part.

    ``x_train`` and ``x_test`` are ``with_text`` arrays (the complaint text last).
    """
    n = len(STRUCTURED)
    c, method, oof, _ = select_model(x_train, y_train, n, 0, ngrams=True)
    classes = sorted(set(y_train.tolist()))
    w, _, _ = choose_under_weight(
        oof, classes, y_train, floors_train, rules_train, UNDER_TRIAGE_TARGET
    )
    model = make_estimator(n, x_train.shape[1] - 1, method, c, True)
    model.fit(x_train, y_train)
    probs = np.asarray(model.predict_proba(x_test))
    return probs, w, {"C": c, "calibration": method, "under_weight": w}


def issue_baseline() -> Any:
    """The issue's model: gradient boosting on the visit's own data and char n-grams."""
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
            (
                "s",
                SimpleImputer(strategy="median", add_indicator=True),
                list(ISSUE_INPUTS),
            ),
            ("t", grams, "text"),
        ]
    )
    return make_pipeline(cols, GradientBoostingClassifier(random_state=0))


class _Frame:
    """Build the baseline's DataFrame (own columns plus the complaint text)."""

    def __init__(self, x: Floats, texts: Sequence[str]) -> None:
        import pandas as pd

        idx = [STRUCTURED.index(c) for c in ISSUE_INPUTS]
        self.frame = pd.DataFrame(x[:, idx], columns=list(ISSUE_INPUTS))
        self.frame["text"] = list(texts)

    def rows(self, idx: Any) -> Any:
        return self.frame.iloc[idx].reset_index(drop=True)


def _summary(pred: Ints, gold: Ints) -> dict[str, Any]:
    s = acuity_scores(pred, gold)
    return {
        k: [
            round(100 * s[k]["rate"], 1),
            round(100 * s[k]["ci_low"], 1),
            round(100 * s[k]["ci_high"], 1),
        ]
        for k in ("exact", "under_triage", "over_triage")
    }


def run(shared: Path, read_only: bool = False) -> dict[str, Any]:
    """Compute the decomposition and the equal-footing comparison."""
    from sklearn.model_selection import StratifiedKFold
    from threadpoolctl import threadpool_limits

    t0, cpu0, report = started()
    read, score = ktas_halves(shared)
    kb = load_knowledge()
    embedder = SentenceTransformerEmbedder()
    xr, rows_r, esis_r = _features(read, kb, embedder)
    xs, rows_s, _ = _features(score, kb, embedder)
    yr, ys = acuity_labels(read), acuity_labels(score)
    nurse = np.array(
        [
            ACUITY_TO_ESI[c.gold.human_acuity] if c.gold.human_acuity else 0
            for c in read
        ],
        dtype=np.int64,
    )
    # the shipped tool's floor: the handbook's mandatory criteria
    fr = np.array([r.life_threat_floor for r in rows_r], dtype=np.int64)
    fs = np.array([r.life_threat_floor for r in rows_s], dtype=np.int64)
    full_r = np.array([r.esi_floor for r in rows_r], dtype=np.int64)
    tr_ = with_text(xr, [r.text for r in rows_r])
    ts_ = with_text(xs, [r.text for r in rows_s])
    rr = np.array([r.esi_level for r in rows_r], dtype=np.int64)
    rs = np.array([r.esi_level for r in rows_s], dtype=np.int64)
    classes = [1, 2, 3, 4, 5]
    with threadpool_limits(limits=1):
        # --- 1. decomposition: the fit's own CV choices on the whole read half
        n = len(STRUCTURED)
        c, method, oof, briers = select_model(tr_, yr, n, 0, ngrams=True)
        w, wtable, _ = choose_under_weight(
            oof, classes, yr, fr, rr, UNDER_TRIAGE_TARGET
        )
        report["read_cv_choices"] = {"C": c, "calibration": method, "brier": briers}
        report["under_weight_search"] = wtable
        report["rules_read"] = _summary(rr, yr)
        for name, weight in (("argmax-like (weight 1)", 1.0), ("fit's weight", w)):
            lev = decide_acuity(oof, classes, weight)
            report[f"decomposition, {name} {weight:g}"] = {
                "learned_alone": _summary(lev, yr),
                "under_handbook_floor": _summary(apply_floor(lev, fr), yr),
                "by_handbook_floor": decompose(lev, fr, yr, esis_r),
                "under_full_floor": _summary(apply_floor(lev, full_r), yr),
                "by_full_floor": decompose(lev, full_r, yr, esis_r),
            }
        report["esi2_reasons_read"] = reasons_table(esis_r, yr, nurse)
        report["nurse_read"] = _summary(nurse, yr)
        # --- 2. equal footing: nested CV on the read half, then the score half
        frame_r = _Frame(xr, [r.text for r in rows_r])
        frame_s = _Frame(xs, [r.text for r in rows_s])
        ours_oof = np.zeros((len(yr), 5))
        ours_lev = np.zeros(len(yr), dtype=np.int64)
        base_oof = np.zeros(len(yr), dtype=np.int64)
        cv = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
        for tr, te in cv.split(xr, yr):
            p, wt, _ = ours_fit_predict(tr_[tr], yr[tr], fr[tr], rr[tr], tr_[te])
            ours_oof[te] = p
            ours_lev[te] = decide_acuity(p, classes, wt)
            gb = issue_baseline().fit(frame_r.rows(tr), yr[tr])
            base_oof[te] = gb.predict(frame_r.rows(te))
        t_nested = time.process_time() - cpu0
        if not read_only:
            p_s, w_s, choice_s = ours_fit_predict(tr_, yr, fr, rr, ts_)
            gb = issue_baseline().fit(frame_r.frame, yr)
            base_s = np.asarray(gb.predict(frame_s.frame), dtype=np.int64)
    arg_r = np.asarray(classes)[ours_oof.argmax(axis=1)]
    report["equal_footing"] = {
        "read, nested 5-fold CV": {
            "issue's GB baseline (arg-max)": _summary(base_oof, yr),
            "ours, arg-max": _summary(arg_r, yr),
            "ours, fit's cost decision": _summary(ours_lev, yr),
            "issue's GB under the ESI floor": _summary(apply_floor(base_oof, fr), yr),
            "ours, arg-max under the ESI floor": _summary(apply_floor(arg_r, fr), yr),
            "ours, cost decision under the ESI floor": _summary(
                apply_floor(ours_lev, fr), yr
            ),
            "rules alone": _summary(rr, yr),
        },
    }
    if not read_only:
        arg_s = np.asarray(classes)[p_s.argmax(axis=1)]
        lev_s = decide_acuity(p_s, classes, w_s)
        report["equal_footing"]["score half (fitted on the read half)"] = {
            "issue's GB baseline (arg-max)": _summary(base_s, ys),
            "ours, arg-max": _summary(arg_s, ys),
            "ours, fit's cost decision": _summary(lev_s, ys),
            "issue's GB under the ESI floor": _summary(apply_floor(base_s, fs), ys),
            "ours, arg-max under the ESI floor": _summary(apply_floor(arg_s, fs), ys),
            "ours, cost decision under the ESI floor": _summary(
                apply_floor(lev_s, fs), ys
            ),
            "rules alone": _summary(rs, ys),
            "our choices": choice_s,
        }
    report["cpu_s"] = round(time.process_time() - cpu0, 1)
    report["cpu_s_to_nested_cv"] = round(t_nested, 1)
    report["wall_s"] = round(time.perf_counter() - t0, 1)
    report["load_avg_end"] = round(os.getloadavg()[0], 1)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the report as JSON (optionally save it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=SHARED, help="shared data folder"
    )
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="read half only (skip fitting on it and scoring the score half)",
    )
    args = parser.parse_args(argv)
    text = json.dumps(run(args.shared, args.read_only), indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
