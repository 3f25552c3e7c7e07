"""Shared stage machinery: view → retrieval → offline reasoner → refiner → floors.

``run_stage`` turns one stage of one case into a new ledger plus exactly one
``StageRecord``. Any exception inside a stage becomes a record with status ``error``,
its ``error_kind`` (``agents.errors.error_kind``) and a short message without note
text; the graph routes to END on it.

Retrieval choice: a stage retrieves prior-note chunks only when its view exposes prior
note keys. Triage sees none (ER-Reason's triage task gives the nurse the presenting
complaint, vitals and demographics only), so triage never reads prior notes; from the
assessment on every stage retrieves with the patient, note-key, year and ED-note
filters applied by the store.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from agents import floors
from agents import ledger as L
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.errors import RetrievalError, error_kind
from agents.learned.tool import apply_learned
from agents.offline.rules.presentation_gap import no_presentation
from agents.retrieve import search_notes
from agents.schemas import (
    AssessmentResult,
    Backend,
    DifferentialEntry,
    ErrorKind,
    StageName,
    StageRecord,
    StageResult,
)
from agents.state import ReasoningState
from cases.labels import STAGE_ORDER
from cases.models import Case
from cases.views import StageView, build_view
from retrieval.schemas import NoteHit

logger = logging.getLogger(__name__)

OfflineReasoner = Callable[[StageInput, AgentContext], StageOutcome]
QueryTerms = Callable[[StageView, Sequence[DifferentialEntry], AgentContext], list[str]]


def build_stage_view(case: Case, stage: StageName) -> StageView:
    """Return the staged view of ``case`` (``cases.views.build_view``)."""
    return build_view(case, stage)


def previous_results(state: ReasoningState) -> dict[StageName, StageResult]:
    """Return the outputs of stages already present in ``state``."""
    out: dict[StageName, StageResult] = {}
    for name in STAGE_ORDER:
        value = state.get(name)
        if value is not None:
            out[name] = value
    return out


async def run_stage(
    stage: StageName,
    state: ReasoningState,
    ctx: AgentContext,
    reason: OfflineReasoner,
    *,
    query_terms: QueryTerms | None = None,
) -> tuple[StageResult | None, tuple[DifferentialEntry, ...], StageRecord]:
    """Run one stage and return its result, the new ledger and its trace record.

    Args:
        stage: The stage to run.
        state: The current graph state (read only).
        ctx: Run dependencies.
        reason: The offline reasoner for this stage.
        query_terms: Builds retrieval queries from the view and the ledger; ``None``
            disables retrieval for this stage.

    Returns:
        ``(result, ledger, record)``; ``result`` is ``None`` when the stage abstained
        or failed, and ``ledger`` is the unchanged ledger then.
    """
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    before = tuple(state.get("ledger", ()))
    override = state.get("overrides", {}).get(stage)
    if override is not None:
        return _oracle(stage, override, before, started, t0, ctx)
    view: StageView | None = None
    seen_keys: tuple[str, ...] = ()
    try:
        view = build_stage_view(state["case"], stage)
        hits: tuple[NoteHit, ...] = ()
        if query_terms is not None and view.prior_note_keys and ctx.store is not None:
            queries = query_terms(view, before, ctx)
            hits = await _search(state["case"], view, queries, ctx)
        seen_keys = tuple(dict.fromkeys(h.chunk.note_key for h in hits))
        inp = StageInput(
            stage=stage,
            view=view,
            hits=hits,
            previous=previous_results(state),
            ledger=before,
        )
        outcome = reason(inp, ctx)
        outcome = replace(
            outcome, prompt_version=outcome.prompt_version or _version(ctx)
        )
        if ctx.learned is not None:
            outcome = apply_learned(inp, outcome, ctx.learned, ctx.knowledge)
        if ctx.backend in ("llm", "hybrid") and ctx.refiner is not None:
            outcome = await ctx.refiner(inp, outcome)
        outcome = floors.apply(inp, outcome, ctx)
        if no_presentation(
            view.chief_complaint,
            view.vitals,
            view.presentation,
            view.one_liner,
            view.ed_text,
        ):
            outcome = replace(outcome, flags=(*outcome.flags, "no_presentation"))
    except Exception as exc:  # a stage never crashes the graph
        logger.debug("stage %s failed", stage, exc_info=True)
        record = StageRecord(
            stage=stage,
            status="error",
            seen_fields=() if view is None else view.exposed_fields,
            seen_note_keys=seen_keys,
            backend=ctx.backend,
            prompt_version=_version(ctx),
            started_at=started,
            latency_ms=_ms(t0),
            error=f"{type(exc).__name__} in {stage} stage",
            error_kind=error_kind(exc),
        )
        return None, before, record
    after = _new_ledger(stage, before, outcome)
    record = StageRecord(
        stage=stage,
        status=outcome.status,
        output=outcome.result,
        seen_fields=view.exposed_fields,
        seen_note_keys=seen_keys,
        citations=outcome.citations,
        rules_applied=outcome.rules,
        floors_fired=outcome.floors,
        ledger_changes=outcome.ledger_changes or L.diff(before, after, stage),
        backend=_backend(ctx),
        model_id=outcome.model_id or _model(ctx),
        prompt_version=outcome.prompt_version,
        started_at=started,
        latency_ms=_ms(t0),
        tokens=outcome.tokens,
        disagreements=outcome.disagreements,
        error=outcome.error,
        error_kind=_kind(outcome),
        flags=outcome.flags,
    )
    return outcome.result, after, record


async def _search(
    case: Case, view: StageView, queries: list[str], ctx: AgentContext
) -> tuple[NoteHit, ...]:
    """Search the prior notes for ``queries`` (never the case's own ED note).

    Raises:
        RetrievalError: The search failed (the stage records ``retrieval_error``).
    """
    ed_key = case.ed_note_key
    try:
        found = await search_notes(
            ctx, view, queries, exclude_note_keys=(ed_key,) if ed_key else ()
        )
    except Exception as exc:
        raise RetrievalError(type(exc).__name__) from exc
    return tuple(found)


def _kind(outcome: StageOutcome) -> ErrorKind | None:
    if outcome.status != "error":
        return None
    return outcome.error_kind or "internal"


def _new_ledger(
    stage: StageName, before: tuple[DifferentialEntry, ...], outcome: StageOutcome
) -> tuple[DifferentialEntry, ...]:
    # An empty outcome ledger means "unchanged", except at the assessment, which
    # (re)builds the differential from scratch.
    if outcome.ledger or stage == "assessment":
        return L.rank(outcome.ledger)
    return before


def _oracle(
    stage: StageName,
    override: StageResult,
    before: tuple[DifferentialEntry, ...],
    started: datetime,
    t0: float,
    ctx: AgentContext,
) -> tuple[StageResult, tuple[DifferentialEntry, ...], StageRecord]:
    after = before
    if isinstance(override, AssessmentResult):
        after = L.rank(override.differential)
    record = StageRecord(
        stage=stage,
        status="ok",
        output=override,
        ledger_changes=L.diff(before, after, stage),
        backend="oracle",
        prompt_version=_version(ctx),
        started_at=started,
        latency_ms=_ms(t0),
    )
    return override, after, record


def _version(ctx: AgentContext) -> str:
    return f"{ctx.ruleset_version}+kb-{getattr(ctx.knowledge, 'version', '?')}"


def _backend(ctx: AgentContext) -> Backend:
    return ctx.backend if ctx.refiner is not None else "rules"


def _model(ctx: AgentContext) -> str | None:
    return ctx.model_id if ctx.refiner is not None and ctx.backend != "rules" else None


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000.0, 3)
