"""Clinician review of a paused thread: approve or edit one stage's output."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from agents import floors
from agents import ledger as L
from agents.context import AgentContext
from agents.schemas import (
    AssessmentResult,
    FloorEvent,
    ReviewEdit,
    StageName,
    StageRecord,
    StageResult,
)
from agents.stage import build_stage_view


def review_update(
    values: Mapping[str, Any],
    paused_before: tuple[str, ...],
    stage: StageName,
    action: Literal["approve", "edit"],
    edited: StageResult | None,
    ctx: AgentContext,
    *,
    reviewer: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Return the state update that records a review of ``stage``.

    Raises:
        ValueError: for an approval of a stage that has not run, an edit without a
            matching output, or a stage that is neither the last completed one nor the
            one the thread is paused before.
    """
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    current: StageResult | None = values.get(stage)
    _check(values, paused_before, stage, action, edited)
    before_json = current.model_dump_json() if current is not None else "null"
    output = edited if action == "edit" else current
    ledger = tuple(values.get("ledger", ()))
    new_ledger = ledger
    events: tuple[FloorEvent, ...] = ()
    if action == "edit":
        view = build_stage_view(values["case"], stage)
        if isinstance(output, AssessmentResult):
            new_ledger = L.rank(output.differential)
        output, events = floors.enforce(stage, output, view, new_ledger, ctx)
    record = StageRecord(
        stage=stage,
        status="ok" if output is not None else "abstained",
        output=output,
        floors_fired=events,
        ledger_changes=L.diff(ledger, new_ledger, stage),
        backend="review",
        prompt_version=ctx.ruleset_version,
        started_at=started,
        latency_ms=round((time.perf_counter() - t0) * 1000.0, 3),
        review=ReviewEdit(
            reviewer=reviewer, action=action, before=before_json, note=note
        ),
    )
    update: dict[str, Any] = {stage: output, "trace": [record]}
    if new_ledger is not ledger:
        update["ledger"] = list(new_ledger)
    return update


def _check(
    values: Mapping[str, Any],
    paused_before: tuple[str, ...],
    stage: StageName,
    action: str,
    edited: StageResult | None,
) -> None:
    if action not in ("approve", "edit"):
        raise ValueError(f"unknown review action {action!r}")
    if action == "edit" and (edited is None or edited.stage != stage):
        raise ValueError("an edit needs an output of the reviewed stage")
    trace = values.get("trace") or ()
    last_done = trace[-1].stage if trace else None
    if stage == last_done:  # an abstained stage can be approved as it stands
        return
    if action == "edit" and stage in paused_before:
        return
    raise ValueError(
        f"can review only the last completed stage ({last_done}) "
        f"or edit the paused stage ({', '.join(paused_before)})"
    )
