"""Prompt for the triage stage (LLM backend)."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.contracts import StageInput
from agents.prompts.common import DATA_GUARD, user_prompt
from agents.schemas import RuleResult

__all__ = ["STEP_BACK", "SYSTEM", "TASK", "render"]

SYSTEM = (
    "You are an experienced emergency-department triage nurse assigning an"
    " Emergency Severity Index (ESI) acuity."
    " Research use only, not clinical care.\n" + DATA_GUARD
)

TASK = (
    "Assign the acuity: Immediate (ESI 1, needs life-saving intervention now), "
    "Emergent (ESI 2, high risk, confused, severe pain or distress, or danger-zone "
    "vitals), Urgent (ESI 3, stable but needs two or more resources), Less Urgent "
    "(ESI 4, one resource), Non-Urgent (ESI 5, no resources). List red flags."
)

STEP_BACK = (
    "Describe the Emergency Severity Index criteria for each of the five acuity "
    "levels: vital-sign thresholds, symptom patterns, chief-complaint traits and "
    "risk factors. Be concise."
)


def render(
    inp: StageInput, rules: Sequence[RuleResult], principles: str | None = None
) -> list[BaseMessage]:
    """Return the system and user messages for this stage."""
    return [
        SystemMessage(content=SYSTEM),
        HumanMessage(content=user_prompt(inp, rules, TASK, principles)),
    ]
