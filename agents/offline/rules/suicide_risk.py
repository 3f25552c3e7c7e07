"""Suicidal ideation without a plan or an act: the non-acute positive screen.

The NIMH ASQ adult ED pathway (Horowitz LM et al., ASQ Suicide Risk Screening Toolkit,
2020) separates an acute positive screen (current thoughts of killing oneself, a plan,
an attempt: a STAT mental health evaluation with 1:1 safety precautions) from a
non-acute positive one (thoughts of being better off dead, no current plan or intent:
a brief suicide safety assessment before leaving, no 1:1 order). NICE NG225 (2022,
1.5.6-1.5.7, 1.6) asks for a psychosocial assessment of needs and a safety plan, and
no risk scale to decide who is admitted or discharged; most people assessed go home
with follow-up. ``suicidal_ideation_non_acute`` is ideation documented with its plan
denied, and no self-harm act, psychosis, agitation, intoxication or homicidal
ideation beside it. Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

__all__ = ["ACUTE_BESIDE_IDEATION", "NON_ACUTE_IDEATION", "non_acute_ideation"]

NON_ACUTE_IDEATION: Final = "suicidal_ideation_non_acute"
ACUTE_BESIDE_IDEATION: Final = frozenset(
    {
        "overdose", "intentional_ingestion", "acetaminophen_ingestion", "laceration",
        "hallucinations", "delusions", "agitation", "intoxication",
        "homicidal_ideation", "altered_mental_status", "confusion",
    }
)  # fmt: skip
"""Beside ideation, each makes the screen acute or the patient not (yet) assessable:
an act of self-harm, psychosis, agitation, intoxication, a threat to others, an
altered mind (ASQ pathway; NICE NG225 1.3, 1.5; NICE NG10)."""


def non_acute_ideation(present: Set[str]) -> bool:
    """Whether the present concepts are ideation without a plan, act or acute sign."""
    return (
        "suicidal_ideation" in present
        and "suicide_plan_denied" in present
        and not present & ACUTE_BESIDE_IDEATION
    )
