"""Prompt for the treatment stage (LLM backend)."""

from __future__ import annotations

from agents.llm.prompts.common import DATA_GUARD, StagePrompt

__all__ = ["PROMPT", "STEP_BACK", "SYSTEM", "TASK"]

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

PROMPT = StagePrompt(system=SYSTEM, task=TASK, step_back=STEP_BACK)
"""This stage's prompt; ``PROMPT.render(inp, rules, principles)``."""
