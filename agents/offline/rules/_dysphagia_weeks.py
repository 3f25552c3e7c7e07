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

import re
from typing import Final

from agents.offline.rules._headache_weeks import SPAN_WEEKS
from cases.rx import guarded

__all__ = ["PROGRESSIVE_DYSPHAGIA", "dysphagia_over_weeks_span"]

PROGRESSIVE_DYSPHAGIA: Final = "progressive_dysphagia"

_SWALLOW: Final = (
    r"(?:(?:difficulty|difficulties|trouble|problems?|pain)\s+(?:with\s+|in\s+)?swallowing"
    r"(?:\s+(?:food|solids|solid food|meat|bread))?|dysphagia(?:\s+to\s+solids)?"
    r"|food\s+sticking)"
)
_SPAN: Final = rf"(?:{SPAN_WEEKS}|weeks|months)"
_OVER_WEEKS: Final = guarded(
    re.compile(
        # "a 6-week history of difficulty swallowing"
        rf"(?i)(?<![A-Za-z0-9])(?:an?\s+)?{SPAN_WEEKS}'?s?\s+(?:history|hx)\s+of\s+"
        rf"(?:[a-z-]+\s+){{0,2}}?(?P<s1>{_SWALLOW})(?![A-Za-z])"
        # "three weeks of trouble swallowing solids"
        rf"|(?<![A-Za-z0-9]){SPAN_WEEKS}\s+of\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"(?P<s2>{_SWALLOW})(?![A-Za-z])"
        # "difficulty swallowing food for weeks", "dysphagia over the last 2 months"
        rf"|(?<![A-Za-z])(?P<s3>{_SWALLOW})(?:\s+[a-z,-]+){{0,3}}?\s+(?:for|over|x|since)"
        r"\s*(?:(?:the|about|around|almost|nearly|over|more than|some)\s+)?"
        rf"(?:(?:past|last|few)\s+)?{_SPAN}(?![A-Za-z0-9])"
    )
)


def dysphagia_over_weeks_span(text: str) -> tuple[int, int] | None:
    """The span of the swallowing words whose course is weeks or more, if any."""
    low = text.lower()
    if "swallow" not in low and "dysphagia" not in low and "sticking" not in low:
        return None
    m = _OVER_WEEKS.search(text)
    if m is None:
        return None
    group = next(g for g in ("s1", "s2", "s3") if m.group(g))
    return m.span(group)
