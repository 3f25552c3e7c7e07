"""The reasoning graph for LangGraph tooling (``langgraph dev``, LangGraph Studio).

``langgraph.json`` at the repository root names :func:`make_graph`. The graph's nodes
read their run dependencies (knowledge base, note store, optional LLM refiner) from
``Runtime[AgentContext]``; objects like these cannot travel in a run's JSON ``context``,
so the factory builds them once from ``graph.settings.Settings`` (``REASONER_*``
environment) and each node uses them when a run brings no context of its own
(``graph.build.build_graph(default_context=...)``, public LangGraph API only:
``Runtime.override``). A run that passes its own context still wins.
"""

from __future__ import annotations

from graph.build import CompiledReasoningGraph, build_graph
from graph.runtime import make_context
from graph.settings import Settings

__all__ = ["make_graph"]


def make_graph() -> CompiledReasoningGraph:
    """Return the compiled reasoning graph with its run dependencies bound.

    Returns:
        The graph of ``graph.build.build_graph`` (no checkpointer: the LangGraph
        server supplies its own), runnable without a ``context`` argument.
    """
    return build_graph(default_context=make_context(Settings())).compile()
