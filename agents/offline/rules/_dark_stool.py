"""Black stool that an iron or bismuth preparation explains: no melaena.

Melaena is black, tarry, sticky, offensive stool, the sign of an upper GI bleed
(Srygley FD et al. JAMA 2012;307:1072; Laine L et al. ACG 2021 UGIB; NICE CG141 2012
and Gralnek IM et al. ESGE 2021 act on "melaena"). Oral iron darkens the stool to a
green-black that stays formed (BNF ferrous sulfate: "faeces discoloured"), and bismuth
subsalicylate blackens stool and tongue harmlessly (US OTC label, 21 CFR 335); neither
stool is tarry or sticky. A black stool on one of them that the note describes as
formed, not tarry, not sticky or green-black is no melaena, unless a sign of bleeding
is beside it (blood vomited, melaena on the rectal examination, a haemoglobin fall, a
faint, a fast pulse or shock: NICE CG141's Glasgow-Blatchford inputs), or a mention
of the stool is itself tarry. Private to ``agents.offline.rules.findings`` (the span)
and ``agents.offline.rules.facts`` (the explanation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # findings.py imports this module for its spans
    from agents.offline.rules.findings import Finding

__all__ = [
    "DRUG_DARKENED_STOOL",
    "STOOL_DARKENING_AGENT",
    "STOOL_NOT_TARRY",
    "darkened_stool_spans",
    "explained_black_stool",
]

DRUG_DARKENED_STOOL: Final = "drug_darkened_stool"
"""The black stool explained: no melaena (a finding against an upper GI bleed)."""
STOOL_DARKENING_AGENT: Final = "stool_darkening_agent"
"""An iron or bismuth preparation taken."""
STOOL_NOT_TARRY: Final = "stool_not_tarry"
"""The stool described as formed, not tarry or sticky, or green-black."""

_AGENT: Final = re.compile(
    r"(?i)(?<![a-z])(?:ferrous (?:sulfate|sulphate|fumarate|gluconate)"
    r"|iron (?:tablets?|pills?|supplements?|sulfate|sulphate|replacement)|oral iron"
    r"|(?:on|started|starting|taking|takes|began) iron(?![a-z])"
    r"|bismuth(?: subsalicylate)?|pepto[- ]?bismol)"
)
"""An iron or bismuth preparation named (its status is read by the caller)."""

_NOT_TARRY: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?<!un)formed|not (?:tarry|sticky|offensive|foul)"
    r"|non[- ]?tarry|no (?:tarry|sticky|offensive|foul)"
    r"|(?:dark |greenish[- ]|green[- ])black|dark green)(?![a-z])"
)
"""The stool described as formed, not tarry or sticky, or green-black."""

_STOOL: Final = re.compile(r"(?i)stool|faeces|feces|bowel (?:motion|movement)|poo")
_NEAR: Final = 80
"""Characters either side of a description in which its stool word is sought."""

_TARRY: Final = re.compile(r"(?i)tarry|tar-like|like tar|sticky|melaena|melena|melan")
"""Wordings of a stool mention that are melaena's own."""

_BLEED_SIGNS: Final = frozenset(
    {
        "hematemesis",
        "melena_on_exam",
        "gi_bleeding",
        "hematochezia",
        "hemoglobin_fall",
        "hemoglobin_low_severe",
        "syncope",
        "presyncope",
        "tachycardia",
        "hypotension",
        "poor_perfusion",
    }
)
"""Signs beside which a black stool stays a bleed (Blatchford 2000; NICE CG141)."""


_TARRY_WORD: Final = re.compile(r"(?i)(?<![a-z])(?:tarry|sticky)(?![a-z])")
_NEGATED_BEFORE: Final = re.compile(r"(?i)(?:no|not|non)[ -]$")


def _called_tarry(text: str) -> bool:
    return any(
        not _NEGATED_BEFORE.search(text, max(0, m.start() - 6), m.start())
        for m in _TARRY_WORD.finditer(text)
    )


def darkened_stool_spans(text: str) -> list[tuple[str, int, int]]:
    """Spans of a preparation that darkens stool and of a non-tarry description.

    The description counts only near a stool word, and not in a text that calls a
    stool tarry or sticky ("black tarry stools": melaena on iron is still melaena).
    The caller reads each span's status (a negated "not on iron" is no agent).
    """
    out = [(STOOL_DARKENING_AGENT, *m.span()) for m in _AGENT.finditer(text)]
    if _called_tarry(text):
        return out
    for m in _NOT_TARRY.finditer(text):
        lo, hi = max(0, m.start() - _NEAR), m.end() + _NEAR
        if _STOOL.search(text, lo, hi):
            out.append((STOOL_NOT_TARRY, *m.span()))
            break
    return out


def explained_black_stool(findings: Iterable[Finding], present: set[str]) -> bool:
    """Whether an iron or bismuth preparation explains every melaena mention.

    Each present mention must be a plain black stool (no tarry or sticky word), and
    no bleeding sign may be beside it (``_BLEED_SIGNS``).
    """
    needed = {STOOL_DARKENING_AGENT, STOOL_NOT_TARRY}
    if not needed <= present or present & _BLEED_SIGNS:
        return False
    texts = [
        f.text for f in findings if f.concept == "melena" and f.status == "present"
    ]
    return bool(texts) and not any(_TARRY.search(t) for t in texts)
