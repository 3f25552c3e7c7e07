"""Use one stage agent without the reasoning graph, and inside your own graph.

Research software, not for clinical use.
Run with ``python -m examples.standalone_agent``.

1. Call the triage node directly on a ``Case``: a node is an async function of
   ``(state, runtime)``; ``Runtime(context=AgentContext(...))`` supplies its
   dependencies, exactly as LangGraph does inside a graph.
2. Add the assessment node to a user-built ``StateGraph`` whose state schema is (or
   extends) ``agents.state.ReasoningState``.
"""

from __future__ import annotations

import asyncio
import logging

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agents.context import AgentContext
from agents.nodes import assessment_node, triage_node
from agents.offline.knowledge import load_knowledge
from agents.state import ReasoningState
from cases.models import Case, Demographics, Vitals

logger = logging.getLogger(__name__)


def example_case() -> Case:
    """Return a small synthetic chest-pain case (not a real patient)."""
    return Case(
        patient_id="demo-patient",
        encounter_id="demo-encounter",
        chief_complaint="CHEST PAIN",
        demographics=Demographics(age=58, sex="Female"),
        vitals=Vitals(heart_rate=112, systolic_bp=96, respiratory_rate=22, spo2=93),
        one_liner="58 y.o. female with pleuritic chest pain after a long flight.",
    )


async def triage_alone(case: Case, ctx: AgentContext) -> dict[str, object]:
    """Run only the triage agent on ``case`` (no graph involved)."""
    return await triage_node({"case": case}, Runtime(context=ctx))


def my_graph() -> StateGraph[
    ReasoningState, AgentContext, ReasoningState, ReasoningState
]:
    """Build a user graph: my own intake step, then our assessment agent."""

    async def intake(state: ReasoningState) -> dict[str, object]:
        # A user's own node: e.g. normalise the complaint before assessment.
        case = state["case"]
        return {"case": case.model_copy(update={"chief_complaint": "chest pain"})}

    g: StateGraph[ReasoningState, AgentContext, ReasoningState, ReasoningState] = (
        StateGraph(ReasoningState, context_schema=AgentContext)
    )
    g.add_node("intake", intake)
    g.add_node("assessment", assessment_node)
    g.add_edge(START, "intake")
    g.add_edge("intake", "assessment")
    g.add_edge("assessment", END)
    return g


async def main() -> None:
    """Run both examples and print their results."""
    ctx = AgentContext(knowledge=load_knowledge())
    case = example_case()
    update = await triage_alone(case, ctx)
    print("triage:", update["triage"])  # noqa: T201 - example CLI output
    state = await my_graph().compile().ainvoke({"case": case}, context=ctx)
    assessment = state["assessment"]
    print("assessment:", assessment.problem_representation if assessment else None)  # noqa: T201
    for entry in state["ledger"][:5]:
        print(f"  {entry.diagnosis}: {entry.status} p={entry.probability}")  # noqa: T201


if __name__ == "__main__":
    asyncio.run(main())
