"""Run dependencies shared by every stage node (LangGraph ``context_schema``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from agents.contracts import NoteRetriever, StageRefiner
from agents.schemas import Backend

if TYPE_CHECKING:
    from agents.learned.tool import LearnedTools
    from agents.offline.knowledge import KnowledgeBase

RULESET_VERSION: Final[str] = "offline-reasoner-1"
"""Version of the offline reasoner's logic; the knowledge base adds its own version."""


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
