"""Prompt for the assessment stage (LLM backend)."""

from __future__ import annotations

from agents.llm.prompts.common import DATA_GUARD, StagePrompt

__all__ = ["PROMPT", "STEP_BACK", "SYSTEM", "TASK"]

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

PROMPT = StagePrompt(system=SYSTEM, task=TASK, step_back=STEP_BACK)
"""This stage's prompt; ``PROMPT.render(inp, rules, principles)``."""
