"""Prompt for the diagnosis stage (LLM backend)."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.contracts import StageInput
from agents.prompts.common import DATA_GUARD, user_prompt
from agents.schemas import RuleResult

__all__ = ["STEP_BACK", "SYSTEM", "TASK", "render"]

SYSTEM = (
    "You are an experienced emergency physician assigning the final ED"
    " diagnosis as an ICD-10-CM code."
    " Research use only, not clinical care.\n" + DATA_GUARD
)

TASK = (
    "Give the primary ED diagnosis as an ICD-10-CM code with its dot (for example "
    "J18.9 Pneumonia, unspecified organism) and its name, plus other diagnoses "
    "still considered."
)

STEP_BACK = (
    "Describe a framework for choosing the primary emergency-department diagnosis "
    "and its ICD-10-CM code: integrating the chief complaint, past history, the ED "
    "note, red flags, and code specificity."
)


def render(
    inp: StageInput, rules: Sequence[RuleResult], principles: str | None = None
) -> list[BaseMessage]:
    """Return the system and user messages for this stage."""
    return [
        SystemMessage(content=SYSTEM),
        HumanMessage(content=user_prompt(inp, rules, TASK, principles)),
    ]
