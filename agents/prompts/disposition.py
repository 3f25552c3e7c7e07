"""Prompt for the disposition stage (LLM backend)."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.contracts import StageInput
from agents.prompts.common import DATA_GUARD, user_prompt
from agents.schemas import RuleResult

__all__ = ["STEP_BACK", "SYSTEM", "TASK", "render"]

SYSTEM = (
    "You are an experienced emergency physician deciding the patient's"
    " disposition."
    " Research use only, not clinical care.\n" + DATA_GUARD
)

TASK = (
    "Choose the disposition from: Discharge, Admit, Observation, Transfer to Another "
    "Facility, AMA, OR Admit, LWBS after Triage, Send to L&D, Expired, Eloped."
)

STEP_BACK = (
    "Describe the clinical factors that lead to each emergency-department "
    "disposition: Discharge, Admit, Observation, Transfer to Another Facility, AMA, "
    "OR Admit, LWBS after Triage, Send to L&D, Eloped."
)


def render(
    inp: StageInput, rules: Sequence[RuleResult], principles: str | None = None
) -> list[BaseMessage]:
    """Return the system and user messages for this stage."""
    return [
        SystemMessage(content=SYSTEM),
        HumanMessage(content=user_prompt(inp, rules, TASK, principles)),
    ]
