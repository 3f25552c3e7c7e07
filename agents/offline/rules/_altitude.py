"""An altitude written as a number, high enough for acute altitude illness.

Acute mountain sickness, high-altitude cerebral oedema and high-altitude pulmonary
oedema follow an ascent above about 2,500 m, 8,200 ft (Luks AM et al. WMS 2019
update, Wilderness Environ Med 2019;30:S3; Roach RC et al. Lake Louise 2018). Notes
write the place's height as a number ("resort clinic at 2,900 m", "climbing to 4200
metres", "trekking at 14,000 ft"), not the words "high altitude" the lexicon knows.
trauma56: a skier breathless at rest with pink frothy sputum at a 2,900 m resort was
worked as a pneumonia with no descent. The height must follow a word that places the
patient there (at, to, above, reached, ascended, climbed), so a distance run or a
depth dived is not read; below the threshold it is no altitude. Private to
``agents.offline.rules.findings`` (the caller reads each span's ConText status).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["ALTITUDE_FT", "ALTITUDE_M", "HIGH_ALTITUDE", "altitude_spans"]

HIGH_ALTITUDE: Final = "high_altitude"
"""The finding: a stay above the altitude of altitude illness."""
ALTITUDE_M: Final = 2500
ALTITUDE_FT: Final = 8200
"""About 2,500 m (8,200 ft): where acute altitude illness begins (WMS 2019)."""

_HEIGHT: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:at|to|above|over|reached|reaching|ascended(?: to)?|"
        r"climbed(?: to)?|summit(?:ed)? (?:at|of)|altitude of|elevation of|height of)"
        r"\s+(?:an? (?:altitude|elevation) of\s+)?(?:about\s+|around\s+|nearly\s+)?"
        r"(?P<n>\d{1,2},\d{3}|\d{4,5})\s*(?P<u>m|metres|meters|ft|feet)(?![A-Za-z])"
    )
)


def altitude_spans(text: str) -> list[tuple[str, int, int]]:
    """``(high_altitude, start, end)`` of each height at or above the threshold."""
    out: list[tuple[str, int, int]] = []
    for m in _HEIGHT.finditer(text):
        height = int(m.group("n").replace(",", ""))
        feet = m.group("u").lower() in ("ft", "feet")
        if height >= (ALTITUDE_FT if feet else ALTITUDE_M):
            out.append((HIGH_ALTITUDE, *m.span()))
    return out
