"""A burn's stated extent (%TBSA) and its ICD-10-CM band: one source for every reader.

ICD-10-CM T31 classifies burns by the extent of body surface involved: its fourth
character is the band of total burnt surface in tens (T31.0 under 10 %, T31.1- 10-19 %,
... T31.9- 90 % or more), its fifth the band of third-degree surface (0: 0-9 %);
Official Guidelines I.C.19.d.6 code T31 from the documented extent. The burns pathway
(``agents.pathways_surgical``: fluids, referral) reads the same stated percentage
(``TBSA``), so fluids and code cannot disagree. A stated third-degree (full-thickness)
extent ("of which 25% full thickness") selects the fifth character (``THIRD_DEGREE``:
``burn_third_degree_20`` -> T31.42 beside a 45 % total; ICD-10-CM counts full-thickness
burns as third degree). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = [
    "TBSA",
    "THIRD_DEGREE",
    "burn_band_concept",
    "burn_band_spans",
    "stated_tbsa",
    "tbsa_percent",
]

TBSA: Final = re.compile(
    r"(?i)(\d{1,2}(?:\.\d)?)\s*%\s*(?:[a-z-]+\s+){0,3}?(?:of\s+)?(?:tbsa|total body "
    r"surface|body surface|bsa\b)"
    r"|(\d{1,2}(?:\.\d)?)\s*%\s*of\s+(?:his|her|their|the)\s+(?:body|skin)\b"
    r"|(?:tbsa|total body surface area|body surface area)\W{1,12}(?:of\s+)?"
    r"(?:estimated\s+|about\s+|approximately\s+)?(\d{1,2}(?:\.\d)?)\s*%"
    r"|\bburn(?:s|ed)?\s+(?:over|covering|of|involving)\s+(?:about\s+|approximately"
    r"\s+|roughly\s+|an estimated\s+)?(\d{1,2}(?:\.\d)?)\s*%"
    # triage39: the percentage worded before the injury ("a 25% burn", "12 % scald",
    # "15% partial-thickness burns"): the extent as the ABA and ATLS word it
    r"|(\d{1,2}(?:\.\d)?)\s*%\s*(?:(?:superficial|partial|deep|full|mixed)"
    r"(?:[- ]thickness)?\s+|(?:first|second|third|1st|2nd|3rd)[- ]degree\s+"
    r"|flame\s+|scald\s+|thermal\s+|contact\s+)?(?:burns?|scalds?)\b"
)
"""A stated percentage of total body surface ("36% TBSA", "30 % partial thickness
TBSA", "TBSA about 30 %", "25% of his body", "burns over 40 %", "a 25% burn"): the
one reader of the extent for the code, the burns pathway and triage (``_esi_lsi``,
trauma32)."""


def tbsa_percent(match: re.Match[str]) -> float:
    """The percentage of one ``TBSA`` match."""
    return float(next(g for g in match.groups() if g))


def stated_tbsa(text: str) -> float | None:
    """The largest %TBSA stated in a text, if any."""
    return max((tbsa_percent(m) for m in TBSA.finditer(text)), default=None)


_DEEPEST: Final = r"(?:full[- ]thickness|third[- ]degree|3rd[- ]degree)"
THIRD_DEGREE: Final = re.compile(
    rf"(?i)(\d{{1,2}}(?:\.\d)?)\s*%\s*(?:(?:of\s+)?(?:tbsa|total body surface(?: "
    rf"area)?|body surface(?: area)?|bsa\b)\s*)?(?:(?:is|are|was|were)\s+)?{_DEEPEST}"
    rf"|{_DEEPEST}(?:\s+burns?)?\W{{1,12}}(?:of\s+)?(?:estimated\s+|about\s+|"
    r"approximately\s+)?(\d{1,2}(?:\.\d)?)\s*%"
)
"""A stated full-thickness (third-degree) percentage ("of which 25% full thickness",
"full-thickness 10 %"); deep partial thickness is second degree and not read."""


def burn_band_concept(percent: float) -> str:
    """The finding concept of a %TBSA's ICD-10-CM T31 band ("burn_tbsa_30")."""
    return f"burn_tbsa_{min(int(percent // 10), 9) * 10}"


def burn_band_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each stated extent of a text as (band concept, start, end).

    The %TBSA bands first, then each stated third-degree extent of 10 % or more
    ("burn_third_degree_20"; under 10 % is the fifth character 0, the default).
    """
    for m in TBSA.finditer(text):
        yield burn_band_concept(tbsa_percent(m)), m.start(), m.end()
    for m in THIRD_DEGREE.finditer(text):
        band = min(int(float(m.group(1) or m.group(2)) // 10), 9) * 10
        if band:
            yield f"burn_third_degree_{band}", m.start(), m.end()
