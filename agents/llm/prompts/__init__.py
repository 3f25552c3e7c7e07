"""Prompts for the LLM backend: one module per stage, rendered into chat messages.

Each stage module holds ``SYSTEM``, ``TASK`` and ``STEP_BACK`` string constants and
their ``PROMPT`` (a ``StagePrompt`` with ``render``). Change ``PROMPT_VERSION`` on
purpose whenever a prompt or an LLM-facing field description changes.
"""

from __future__ import annotations

from agents.llm.prompts import assessment, diagnosis, disposition, treatment, triage
from agents.llm.prompts.common import StagePrompt
from agents.schemas import StageName
from cases.labels import TriageScale

__all__ = ["PROMPT_VERSION", "STAGE_PROMPTS", "stage_prompt"]

PROMPT_VERSION = "llm-2026.12-1"
"""Recorded in every LLM stage record; bump with any prompt change."""

STAGE_PROMPTS: dict[StageName, StagePrompt] = {
    "triage": triage.PROMPT,
    "assessment": assessment.PROMPT,
    "treatment": treatment.PROMPT,
    "disposition": disposition.PROMPT,
    "diagnosis": diagnosis.PROMPT,
}
"""The prompt of each stage."""


def stage_prompt(stage: StageName, scale: TriageScale = "ESI") -> StagePrompt:
    """The prompt of ``stage``; triage is asked in the site's scale."""
    return triage.PROMPTS[scale] if stage == "triage" else STAGE_PROMPTS[stage]
