"""C-reactive protein values as ED notes write them, in mg/dL, and text matches.

Research software, not for clinical use. One reader for the pathways that weigh a CRP
(Kocher-Caird septic arthritis, incomplete Kawasaki disease): "CRP 45 mg/L" is 4.5
mg/dL, "CRP 3.2 mg/dL" is 3.2; a bare value above 30 can only be mg/L; a bare value of
30 or less is left out (mg/L and mg/dL are both plausible).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["CRP", "crp_mg_dl", "matches_in"]

CRP: Final = re.compile(
    r"(?i)\b(?:crp|c-reactive protein)\W{0,4}(?:of |was |is )?(\d{1,3}(?:\.\d+)?)"
    r"\s*(mg/dl|mg/l)?"
)
"""A CRP value and its unit, if written."""
BARE_MG_L_ABOVE: Final = 30.0
"""A bare CRP above this is in mg/L (a CRP of 30 mg/dL is rare)."""


def matches_in(pattern: re.Pattern[str], texts: Sequence[str]) -> list[re.Match[str]]:
    """Every match of ``pattern`` in ``texts``, text by text."""
    return [m for t in texts for m in pattern.finditer(t)]


def crp_mg_dl(texts: Sequence[str]) -> list[float]:
    """The CRP values of ``texts`` in mg/dL (bare values of 30 or less left out)."""
    out: list[float] = []
    for m in matches_in(CRP, texts):
        value, unit = float(m.group(1)), (m.group(2) or "").lower()
        if unit == "mg/dl":
            out.append(value)
        elif unit == "mg/l" or value > BARE_MG_L_ABOVE:
            out.append(value / 10.0)
    return out
