"""Review threads: runs that wait for a clinician after chosen stages.

A thread is a checkpointed run (LangGraph ``thread_id``). It pauses right after each
stage listed in ``review_before`` has proposed its output, before anything downstream
sees that output (``interrupt_after`` on a graph compiled without static interrupts).
A reviewer then approves the proposal or replaces it with an edit (the safety floors
apply to the edit as to any backend); the review goes into the trace (backend
``review``) and into the audit store, and the thread runs on to the next pause.
Everything a thread needs to resume, ``review_before`` included, lives in the
checkpointer, so any process sharing the checkpointer and audit store can serve it.
"""

from __future__ import annotations

import asyncio
import uuid
import weakref
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.runnables import RunnableConfig
from langgraph.types import StateSnapshot
from pydantic import BaseModel, ConfigDict, Field

from agents.schemas import StageName, StageRecord, StageResult
from cases.labels import STAGE_ORDER
from cases.models import Case
from graph._review import review_update
from graph.audit import AuditRecord
from graph.build import CompiledReasoningGraph, compile_graph
from graph.state import ReasoningInput, ReasoningOutput
from graph.summary import to_output

if TYPE_CHECKING:
    from graph.runtime import Reasoner

__all__ = ["ReviewThreads", "ThreadNotWaitingError", "ThreadStatus", "ThreadView"]

ThreadStatus = Literal["waiting", "running", "done", "stopped"]


class ThreadView(BaseModel):
    """A thread as a reviewer sees it: status, pending stage, trace so far."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    thread_id: str
    status: ThreadStatus = Field(
        description="waiting: a stage awaits review; running: stages are left to "
        "run (a request is moving it, or a run broke off); done: all five stages "
        "ran; stopped: a stage failed and ended the run"
    )
    pending_stage: StageName | None = Field(
        description="The stage whose proposed output awaits review (when waiting)"
    )
    review_before: tuple[StageName, ...]
    output: ReasoningOutput


class ThreadNotWaitingError(Exception):
    """A review of a thread that is not waiting for that stage."""


def pending_stage(
    trace: Sequence[StageRecord], review_before: Sequence[str]
) -> StageName | None:
    """Return the stage awaiting review: the last record, unreviewed and not failed."""
    if not trace:
        return None
    last = trace[-1]
    if last.stage in review_before and last.backend != "review":
        return last.stage if last.status != "error" else None
    return None


def thread_status(
    trace: Sequence[StageRecord], pending: StageName | None, running: bool
) -> ThreadStatus:
    """Classify a thread from its trace and whether the graph has work left."""
    if pending is not None:
        return "waiting"
    if running:
        return "running"
    if trace and trace[-1].stage == STAGE_ORDER[-1] and trace[-1].status != "error":
        return "done"
    return "stopped"


class ReviewThreads:
    """Start, read and review threads on a reasoner's checkpointer and audit store."""

    def __init__(self, reasoner: Reasoner) -> None:
        """Bind to ``reasoner`` (its context, checkpointer and audit store)."""
        self._reasoner = reasoner
        self._graph: CompiledReasoningGraph | None = None
        self._init = asyncio.Lock()
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    async def _compiled(self) -> CompiledReasoningGraph:
        async with self._init:
            if self._graph is None:
                self._graph = compile_graph(await self._reasoner.checkpointer())
            return self._graph

    async def start(
        self, case: Case, review_before: Sequence[StageName] = ()
    ) -> ThreadView:
        """Start a thread on ``case`` and run it to its first pause (or the end)."""
        stages = [s for s in STAGE_ORDER if s in set(review_before)]
        thread_id = uuid.uuid4().hex
        inp: ReasoningInput = {"case": case, "review_before": stages}
        graph = await self._compiled()
        async with self._lock(thread_id):
            await graph.ainvoke(
                inp,
                _config(thread_id),
                context=self._reasoner.context_for(case),
                interrupt_after=stages or None,
            )
        return await self.get(thread_id)

    async def get(self, thread_id: str) -> ThreadView:
        """Return the thread's current view.

        Raises:
            KeyError: when no thread has this id.
        """
        graph = await self._compiled()
        return self._view(thread_id, await graph.aget_state(_config(thread_id)))

    async def review(
        self,
        thread_id: str,
        stage: StageName,
        action: Literal["approve", "edit"],
        edited: StageResult | None = None,
        *,
        reviewer: str,
        comment: str | None = None,
    ) -> ThreadView:
        """Approve or edit the pending ``stage``, audit it, and resume the thread.

        Raises:
            KeyError: when no thread has this id.
            ThreadNotWaitingError: when the thread is not waiting for ``stage``.
            ValueError: when an edit's output is not of ``stage``.
        """
        graph = await self._compiled()
        config = _config(thread_id)
        async with self._lock(thread_id):
            snap = await graph.aget_state(config)
            view = self._view(thread_id, snap)
            if view.pending_stage != stage:
                why = (
                    f"it waits for review of {view.pending_stage}"
                    if view.pending_stage
                    else f"it is {view.status}"
                )
                raise ThreadNotWaitingError(f"cannot review {stage}: {why}")
            update = review_update(
                snap.values,
                tuple(snap.next),
                stage,
                action,
                edited,
                self._reasoner.context,
                reviewer=reviewer,
                note=comment,
            )
            record: StageRecord = update["trace"][0]
            await graph.aupdate_state(config, update, as_node=stage)
            await self._reasoner.audit.add(
                AuditRecord(
                    thread_id=thread_id,
                    stage=stage,
                    action=action,
                    reviewer=reviewer,
                    comment=comment,
                    at=datetime.now(UTC),
                    before=snap.values.get(stage),
                    submitted=edited if action == "edit" else None,
                    after=record.output,
                    floors_fired=record.floors_fired,
                )
            )
            await graph.ainvoke(
                None,
                config,
                context=self._reasoner.context_for(snap.values["case"]),
                interrupt_after=list(view.review_before) or None,
            )
        return await self.get(thread_id)

    async def audit(self, thread_id: str) -> list[AuditRecord]:
        """Return the thread's audit records, oldest first.

        Raises:
            KeyError: when no thread has this id.
        """
        await self.get(thread_id)
        return await self._reasoner.audit.list(thread_id)

    def _lock(self, thread_id: str) -> asyncio.Lock:
        # One review at a time per thread within this process (replicas sharing a
        # checkpointer do not serialise two simultaneous reviews of one thread).
        lock = self._locks.get(thread_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[thread_id] = lock
        return lock

    def _view(self, thread_id: str, snap: StateSnapshot) -> ThreadView:
        values: dict[str, Any] = dict(snap.values or {})
        if "case" not in values:
            raise KeyError(thread_id)
        review_before = tuple(values.get("review_before") or ())
        trace: list[StageRecord] = list(values.get("trace") or ())
        pending = pending_stage(trace, review_before)
        meta = self._reasoner.meta(thread_id)
        output = to_output(values["case"].encounter_id, values, meta)
        return ThreadView(
            thread_id=thread_id,
            status=thread_status(trace, pending, bool(snap.next)),
            pending_stage=pending,
            review_before=review_before,
            output=output,
        )


def _config(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id}}
