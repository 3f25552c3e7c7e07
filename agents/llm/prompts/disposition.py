"""Prompt for the disposition stage (LLM backend)."""

from __future__ import annotations

from agents.llm.prompts.common import DATA_GUARD, StagePrompt

__all__ = ["PROMPT", "STEP_BACK", "SYSTEM", "TASK"]

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

PROMPT = StagePrompt(system=SYSTEM, task=TASK, step_back=STEP_BACK)
"""This stage's prompt; ``PROMPT.render(inp, rules, principles)``."""
