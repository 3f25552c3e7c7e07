"""The site of a penetrating (stab or gunshot) wound of the trunk, as notes word it.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText
status). ICD-10-CM codes an open wound of the trunk by its site (S21 thorax, S31.1
abdominal wall, flank included; S31.0 lower back and pelvis; S11 the neck: Official
Guidelines I.C.19.b), and ATLS 10th ed. (ch. 4-5) and EAST (Como JJ et al. J Trauma
2010;68:721) evaluate a penetrating torso wound by where it is: "stabbed once in the
left upper quadrant", "a stab wound to the right chest", "gunshot wound of the
flank". A limb's wound is ``_wound_site``'s.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["PENETRATING_SITES", "penetrating_site_spans"]

PENETRATING_SITES: Final[dict[str, str]] = {
    # trauma53: the neck (ICD-10-CM S11; ATLS 10th ed.; WTA 2013): before the back, so
    # "the back of the neck" is the neck's
    "penetrating_neck": (
        r"(?:side|front|back|base) of (?:the |his |her |their )?neck|neck|throat"
        r"|carotid|platysma|supraclavicular"
    ),
    "penetrating_lower_back": r"lower back|low back|lumbar|loin",
    "penetrating_thorax": (
        r"chest|thora\w*|intercostal|precordi\w*|stern\w*|parastern\w*|axilla\w*"
        r"|nipple|upper back|back|scapul\w*|shoulder blades?"
    ),
    "penetrating_abdomen": (
        r"abdom\w*|belly|stomach|umbilic\w*|epigastri\w*|hypochondri\w*|iliac fossa"
        r"|flank|(?:left|right) (?:upper|lower) quadrant|[rl][ul]q"
    ),
}
"""Site concept -> its words (first match wins: the lower back is S31.0's, the back
otherwise the thorax's back wall, S21.2: ICD-10-CM index 'wound, open, back')."""

_SITE: Final = "|".join(f"(?P<{k}>{v})" for k, v in PENETRATING_SITES.items())
_PENETRATING: Final = (
    r"stabbed|stab wounds?|stab injur\w*|knife wounds?|knifed|impaled"
    r"|gunshot(?: wounds?)?|gsw|(?:was|been|got|is) shot"
    r"|penetrating (?:wound|injur\w*|trauma)"
)
"""A wound's words; 'stabbing' is a pain's character ("stabbing chest pain"), not a
wound, and is not read."""
_AFTER: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:{_PENETRATING}) (?:[\w'-]+ ){{0,8}}?(?:{_SITE})(?![a-z])"
    )
)
"""The wound, then its site within the clause: "stabbed once in the left upper
quadrant"."""
_BEFORE: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:{_SITE}) (?:[\w'-]+ ){{0,1}}(?:stab|gunshot|knife|"
        rf"penetrating) (?:wounds?|injur\w*)(?![a-z])"
    )
)
"""The site, then the wound: "chest stab wound", "flank gunshot wound"."""


def penetrating_site_spans(text: str) -> list[tuple[str, int, int]]:
    """(site concept, start, end) of each penetrating torso wound worded."""
    low = text.lower()
    if not any(
        w in low
        for w in (
            "stab",
            "knife",
            "knifed",
            "impaled",
            "gunshot",
            "gsw",
            "shot",
            "penetrating",
        )
    ):
        return []
    out: list[tuple[str, int, int]] = []
    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(text):
            out.append((str(m.lastgroup), m.start(), m.end()))
    return out
