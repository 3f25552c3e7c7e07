"""Prompt for the triage stage (LLM backend)."""

from __future__ import annotations

from agents.llm.prompts.common import DATA_GUARD, StagePrompt

__all__ = ["PROMPT", "STEP_BACK", "SYSTEM", "TASK"]

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

PROMPT = StagePrompt(system=SYSTEM, task=TASK, step_back=STEP_BACK)
"""This stage's prompt; ``PROMPT.render(inp, rules, principles)``."""
