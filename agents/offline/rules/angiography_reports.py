"""Coronary angiography of this visit stated in words: unobstructed coronary arteries.

Research software, not for clinical use. ``unobstructed_coronaries``: an angiogram
showing no obstructed (culprit) coronary artery, read only when stated present and
not dated before the visit ("angiogram in 2016: unobstructed coronary arteries" is a
history, which excludes no occlusion today). With ST elevation it turns the working
diagnosis from an occlusion MI to its mimics (Byrne RA et al. ESC 2023 ACS, section
11: MINOCA; Ghadri JR et al. InterTAK diagnostic criteria of Takotsubo syndrome, Eur
Heart J 2018;39:2032).
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.findings import Finding, context_status, dated_past
from agents.offline.rules.sentence import sentence_start
from cases.rx import guarded

__all__ = ["angiography_findings"]

_UNOBSTRUCTED: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?:unobstructed|non-?obstruct(?:ed|ive))\s+"
        r"coronar(?:y|ies)(?:\s+arter(?:y|ies))?|angiographically\s+normal\s+"
        r"coronar(?:y|ies)(?:\s+arter(?:y|ies))?|smooth\s+coronary\s+arteries)"
        r"(?![A-Za-z0-9])"
    )
)
_EARLIER_STUDY: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:(?:19|20)\d\d|previous|prior|old|earlier|last year"
    r"|(?:\d+|a|one|two|three|several|a few) (?:months?|years?) ago)(?![A-Za-z0-9])"
)
"""The study dated before the visit in its own sentence ("Angiogram in 2016:", "a
previous angiogram showed ...")."""


def _earlier(text: str, start: int) -> bool:
    opened = sentence_start(text, start, ".\n")
    return _EARLIER_STUDY.search(text, opened, start) is not None


def angiography_findings(text: str | None) -> tuple[Finding, ...]:
    """The current visit's unobstructed coronary arteries in ``text``, if stated."""
    if not text or "coronar" not in text.lower():
        return ()
    for m in _UNOBSTRUCTED.finditer(text):
        if context_status(text, m.start(), m.end()) != "present":
            continue
        if dated_past(text, m.start(), m.end()) or _earlier(text, m.start()):
            continue
        return (
            Finding(
                concept="unobstructed_coronaries",
                status="present",
                text=m.group(0),
                start=m.start(),
                end=m.end(),
            ),
        )
    return ()
