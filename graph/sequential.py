"""Run the pipeline's nodes in order, without LangGraph's Pregel loop.

A run without a thread (no checkpointer, no interrupts, no streaming) walks the same
``graph.build.PIPELINE`` that ``build_graph`` declares to LangGraph: each node gets
the state and a ``Runtime`` with the run's context, its update is merged as
LangGraph merges it (a key with a reducer in ``ReasoningState``'s annotations, the
``trace``, is combined with it; any other key is replaced), and the edge after it
goes on or ends the run. The Pregel loop's per-step machinery (tasks, channel
versions, callback-manager children, checkpoint objects) cost ~2.5-4 ms of a ~30 ms
run (benchmarks/RESULTS.md, perf16 / perf17); threads, streams and Studio keep the
compiled graph.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from functools import cache
from typing import Annotated, Any, get_args, get_origin, get_type_hints

from langgraph.graph import END
from langgraph.runtime import Runtime

from agents.context import AgentContext
from agents.state import ReasoningState
from graph.build import PIPELINE
from graph.state import ReasoningInput

__all__ = ["run_pipeline"]

Reducer = Callable[[Any, Any], Any]


@cache
def _reducers() -> dict[str, tuple[Reducer, type]]:
    """State keys with a reducer: key -> (reducer, the type of the empty value)."""
    out: dict[str, tuple[Reducer, type]] = {}
    for key, hint in get_type_hints(ReasoningState, include_extras=True).items():
        if get_origin(hint) is Annotated:
            base, *extras = get_args(hint)
            reducer = next((e for e in extras if callable(e)), None)
            if reducer is not None:
                out[key] = (reducer, get_origin(base) or base)
    return out


def _merge(state: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(state)
    reducers = _reducers()
    for key, value in update.items():
        if key in reducers:
            merged[key] = reducers[key][0](merged[key], value)
        else:
            merged[key] = value
    return merged


async def run_pipeline(inp: ReasoningInput, context: AgentContext) -> dict[str, Any]:
    """Run ``inp`` through the pipeline; return the final state (as ``ainvoke``)."""
    state: dict[str, Any] = {key: empty() for key, (_, empty) in _reducers().items()}
    state.update(inp)
    runtime = Runtime(context=context)
    for i, step in enumerate(PIPELINE):
        state = _merge(state, await step.node(state, runtime))  # type: ignore[arg-type]
        # A yield between steps, as the Pregel loop's: other runs on the loop go on
        # and a cancellation (the request's deadline) lands between stages.
        await asyncio.sleep(0)
        if step.route is None:
            break
        nxt = step.route(state)  # type: ignore[arg-type]
        if nxt == END:
            break
        if nxt != PIPELINE[i + 1].name:
            raise RuntimeError(f"edge after {step.name} leads to {nxt}, not in order")
    return state
