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

from typing import Final

from agents.offline.rules._symptom_weeks import SPAN_WEEKS, over_weeks, over_weeks_span

__all__ = ["HEADACHE_OVER_WEEKS", "SPAN_WEEKS", "headache_over_weeks_span"]

HEADACHE_OVER_WEEKS: Final = "headache_over_weeks"

# readers55: the shape is ``_symptom_weeks.over_weeks`` (one reader of every course)
_OVER_WEEKS: Final = over_weeks(
    r"(?:headaches?|head ?aches?|head pains?|migraines?)", SPAN_WEEKS, between=3
)


def headache_over_weeks_span(text: str) -> tuple[int, int] | None:
    """The span of the headache word whose course is two weeks or more, if any."""
    low = text.lower()
    if "head" not in low and "migraine" not in low:
        return None
    return over_weeks_span(_OVER_WEEKS, text)
