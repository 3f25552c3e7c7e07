"""Stage agents, typed results and the rule-out ledger.

The five node functions (``triage_node`` … ``diagnosis_node``), ``retrieve_node``,
``AgentContext``, ``ReasoningState`` and ``answer_sct`` are re-exported lazily so that
importing ``agents.schemas`` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    StageRecord,
    TreatmentResult,
    TriageResult,
)

if TYPE_CHECKING:
    from agents.context import AgentContext
    from agents.nodes import (
        assessment_node,
        diagnosis_node,
        disposition_node,
        treatment_node,
        triage_node,
    )
    from agents.offline.sct import answer_sct
    from agents.retrieve import retrieve_node
    from agents.state import ReasoningState

_LAZY = {
    "AgentContext": "agents.context",
    "ReasoningState": "agents.state",
    "answer_sct": "agents.offline.sct",
    "assessment_node": "agents.nodes",
    "diagnosis_node": "agents.nodes",
    "disposition_node": "agents.nodes",
    "retrieve_node": "agents.retrieve",
    "treatment_node": "agents.nodes",
    "triage_node": "agents.nodes",
}

__all__ = [
    "AgentContext",
    "AssessmentResult",
    "DiagnosisResult",
    "DifferentialEntry",
    "DispositionResult",
    "ReasoningState",
    "StageRecord",
    "TreatmentResult",
    "TriageResult",
    "answer_sct",
    "assessment_node",
    "diagnosis_node",
    "disposition_node",
    "retrieve_node",
    "treatment_node",
    "triage_node",
]


def __getattr__(name: str) -> object:
    """Import the node functions on first use."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'agents' has no attribute {name!r}")
