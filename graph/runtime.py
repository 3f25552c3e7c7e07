"""The process-level runtime: settings → context → compiled graph → runs.

``Reasoner`` is built once per process (API lifespan, eval CLI). Runs without a
``thread_id`` use a checkpoint-free graph (fast path for the harness); runs with one are
checkpointed so they can be inspected, resumed and reviewed.

Checkpointers: the default is ``AsyncSqliteSaver`` (``langgraph-checkpoint-sqlite``) on
``Settings.checkpoint_path``; ``":memory:"`` uses the in-process ``InMemorySaver``. With
``Settings.checkpoint_url`` (``REASONER_CHECKPOINT_URL=postgresql://...``) threads are
checkpointed in PostgreSQL by ``langgraph-checkpoint-postgres`` (``graph.postgres``),
so every API replica can read and resume every thread.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import StreamMode

from agents.context import AgentContext, SearchCache
from agents.schemas import StageName, StageRecord, StageResult
from cases.models import Case
from graph._review import review_update
from graph._serde import checkpoint_serde
from graph.audit import AuditRecord, AuditStore, MemoryAuditStore, SqliteAuditStore
from graph.build import CompiledReasoningGraph, compile_graph
from graph.sequential import run_pipeline
from graph.settings import Settings
from graph.state import MetaValue, ReasoningInput, ReasoningOutput
from graph.summary import to_output
from graph.threads import ReviewThreads, ThreadView

if TYPE_CHECKING:
    from retrieval.store import NoteStore

logger = logging.getLogger(__name__)


def make_context(settings: Settings) -> AgentContext:
    """Build the run dependencies once: knowledge base, note store, optional refiner.

    Raises:
        agents.llm.DataUseError: With ``settings.credentialed_data``, when the model
            endpoint is refused (checked before any client or store is built).
    """
    from agents.offline.knowledge import load_knowledge

    if settings.backend != "rules":  # before anything that could connect
        from agents.llm import check_endpoint_allowed

        check_endpoint_allowed(settings.llm, settings.credentialed_data)
    store = None
    if settings.retrieval:
        from retrieval.embeddings import SentenceTransformerEmbedder
        from retrieval.store import NoteStore

        store = NoteStore(
            settings.chroma_path,
            url=settings.chroma_url,
            embedder=SentenceTransformerEmbedder(int8=settings.embed_int8),
        )
    refiner = None
    model_id = None
    if settings.backend != "rules":
        from agents.llm.refiner import (
            make_refiner,
        )

        refiner = make_refiner(
            settings.llm, settings.backend, credentialed=settings.credentialed_data
        )
        model_id = settings.llm.model
    learned = None
    if settings.learned_model:
        from agents.learned.tool import load_learned

        store_embedder = getattr(store, "embedder", None)
        learned = load_learned(
            settings.learned_model,
            embedder=store_embedder,
            client=getattr(store, "client", None),
            k=settings.similar_k,
        )
    return AgentContext(
        knowledge=load_knowledge(),
        store=store,
        backend=settings.backend,
        refiner=refiner,
        model_id=model_id,
        top_k=settings.top_k,
        learned=learned,
    )


class Reasoner:
    """Runs cases through the graph; holds the context, graphs and checkpointer."""

    def __init__(
        self,
        context: AgentContext,
        *,
        checkpoint_path: str | None = ":memory:",
        checkpointer: BaseCheckpointSaver[Any] | None = None,
        interrupt_before: tuple[StageName, ...] = (),
        settings: Settings | None = None,
        checkpoint_url: str | None = None,
        audit: AuditStore | None = None,
    ) -> None:
        """Create a reasoner (cheap; the checkpointer opens on first threaded run).

        Args:
            context: Run dependencies (see ``make_context``).
            checkpoint_path: SQLite file for threads, or ``:memory:``.
            checkpointer: A ready checkpointer (e.g. Postgres); wins over the path.
            interrupt_before: Stages threaded runs pause before, for review.
            settings: Recorded (without secrets) in every output's meta.
            checkpoint_url: A ``postgresql://`` URL: checkpoints (and the review
                audit) in PostgreSQL, shared by replicas; wins over the path.
            audit: Where reviews are recorded; by default an SQLite file next to
                the checkpoint file, the ``review_audit`` table with ``checkpoint_url``
                (in memory with ``:memory:`` or a ready ``checkpointer``).
        """
        self.context = context
        self._path = checkpoint_path
        self._saver = checkpointer
        self._conn: Any = None
        self._url = checkpoint_url
        self._pool: Any = None
        self._interrupts = interrupt_before
        self._settings = settings
        self._plain = compile_graph()
        self._threaded: CompiledReasoningGraph | None = None
        self._lock = asyncio.Lock()
        self._audit_default = audit is None
        self.audit: AuditStore = audit or audit_store_for(
            None if checkpoint_url else checkpoint_path, checkpointer
        )
        self.threads = ReviewThreads(self)
        """Review threads over HTTP: start, read, approve / edit, audit trail."""

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Reasoner:
        """Build a reasoner from settings (environment when ``None``)."""
        settings = settings or Settings()
        return cls(
            make_context(settings),
            checkpoint_path=settings.checkpoint_path,
            checkpoint_url=(
                settings.checkpoint_url.get_secret_value()
                if settings.checkpoint_url
                else None
            ),
            interrupt_before=settings.interrupt_before,
            settings=settings,
        )

    async def checkpointer(self) -> BaseCheckpointSaver[Any]:
        """Return the checkpointer, opening the SQLite file on first use."""
        async with self._lock:
            if self._saver is None:
                self._saver = await self._open_saver()
            return self._saver

    async def _graph(self) -> CompiledReasoningGraph:
        saver = await self.checkpointer()
        async with self._lock:
            if self._threaded is None:
                self._threaded = compile_graph(saver, self._interrupts)
            return self._threaded

    async def _open_saver(self) -> BaseCheckpointSaver[Any]:
        if self._url:
            from graph.postgres import open_pool, open_saver

            self._pool = await open_pool(self._url)
            pg_saver = await open_saver(self._pool)
            if self._audit_default:  # reviews go to the same database
                from graph.postgres import PostgresAuditStore

                self.audit = PostgresAuditStore(self._pool, AuditRecord)
            return pg_saver
        if not self._path or self._path == ":memory:":
            return InMemorySaver(serde=checkpoint_serde())
        import aiosqlite
        from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

        Path(self._path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = await aiosqlite.connect(self._path)
        saver = AsyncSqliteSaver(self._conn, serde=checkpoint_serde())
        await saver.setup()
        return saver

    def meta(self, thread_id: str | None) -> dict[str, str | int | float | bool | None]:
        """Return the run metadata every output carries (no secrets)."""
        kb = self.context.knowledge
        return {
            "backend": self.context.backend,
            "model_id": self.context.model_id,
            "ruleset_version": self.context.ruleset_version,
            "knowledge_version": getattr(kb, "version", None),
            "thread_id": thread_id,
            "retrieval": self.context.store is not None,
        }

    def context_for(self, case: Case, top_k: int | None = None) -> AgentContext:
        """Return the context for one run of ``case``.

        Retrieval is scoped to the case's own prior notes (``retrieval.scoped``):
        another request's notes are never searched, whatever ids they share, and
        nothing is written unless ``Settings.persist_request_notes``. ``top_k``
        overrides the chunks per stage for this call.
        """
        changes: dict[str, Any] = {}
        if top_k is not None and top_k != self.context.top_k:
            changes["top_k"] = top_k
        store = self.context.store
        if store is not None and hasattr(store, "collection"):
            from retrieval.scoped import ScopedNotes

            persist = bool(self._settings and self._settings.persist_request_notes)
            changes["store"] = ScopedNotes(
                cast("NoteStore", store), case.prior_notes, persist=persist
            )
            # The search cache belongs to one store: a fresh one per scoped run.
            changes["search_cache"] = SearchCache()
        return dataclasses.replace(self.context, **changes) if changes else self.context

    @staticmethod
    def _read(case: Case | Mapping[str, Any]) -> tuple[Case, dict[str, MetaValue]]:
        """Accept a ``Case`` or a FHIR R4 Bundle (read by ``cases.fhir``)."""
        if isinstance(case, Case):
            return case, {}
        from cases.fhir import read_bundle

        got = read_bundle(case)
        report = got.report
        return got.case, {
            "input": "fhir",
            "fhir_unused_resources": sum(report.unused.values()),
            "fhir_unknown_resources": sum(report.unknown_types.values()),
            "fhir_withheld_resources": sum(report.withheld.values()),
        }

    @staticmethod
    def _input(
        case: Case, overrides: Mapping[StageName, StageResult] | None
    ) -> ReasoningInput:
        inp: ReasoningInput = {"case": case}
        if overrides:
            inp["overrides"] = dict(overrides)
        return inp

    async def run(
        self,
        case: Case | Mapping[str, Any],
        *,
        thread_id: str | None = None,
        overrides: Mapping[StageName, StageResult] | None = None,
        top_k: int | None = None,
    ) -> ReasoningOutput:
        """Run ``case`` through all stages (or up to the first review interrupt).

        ``case`` may be a FHIR R4 ``Bundle`` (parsed JSON): it is read with
        ``cases.fhir.read_bundle`` (which raises ``FHIRValidationError``) and the
        counts of unused, unknown and withheld resources go into ``meta``. ``top_k``
        overrides the retrieved chunks per stage for this call only.
        """
        case, extra = self._read(case)
        inp = self._input(case, overrides)
        ctx = self.context_for(case, top_k)
        if thread_id is None:
            # The rules backend calls no model: nothing needs LangGraph's run
            # config (callbacks, tracing parents), so the nodes run in order.
            values = (
                await run_pipeline(inp, ctx)
                if ctx.refiner is None
                else await self._plain.ainvoke(inp, context=ctx)
            )
            return to_output(case.encounter_id, values, self.meta(None) | extra)
        graph = await self._graph()
        config = _config(thread_id)
        await graph.ainvoke(inp, config, context=ctx)
        out = await self._snapshot_output(graph, config, thread_id)
        return out.model_copy(update={"meta": out.meta | extra}) if extra else out

    async def stream(
        self,
        case: Case | Mapping[str, Any],
        *,
        thread_id: str | None = None,
        overrides: Mapping[StageName, StageResult] | None = None,
        top_k: int | None = None,
    ) -> AsyncIterator[StageRecord | ReasoningOutput]:
        """Yield each stage's record as soon as the stage completes, then the output.

        The last item is the ``ReasoningOutput`` that ``run`` would return (trace,
        final summary, meta); the arguments are those of ``run``.
        """
        case, extra = self._read(case)
        inp = self._input(case, overrides)
        ctx = self.context_for(case, top_k)
        modes: list[StreamMode] = ["updates", "values"]
        if thread_id is None:
            chunks = self._plain.astream(inp, context=ctx, stream_mode=modes)
        else:
            graph = await self._graph()
            config = _config(thread_id)
            chunks = graph.astream(inp, config, context=ctx, stream_mode=modes)
        values: dict[str, object] = {}
        async for mode, chunk in chunks:
            if not isinstance(chunk, dict):
                continue
            if mode == "values":
                values = chunk
                continue
            for update in chunk.values():
                if isinstance(update, dict):
                    for record in update.get("trace", ()):
                        yield record
        if thread_id is None:
            yield to_output(case.encounter_id, values, self.meta(None) | extra)
            return
        out = await self._snapshot_output(graph, config, thread_id)
        yield out.model_copy(update={"meta": out.meta | extra}) if extra else out

    # Review threads (``graph.threads``): coroutine methods of the reasoner itself, so
    # the API's worker-loop proxy runs them where the checkpointer lives.
    async def start_thread(
        self, case: Case, review_before: Sequence[StageName] = ()
    ) -> ThreadView:
        """Start a review thread and run it to its first pause (or the end)."""
        return await self.threads.start(case, review_before)

    async def thread(self, thread_id: str) -> ThreadView:
        """Return a review thread's view (``KeyError`` when unknown)."""
        return await self.threads.get(thread_id)

    async def review_thread(
        self,
        thread_id: str,
        stage: StageName,
        action: Literal["approve", "edit"],
        edited: StageResult | None = None,
        *,
        reviewer: str,
        comment: str | None = None,
    ) -> ThreadView:
        """Approve or edit a thread's pending stage, audit it, resume the thread."""
        return await self.threads.review(
            thread_id, stage, action, edited, reviewer=reviewer, comment=comment
        )

    async def audit_trail(self, thread_id: str) -> list[AuditRecord]:
        """Return a thread's audit records, oldest first (``KeyError`` if unknown)."""
        return await self.threads.audit(thread_id)

    async def state(self, thread_id: str) -> ReasoningOutput:
        """Return the checkpointed output of a thread (to inspect or resume)."""
        graph = await self._graph()
        return await self._snapshot_output(graph, _config(thread_id), thread_id)

    async def review(
        self,
        thread_id: str,
        stage: StageName,
        action: Literal["approve", "edit"],
        edited_output: StageResult | None = None,
        *,
        reviewer: str | None = None,
        note: str | None = None,
    ) -> ReasoningOutput:
        """Record a clinician's approval or edit of ``stage``, then resume the thread.

        ``stage`` is the most recently completed stage of a paused thread, or (edit
        only) the stage the thread is paused before, whose output the clinician then
        supplies instead of the agent. Safety floors apply to edits too. Approvals and
        edits are recorded in the trace as records with backend ``review``.

        Raises:
            ValueError: when the thread is not paused or the stage/action is invalid.
        """
        graph = await self._graph()
        config = _config(thread_id)
        snap = await graph.aget_state(config)
        if not snap.next:
            raise ValueError("thread is not paused for review")
        update = review_update(
            snap.values,
            tuple(snap.next),
            stage,
            action,
            edited_output,
            self.context,
            reviewer=reviewer,
            note=note,
        )
        await graph.aupdate_state(config, update, as_node=stage)
        record: StageRecord = update["trace"][0]
        await self.audit.add(
            AuditRecord(
                thread_id=thread_id,
                stage=stage,
                action=action,
                reviewer=reviewer,
                comment=note,
                at=record.started_at,
                before=snap.values.get(stage),
                submitted=edited_output if action == "edit" else None,
                after=record.output,
                floors_fired=record.floors_fired,
            )
        )
        ctx = self.context_for(snap.values["case"])
        await graph.ainvoke(None, config, context=ctx)
        return await self._snapshot_output(graph, config, thread_id)

    async def _snapshot_output(
        self, graph: CompiledReasoningGraph, config: RunnableConfig, thread_id: str
    ) -> ReasoningOutput:
        snap = await graph.aget_state(config)
        values = snap.values
        if "case" not in values:
            raise KeyError("unknown thread")
        meta = self.meta(thread_id)
        meta["interrupted_before"] = snap.next[0] if snap.next else None
        return to_output(values["case"].encounter_id, values, meta)

    async def warm_up(self) -> dict[str, float]:
        """Load now what the first request would load lazily (see ``graph._warmup``).

        Returns:
            Seconds spent per part.
        """
        from graph._warmup import warm_up

        return await warm_up(self.context, self._plain)

    async def ready(self) -> bool:
        """Return whether the knowledge base is loaded and store and model answer."""
        if not self.context.knowledge.complaints:
            return False
        if not await self._model_reachable():
            return False
        probe = getattr(self.context.store, "ping", None)
        if probe is None:
            return True
        return bool(await asyncio.to_thread(probe))

    async def _model_reachable(self) -> bool:
        """Probe an OpenAI-compatible endpoint's ``/models`` (hosted APIs: assumed).

        Any HTTP answer below 500 counts (a 401 or 404 still proves a live server);
        a refused connection, a timeout or a 5xx does not.
        """
        cfg = self._settings
        if cfg is None or cfg.backend == "rules" or cfg.llm.base_url is None:
            return True
        import httpx

        url = cfg.llm.base_url.rstrip("/") + "/models"
        try:
            async with httpx.AsyncClient(timeout=min(cfg.llm.timeout_s, 3.0)) as c:
                answer = await c.get(url)
        except httpx.HTTPError:
            logger.warning("model endpoint not reachable")
            return False
        return answer.status_code < 500

    async def aclose(self) -> None:
        """Close the SQLite connection and the store, if open."""
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
        await self.audit.aclose()
        if self._pool is not None:
            await self._pool.close()
            self._pool = None
        closer = getattr(self.context.store, "aclose", None)
        if closer is not None:
            await closer()


def audit_store_for(
    checkpoint_path: str | None, checkpointer: BaseCheckpointSaver[Any] | None = None
) -> AuditStore:
    """Return the default audit store: ``<checkpoint>.audit.sqlite`` beside the file.

    With a ready checkpointer (e.g. Postgres) or ``:memory:`` the records stay in
    memory; pass ``audit=`` to ``Reasoner`` to keep them elsewhere.
    """
    if checkpointer is not None or not checkpoint_path or checkpoint_path == ":memory:":
        return MemoryAuditStore()
    path = Path(checkpoint_path)
    return SqliteAuditStore(path.with_name(f"{path.stem}.audit.sqlite"))


def _config(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id}}
