"""Prompt for the treatment stage (LLM backend)."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.contracts import StageInput
from agents.prompts.common import DATA_GUARD, user_prompt
from agents.schemas import RuleResult

__all__ = ["STEP_BACK", "SYSTEM", "TASK", "render"]

SYSTEM = (
    "You are an experienced emergency physician planning the initial"
    " workup and treatment."
    " Research use only, not clinical care.\n" + DATA_GUARD
)

TASK = (
    "Name the working diagnosis and the initial orders (diagnostics, medications, "
    "procedures, consults, monitoring), each with a short reason."
)

STEP_BACK = (
    "Describe general principles for the initial emergency-department workup and "
    "stabilisation: which tests, treatments, consults and monitoring fit which "
    "presentations and risk levels."
)


def render(
    inp: StageInput, rules: Sequence[RuleResult], principles: str | None = None
) -> list[BaseMessage]:
    """Return the system and user messages for this stage."""
    return [
        SystemMessage(content=SYSTEM),
        HumanMessage(content=user_prompt(inp, rules, TASK, principles)),
    ]
