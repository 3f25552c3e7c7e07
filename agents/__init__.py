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
    from agents.assessment import assessment_node
    from agents.context import AgentContext
    from agents.diagnosis import diagnosis_node
    from agents.disposition import disposition_node
    from agents.retrieve import retrieve_node
    from agents.sct import answer_sct
    from agents.state import ReasoningState
    from agents.treatment import treatment_node
    from agents.triage import triage_node

_LAZY = {
    "AgentContext": "agents.context",
    "ReasoningState": "agents.state",
    "answer_sct": "agents.sct",
    "assessment_node": "agents.assessment",
    "diagnosis_node": "agents.diagnosis",
    "disposition_node": "agents.disposition",
    "retrieve_node": "agents.retrieve",
    "treatment_node": "agents.treatment",
    "triage_node": "agents.triage",
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
