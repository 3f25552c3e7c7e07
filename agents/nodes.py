"""The five stage nodes of the reasoning graph: ``(state, runtime) -> update``.

``make_node`` turns a stage's offline reasoner (and, for the stages that read prior
notes, its retrieval query builder) into a LangGraph node that runs the stage through
``agents.stage.run_stage`` and writes its result, the new ledger and one trace record.
"""

from __future__ import annotations

from typing import Protocol

from langgraph.runtime import Runtime

from agents.context import AgentContext
from agents.offline.assessment import assessment_queries, reason_assessment
from agents.offline.diagnosis import reason_diagnosis
from agents.offline.disposition import reason_disposition
from agents.offline.treatment import ledger_queries, reason_treatment
from agents.offline.triage import reason_triage
from agents.schemas import StageName
from agents.stage import OfflineReasoner, QueryTerms, run_stage
from agents.state import ReasoningState

__all__ = [
    "StageNode",
    "assessment_node",
    "diagnosis_node",
    "disposition_node",
    "make_node",
    "treatment_node",
    "triage_node",
]


class StageNode(Protocol):
    """A graph node: reads the state and the run context, returns a partial update."""

    async def __call__(
        self, state: ReasoningState, runtime: Runtime[AgentContext]
    ) -> dict[str, object]:
        """Run the stage on ``state``."""
        ...


def make_node(
    stage: StageName,
    reason: OfflineReasoner,
    queries: QueryTerms | None,
    doc: str,
) -> StageNode:
    """Return the graph node of ``stage``.

    Args:
        stage: The stage the node runs.
        reason: The stage's offline reasoner.
        queries: Builds the stage's prior-note queries; ``None``: no retrieval.
        doc: One line saying what the node decides (its docstring).

    Returns:
        An async node writing ``{stage: result, "ledger": [...], "trace": [record]}``;
        triage, which never changes the ledger, writes no ``ledger`` key.
    """

    async def node(
        state: ReasoningState, runtime: Runtime[AgentContext]
    ) -> dict[str, object]:
        result, ledger, record = await run_stage(
            stage, state, runtime.context, reason, query_terms=queries
        )
        if stage == "triage":
            return {stage: result, "trace": [record]}
        return {stage: result, "ledger": list(ledger), "trace": [record]}

    node.__name__ = node.__qualname__ = f"{stage}_node"
    node.__doc__ = doc
    return node


triage_node = make_node(
    "triage",
    reason_triage,
    None,
    "Assign an acuity level and red flags from the presenting case.",
)
assessment_node = make_node(
    "assessment",
    reason_assessment,
    assessment_queries,
    "Write the problem representation and the ranked working differential.",
)
treatment_node = make_node(
    "treatment",
    reason_treatment,
    ledger_queries,
    "Plan the initial management as typed orders.",
)
disposition_node = make_node(
    "disposition",
    reason_disposition,
    ledger_queries,
    "Choose one disposition from the closed ER-Reason label set.",
)
diagnosis_node = make_node(
    "diagnosis",
    reason_diagnosis,
    ledger_queries,
    "Name the final ED diagnosis with a valid ICD-10-CM code.",
)
