"""The five stage nodes of the reasoning graph: ``(state, runtime) -> update``.

Each node runs its stage through ``agents.stage.run_stage`` with the offline reasoner
of ``agents.offline`` and writes its result, the new ledger and one trace record.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from agents.context import AgentContext
from agents.offline.assessment import assessment_queries, reason_assessment
from agents.offline.diagnosis import reason_diagnosis
from agents.offline.disposition import reason_disposition
from agents.offline.treatment import ledger_queries, reason_treatment
from agents.offline.triage import reason_triage
from agents.stage import run_stage
from agents.state import ReasoningState

__all__ = [
    "assessment_node",
    "diagnosis_node",
    "disposition_node",
    "treatment_node",
    "triage_node",
]


async def triage_node(
    state: ReasoningState, runtime: Runtime[AgentContext]
) -> dict[str, object]:
    """Assign an acuity level and red flags from the presenting case."""
    result, _, record = await run_stage("triage", state, runtime.context, reason_triage)
    return {"triage": result, "trace": [record]}


async def assessment_node(
    state: ReasoningState, runtime: Runtime[AgentContext]
) -> dict[str, object]:
    """Write the problem representation and the ranked working differential."""
    result, ledger, record = await run_stage(
        "assessment",
        state,
        runtime.context,
        reason_assessment,
        query_terms=assessment_queries,
    )
    return {"assessment": result, "ledger": list(ledger), "trace": [record]}


async def treatment_node(
    state: ReasoningState, runtime: Runtime[AgentContext]
) -> dict[str, object]:
    """Plan the initial management as typed orders."""
    result, ledger, record = await run_stage(
        "treatment",
        state,
        runtime.context,
        reason_treatment,
        query_terms=ledger_queries,
    )
    return {"treatment": result, "ledger": list(ledger), "trace": [record]}


async def disposition_node(
    state: ReasoningState, runtime: Runtime[AgentContext]
) -> dict[str, object]:
    """Choose one disposition from the closed ER-Reason label set."""
    result, ledger, record = await run_stage(
        "disposition",
        state,
        runtime.context,
        reason_disposition,
        query_terms=ledger_queries,
    )
    return {"disposition": result, "ledger": list(ledger), "trace": [record]}


async def diagnosis_node(
    state: ReasoningState, runtime: Runtime[AgentContext]
) -> dict[str, object]:
    """Name the final ED diagnosis with a valid ICD-10-CM code."""
    result, ledger, record = await run_stage(
        "diagnosis",
        state,
        runtime.context,
        reason_diagnosis,
        query_terms=ledger_queries,
    )
    return {"diagnosis": result, "ledger": list(ledger), "trace": [record]}
