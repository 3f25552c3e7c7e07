"""Prompt for the triage stage (LLM backend), in the site's triage scale.

ESI sites get the ESI prompt. KTAS and CTAS sites (``Case.triage_scale``) get the same
five acuity words defined by their own scale, so the model grades the level the site
scores: CTAS (Bullard MJ et al. CJEM 2017;19:S18) and KTAS, its Korean adaptation
(Korean Society of Emergency Medicine 2012), grade by complaint and first-order
modifiers (vital signs, consciousness, respiratory distress, pain, mechanism,
bleeding), not by expected resources as ESI does.
"""

from __future__ import annotations

from typing import Final

from agents.llm.prompts.common import DATA_GUARD, StagePrompt
from cases.labels import TriageScale

__all__ = ["PROMPT", "PROMPTS", "STEP_BACK", "SYSTEM", "TASK"]

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
"""The ESI prompt; ``PROMPT.render(inp, rules, principles)``."""

_SCALE_NAMES: Final[dict[TriageScale, str]] = {
    "KTAS": "Korean Triage and Acuity Scale (KTAS)",
    "CTAS": "Canadian Triage and Acuity Scale (CTAS)",
}


def _site_prompt(scale: TriageScale, level2_minutes: int) -> StagePrompt:
    """The prompt for a CTAS-family scale (levels by complaint and modifiers)."""
    name = _SCALE_NAMES[scale]
    return StagePrompt(
        system=(
            "You are an experienced emergency-department triage nurse assigning a"
            f" {name} level. Research use only, not clinical care.\n" + DATA_GUARD
        ),
        task=(
            f"Assign the {scale} level from the presenting complaint and its "
            "modifiers (vital signs, level of consciousness, respiratory distress, "
            "pain severity, mechanism of injury, bleeding), answering with its "
            f"acuity word: Immediate ({scale} 1, resuscitation: life-saving "
            f"intervention now), Emergent ({scale} 2, emergency: physician within "
            f"{level2_minutes} minutes), Urgent ({scale} 3, within 30 minutes), "
            f"Less Urgent ({scale} 4, within 60 minutes), Non-Urgent ({scale} 5, "
            "within 120 minutes). List red flags."
        ),
        step_back=(
            f"Describe the {name} criteria for each of its five levels: the "
            "first-order modifiers (vital signs, consciousness, respiratory "
            "distress, pain, mechanism, bleeding) and complaint-specific "
            "modifiers. Be concise."
        ),
    )


PROMPTS: Final[dict[TriageScale, StagePrompt]] = {
    "ESI": PROMPT,
    "KTAS": _site_prompt("KTAS", 10),
    "CTAS": _site_prompt("CTAS", 15),
}
"""The triage prompt in each site scale; the answer's acuity word names its level."""
