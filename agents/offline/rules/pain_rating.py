"""A 0-10 pain rating written in the text: one pattern for triage and the findings.

Research software, not for clinical use. The nurse asks the patient to rate the pain
on a 0-10 scale (ESI v4 handbook ch. 4); a rating written in a narrative ("pain 9/10",
"rates it 8 out of 10") is that rating. A rating of 7-10 is severe pain (numeric
rating scale cut-points 5 and 7: Serlin RC et al. Pain 1995;61:277), the
``severe_pain`` finding the knowledge base weighs; the rating given now wins over an
earlier one ("9/10 last night, now 2/10").
"""

from __future__ import annotations

from typing import Final

from cases.rx import whole_letters

__all__ = [
    "NOW_CUE",
    "PAIN_SCALE_TOP",
    "PAIN_WORD",
    "RATING",
    "SEVERE_PAIN_NRS",
    "WORDED_RATING",
]

PAIN_WORD: Final = (
    r"(?:pain(?!less)\w*|ache\w*|hurts?|hurting|cramp\w*|discomfort|sore\w*)"
)
RATING: Final = (
    r"(?<!since )(?<!on )(?<!from )(?<![\d/])"
    r"(\d{1,2}) ?(?:/ ?10|out of 10|on a (?:0|zero) ?(?:to|-) ?(?:10|ten) scale)"
)
WORDED_RATING: Final = whole_letters(
    rf"{PAIN_WORD}[^.;!?\d]{{0,60}}?{RATING}"
    rf"|rat(?:es|ed|ing)\s+(?:\w+\s+){{0,3}}?(?:(?:as|at)\s+)?(?:a\s+)?{RATING}"
    rf"|{RATING}[^.;!?\d]{{0,20}}?{PAIN_WORD}"
    rf"|(?:now|currently) (?:\w+ ){{0,2}}{RATING}"
)
"""A pain rating in the text: "rates the pain as 9/10", "rates it 9/10", "flank pain
radiating to the groin, 9/10", "10 out of 10 pain"; not a date ("pain since 9/10")."""
NOW_CUE: Final = whole_letters(
    r"now|currently|at present|presently|at triage|on arrival"
)
"""The rating given now wins over an earlier one ("was 9/10 last night, now 2/10")."""
PAIN_SCALE_TOP: Final = 10.0
SEVERE_PAIN_NRS: Final = 7.0
"""A rating of 7 or more out of 10 is severe pain (Serlin 1995)."""
