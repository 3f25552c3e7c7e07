"""Prompt for the diagnosis stage (LLM backend)."""

from __future__ import annotations

from agents.llm.prompts.common import DATA_GUARD, StagePrompt

__all__ = ["PROMPT", "STEP_BACK", "SYSTEM", "TASK"]

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

PROMPT = StagePrompt(system=SYSTEM, task=TASK, step_back=STEP_BACK)
"""This stage's prompt; ``PROMPT.render(inp, rules, principles)``."""
