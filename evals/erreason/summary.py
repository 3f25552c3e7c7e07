"""Aggregate metrics of a run, computed from its JSONL records only (no model calls).

``compute_metrics(records, ccsr)`` is what ``report`` writes to ``report.json``; tests
compare that JSON with metrics recomputed from the same records.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from agents.schemas import (
    AssessmentResult,
    DispositionResult,
    StageName,
    TriageResult,
)
from cases.labels import ACUITY_WORDS, DISPOSITION_LABELS, OFFERED_DISPOSITIONS
from cases.models import GoldLabels
from evals.erreason import metrics as M
from evals.erreason.icd import CCSRMap, cross_stage, diagnosis_metrics
from evals.erreason.parsing import MODES, Mode
from evals.erreason.published import trivial_baselines
from evals.erreason.records import CaseRecord
from evals.erreason.scorers import Score, ledger_of
from evals.erreason.sct_metrics import CasePair, sct_metrics
from evals.erreason.text import rouge, rule_out_recall


def _answer(score: Score | None) -> str | None:
    if score is None:
        return None
    # name-matched diagnoses keep the parsed code in metadata
    if "code" in score.metadata:
        code = score.metadata["code"]
        return None if code is None else str(code)
    return score.answer


def _answers(
    records: Sequence[CaseRecord], mode: Mode, stage: StageName
) -> list[str | None]:
    return [_answer(r.score(mode, stage)) for r in records]


def _value(record: CaseRecord, mode: Mode, stage: StageName) -> float | None:
    score = record.score(mode, stage)
    return None if score is None else score.value


def _mean(values: Sequence[float | None]) -> dict[str, Any]:
    vals = [v for v in values if v is not None and not math.isnan(v)]
    return {"mean": float(np.mean(vals)) if vals else math.nan, "n": len(vals)}


def _stage_mode(
    records: Sequence[CaseRecord], stage: StageName, mode: Mode
) -> dict[str, Any]:
    golds = [r.gold for r in records]
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


def _probabilities(record: CaseRecord, stage: StageName) -> Mapping[str, float] | None:
    out = record.output(stage)
    if not isinstance(out, TriageResult | DispositionResult):
        return None
    if out.probabilities is None:
        return None
    probs: dict[str, float] = dict(out.probabilities.items())
    return probs


def _calibration(records: Sequence[CaseRecord]) -> dict[str, Any]:
    return {
        "triage": M.calibration(
            [_probabilities(r, "triage") for r in records],
            [r.gold.acuity for r in records],
            ACUITY_WORDS,
        ),
        "disposition": M.calibration(
            [_probabilities(r, "disposition") for r in records],
            [r.gold.disposition for r in records],
            DISPOSITION_LABELS,
        ),
    }


def _rationale(records: Sequence[CaseRecord]) -> dict[str, Any]:
    ro, tp, mnm = [], [], []
    for r in records:
        ro.append(_value(r, "corrected", "assessment"))
        tp.append(_value(r, "corrected", "treatment"))
        addressed = ledger_of(r.trace, addressed_only=True)
        mnm.append(rule_out_recall(r.gold.rule_out, addressed))
    return {
        "rule_out_recall": _mean(ro),
        "treatment_plan_rougeL_recall": _mean(tp),
        "must_not_miss_coverage": _mean(mnm),
    }


def _ehr_suite(records: Sequence[CaseRecord]) -> dict[str, Any]:
    """EHR-review suite ROUGE F: official rows (with a discharge summary) and all."""
    rows = [r for r in records if r.ran_ehr_review and r.one_liner]
    out: dict[str, Any] = {
        "source": "agents.offline.ehr_review (one_liner/ed_note hidden)"
    }
    for name, keep in (
        (
            "official",
            [r for r in rows if r.ehr_review and r.ehr_review.has_discharge_summary],
        ),
        ("all_rows", rows),
    ):
        hyps = [r.ehr_review.one_liner if r.ehr_review else None for r in keep]
        out[name] = rouge(hyps, [r.one_liner for r in keep])
    return out


def _ehr_review(records: Sequence[CaseRecord]) -> dict[str, Any]:
    if any(r.ran_ehr_review for r in records):
        return _ehr_suite(records)
    hyps: list[str | None] = []
    refs: list[str | None] = []
    leaked = 0
    for r in records:
        ref = r.one_liner
        if not ref:
            continue
        rec = r.record_of("assessment")
        if rec is None:
            continue
        if "one_liner" in rec.seen_fields:
            leaked += 1
            continue
        out = rec.output
        hyps.append(
            out.problem_representation if isinstance(out, AssessmentResult) else None
        )
        refs.append(ref)
    if not refs:
        return {
            "skipped": "no case where the reference one-liner was hidden from "
            f"the assessment stage ({leaked} cases showed it)",
        }
    return rouge(hyps, refs)


def _sct(records: Sequence[CaseRecord], mode: Mode) -> dict[str, Any] | None:
    pairs: list[CasePair] = [
        (r.gold.sct_steps, r.sct.sct_steps)
        for r in records
        if r.gold.sct_steps and r.sct
    ]
    return sct_metrics(pairs, mode) if pairs else None


def _costs(records: Sequence[CaseRecord]) -> dict[str, Any]:
    per: dict[str, dict[str, list[float]]] = {}
    for r in records:
        for stage, c in r.per_stage.items():
            d = per.setdefault(
                stage, {"latency_ms": [], "prompt": [], "completion": []}
            )
            d["latency_ms"].append(c.latency_ms)
            d["prompt"].append(c.prompt_tokens)
            d["completion"].append(c.completion_tokens)
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
        "total_cost_usd": sum(r.cost_usd for r in records),
        "total_prompt_tokens": sum(r.prompt_tokens for r in records),
        "total_completion_tokens": sum(r.completion_tokens for r in records),
        "prompt_tokens_per_case": sum(r.prompt_tokens for r in records) / n,
        "wall_ms_mean": float(np.mean([r.wall_ms for r in records]))
        if records
        else math.nan,
    }


def _mode_metrics(
    records: Sequence[CaseRecord],
    stages: Sequence[StageName],
    mode: Mode,
    ccsr: CCSRMap | None,
) -> dict[str, Any]:
    """The figures that depend on the parsing mode (``paper`` or ``corrected``)."""
    golds = [r.gold for r in records]
    per: dict[str, Any] = {}
    for stage in ("triage", "disposition"):
        if stage in stages:
            per[stage] = _stage_mode(records, stage, mode)
    if "diagnosis" in stages:
        codes = _answers(records, mode, "diagnosis")
        per["diagnosis"] = diagnosis_metrics(
            codes, [g.icd10_codes for g in golds], ccsr
        )
        scored = [r.score(mode, "diagnosis") for r in records]
        names = [s for s in scored if s and s.metadata.get("match") == "name"]
        if names:
            hits = sum(int(s.value or 0) for s in names)
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
    return per


def _human_triage(golds: Sequence[GoldLabels]) -> dict[str, Any] | None:
    """The triage nurses' own acuity scored like a model (when the data has it)."""
    humans: list[str | None] = [g.human_acuity for g in golds]
    if not any(humans):
        return None
    tg: list[str | None] = [g.acuity for g in golds]
    return {
        "classification": M.classification_metrics(
            humans, tg, ACUITY_WORDS, "corrected"
        ),
        "safety": M.triage_safety(humans, tg),
    }


def compute_metrics(
    records: Sequence[CaseRecord], ccsr: CCSRMap | None, modes: Sequence[Mode] = MODES
) -> dict[str, Any]:
    """Every metric the records support, per mode where the mode matters.

    Cases whose model endpoint failed (``endpoint_failure``) are not answers: they
    are counted in ``n_endpoint_failures`` and left out of every other figure.
    """
    failed = sum(r.retryable for r in records)
    records = [r for r in records if not r.retryable]
    stages = sorted({s for r in records for s in r.stages})
    out: dict[str, Any] = {
        "n_cases": len(records),
        "n_endpoint_failures": failed,
        "n_errors": sum(r.error is not None for r in records),
        "stages": stages,
        "modes": {},
    }
    golds = [r.gold for r in records]
    out["trivial_baselines"] = trivial_baselines(golds, ccsr)
    for mode in modes:
        out["modes"][mode] = _mode_metrics(records, stages, mode, ccsr)
    human = _human_triage(golds)
    if human is not None:
        out["human_triage"] = human
    out["calibration"] = _calibration(records)
    if {"assessment", "treatment"} & set(stages):
        out["rationale"] = _rationale(records)
    if {"assessment", "treatment"} & set(stages) or any(
        r.ran_ehr_review for r in records
    ):
        out["ehr_review"] = _ehr_review(records)
    out["costs"] = _costs(records)
    return out
