"""A fingertip or finger cut off, in the words people use.

BSSH Hand Trauma Standards 2021 and BSSH/BAPRAS: a traumatic amputation of a
fingertip or finger ("sliced the tip off his index finger", "tip of her thumb cut off
in a door", "amputated fingertip") is seen by the hand surgeon the same day, who
decides replantation, a terminalisation or healing by secondary intention; the
amputated part is kept wrapped in saline-moistened gauze in a sealed bag on ice (never
in direct contact with ice); the wound is dressed, x-rayed, and tetanus and
antibiotics are given for an exposed bone (Sebastin SJ, Chung KC. Plast Reconstr
Surg 2011;128:723; BOAST 4 2017). Used by ``agents.offline.rules.findings`` (each
span given its ConText status). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["DIGIT_AMPUTATION", "digit_amputation_spans"]

DIGIT_AMPUTATION: Final = "digit_amputation"
"""The knowledge base's concept of a traumatic fingertip or finger amputation."""

_DIGIT: Final = (
    r"(?:(?:left|right)\s+)?(?:(?:index|middle|ring|little|small|long|fifth|fourth|"
    r"third|second|first)\s+)?(?:finger|thumb|fingertip|finger\s*tip|digit)s?"
)
_WHOSE: Final = r"(?:(?:his|her|their|the|my|a|one)\s+)?"
_CUT: Final = (
    r"(?:sliced|cut|chopped|severed|sheared|taken|took|lost|amputated|guillotined"
    r"|ripped|torn|tore)"
)
_PART: Final = r"(?:tip|end|top|pulp)"

AMPUTATION_WORDS: Final = guarded(
    re.compile(
        # "sliced the tip off his left index finger", "cut the end of her thumb off"
        rf"(?i)(?<![a-z]){_CUT}\s+(?:off\s+)?(?:the\s+)?{_PART}\s+(?:off\s+|of\s+)"
        rf"{_WHOSE}{_DIGIT}(?:\s+off)?(?![a-z])"
        # "the tip of his finger was cut off", "tip of the thumb sliced off"
        rf"|(?<![a-z]){_PART}\s+of\s+{_WHOSE}{_DIGIT}\s+(?:was\s+|has\s+been\s+|"
        rf"got\s+|is\s+)?(?:{_CUT})\s+off(?![a-z])"
        # "fingertip amputation", "amputated fingertip", "traumatic amputation of
        # the left index finger", "amputation of the tip of the thumb"
        rf"|(?<![a-z])(?:finger\s*tip|thumb\s*tip|finger|thumb|digit(?:al)?)\s+"
        rf"(?:tip\s+)?amputation(?![a-z])"
        rf"|(?<![a-z])amputated\s+(?:{_WHOSE}){_DIGIT}(?![a-z])"
        rf"|(?<![a-z])amputation\s+(?:of\s+)?{_WHOSE}(?:{_PART}\s+of\s+{_WHOSE})?"
        rf"{_DIGIT}(?![a-z])"
    )
)
"""A fingertip or finger cut off: the cut, its part, and the digit."""

_CUE: Final = re.compile(r"(?i)finger|thumb|digit")


def digit_amputation_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of each fingertip or finger cut off."""
    if _CUE.search(text) is None:
        return []
    return [(DIGIT_AMPUTATION, *m.span()) for m in AMPUTATION_WORDS.finditer(text)]
