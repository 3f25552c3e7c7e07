"""Run dependencies shared by every stage node (LangGraph ``context_schema``)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from agents.contracts import NoteRetriever, StageRefiner
from agents.schemas import Backend
from retrieval.schemas import NoteHit

if TYPE_CHECKING:
    from agents.learned.tool import LearnedTools
    from agents.offline.knowledge import KnowledgeBase

RULESET_VERSION: Final[str] = "offline-reasoner-1"
"""Version of the offline reasoner's logic; the knowledge base adds its own version."""


class SearchCache:
    """A small LRU of prior-note searches, owned by one context (and so one store).

    Later stages often ask the same questions; ``agents.retrieve.retrieve_node``
    clears the cache whenever it indexes new chunks.
    """

    def __init__(self, max_entries: int = 128) -> None:
        self._hits: OrderedDict[Hashable, list[NoteHit]] = OrderedDict()
        self._max = max_entries

    def get(self, key: Hashable) -> list[NoteHit] | None:
        """Return the cached hits of ``key``, or ``None``."""
        return self._hits.get(key)

    def put(self, key: Hashable, hits: list[NoteHit]) -> None:
        """Remember ``hits`` for ``key``, dropping the oldest entry when full."""
        self._hits[key] = hits
        if len(self._hits) > self._max:
            self._hits.popitem(last=False)

    def clear(self) -> None:
        """Forget every cached search."""
        self._hits.clear()


@dataclass(frozen=True, kw_only=True)
class AgentContext:
    """Everything a stage node may use besides the graph state.

    Built once per process (``graph.runtime.make_context``) and passed to the graph as
    ``context=...``; nodes read it through ``Runtime[AgentContext]``.
    """

    knowledge: KnowledgeBase
    """The curated chief-complaint / diagnosis knowledge base (YAML, reviewed)."""

    store: NoteRetriever | None = None
    """Prior-note retrieval; ``None`` disables retrieval (stages then see no notes)."""

    backend: Backend = "rules"
    """``rules`` (offline default), ``llm`` or ``hybrid`` (then ``refiner`` is used)."""

    refiner: StageRefiner | None = None
    """The LLM step that refines the offline outcome; only used for llm / hybrid."""

    model_id: str | None = None
    """Model identifier recorded in the trace when a refiner runs."""

    top_k: int = 5
    """Number of prior-note chunks each stage retrieves."""

    learned: LearnedTools | None = None
    """A fitted artifact's model and similar past visits (``agents.learned``);
    ``None`` (default) leaves triage and disposition to the rules."""

    ruleset_version: str = RULESET_VERSION
    """Recorded as ``prompt_version`` of offline records."""

    search_cache: SearchCache = field(default_factory=SearchCache, compare=False)
    """Identical prior-note searches within this context are answered from here."""
