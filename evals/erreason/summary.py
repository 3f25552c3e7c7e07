"""Aggregate metrics of a run, computed from its JSONL records only (no model calls).

``compute_metrics(records, ccsr)`` is what ``report`` writes to ``report.json``; tests
compare that JSON with metrics recomputed from the same records.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from agents.schemas import SCTStepResult, StageRecord
from cases.labels import ACUITY_WORDS, DISPOSITION_LABELS, OFFERED_DISPOSITIONS
from cases.models import GoldLabels, SCTStep
from evals.erreason import metrics as M
from evals.erreason.icd import CCSRMap, cross_stage, diagnosis_metrics
from evals.erreason.parsing import MODES, Mode
from evals.erreason.published import trivial_baselines
from evals.erreason.scorers import ledger_of
from evals.erreason.sct_metrics import sct_metrics
from evals.erreason.text import rouge, rule_out_recall

Rec = Mapping[str, Any]


def _answers(records: Sequence[Rec], mode: Mode, stage: str) -> list[str | None]:
    out = []
    for r in records:
        score = r["scores"][mode].get(stage, {})
        meta = score.get("metadata") or {}
        # name-matched diagnoses keep the parsed code in metadata
        out.append(meta["code"] if "code" in meta else score.get("answer"))
    return out


def _output(rec: Rec, stage: str) -> dict[str, Any] | None:
    for item in rec["trace"]:
        if item["stage"] == stage and item.get("status") != "error":
            out: dict[str, Any] | None = item.get("output")
            return out
    return None


def _mean(values: Sequence[float | None]) -> dict[str, Any]:
    vals = [v for v in values if v is not None and not math.isnan(v)]
    return {"mean": float(np.mean(vals)) if vals else math.nan, "n": len(vals)}


def _stage_mode(records: Sequence[Rec], stage: str, mode: Mode) -> dict[str, Any]:
    golds = [GoldLabels.model_validate(r["gold"]) for r in records]
    preds = _answers(records, mode, stage)
    if stage == "triage":
        tg: list[str | None] = [g.acuity for g in golds]
        return {
            "classification": M.classification_metrics(preds, tg, ACUITY_WORDS, mode),
            "confusion": M.confusion(preds, tg, ACUITY_WORDS),
            "safety": M.triage_safety(preds, tg),
        }
    if stage == "disposition":
        labels = OFFERED_DISPOSITIONS if mode == "paper" else DISPOSITION_LABELS
        dg: list[str | None] = [g.disposition or g.raw_disposition for g in golds]
        return {
            "classification": M.classification_metrics(preds, dg, labels, mode),
            "confusion": M.confusion(preds, dg, DISPOSITION_LABELS),
            "safety": M.unsafe_discharge(
                preds, dg, [g.admit_level == "icu" for g in golds]
            ),
        }
    return {}


def _calibration(records: Sequence[Rec]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for stage, key, labels in (
        ("triage", "acuity", ACUITY_WORDS),
        ("disposition", "disposition", DISPOSITION_LABELS),
    ):
        probs = [(_output(r, stage) or {}).get("probabilities") for r in records]
        golds = [r["gold"].get(key) for r in records]
        out[stage] = M.calibration(probs, golds, labels)
    return out


def _rationale(records: Sequence[Rec]) -> dict[str, Any]:
    ro, tp, mnm = [], [], []
    for r in records:
        ro.append(r["scores"]["corrected"].get("assessment", {}).get("value"))
        tp.append(r["scores"]["corrected"].get("treatment", {}).get("value"))
        trace = [StageRecord.model_validate(t) for t in r["trace"]]
        addressed = ledger_of(trace, addressed_only=True)
        mnm.append(rule_out_recall(r["gold"].get("rule_out"), addressed))
    return {
        "rule_out_recall": _mean(ro),
        "treatment_plan_rougeL_recall": _mean(tp),
        "must_not_miss_coverage": _mean(mnm),
    }


def _ehr_suite(records: Sequence[Rec]) -> dict[str, Any]:
    """EHR-review suite ROUGE F: official rows (with a discharge summary) and all."""
    rows = [r for r in records if "ehr_review" in r and r.get("one_liner")]
    out: dict[str, Any] = {
        "source": "agents.offline.ehr_review (one_liner/ed_note hidden)"
    }
    for name, keep in (
        (
            "official",
            [r for r in rows if (r["ehr_review"] or {}).get("has_discharge_summary")],
        ),
        ("all_rows", rows),
    ):
        hyps = [(r["ehr_review"] or {}).get("one_liner") for r in keep]
        out[name] = rouge(hyps, [r["one_liner"] for r in keep])
    return out


def _ehr_review(records: Sequence[Rec]) -> dict[str, Any]:
    if any("ehr_review" in r for r in records):
        return _ehr_suite(records)
    hyps, refs, leaked = [], [], 0
    for r in records:
        ref = r.get("one_liner")
        if not ref:
            continue
        rec = next((t for t in r["trace"] if t["stage"] == "assessment"), None)
        if rec is None:
            continue
        if "one_liner" in rec.get("seen_fields", []):
            leaked += 1
            continue
        hyps.append((rec.get("output") or {}).get("problem_representation"))
        refs.append(ref)
    if not refs:
        return {
            "skipped": "no case where the reference one-liner was hidden from "
            f"the assessment stage ({leaked} cases showed it)",
        }
    return rouge(hyps, refs)


def _sct(records: Sequence[Rec], mode: Mode) -> dict[str, Any] | None:
    pairs = []
    for r in records:
        steps = r["gold"].get("sct_steps") or []
        sct = r.get("sct")
        if not steps or not sct:
            continue
        gold = [SCTStep.model_validate(s) for s in steps]
        model = [SCTStepResult.model_validate(s) for s in sct.get("sct_steps", [])]
        pairs.append((gold, model))
    return sct_metrics(pairs, mode) if pairs else None


def _costs(records: Sequence[Rec]) -> dict[str, Any]:
    per: dict[str, dict[str, list[float]]] = {}
    for r in records:
        for stage, c in r.get("per_stage", {}).items():
            d = per.setdefault(
                stage, {"latency_ms": [], "prompt": [], "completion": []}
            )
            d["latency_ms"].append(c["latency_ms"])
            d["prompt"].append(c["prompt_tokens"])
            d["completion"].append(c["completion_tokens"])
    stages = {
        s: {
            "latency_ms_mean": float(np.mean(d["latency_ms"])),
            "latency_ms_p95": float(np.percentile(d["latency_ms"], 95)),
            "prompt_tokens_mean": float(np.mean(d["prompt"])),
            "completion_tokens_mean": float(np.mean(d["completion"])),
            "n": len(d["latency_ms"]),
        }
        for s, d in per.items()
    }
    n = max(len(records), 1)
    return {
        "per_stage": stages,
        "total_cost_usd": sum(r.get("cost_usd", 0.0) for r in records),
        "total_prompt_tokens": sum(r.get("prompt_tokens", 0) for r in records),
        "total_completion_tokens": sum(r.get("completion_tokens", 0) for r in records),
        "prompt_tokens_per_case": sum(r.get("prompt_tokens", 0) for r in records) / n,
        "wall_ms_mean": float(np.mean([r.get("wall_ms", 0.0) for r in records]))
        if records
        else math.nan,
    }


def compute_metrics(
    records: Sequence[Rec], ccsr: CCSRMap | None, modes: Sequence[Mode] = MODES
) -> dict[str, Any]:
    """Every metric the records support, per mode where the mode matters.

    Cases whose model endpoint failed (``endpoint_failure``) are not answers: they
    are counted in ``n_endpoint_failures`` and left out of every other figure.
    """
    failed = sum(r.get("endpoint_failure") is not None for r in records)
    records = [r for r in records if r.get("endpoint_failure") is None]
    stages = sorted({s for r in records for s in r.get("stages", [])})
    out: dict[str, Any] = {
        "n_cases": len(records),
        "n_endpoint_failures": failed,
        "n_errors": sum(r.get("error") is not None for r in records),
        "stages": stages,
        "modes": {},
    }
    golds = [GoldLabels.model_validate(r["gold"]) for r in records]
    out["trivial_baselines"] = trivial_baselines(golds, ccsr)
    for mode in modes:
        per: dict[str, Any] = {}
        for stage in ("triage", "disposition"):
            if stage in stages:
                per[stage] = _stage_mode(records, stage, mode)
        if "diagnosis" in stages:
            codes = _answers(records, mode, "diagnosis")
            per["diagnosis"] = diagnosis_metrics(
                codes, [g.icd10_codes for g in golds], ccsr
            )
            names = [
                r["scores"][mode]["diagnosis"]
                for r in records
                if r["scores"][mode]
                .get("diagnosis", {})
                .get("metadata", {})
                .get("match")
                == "name"
            ]
            if names:
                hits = sum(int(s["value"] or 0) for s in names)
                per["diagnosis"]["name_match"] = M.rate(hits, len(names))
            if ccsr is not None and {"triage", "disposition"} <= set(stages):
                per["cross_stage"] = cross_stage(
                    [g.acuity for g in golds],
                    [g.disposition or g.raw_disposition for g in golds],
                    _answers(records, mode, "disposition"),
                    codes,
                    ccsr,
                    mode,
                )
        sct = _sct(records, mode)
        if sct is not None:
            per["sct"] = sct
        out["modes"][mode] = per
    humans: list[str | None] = [g.human_acuity for g in golds]
    if any(humans):
        tg: list[str | None] = [g.acuity for g in golds]
        out["human_triage"] = {
            "classification": M.classification_metrics(
                humans, tg, ACUITY_WORDS, "corrected"
            ),
            "safety": M.triage_safety(humans, tg),
        }
    out["calibration"] = _calibration(records)
    if {"assessment", "treatment"} & set(stages):
        out["rationale"] = _rationale(records)
    if {"assessment", "treatment"} & set(stages) or any(
        "ehr_review" in r for r in records
    ):
        out["ehr_review"] = _ehr_review(records)
    out["costs"] = _costs(records)
    return out
