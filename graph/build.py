"""Build the five-stage state graph: retrieve → triage → … → diagnosis.

All edges are declared here. After each stage one conditional edge goes to END when
that stage recorded an ``error``; abstentions continue, so a case with missing inputs
still yields a complete trace.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol, get_args, get_type_hints

from langchain_core.runnables import Runnable, RunnableConfig
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

ReasoningGraph = StateGraph[
    ReasoningState, AgentContext, ReasoningInput, ReasoningState
]
CompiledReasoningGraph = CompiledStateGraph[
    ReasoningState, AgentContext, ReasoningInput, ReasoningState
]


class _Edge(Runnable[ReasoningState, Hashable]):
    """An edge function as a Runnable that LangGraph calls directly, on the loop.

    Given a plain function, ``add_conditional_edges`` wraps it in a traced runnable:
    a callback-manager run (start and end events), a child config and a new asyncio
    task per edge, five times per run with no tracer attached, and a thread-pool
    hand-off for a sync function. The route functions are a few list look-ups, so
    they are called as they are (``langchain_core``'s public ``Runnable`` interface,
    which LangGraph accepts as an edge); their targets are passed as the path map,
    read from their ``Literal`` return types as LangGraph itself reads them (the drawn
    graph is unchanged). LangGraph leaves the nodes untraced already.
    """

    def __init__(self, route: Callable[[ReasoningState], Hashable]) -> None:
        self.route = route
        self.name = route.__name__
        self.targets = [str(t) for t in get_args(get_type_hints(route)["return"])]

    def invoke(
        self, input: ReasoningState, config: RunnableConfig | None = None, **_: Any
    ) -> Hashable:
        """Return the next node (or ``"__end__"``) for ``input``."""
        del config
        return self.route(input)

    async def ainvoke(
        self, input: ReasoningState, config: RunnableConfig | None = None, **_: Any
    ) -> Hashable:
        """Return the next node (or ``"__end__"``), on the event loop."""
        del config
        return self.route(input)


def _edge(
    g: ReasoningGraph, source: str, route: Callable[[ReasoningState], Hashable]
) -> None:
    edge = _Edge(route)
    g.add_conditional_edges(source, edge, edge.targets)


class Node(Protocol):
    """A graph node: ``(state, runtime) -> awaitable partial state``."""

    def __call__(
        self, state: ReasoningState, runtime: Runtime[AgentContext]
    ) -> Awaitable[Any]:
        """Run the node on ``state`` with the run's dependencies."""


@dataclass(frozen=True)
class Step:
    """One node of the pipeline and the edge after it."""

    name: str
    node: Node
    route: Callable[[ReasoningState], Hashable] | None
    """Returns the next step's name or ``"__end__"``; None: the run ends here."""


PIPELINE: Final[tuple[Step, ...]] = (
    Step("retrieve", retrieve_node, routing.route_after_retrieve),
    Step("triage", triage_node, routing.route_after_triage),
    Step("assessment", assessment_node, routing.route_after_assessment),
    Step("treatment", treatment_node, routing.route_after_treatment),
    Step("disposition", disposition_node, routing.route_after_disposition),
    Step("diagnosis", diagnosis_node, None),
)
"""The graph's nodes in order, each going to the next or to END: ``build_graph``
declares them to LangGraph and ``graph.sequential`` runs them the same way."""


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
    for step in PIPELINE:
        node = step.node
        if default_context is not None:
            node = _default_context(node, default_context)
        g.add_node(step.name, node)
    g.add_edge(START, PIPELINE[0].name)
    for step in PIPELINE:
        if step.route is None:
            g.add_edge(step.name, END)
        else:
            _edge(g, step.name, step.route)
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
