"""Prompt for the assessment stage (LLM backend)."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.contracts import StageInput
from agents.prompts.common import DATA_GUARD, user_prompt
from agents.schemas import RuleResult

__all__ = ["STEP_BACK", "SYSTEM", "TASK", "render"]

SYSTEM = (
    "You are an experienced emergency physician writing the initial"
    " assessment."
    " Research use only, not clinical care.\n" + DATA_GUARD
)

TASK = (
    "Write a one-sentence problem representation and a ranked differential diagnosis "
    "(most likely first, include dangerous diagnoses that must be ruled out). Cite "
    "the ids of prior-note chunks you relied on, if any."
)

STEP_BACK = (
    "Describe general principles for building an emergency-department differential "
    "diagnosis: integrating the chief complaint, history, prior records and "
    "decision rules, and which dangerous diagnoses must be ruled out first."
)


def render(
    inp: StageInput, rules: Sequence[RuleResult], principles: str | None = None
) -> list[BaseMessage]:
    """Return the system and user messages for this stage."""
    return [
        SystemMessage(content=SYSTEM),
        HumanMessage(content=user_prompt(inp, rules, TASK, principles)),
    ]
