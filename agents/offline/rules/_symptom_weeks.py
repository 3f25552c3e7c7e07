"""A symptom whose course is weeks or months: one reader for every such course.

Private to ``agents.offline.rules.findings``. ConText dates a condition as historical
when it began more than 14 days before the visit (Harkema H et al. J Biomed Inform
2009;42:839); the symptom itself stays present (a headache of weeks is still there
today), and its course is what a differential reads. The ways clinicians write a
course: "a 6-week history of difficulty swallowing", "three weeks of worsening
headaches", "headaches on and off for 3 weeks", "cough 3/52" (UK shorthand: 3/52 is 3
weeks, 4/12 four months).

readers55: the one shape of readers52's headache and readers53's dysphagia readers
(``_headache_weeks``, ``_dysphagia_weeks`` build on it), and one more course: a cough
of three weeks or more (NICE NG33 2016 1.3: pulmonary TB; Irwin RS et al. CHEST 2018
cough). A chest pain's course is cardio55's ``_angina_pattern``.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = [
    "CHRONIC_COUGH",
    "SPAN_WEEKS",
    "chronic_cough_span",
    "over_weeks",
    "over_weeks_span",
]

_MANY: Final = (
    r"(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|a few|few|many)"
)
SPAN_WEEKS: Final = (
    rf"(?:{_MANY}\s*[- ]?\s*(?:weeks?|wks?|months?|mo|years?|yrs?)|\d+\s*/\s*52"
    r"|(?:a|one|1|\d+)\s*[- ]?\s*(?:months?|years?|yrs?)|a fortnight|two weeks)"
)
"""Two weeks or more: "3 weeks", "two-week", "a month", "several months", "3/52" (UK
shorthand for weeks; "4/12" for months only as ``over_weeks``' shorthand, "since 3/12"
being a date too)."""
_THREE_PLUS: Final = (
    r"(?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|many)"
)
SPAN_THREE_WEEKS: Final = (
    rf"(?:{_THREE_PLUS}\s*[- ]?\s*(?:weeks?|wks?)|(?:[3-9]|[1-9]\d)\s*/\s*52"
    rf"|(?:{_MANY}|a|one|1|\d+)\s*[- ]?\s*(?:months?|mo|years?|yrs?))"
)
"""Three weeks or more (NICE NG33: a cough of more than 3 weeks)."""


def over_weeks(
    symptom: str,
    span: str = SPAN_WEEKS,
    *,
    between: int = 3,
    after_words: int | None = None,
    loose: str = "",
    past: str = "fortnight|month|year",
    shorthand: str = r"(?:x\s*|for\s+)?\d+\s*/\s*52|(?:x\s*|for\s+)\d+\s*/\s*12",
) -> re.Pattern[str]:
    """The one pattern of a ``symptom`` (regex source) whose course is ``span``.

    Named groups ``s1``-``s5`` hold the symptom's words: "a 6-week history of
    <symptom>", "<span> of <symptom>", "<symptom> ... for / over / x / since (the
    past) <span>" (``loose`` adds words such as "weeks" that count only there),
    "<symptom> ... for the past <past>" and the shorthand "<symptom> 3/52" ("x 4/12":
    the months' shorthand only after "x" or "for").
    """
    after = rf"(?:{span}|{loose})" if loose else span
    words = between + 2 if after_words is None else after_words
    return guarded(
        re.compile(
            rf"(?i)(?<![A-Za-z0-9])(?:an?\s+)?{span}'?s?\s+(?:history|hx)\s+of\s+"
            rf"(?:[a-z-]+\s+){{0,{between}}}?(?P<s1>{symptom})(?![A-Za-z])"
            rf"|(?<![A-Za-z0-9]){span}\s+of\s+(?:[a-z-]+\s+){{0,{between}}}?"
            rf"(?P<s2>{symptom})(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?P<s3>{symptom})(?:\s+[a-z,-]+){{0,{words}}}?\s+"
            r"(?:for|over|x|since)\s*(?:(?:the|about|around|almost|nearly|over"
            r"|more than|some)\s+)?(?:(?:past|last|few)\s+)?"
            rf"{after}(?![A-Za-z0-9])"
            rf"|(?<![A-Za-z])(?P<s4>{symptom})(?:\s+[a-z,-]+){{0,{words}}}?\s+"
            rf"(?:for|over)\s+(?:the\s+)?(?:past|last)\s+(?:{past})(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?P<s5>{symptom})\s*[,:-]?\s*(?:{shorthand})(?!\d)"
        )
    )


def over_weeks_span(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """The span of the symptom's words ``pattern`` (``over_weeks``) finds, if any."""
    m = pattern.search(text)
    if m is None:
        return None
    return m.span(next(g for g in ("s1", "s2", "s3", "s4", "s5") if m.group(g)))


CHRONIC_COUGH: Final = "chronic_cough"
_COUGH_WEEKS: Final = over_weeks(
    r"(?:(?:dry|wet|productive|persistent|nocturnal|hacking)\s+)?cough(?:s|ing)?",
    SPAN_THREE_WEEKS,
    loose="weeks|months",
    past="month|year",
    shorthand=r"(?:x\s*|for\s+)?(?:[3-9]|[1-9]\d)\s*/\s*52|(?:x\s*|for\s+)\d+\s*/\s*12",
)


def chronic_cough_span(text: str) -> tuple[int, int] | None:
    """The cough's span when its course is three weeks or more ("cough 3/52")."""
    if "cough" not in text.lower():
        return None
    return over_weeks_span(_COUGH_WEEKS, text)
