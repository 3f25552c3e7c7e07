"""Swellings of the face, lips or tongue that keep coming back: recurrent angioedema.

Recurrent angioedema without urticaria is the presentation of hereditary (C1-inhibitor
deficiency) or another bradykinin angioedema, and C4 screens for it (Longhurst HJ et al.
UK consensus 2014, Clin Exp Immunol 2015;180:475; Maurer M et al. WAO/EAACI 2021,
Allergy 2022;77:1961). Notes name the sites between the recurrence and the swelling
("recurrent episodes of facial and lip swelling", "repeated tongue swelling"), which a
lexicon phrase does not reach. Only angioedema's sites count: a recurrent ankle
swelling is oedema. Private to ``agents.offline.rules.findings`` (the caller reads
each span's ConText status). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["RECURRENT_ANGIOEDEMA", "recurrent_swelling_spans"]

RECURRENT_ANGIOEDEMA: Final = "recurrent_angioedema"
"""The finding: angioedema that has come back before."""

_SITE: Final = (
    r"(?:facial|face|lips?|tongue|throat|eyelids?|periorbital|mouth|oral|hands?"
    r"|genital|laryngeal)"
)
_RECURRENT_SWELLING: Final = re.compile(
    r"(?i)(?<![a-z])(?:recurrent|repeated|recurring)\s+"
    r"(?:(?:episodes?|attacks?|bouts?)\s+of\s+)?"
    rf"{_SITE}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+){_SITE}){{0,3}}\s+swell\w*"
)


def recurrent_swelling_spans(text: str) -> list[tuple[str, int, int]]:
    """``(recurrent_angioedema, start, end)``: a named site's swelling that recurs."""
    if "swell" not in text.lower():
        return []
    return [
        (RECURRENT_ANGIOEDEMA, *m.span()) for m in _RECURRENT_SWELLING.finditer(text)
    ]
