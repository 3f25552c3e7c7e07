"""Maddrey's discriminant function of alcoholic hepatitis, from the note's numbers.

Research software, not for clinical use. DF = 4.6 x (prothrombin time - control
prothrombin time, seconds) + serum bilirubin (mg/dL); DF >= 32 is severe alcoholic
hepatitis, where prednisolone 40 mg a day for 28 days is considered once infection,
bleeding and kidney injury are excluded, and below 32 it is not given (Maddrey WC et
al. Gastroenterology 1978;75:193; EASL 2018 alcohol-related liver disease; Crabb DW
et al. AASLD 2019). The score is read only when the text states the prothrombin time
with its control and a bilirubin: no control is assumed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from agents.offline.rules.findings import Finding

__all__ = ["MADDREY_SEVERE", "maddrey", "maddrey_findings"]

MADDREY_SEVERE: Final = 32.0
"""Maddrey DF at or above which alcoholic hepatitis is severe (EASL 2018)."""
_PT: Final = re.compile(
    r"(?i)\b(?:prothrombin time|pt)\b\s*(?:of |is |was |=|:)?\s*(\d{1,3}(?:\.\d)?)\s*"
    r"(?:s|secs?|seconds)\b[^.;\n]{0,15}?\bcontrol\b\s*(?:of |is |=|:)?\s*"
    r"(\d{1,3}(?:\.\d)?)\s*(?:s|secs?|seconds)?"
)
"""'prothrombin time 24 seconds (control 12 seconds)', 'PT 19 s, control 12 s'."""


def maddrey(
    text: str, bilirubin_mg_dl: float | None
) -> tuple[float, re.Match[str]] | None:
    """The discriminant function and the prothrombin-time match, or None."""
    if bilirubin_mg_dl is None:
        return None
    m = _PT.search(text)
    if m is None:
        return None
    return 4.6 * (float(m.group(1)) - float(m.group(2))) + bilirubin_mg_dl, m


def maddrey_findings(
    text: str | None, bilirubin: Callable[[], float | None]
) -> tuple[Finding, ...]:
    """``maddrey_severe`` (DF >= 32) or ``maddrey_not_severe``, when computable."""
    if not text or _PT.search(text) is None:
        return ()
    scored = maddrey(text, bilirubin())
    if scored is None:
        return ()
    df, m = scored
    concept = "maddrey_severe" if df >= MADDREY_SEVERE else "maddrey_not_severe"
    return (
        Finding(
            concept=concept,
            status="present",
            text=m.group(0),
            start=m.start(),
            end=m.end(),
        ),
    )
