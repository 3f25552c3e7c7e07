"""Prior-note retrieval for the stages, and the graph's ``retrieve`` node.

``retrieve_node`` indexes the case's own prior notes into the store (idempotent: the
store skips chunk ids it already holds), so API cases that carry notes inline are
searchable. ``search_notes`` is what a stage calls: it always filters to the patient,
to the prior-note keys its view exposes, to notes before the arrival year, and it
excludes the current ED note.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Final

from langgraph.runtime import Runtime

from agents.context import AgentContext
from agents.state import ReasoningState
from cases.views import StageView
from retrieval.schemas import NoteHit

logger = logging.getLogger(__name__)

MAX_QUERIES: Final[int] = 4
"""Queries per stage search (each costs one embedding and one dense lookup)."""


async def retrieve_node(
    state: ReasoningState, runtime: Runtime[AgentContext]
) -> dict[str, int]:
    """Index the case's prior notes into the note store (no LLM, no trace record).

    Indexing failures are logged without identifiers and do not stop the graph: the
    stages then simply find fewer notes.
    """
    ctx = runtime.context
    notes = state["case"].prior_notes
    if ctx.store is None or not notes:
        return {"indexed_chunks": 0}
    try:
        adder = getattr(ctx.store, "aadd_notes", None)  # retrieval.scoped: async
        if adder is not None:
            report = await adder(notes)
        else:
            report = await asyncio.to_thread(ctx.store.add_notes, notes)
    except Exception:
        logger.warning("indexing prior notes failed; continuing without them")
        logger.debug("indexing failure", exc_info=True)
        return {"indexed_chunks": 0}
    added = getattr(report, "added", 0)
    added = added if isinstance(added, int) else 0
    if added:
        ctx.search_cache.clear()  # new chunks may change any cached search
    return {"indexed_chunks": added}


async def search_notes(
    ctx: AgentContext,
    view: StageView,
    queries: Sequence[str],
    *,
    exclude_note_keys: Sequence[str] = (),
) -> list[NoteHit]:
    """Return up to ``ctx.top_k`` prior-note hits for ``queries`` within ``view``.

    Hits outside the view's prior-note keys are dropped again here (defence in depth
    against a store that ignores ``allowed_note_keys``). Identical searches (later
    stages often ask the same questions) are answered from ``ctx.search_cache``, which
    ``retrieve_node`` clears whenever it indexes new chunks.
    """
    if ctx.store is None or not view.prior_note_keys or not queries:
        return []
    key = (
        view.patient_id,
        tuple(queries[:MAX_QUERIES]),
        view.prior_note_keys,
        view.arrival.year,
        tuple(exclude_note_keys),
        ctx.top_k,
    )
    hits = ctx.search_cache.get(key)
    if hits is None:
        hits = await ctx.store.asearch(
            list(queries[:MAX_QUERIES]),
            patient_id=view.patient_id,
            allowed_note_keys=view.prior_note_keys,
            before_year=view.arrival.year,
            exclude_note_keys=tuple(exclude_note_keys),
            k=ctx.top_k,
        )
        ctx.search_cache.put(key, hits)
    allowed = set(view.prior_note_keys) - set(exclude_note_keys)
    return [
        h
        for h in hits
        if h.chunk.note_key in allowed and h.chunk.patient_id == view.patient_id
    ]
