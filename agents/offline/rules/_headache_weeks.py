"""A headache that has gone on, or come and gone, for two weeks or more.

Private to ``agents.offline.rules.findings``. ConText dates a condition as historical
when it began more than 14 days before the visit (Harkema H et al. J Biomed Inform
2009;42:839); a headache of weeks is not the sudden headache of a haemorrhage at the
onset of a deficit (Greenberg SM et al. AHA/ASA 2022 ICH: headache at onset), and
a headache of weeks with morning worsening or vomiting is its own red flag (NICE
CG150; raised intracranial pressure). The headache itself stays present (a chronic
headache is still there today); ``headache_over_weeks`` tells the differential its
course: "2-week history of headaches", "headaches on and off for 3 weeks",
"headache for a month", "three weeks of worsening headaches".
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["HEADACHE_OVER_WEEKS", "SPAN_WEEKS", "headache_over_weeks_span"]

HEADACHE_OVER_WEEKS: Final = "headache_over_weeks"

_HEADACHE: Final = r"(?:headaches?|head ?aches?|head pains?|migraines?)"
_MANY: Final = (
    r"(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|a few|few|many)"
)
SPAN_WEEKS: Final = (
    rf"(?:{_MANY}\s*[- ]?\s*(?:weeks?|wks?|months?|mo|years?|yrs?)|\d+\s*/\s*52"
    r"|(?:a|one|1|\d+)\s*[- ]?\s*(?:months?|years?|yrs?)|a fortnight|two weeks)"
)
_OVER_WEEKS: Final = guarded(
    re.compile(
        # "2-week history of headaches", "a 3-month history of intermittent headache"
        rf"(?i)(?<![A-Za-z0-9])(?:an?\s+)?{SPAN_WEEKS}'?s?\s+(?:history|hx)\s+of\s+"
        rf"(?:[a-z-]+\s+){{0,3}}?(?P<h1>{_HEADACHE})(?![A-Za-z])"
        # "three weeks of worsening headaches"
        rf"|(?<![A-Za-z0-9]){SPAN_WEEKS}\s+of\s+(?:[a-z-]+\s+){{0,3}}?"
        rf"(?P<h2>{_HEADACHE})(?![A-Za-z])"
        # "headaches on and off for 3 weeks", "headache for the past month",
        # "headaches since a month", "headache x 3/52"
        rf"|(?<![A-Za-z])(?P<h3>{_HEADACHE})(?:\s+[a-z,-]+){{0,5}}?\s+(?:for|over|x|since)"
        rf"\s*(?:(?:the|about|around|almost|nearly|over|more than)\s+)?"
        rf"(?:(?:past|last)\s+)?{SPAN_WEEKS}(?![A-Za-z0-9])"
        rf"|(?<![A-Za-z])(?P<h4>{_HEADACHE})(?:\s+[a-z,-]+){{0,5}}?\s+(?:for|over)"
        r"\s+(?:the\s+)?(?:past|last)\s+(?:fortnight|month|year)(?![A-Za-z])"
    )
)


def headache_over_weeks_span(text: str) -> tuple[int, int] | None:
    """The span of the headache word whose course is two weeks or more, if any."""
    low = text.lower()
    if "head" not in low and "migraine" not in low:
        return None
    m = _OVER_WEEKS.search(text)
    if m is None:
        return None
    group = next(g for g in ("h1", "h2", "h3", "h4") if m.group(g))
    return m.span(group)
