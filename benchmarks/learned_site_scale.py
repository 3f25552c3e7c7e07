"""The site-scale (CTAS/KTAS) rule outputs as features, and the floor for KTAS rows.

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_site_scale [--shared ../shared/data] [--json out.json]
        [--score]

Read half of the KTAS file only (``cases.splits.read_score_split``), 5-fold CV
(stratified, seed 0; one visit per patient). The fit's own procedure (``C`` and
calibration by CV Brier on the with-text input) gives out-of-fold probabilities
with and without the site-scale columns of ``agents.learned.features``
(``site_level`` from ``agents.offline.rules.ctas``, the counts of its level 1-2 and
level-3 modifiers). Each is then decided by least expected cost with the smallest
under-triage weight whose floored under-triage is <= 10.5 % (cross-fitted: chosen
on the other folds), under three floors:

- ``handbook``: ESI's mandatory criteria (A -> 1; B high-risk or new confusion ->
  2), what the shipped tool is held to and what ``floors`` applies at a KTAS site;
- ``site life threat``: the same plus every CTAS/KTAS modifier that grades the visit
  level 1 or 2 (``site_level`` when it is 1-2: respiratory distress, haemodynamic
  instability, impaired consciousness, septic fever, severe central pain,
  symptomatic hypertension or glucose, major bleeding on anticoagulants);
- ``full``: every criterion the ESI rules floor on (the old floor).

``--score`` also fits each on the whole read half (the same choices; the weight
chosen on the read half's out-of-fold probabilities) and scores the unseen score
half once (aggregate figures only).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agents.learned.decision import apply_floor, decide_acuity
from agents.learned.features import STRUCTURED, visit_features
from agents.learned.variants import with_text
from agents.offline.knowledge import load_knowledge
from benchmarks.learned_variants import (
    _features,
    cross_fitted_levels,
    finished,
    ktas_halves,
    started,
    summary,
)
from cases.labels import ACUITY_TO_ESI
from cases.views import build_view
from evals.erreason.fit import (
    FOLDS,
    UNDER_WEIGHTS,
    acuity_labels,
    make_estimator,
    select_model,
)
from retrieval.embeddings import SentenceTransformerEmbedder

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SITE_COLUMNS = ("site_level", "site_modifiers_urgent", "site_modifiers_level3")
UNDER_TARGET = 0.105


def _weight(probs: Any, y: Any, floors: Any) -> float:
    for w in UNDER_WEIGHTS:
        lev = apply_floor(decide_acuity(probs, [1, 2, 3, 4, 5], w), floors)
        if float((lev > y).mean()) <= UNDER_TARGET:
            return w
    return UNDER_WEIGHTS[-1]


def _floors(cases: Any, x: Any, kb: Any) -> dict[str, Any]:
    rows = [visit_features(build_view(lc.case, "triage"), kb) for lc in cases]
    mand = np.array([r.esi_mandatory_floor for r in rows], dtype=np.int64)
    site = x[:, STRUCTURED.index("site_level")].astype(np.int64)
    return {
        "handbook": mand,
        "site life threat": np.minimum(mand, np.where(site <= 2, site, 5)),
        "full": np.array([r.esi_floor for r in rows], dtype=np.int64),
    }


def run(shared: Path, score: bool = False) -> dict[str, Any]:
    """Compute the with/without table under each floor (and the score half)."""
    from sklearn.model_selection import StratifiedKFold
    from threadpoolctl import threadpool_limits

    t0, cpu0, report = started()
    read, held = ktas_halves(shared)
    kb = load_knowledge()
    embedder = SentenceTransformerEmbedder()
    x, texts, _, _, rules = _features(read, kb, embedder)
    y = acuity_labels(read)
    site = x[:, STRUCTURED.index("site_level")].astype(np.int64)
    floors = _floors(read, x, kb)
    if score:
        xs_all, texts_s, _, _, rules_s = _features(held, kb, embedder)
        ys = acuity_labels(held)
        floors_s = _floors(held, xs_all, kb)
        site_s = xs_all[:, STRUCTURED.index("site_level")].astype(np.int64)
        nurse = np.array(
            [
                ACUITY_TO_ESI[c.gold.human_acuity] if c.gold.human_acuity else 0
                for c in held
            ]
        )
        report["score: rules alone (ESI)"] = summary(rules_s, ys)
        report["score: site level alone"] = summary(site_s, ys)
        report["score: KTAS nurses"] = summary(nurse, ys)
    report["rules alone (ESI)"] = summary(rules, y)
    report["site level alone (CTAS/KTAS rules)"] = summary(site, y)
    for name, fl in floors.items():
        report[f"floor alone: {name}"] = summary(apply_floor(np.full_like(y, 5), fl), y)
    keep = [i for i, n in enumerate(STRUCTURED) if n not in SITE_COLUMNS]
    n_drop = len(STRUCTURED) - len(keep)
    cols = keep + list(range(len(STRUCTURED), x.shape[1]))
    folds = [
        te for _, te in StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(x, y)
    ]
    with threadpool_limits(limits=1):
        for label, sel, n in (
            ("without site-scale columns", cols, len(STRUCTURED) - n_drop),
            ("with site-scale columns", list(range(x.shape[1])), len(STRUCTURED)),
        ):
            c, method, probs, _ = select_model(
                with_text(x[:, sel], texts), y, n, 0, ngrams=True
            )
            arg = np.asarray([1, 2, 3, 4, 5])[probs.argmax(axis=1)]
            block: dict[str, Any] = {
                "choice": {"C": c, "calibration": method},
                "learned alone, arg-max": summary(arg, y, probs),
            }
            for name, fl in floors.items():
                lev, ws = cross_fitted_levels(probs, y, fl, folds)
                block[f"cost (under <= 10.5 %) under {name} floor"] = summary(
                    lev, y
                ) | {"weights": ws}
            report[label] = block
            print(label, json.dumps(block), flush=True)
            if score:
                model = make_estimator(n, len(sel), method, c, True)
                model.fit(with_text(x[:, sel], texts), y)
                p = model.predict_proba(with_text(xs_all[:, sel], texts_s))
                arg = np.asarray([1, 2, 3, 4, 5])[p.argmax(axis=1)]
                sblock: dict[str, Any] = {"learned alone, arg-max": summary(arg, ys, p)}
                for name, fl in floors.items():
                    w = _weight(probs, y, fl)
                    lev = apply_floor(
                        decide_acuity(p, [1, 2, 3, 4, 5], w), floors_s[name]
                    )
                    sblock[f"cost (weight {w:g} by read CV) under {name} floor"] = (
                        summary(lev, ys)
                    )
                report[f"score: {label}"] = sblock
    finished(report, t0, cpu0)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the report as JSON (optionally save it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="shared data")
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument(
        "--score", action="store_true", help="also score the score half once"
    )
    args = parser.parse_args(argv)
    text = json.dumps(run(args.shared, args.score), indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
