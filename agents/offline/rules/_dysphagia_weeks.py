"""A difficulty swallowing that has gone on for weeks: a progressive dysphagia.

Private to ``agents.offline.rules.findings``. NICE NG12 (2015, updated 2023) 1.2.1
refers any dysphagia for urgent direct-access upper GI endoscopy (oesophageal or
gastric cancer); a swallowing difficulty of weeks or months is the progressive
dysphagia of an obstructing lesion, not the food bolus stuck since a meal (ASGE
2011; Allum WH et al. BSG 2011 oesophageal and gastric cancer). The words
clinicians write: "difficulty swallowing food for weeks", "dysphagia for 2 months",
"a 6-week history of difficulty swallowing", "three weeks of trouble swallowing
solids". readers53 (triage53's and medgi51's progressive dysphagia).
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._symptom_weeks import SPAN_WEEKS, over_weeks, over_weeks_span

__all__ = ["PROGRESSIVE_DYSPHAGIA", "dysphagia_over_weeks_span"]

PROGRESSIVE_DYSPHAGIA: Final = "progressive_dysphagia"

# readers55: the shape is ``_symptom_weeks.over_weeks`` (one reader of every course)
_OVER_WEEKS: Final = over_weeks(
    r"(?:(?:difficulty|difficulties|trouble|problems?|pain)\s+(?:with\s+|in\s+)?"
    r"swallowing(?:\s+(?:food|solids|solid food|meat|bread))?|dysphagia"
    r"(?:\s+to\s+solids)?|food\s+sticking)",
    SPAN_WEEKS,
    between=2,
    after_words=3,
    loose="weeks|months",
)


def dysphagia_over_weeks_span(text: str) -> tuple[int, int] | None:
    """The span of the swallowing words whose course is weeks or more, if any."""
    low = text.lower()
    if "swallow" not in low and "dysphagia" not in low and "sticking" not in low:
        return None
    return over_weeks_span(_OVER_WEEKS, text)
