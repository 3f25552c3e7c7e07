"""A burn's stated extent (%TBSA) and its ICD-10-CM band: one source for every reader.

ICD-10-CM T31 classifies burns by the extent of body surface involved: its fourth
character is the band of total burnt surface in tens (T31.0 under 10 %, T31.1- 10-19 %,
... T31.9- 90 % or more), its fifth the band of third-degree surface (0: 0-9 %);
Official Guidelines I.C.19.d.6 code T31 from the documented extent. The burns pathway
(``agents.pathways_surgical``: fluids, referral) reads the same stated percentage
(``TBSA``), so fluids and code cannot disagree. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["TBSA", "burn_band_concept", "burn_band_spans"]

TBSA: Final = re.compile(
    r"(?i)(\d{1,2}(?:\.\d)?)\s*%\s*(?:of\s+)?(?:tbsa|total body surface|body surface|"
    r"bsa\b)|(?:tbsa|total body surface area|body surface area)\W{1,12}(?:of\s+)?"
    r"(?:estimated\s+|about\s+|approximately\s+)?(\d{1,2}(?:\.\d)?)\s*%"
)
"""A stated percentage of total body surface ("36% TBSA", "TBSA about 30 %")."""


def burn_band_concept(percent: float) -> str:
    """The finding concept of a %TBSA's ICD-10-CM T31 band ("burn_tbsa_30")."""
    return f"burn_tbsa_{min(int(percent // 10), 9) * 10}"


def burn_band_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each stated %TBSA of a text as (band concept, start, end)."""
    for m in TBSA.finditer(text):
        yield burn_band_concept(float(m.group(1) or m.group(2))), m.start(), m.end()
