"""An infarct's pain more than 48 hours ago, the patient now pain free and stable.

Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720) 5.2.2 (Figure 6 and the
recommendation table on late presenters): primary PCI is indicated within 12 h of
onset, and considered up to 48 h; beyond 48 h after the onset, in a patient without
ongoing symptoms, haemodynamic instability, heart failure or life-threatening
arrhythmia, routine PCI of an occluded infarct-related artery is not recommended
(class III, OAT trial: Hochman JS et al. NEJM 2006;355:2395), and no fibrinolysis is
given. The note says it in words ("severe central chest pain 3 days ago ... now pain
free"); this reader finds them for the finding ``reperfusion_window_passed``: the
pain dated three or more days (or more than 48 hours) ago in one text with a
statement that it is over now, and no sign of instability written there. Research
software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.number_words import number_value

__all__ = ["LATE_INFARCT_CUES", "reperfusion_window_passed_spans"]

LATE_INFARCT_CUES: Final = (
    "pain free",
    "pain-free",
    "pain now",
    "asymptomatic",
    "resolved",
    "settled",
)
"""Cheap words without which nothing is read (the hot path)."""

_PAIN: Final = (
    r"(?:chest|central|retrosternal|substernal)\W+(?:\w+\W+){0,3}?(?:pain|tightness|"
    r"pressure|discomfort|heaviness)|heart attack|myocardial infarction"
)
_AGO: Final = (
    r"(?:(?P<n>\d{1,2}|three|four|five|six|seven|eight|nine|ten|several) days?|"
    r"(?P<h>\d{2,3}) ?(?:hours?|hrs?|h)|(?:a|one|1|two|2) weeks?) ago|last week"
)
_PAIN_AGO: Final = (
    re.compile(rf"\b(?:{_PAIN})\b[^.;]{{0,60}}?\b(?:{_AGO})\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_AGO})\b[^.;]{{0,40}}?\b(?:{_PAIN})\b", re.IGNORECASE),
)
_NOW_FREE: Final = re.compile(
    r"\b(?:now|currently) (?:pain[- ]free|asymptomatic|symptom[- ]free|free of pain)|"
    r"\bpain[- ]free (?:now|since|at rest)|\bno (?:chest )?pain now\b|"
    r"\b(?:pain|symptoms?) (?:has |have )?(?:now )?(?:resolved|settled)\b",
    re.IGNORECASE,
)
_UNSTABLE: Final = re.compile(
    r"\b(?:cardiogenic shock|shocked|pulmonary o?edema|ongoing (?:chest )?pain|"
    r"still (?:has |having |in )?(?:chest )?pain|recurrent (?:chest )?pain|"
    r"ventricular tachycardia|ventricular fibrillation|\bvt\b|\bvf\b|hypotensi\w*|"
    r"(?:pan|holo)?systolic murmur|crackles to (?:the )?mid|cold(?: and)? clammy)",
    re.IGNORECASE,
)
_DENIED: Final = re.compile(
    r"\b(?:no|not|without|denies|nil)\b(?:\W+\w+){0,3}\W*$", re.IGNORECASE
)


def _late(m: re.Match[str]) -> bool:
    """Whether the stated time is beyond 48 h ("3 days ago", "60 hours ago")."""
    if m.group("h"):
        return int(m.group("h")) > 48
    n = m.group("n")
    if n is None:  # weeks ago, last week
        return True
    return number_value(n) >= 3


def _unstable(text: str) -> bool:
    return any(
        not _DENIED.search(text[max(0, m.start() - 40) : m.start()])
        for m in _UNSTABLE.finditer(text)
    )


def reperfusion_window_passed_spans(text: str) -> list[tuple[int, int]]:
    """Spans dating an infarct's pain beyond 48 h in a text saying it is over now."""
    if not _NOW_FREE.search(text) or _unstable(text):
        return []
    return [m.span() for rx in _PAIN_AGO for m in rx.finditer(text) if _late(m)]
