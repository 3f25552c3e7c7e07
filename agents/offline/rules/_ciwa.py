"""A stated CIWA-Ar score and the alcohol withdrawal severity it grades (private).

ASAM Clinical Practice Guideline on Alcohol Withdrawal Management 2020 (J Addict Med
2020;14 suppl 1): CIWA-Ar below 10 is mild withdrawal, 10-18 moderate, 19 or more
severe; a seizure, hallucinations or delirium make the withdrawal complicated
whatever the score. At triage (ESI v4 handbook ch.4, "would you give your last open
bed?"), severe or complicated withdrawal is a high-risk situation; a stated mild score
with none of those features is not, however the tremor is worded (ASAM 2020:
ambulatory management may suit mild withdrawal).
"""

from __future__ import annotations

import re
from typing import Final

MILD_BELOW: Final = 10
SEVERE_FROM: Final = 19

_SCORE: Final = re.compile(
    r"(?i)(?<![a-z])ciwa(?:[- ]?ar)?(?: score)?(?: (?:is|was|of|=))?[ :=]*"
    r"(?P<n>\d{1,2})(?![0-9/])"
)
"""A CIWA-Ar score as written ("CIWA-Ar 22", "CIWA score of 8", "CIWA: 14")."""
_COMPLICATED: Final = re.compile(
    r"(?i)(?<![a-z])(?:seiz\w*|convuls\w*|fits?|hallucinat\w*|seeing (?:things|bugs"
    r"|spiders|insects|people)|hearing things|(?:bugs|spiders|insects) (?:on|crawling)"
    r"|deliri\w*|dts|confus\w*|disorient\w*|agitat\w*)(?![a-z])"
)
"""Features of complicated or severe withdrawal (ASAM 2020)."""


def stated_ciwa(text: str) -> int | None:
    """The first CIWA-Ar score the text states (0-67), if any."""
    m = _SCORE.search(text)
    if m is None:
        return None
    n = int(m.group("n"))
    return n if n <= 67 else None


def severe_withdrawal(text: str) -> str | None:
    """A reason when the text states a CIWA-Ar of ``SEVERE_FROM`` or more."""
    n = stated_ciwa(text)
    if n is None or n < SEVERE_FROM:
        return None
    return (
        f"severe alcohol withdrawal (CIWA-Ar {n} >= {SEVERE_FROM}; ASAM 2020 alcohol"
        " withdrawal management: risk of seizures and delirium)"
    )


def mild_withdrawal(text: str) -> bool:
    """Whether the text states a mild CIWA-Ar score with no complicating feature."""
    n = stated_ciwa(text)
    return n is not None and n < MILD_BELOW and not _COMPLICATED.search(text)
