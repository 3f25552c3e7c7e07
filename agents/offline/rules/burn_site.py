"""A burn's body site and depth, as clinicians write them: the code of a small burn.

ICD-10-CM codes a burn by its site and degree (T20-T25: T22 shoulder and upper limb,
T23 wrist and hand, T24 lower limb, T25 ankle and foot; fourth character the degree:
1 first, 2 second, 3 third; Official Guidelines I.C.19.d: code the documented site
and the highest degree at it) and by its extent only with T31. "Spilt boiling water
on her left forearm ... superficial partial thickness" is T22.219A (second degree,
forearm).
Superficial partial thickness and blisters are second degree; full thickness is third
(ABA ABLS 2018; ICD-10-CM counts full-thickness burns as third degree).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from cases.rx import guarded

__all__ = ["BURN_SITES", "burn_depth_spans", "burn_site_spans"]

BURN_SITES: Final[dict[str, str]] = {
    "burn_upper_arm": r"upper arm",
    "burn_elbow": r"elbows?",
    "burn_forearm": r"forearms?",
    "burn_wrist": r"wrists?",
    "burn_hand": r"hands?|palms?|back of (?:the |his |her )?hand",
    "burn_thigh": r"thighs?",
    "burn_knee": r"knees?",
    "burn_lower_leg": r"shins?|calf|calves|lower leg",
    "burn_ankle": r"ankles?",
    "burn_foot": r"foot|feet|soles?|dorsum of (?:the |his |her )?foot",
}
"""Site concept -> its words (a burn of that ICD-10-CM T22-T25 site)."""

_SITE: Final = "|".join(f"(?P<{k}>{v})" for k, v in BURN_SITES.items())
_BURN: Final = (
    r"burn(?:s|t|ed)?|scald(?:s|ed)?|spil(?:t|led) (?:boiling|hot) (?:water|oil|"
    r"tea|coffee|soup)|(?:boiling|hot) (?:water|oil|tea|coffee|soup)"
)
_GAP: Final = r"(?:[\w'-]+ ){0,5}?"
"""Up to five words between the burn and its site, within the clause."""
_AFTER: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{_BURN}) {_GAP}(?:{_SITE})(?![A-Za-z])")
)
"""The burn, then its site: "scald to forearm", "boiling water on her left forearm"."""
_BEFORE: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{_SITE}) (?:[\w-]+ ){{0,1}}(?:{_BURN})\b")
)
"""The site, then the burn: "forearm burn", "hand scald"."""
_DEPTHS: Final = (
    ("burn_third_degree", r"full[- ]thickness|third[- ]degree|3rd[- ]degree"),
    (
        "burn_second_degree",
        r"(?:superficial |deep |mid[- ]dermal )?partial[- ]thickness|second[- ]degree|"
        r"2nd[- ]degree|deep dermal|blister(?:s|ed|ing)?",
    ),
    (
        "burn_first_degree",
        r"first[- ]degree|1st[- ]degree|epidermal|superficial (?:burns?|scalds?)|"
        r"erythema only",
    ),
)
_DEPTH_RX: Final = tuple(
    (c, guarded(re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{rx})(?![A-Za-z])")))
    for c, rx in _DEPTHS
)
_CUE: Final = re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{_BURN})(?![A-Za-z])")
"""A burn named in the text (not "burning pain", not "heartburn")."""


def burn_site_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each burn's site: (concept, start, end) of the burn-and-site span."""
    if not _CUE.search(text):
        return
    for rx in (_BEFORE, _AFTER):
        for m in rx.finditer(text):
            site = next(k for k in BURN_SITES if m.group(k))
            yield site, m.start(), m.end()


def burn_depth_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each burn depth written in a text about a burn: (degree concept, start, end)."""
    if not _CUE.search(text):
        return
    for concept, rx in _DEPTH_RX:
        for m in rx.finditer(text):
            yield concept, m.start(), m.end()
