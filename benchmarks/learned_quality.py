"""Learned decision tool vs the rules on the shared public data, both halves.

Research software, not for clinical use. Usage::

    python -m benchmarks.learned_quality [--shared ../shared/data] [--json out.json]
        [--fit-timing-rows 4000]

For each shared file, split once by ``cases.splits.read_score_split``:

- **read half, 5-fold CV** (the fit's own procedure: same estimator, calibration
  choice and under-triage weight, chosen inside the read half only): rules alone,
  learned alone, learned under the floors. The ESI floor is the rules' decision-point
  floor; the no-unsafe-discharge floor is emulated per case by asking
  ``agents.floors.enforce`` whether it would lift a Discharge, given the rules
  run's final ledger and the disposition view.
- **score half**: the artifact fitted on the whole read half (``fit --dataset ktas``)
  predicts the unseen half; "learned under floors" is the real graph with the
  learned tools installed (floors applied by the stage pipeline itself).
- **transfer**: the KTAS-fitted artifact on the ESI handbook vignettes and the
  MIMIC-IV demo (both halves), against the rules on the same rows.
- **timing**: ``fit`` on the KTAS read half resampled to ``--fit-timing-rows`` rows
  (with replacement; the resampling is only for timing), per-case inference latency.

Metrics: exact triage, under-/over-triage, macro-F1, Brier, ECE; admit-vs-discharge
accuracy, missed admissions, Brier, ECE (``evals.erreason.learned_eval``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agents.context import AgentContext
from agents.floors import enforce
from agents.learned.decision import apply_floor, decide_acuity
from agents.learned.features import STRUCTURED, case_features, feature_matrix
from agents.learned.tool import LearnedTools, load_learned
from agents.learned.variants import with_text
from agents.offline.knowledge import load_knowledge
from agents.schemas import DispositionResult
from cases.adapters import load_adapter
from cases.labels import ACUITY_WORDS
from cases.models import LabelledCase
from cases.splits import read_score_split
from cases.views import build_view
from evals.erreason.fit import (
    FitError,
    acuity_labels,
    admit_labels,
    choose_admit_threshold,
    choose_domain_alpha,
    choose_under_weight,
    cv_domain_inside,
    fit_cases,
    fit_dataset,
    select_model,
    take_rows,
)
from evals.erreason.learned_eval import acuity_scores, admit_scores
from graph.runtime import Reasoner
from retrieval.embeddings import SentenceTransformerEmbedder

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
ADMIT_WORDS = ("Admit", "Observation", "OR Admit")


def _short(scores: dict[str, Any]) -> dict[str, Any]:
    """Keep value and interval of each metric (drop counts of hits)."""
    out: dict[str, Any] = {"n": scores["n"]}
    for k, v in scores.items():
        if isinstance(v, dict) and "rate" in v:
            out[k] = [
                round(v["rate"], 4),
                round(v["ci_low"], 4),
                round(v["ci_high"], 4),
            ]
        elif isinstance(v, dict) and "value" in v:
            out[k] = [
                round(v["value"], 4),
                round(v["ci_low"], 4),
                round(v["ci_high"], 4),
            ]
    return out


async def graph_run(
    reasoner: Reasoner, cases: Sequence[LabelledCase], ctx: AgentContext
) -> list[dict[str, Any]]:
    """Run the real graph; keep ESI, triage probs, P(admit), admit, discharge floor."""
    rows = []
    for lc in cases:
        out = await reasoner.run(lc.case)
        triage = next((r for r in out.trace if r.stage == "triage"), None)
        dispo = next((r for r in out.trace if r.stage == "disposition"), None)
        probs = None
        if triage is not None and triage.output is not None:
            p: dict[str, float] | None = getattr(triage.output, "probabilities", None)
            if p:
                probs = [p.get(w, 0.0) for w in ACUITY_WORDS]
        p_admit = None
        if dispo is not None and dispo.output is not None:
            dp: dict[str, float] | None = getattr(dispo.output, "probabilities", None)
            if dp:
                p_admit = sum(dp.get(w, 0.0) for w in ADMIT_WORDS) / max(
                    sum(dp.values()), 1e-9
                )
        view = build_view(lc.case, "disposition")
        _, events = enforce(
            "disposition",
            DispositionResult(disposition="Discharge", rationale="probe"),
            view,
            out.final.ledger,
            ctx,
        )
        rows.append(
            {
                # the answer in the case's own scale: at a KTAS/CTAS site the
                # site level (the learned model answers it), else ESI
                "esi": out.final.esi
                if out.final.site_level is None
                else out.final.site_level,
                "probs": probs,
                "admit": out.final.disposition in ADMIT_WORDS
                if out.final.disposition
                else None,
                "p_admit": p_admit,
                "discharge_blocked": bool(events),
            }
        )
    return rows


def _acuity_block(
    gold: np.ndarray, esi: Sequence[int | None], probs: Sequence[Any] | None
) -> dict[str, Any]:
    keep = [i for i, e in enumerate(esi) if e is not None and gold[i] > 0]
    p = None
    if probs is not None and all(probs[i] is not None for i in keep):
        p = np.array([probs[i] for i in keep], dtype=float)
    return _short(acuity_scores(np.array([esi[i] for i in keep]), gold[keep], p))


def _admit_block(
    gold: np.ndarray, admit: Sequence[bool | None], p_admit: Sequence[float | None]
) -> dict[str, Any]:
    keep = [i for i, a in enumerate(admit) if a is not None and gold[i] >= 0]
    p = None
    if all(p_admit[i] is not None for i in keep):
        p = np.array([p_admit[i] for i in keep], dtype=float)
    return _short(admit_scores(np.array([admit[i] for i in keep]), gold[keep] == 1, p))


def _clip(probs: np.ndarray, floors: np.ndarray) -> np.ndarray:
    out = probs.copy()
    for i, f in enumerate(floors):
        out[i, f:] = 0.0  # levels less urgent than the floor (columns f.. = f+1..)
        total = out[i].sum()
        if total > 0:
            out[i] /= total
        else:
            out[i, f - 1] = 1.0
    return out


def cv_read_half(
    read: list[LabelledCase],
    rules: list[dict[str, Any]],
    embedder: Any,
    max_under: float | None = None,
) -> dict[str, Any]:
    """5-fold CV on the read half with the fit's own choices (made inside it)."""
    kb = load_knowledge()
    feats = [case_features(lc.case, kb) for lc in read]
    x = feature_matrix(feats, embedder)
    inputs = with_text(x, [f.text for f in feats])
    full_floors = np.array([f.esi_floor for f in feats])
    # the fit's default: the handbook's mandatory criteria floor the learned answer
    floors = np.array([f.life_threat_floor for f in feats])
    out: dict[str, Any] = {}
    y = acuity_labels(read)
    m = y > 0
    if m.any():
        classes = sorted(set(y[m].tolist()))
        c_acu, method, probs, _ = select_model(
            take_rows(inputs, m), y[m], len(STRUCTURED), 0, ngrams=True
        )
        rules_esi = np.array([r["esi"] or 3 for r in rules])[m]
        w, _, met = choose_under_weight(
            probs, classes, y[m], floors[m], rules_esi, max_under
        )
        alone = decide_acuity(probs, classes, w)
        alpha, _ = choose_domain_alpha(
            x[m], len(STRUCTURED), alone, rules_esi, floors[m], y[m], 0
        )
        inside = cv_domain_inside(x[m], len(STRUCTURED), y[m], 0, (alpha,))[alpha]
        full = np.zeros((len(probs), 5))
        full[:, [c - 1 for c in classes]] = probs
        out["acuity"] = {
            "C": c_acu,
            "calibration": method,
            "under_weight": w,
            "under_weight_met_rules": met,
            "rules": _acuity_block(
                y, [r["esi"] for r in rules], [r["probs"] for r in rules]
            ),
            "learned": _short(acuity_scores(alone, y[m], full)),
            "learned_under_floors": _short(
                acuity_scores(
                    apply_floor(alone, floors[m]), y[m], _clip(full, floors[m])
                )
            ),
            "learned_under_full_floor": _short(
                acuity_scores(apply_floor(alone, full_floors[m]), y[m])
            ),
            "domain_alpha": alpha,
            "domain_inside": round(float(inside.mean()), 4),
            "learned_in_domain_rules_outside_under_floors": _short(
                acuity_scores(
                    apply_floor(np.where(inside, alone, rules_esi), floors[m]), y[m]
                )
            ),
        }
    ya = admit_labels(read)
    ma = ya >= 0
    if ma.any() and len(set(ya[ma].tolist())) == 2:
        c_adm, method, both, _ = select_model(
            take_rows(inputs, ma), ya[ma], len(STRUCTURED), 0, ngrams=True
        )
        p = both[:, 1]
        threshold, _ = choose_admit_threshold(p, ya[ma] == 1, 2.0)
        learned = p >= threshold
        blocked = np.array([r["discharge_blocked"] for r in rules])[ma]
        rules_admit = np.array([bool(r["admit"]) for r in rules])[ma]
        alpha = out.get("acuity", {}).get("domain_alpha", 0.05)
        inside = cv_domain_inside(x[ma], len(STRUCTURED), ya[ma], 0, (alpha,))[alpha]
        out["admit"] = {
            "C": c_adm,
            "calibration": method,
            "threshold": threshold,
            "rules": _admit_block(
                ya, [r["admit"] for r in rules], [r["p_admit"] for r in rules]
            ),
            "learned": _short(admit_scores(learned, ya[ma] == 1, p)),
            "learned_under_floors": _short(
                admit_scores(learned | blocked, ya[ma] == 1, None)
            ),
            "domain_inside": round(float(inside.mean()), 4),
            "learned_in_domain_rules_outside_under_floors": _short(
                admit_scores(
                    np.where(inside, learned, rules_admit) | blocked,
                    ya[ma] == 1,
                    None,
                )
            ),
        }
    return out


def learned_alone(
    tools: LearnedTools, cases: list[LabelledCase], embedder: Any
) -> dict[str, Any]:
    """The artifact's own answers (no floors, no domain check) and its domain share."""
    assert tools.model is not None
    kb = load_knowledge()
    feats = [case_features(lc.case, kb) for lc in cases]
    x = feature_matrix(feats, embedder)
    inside = np.array([d.inside for d in tools.model.domain.check(x)])
    rows = with_text(x, [f.text for f in feats]) if tools.model.with_text else x
    out: dict[str, Any] = {"domain_inside": round(float(inside.mean()), 4)}
    y = acuity_labels(cases)
    m = y > 0
    if m.any() and tools.model.acuity is not None:
        probs = tools.model.acuity.predict_proba(take_rows(rows, m))
        levels = decide_acuity(probs, tools.model.classes, tools.model.under_weight)
        out["acuity"] = _short(acuity_scores(levels, y[m], probs))
    ya = admit_labels(cases)
    ma = ya >= 0
    if ma.any() and tools.model.disposition is not None:
        p = tools.model.disposition.predict_proba(take_rows(rows, ma))[:, 1]
        out["admit"] = _short(admit_scores(p >= tools.model.threshold, ya[ma] == 1, p))
    return out


def graph_blocks(
    cases: list[LabelledCase], rows: list[dict[str, Any]]
) -> dict[str, Any]:
    """Acuity and admit scores of a real graph run."""
    out: dict[str, Any] = {}
    y = acuity_labels(cases)
    if (y > 0).any():
        out["acuity"] = _acuity_block(
            y, [r["esi"] for r in rows], [r["probs"] for r in rows]
        )
    ya = admit_labels(cases)
    if (ya >= 0).any():
        out["admit"] = _admit_block(
            ya, [r["admit"] for r in rows], [r["p_admit"] for r in rows]
        )
    return out


async def main_async(
    shared: Path, fit_rows: int, max_under: float | None = None
) -> dict[str, Any]:
    """Every figure of the learned-tool section of benchmarks/RESULTS.md."""
    embedder = SentenceTransformerEmbedder()
    kb = load_knowledge()
    rules_ctx = AgentContext(knowledge=kb)
    rules_reasoner = Reasoner(rules_ctx)
    report: dict[str, Any] = {"load_avg_start": os.getloadavg()[0]}
    tmp = tempfile.TemporaryDirectory()
    art = Path(tmp.name) / "ktas"
    t0 = time.perf_counter()
    fitted = fit_dataset(
        "ktas",
        shared / "ktas-triage" / "data.csv",
        art,
        progress=False,
        max_under_triage=max_under,
    )
    report["fit_ktas_read_half"] = {
        "wall_s": round(time.perf_counter() - t0, 1),
        "decision": fitted.card["decision"],
        "model_bytes": (art / "model.skops").stat().st_size,
    }
    tools = load_learned(art, embedder=embedder)
    learned_ctx = AgentContext(knowledge=kb, learned=tools)
    learned_reasoner = Reasoner(learned_ctx)
    datasets = {
        "ktas": shared / "ktas-triage" / "data.csv",
        "esi_handbook": shared / "esi-handbook-v4-vignettes" / "train.csv",
        "mimic_demo": shared / "mimic-iv-demo-2.2",
    }
    for name, path in datasets.items():
        cases = list(load_adapter(name, path).cases)
        read, score = read_score_split(cases)
        block: dict[str, Any] = {"n_read": len(read), "n_score": len(score)}
        for half, part in (("read", read), ("score", score)):
            rules_rows = await graph_run(rules_reasoner, part, rules_ctx)
            t1 = time.perf_counter()
            learned_rows = await graph_run(learned_reasoner, part, learned_ctx)
            per_case = (time.perf_counter() - t1) * 1000 / max(len(part), 1)
            block[half] = {
                "rules": graph_blocks(part, rules_rows),
                "ktas_model_alone": learned_alone(tools, part, embedder),
                "ktas_model_under_floors": graph_blocks(part, learned_rows),
                "graph_ms_per_case_with_learned": round(per_case, 1),
            }
            if half == "read":
                try:
                    block["read"]["cv_5fold_own_fit"] = cv_read_half(
                        part, rules_rows, embedder, max_under
                    )
                except (FitError, ValueError) as exc:
                    block["read"]["cv_5fold_own_fit"] = {"error": str(exc)}
                try:
                    with tempfile.TemporaryDirectory() as own:
                        fit_cases(
                            part,
                            Path(own),
                            training={
                                "dataset": name,
                                "dataset_sha256": "-",
                                "description": f"{name} read half",
                                "split": {
                                    "kind": "read half",
                                    "function": "cases.splits.read_score_split",
                                    "seed": 20261201,
                                    "trained_on": "read half",
                                    "held_out": "score half",
                                },
                                "licence": "-",
                            },
                        )
                    block["own_fit"] = "fits"
                except FitError as exc:
                    block["own_fit"] = f"cannot fit: {exc}"
        report[name] = block
    # per-case inference latency of the learned tools alone (cold caches)
    cases = list(load_adapter("ktas", datasets["ktas"]).cases)
    _, score = read_score_split(cases)
    lat = []
    for lc in score[:200]:
        tools.clear_caches()
        view = build_view(lc.case, "triage")
        t1 = time.perf_counter()
        tools.model.predict(view, kb)  # type: ignore[union-attr]
        tools.library.search(  # type: ignore[union-attr]
            view.chief_complaint,
            view.vitals,
            view.demographics.age,
            patient_id=view.patient_id,
            encounter_id=view.encounter_id,
        )
        lat.append((time.perf_counter() - t1) * 1000)
    report["inference_ms"] = {
        "p50": round(statistics.median(lat), 1),
        "p95": round(sorted(lat)[int(0.95 * len(lat))], 1),
        "note": "model (features, MiniLM complaint embedding via LRU, two models "
        "with occlusion contributions) + Chroma similar-visit search; cold caches",
    }
    if fit_rows:
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        res = fit_dataset(
            "ktas",
            datasets["ktas"],
            Path(tmp.name) / "timing",
            progress=False,
            resample_to=fit_rows,
        )
        report["fit_timing"] = {
            "rows": fit_rows,
            "wall_s": round(time.perf_counter() - t0, 1),
            "cpu_s": round(time.process_time() - cpu0, 1),
            "inner_wall_s": round(res.wall_s, 1),
            "load_avg": os.getloadavg()[0],
        }
    report["load_avg_end"] = os.getloadavg()[0]
    tmp.cleanup()
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the figures as JSON (optionally save them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--fit-timing-rows", type=int, default=4000)
    parser.add_argument(
        "--max-under-triage",
        type=float,
        help="fit's stated floored-CV under-triage limit (default: the rules' rate)",
    )
    args = parser.parse_args(argv)
    report = asyncio.run(
        main_async(args.shared, args.fit_timing_rows, args.max_under_triage)
    )
    text = json.dumps(report, indent=2, default=str)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
