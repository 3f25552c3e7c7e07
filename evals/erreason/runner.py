"""The resumable evaluation runner: bounded concurrency, per-case JSONL, budgets.

Output directory layout::

    <out>/run.json      run header: settings (no secrets), git commit, versions,
                        dataset name + sha256, started_at, resumes
    <out>/cases.jsonl   one line per case: trace, scores (paper and corrected), gold,
                        tokens, cost and latency per stage

Each line is written with one ``write`` + ``fsync``; on restart a truncated last line
is cut off and case ids already written are skipped, so a ``kill -9`` at any point loses
nothing and duplicates nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from agents.errors import ENDPOINT_KINDS, endpoint_failure, error_kind
from agents.schemas import ErrorKind, StageName, StageRecord, StageResult
from cases.models import Case, LabelledCase
from evals.erreason.icd import CCSRMap
from evals.erreason.oracle import overrides_for
from evals.erreason.parsing import MODES
from evals.erreason.records import (
    CaseRecord,
    EHRReviewLine,
    append_record,
    costs_by_stage,
    read_records,
)
from evals.erreason.scorers import score_stages

log = logging.getLogger(__name__)


class ReasonerLike(Protocol):
    """The slice of ``graph.runtime.Reasoner`` the runner uses."""

    async def run(
        self,
        case: Case,
        *,
        thread_id: str | None = None,
        overrides: Mapping[StageName, StageResult] | None = None,
    ) -> Any:
        """Run all stages of ``case``."""
        ...


@dataclass
class RunOptions:
    """Runner knobs (the CLI fills these)."""

    out: Path
    stages: tuple[StageName, ...]
    concurrency: int = 4
    oracle: tuple[StageName, ...] = ()
    budget_usd: float | None = None
    preflight_n: int = 5
    progress: bool = True
    sct: Callable[[LabelledCase], Awaitable[StageRecord | None]] | None = None
    """Runs the SCT suite for a case with SCT gold (``agents.offline.sct``)."""
    ehr_review: Callable[[LabelledCase], Awaitable[EHRReviewLine | None]] | None = None
    """Runs the EHR-review suite for a case (``wiring.make_ehr_review_hook``)."""
    max_endpoint_failures: int = 5
    """Stop the run after this many consecutive cases failed at the model endpoint."""


@dataclass
class RunResult:
    """What a run did (the report is rebuilt from the JSONL, not from this)."""

    done_before: int = 0
    ran: int = 0
    errors: int = 0
    endpoint_failures: int = 0
    """Cases written as failed at the model endpoint (retried on resume)."""
    stopped: str | None = None
    cost_usd: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    wall_s: float = 0.0
    estimate: dict[str, Any] = field(default_factory=dict)


def build_record(
    lc: LabelledCase,
    trace: Sequence[StageRecord],
    stages: Sequence[StageName],
    ccsr: CCSRMap | None,
    *,
    oracle: Sequence[str] = (),
    error: str | None = None,
    wall_ms: float = 0.0,
    extra: Mapping[str, Any] | None = None,
) -> CaseRecord:
    """One JSONL line: the whole trace, gold, scores in both modes, costs.

    ``extra`` holds the optional fields (``sct``, ``endpoint_failure``,
    ``ehr_review``), validated into the record's types.
    """
    costs = costs_by_stage(list(trace))
    known = [c.cost_usd for c in costs.values() if c.cost_usd is not None]
    return CaseRecord.model_validate(
        {
            "case_id": lc.case.encounter_id,
            "source": lc.case.source,
            "stages": list(stages),
            "oracle": list(oracle),
            "trace": list(trace),
            "gold": lc.gold,
            "scores": {m: score_stages(trace, lc.gold, stages, m, ccsr) for m in MODES},
            "per_stage": costs,
            "prompt_tokens": sum(c.prompt_tokens for c in costs.values()),
            "completion_tokens": sum(c.completion_tokens for c in costs.values()),
            "cost_usd": sum(known) if known else 0.0,
            "wall_ms": wall_ms,
            "error": error,
            "one_liner": lc.gold.one_liner or lc.case.one_liner,
            **(extra or {}),
        }
    )


def project(
    sample: Sequence[CaseRecord],
    total: int,
    wall_s: float,
    done_at: Sequence[float] = (),
    concurrency: int = 1,
) -> dict[str, Any]:
    """Pre-flight projection of tokens, dollars and time for ``total`` cases.

    Time is projected from the spacing of completions after the first one (so the
    warm-up of lazy models is not multiplied) when the sample outnumbers the
    concurrency, else from the elapsed time (pessimistic: includes the warm-up).
    """
    n = max(len(sample), 1)
    scale = total / n
    per_case = wall_s / n
    if len(done_at) > max(concurrency, 1):
        per_case = (done_at[-1] - done_at[0]) / (len(done_at) - 1)
    return {
        "sample_cases": len(sample),
        "total_cases": total,
        "projected_prompt_tokens": int(sum(r.prompt_tokens for r in sample) * scale),
        "projected_completion_tokens": int(
            sum(r.completion_tokens for r in sample) * scale
        ),
        "projected_cost_usd": sum(r.cost_usd for r in sample) * scale,
        "projected_wall_s": per_case * total,
    }


@dataclass
class _Preflight:
    """The first ``n`` records and when they finished, for the pre-flight estimate."""

    n: int
    total: int
    concurrency: int
    t0: float
    sample: list[CaseRecord] = field(default_factory=list)
    done_at: list[float] = field(default_factory=list)

    def add(self, rec: CaseRecord) -> dict[str, Any] | None:
        """Keep ``rec`` while sampling; return the estimate once the sample is full."""
        if len(self.sample) >= self.n:
            return None
        self.sample.append(rec)
        self.done_at.append(time.perf_counter())
        if len(self.sample) == self.n or len(self.sample) == self.total:
            return self.estimate(time.perf_counter() - self.t0)
        return None

    def estimate(self, wall_s: float) -> dict[str, Any]:
        """Project the sample to every case to run."""
        return project(self.sample, self.total, wall_s, self.done_at, self.concurrency)


def _still_to_run(
    path: Path, cases: Sequence[LabelledCase]
) -> tuple[int, list[LabelledCase]]:
    """Cases already written (and not to retry), and the cases still to run."""
    done = {r.case_id for r in read_records(path, repair=True) if not r.retryable}
    return len(done), [lc for lc in cases if lc.case.encounter_id not in done]


async def run_cases(
    reasoner: ReasonerLike,
    cases: Sequence[LabelledCase],
    opts: RunOptions,
    ccsr: CCSRMap | None,
) -> RunResult:
    """Run every case not yet in ``<out>/cases.jsonl`` and append its line.

    Stops launching new cases once ``budget_usd`` is spent (in-flight cases finish
    and are written). Exceptions from the reasoner are recorded per case (error type
    only, never note text) and the case still gets its line, scored as no-answer.
    """
    path = opts.out / "cases.jsonl"
    opts.out.mkdir(parents=True, exist_ok=True)
    n_done, todo = _still_to_run(path, cases)
    result = RunResult(done_before=n_done)
    sem = asyncio.Semaphore(max(1, opts.concurrency))
    stop = asyncio.Event()
    write_lock = asyncio.Lock()  # one writer at a time; fsync waits off the loop
    streak = 0  # consecutive endpoint failures
    t0 = time.perf_counter()
    pre = _Preflight(opts.preflight_n, len(todo), opts.concurrency, t0)
    bar = _progress(len(todo), opts.progress)

    async def one(lc: LabelledCase) -> None:
        nonlocal streak
        async with sem:
            if stop.is_set():
                return
            overrides = overrides_for(opts.oracle, lc.gold) if opts.oracle else None
            start = time.perf_counter()
            trace, error, extra, kind = await _answer_case(
                reasoner, lc, overrides, opts
            )
            rec = build_record(
                lc,
                trace,
                opts.stages,
                ccsr,
                oracle=opts.oracle,
                error=error,
                wall_ms=(time.perf_counter() - start) * 1000,
                extra=extra,
            )
            async with write_lock:
                await asyncio.to_thread(append_record, path, rec)
            _account(result, rec)
            streak = streak + 1 if kind is not None else 0
            _check_limits(result, opts, streak, stop)
            estimate = pre.add(rec)
            if estimate is not None:
                result.estimate = estimate
            if bar is not None:
                bar.update(1)

    try:
        await asyncio.gather(*(one(lc) for lc in todo))
    finally:
        if bar is not None:
            bar.close()
    result.wall_s = time.perf_counter() - t0
    if pre.sample and not result.estimate:
        result.estimate = pre.estimate(result.wall_s)
    return result


async def _answer_case(
    reasoner: ReasonerLike,
    lc: LabelledCase,
    overrides: Mapping[StageName, StageResult] | None,
    opts: RunOptions,
) -> tuple[Sequence[StageRecord], str | None, dict[str, Any], ErrorKind | None]:
    """Run the reasoner and the case's suites; never raises.

    Returns:
        ``(trace, error, extra record fields, endpoint failure kind)``; a case whose
        model endpoint failed runs no suite and is retried on resume.
    """
    trace: Sequence[StageRecord] = ()
    error = None
    extra: dict[str, Any] = {}
    kind: ErrorKind | None = None
    try:
        out = await reasoner.run(lc.case, overrides=overrides)
        trace = list(out.trace)
        kind = endpoint_failure(trace)
        if kind is None and opts.sct is not None and lc.gold.sct_steps:
            extra["sct"] = await opts.sct(lc)
    except Exception as exc:  # a case failure must not stop the run
        error = type(exc).__name__
        kind = error_kind(exc)
        kind = kind if kind in ENDPOINT_KINDS else None
        log.warning("case failed with %s", error)
    if kind is not None:
        error = f"model endpoint failure ({kind})"
        extra["endpoint_failure"] = kind
    elif opts.ehr_review is not None and (lc.gold.one_liner or lc.case.one_liner):
        try:
            extra["ehr_review"] = await opts.ehr_review(lc)
        except Exception as exc:  # the suite must not fail the case
            log.warning("EHR review failed with %s", type(exc).__name__)
            extra["ehr_review"] = None
    return trace, error, extra, kind


def _check_limits(
    result: RunResult, opts: RunOptions, streak: int, stop: asyncio.Event
) -> None:
    """Stop launching cases after too many endpoint failures or past the budget."""
    if streak >= opts.max_endpoint_failures and not stop.is_set():
        log.error("%d consecutive cases failed at the model endpoint; stopping", streak)
        result.stopped = "endpoint_failures"
        stop.set()
    if opts.budget_usd is not None and result.cost_usd >= opts.budget_usd:
        if not stop.is_set():
            log.warning("budget of $%.2f reached; stopping", opts.budget_usd)
        result.stopped = "budget"
        stop.set()


def _account(result: RunResult, rec: CaseRecord) -> None:
    result.ran += 1
    result.errors += rec.error is not None
    result.endpoint_failures += rec.retryable
    result.cost_usd += rec.cost_usd
    result.prompt_tokens += rec.prompt_tokens
    result.completion_tokens += rec.completion_tokens


def _progress(total: int, enabled: bool) -> Any:
    if not enabled or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="case", desc="er-reason", leave=False)
