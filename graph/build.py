"""Build the five-stage state graph: retrieve → triage → … → diagnosis.

All edges are declared here. After each stage one conditional edge goes to END when
that stage recorded an ``error``; abstentions continue, so a case with missing inputs
still yields a complete trace.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime

from agents.context import AgentContext
from agents.nodes import (
    assessment_node,
    diagnosis_node,
    disposition_node,
    treatment_node,
    triage_node,
)
from agents.retrieve import retrieve_node
from agents.schemas import StageName
from agents.state import ReasoningState
from graph import routing
from graph.state import ReasoningInput

R = TypeVar("R")

ReasoningGraph = StateGraph[
    ReasoningState, AgentContext, ReasoningInput, ReasoningState
]
CompiledReasoningGraph = CompiledStateGraph[
    ReasoningState, AgentContext, ReasoningInput, ReasoningState
]


def _on_loop(
    route: Callable[[ReasoningState], R],
) -> Callable[[ReasoningState], Awaitable[R]]:
    """Return ``route`` as a coroutine function, so it runs on the event loop.

    LangGraph runs a sync edge function in a thread pool: a hand-off per edge that
    costs more CPU than the function (a few list lookups). Same name, annotations
    (LangGraph reads the ``Literal`` return type as the edge's targets) and result.
    """

    @functools.wraps(route)
    async def on_loop(state: ReasoningState) -> R:
        return route(state)

    return on_loop


class Node(Protocol):
    """A graph node: ``(state, runtime) -> awaitable partial state``."""

    def __call__(
        self, state: ReasoningState, runtime: Runtime[AgentContext]
    ) -> Awaitable[Any]:
        """Run the node on ``state`` with the run's dependencies."""


def _default_context(node: Node, context: AgentContext) -> Node:
    """Return ``node`` running with ``context`` when the run passed none.

    Same name, docstring and signature (LangGraph reads ``runtime`` from it).
    """

    @functools.wraps(node)
    async def with_context(
        state: ReasoningState, runtime: Runtime[AgentContext]
    ) -> Any:
        if runtime.context is None:
            runtime = runtime.override(context=context)
        return await node(state, runtime)

    return with_context


def build_graph(default_context: AgentContext | None = None) -> ReasoningGraph:
    """Return the uncompiled reasoning graph (``context_schema=AgentContext``).

    Args:
        default_context: The run dependencies a run without its own ``context``
            uses (``graph.studio``: LangGraph Studio cannot send objects); None:
            every run passes ``context=AgentContext(...)``.
    """
    g: ReasoningGraph = StateGraph(
        ReasoningState, context_schema=AgentContext, input_schema=ReasoningInput
    )
    nodes: dict[str, Node] = {
        "retrieve": retrieve_node,
        "triage": triage_node,
        "assessment": assessment_node,
        "treatment": treatment_node,
        "disposition": disposition_node,
        "diagnosis": diagnosis_node,
    }
    for name, node in nodes.items():
        if default_context is not None:
            node = _default_context(node, default_context)
        g.add_node(name, node)
    g.add_edge(START, "retrieve")
    g.add_conditional_edges("retrieve", _on_loop(routing.route_after_retrieve))
    g.add_conditional_edges("triage", _on_loop(routing.route_after_triage))
    g.add_conditional_edges("assessment", _on_loop(routing.route_after_assessment))
    g.add_conditional_edges("treatment", _on_loop(routing.route_after_treatment))
    g.add_conditional_edges("disposition", _on_loop(routing.route_after_disposition))
    g.add_edge("diagnosis", END)
    return g


def compile_graph(
    checkpointer: BaseCheckpointSaver[Any] | None = None,
    interrupt_before: Sequence[StageName] = (),
) -> CompiledReasoningGraph:
    """Compile the graph, optionally with a checkpointer and review interrupts.

    Args:
        checkpointer: Persists state per ``thread_id`` (needed for interrupts).
        interrupt_before: Stages to pause before, for clinician review.

    Returns:
        The compiled graph; run it with ``context=AgentContext(...)``.
    """
    if interrupt_before and checkpointer is None:
        raise ValueError("interrupts need a checkpointer")
    return build_graph().compile(
        checkpointer=checkpointer, interrupt_before=list(interrupt_before) or None
    )
