"""The reasoning graph for LangGraph tooling (``langgraph dev``, LangGraph Studio).

``langgraph.json`` at the repository root names :func:`make_graph`. The graph's nodes
read their run dependencies (knowledge base, note store, optional LLM refiner) from
``Runtime[AgentContext]``; objects like these cannot travel in a run's JSON ``context``,
so the factory builds them once from ``graph.settings.Settings`` (``REASONER_*``
environment) and binds them as the graph's parent runtime, the way LangGraph hands a
parent graph's context to a subgraph. A run that passes its own context still wins.
"""

from __future__ import annotations

from langgraph._internal._constants import CONFIG_KEY_RUNTIME
from langgraph.runtime import Runtime

from graph.build import CompiledReasoningGraph, compile_graph
from graph.runtime import make_context
from graph.settings import Settings

__all__ = ["make_graph"]


def make_graph() -> CompiledReasoningGraph:
    """Return the compiled reasoning graph with its run dependencies bound.

    Returns:
        The graph of ``graph.build.compile_graph`` (no checkpointer: the LangGraph
        server supplies its own), runnable without a ``context`` argument.
    """
    context = make_context(Settings())
    return compile_graph().with_config(
        configurable={CONFIG_KEY_RUNTIME: Runtime(context=context)}
    )
