"""Edge functions: continue in stage order, or stop at END after a failed stage.

``"__end__"`` is LangGraph's ``END`` constant, spelled out for the Literal types.
"""

from __future__ import annotations

from typing import Literal

from agents.schemas import StageName
from agents.state import ReasoningState


def _failed(state: ReasoningState, stage: StageName) -> bool:
    records = [r for r in state.get("trace", []) if r.stage == stage]
    return bool(records) and records[-1].status == "error"


def route_after_retrieve(state: ReasoningState) -> Literal["triage"]:
    """Go to triage (indexing failures never stop the graph)."""
    del state
    return "triage"


def route_after_triage(state: ReasoningState) -> Literal["assessment", "__end__"]:
    """Go to the assessment unless triage failed."""
    return "__end__" if _failed(state, "triage") else "assessment"


def route_after_assessment(state: ReasoningState) -> Literal["treatment", "__end__"]:
    """Go to treatment unless the assessment failed."""
    return "__end__" if _failed(state, "assessment") else "treatment"


def route_after_treatment(state: ReasoningState) -> Literal["disposition", "__end__"]:
    """Go to disposition unless treatment failed."""
    return "__end__" if _failed(state, "treatment") else "disposition"


def route_after_disposition(state: ReasoningState) -> Literal["diagnosis", "__end__"]:
    """Go to the final diagnosis unless disposition failed."""
    return "__end__" if _failed(state, "disposition") else "diagnosis"
