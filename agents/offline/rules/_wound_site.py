"""The body site of an open wound, as clinicians write it.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText status).
ICD-10-CM codes an open wound by its site (chapter 19: S01 head, S41 upper arm, S51
elbow and forearm, S61 wrist, hand and fingers, S71 hip and thigh, S81 knee and lower
leg, S91 ankle and foot; Official Guidelines I.C.19.b: code the documented site), so a
laceration's (a cut's, a skin tear's, a degloving's) site is read from where the note
puts it: "4 cm laceration on the volar left forearm", "cut his left forearm on a
glass", "2 cm chin laceration", "laceration under the chin", "bitten on the left
calf". The site is the nearest one written with the wound word, after it within a few
words or just before it; a chief complaint that names only the wound ("LACERATION")
leaves the site to the note.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded, scan

__all__ = ["WOUND_SITES", "wound_site_spans"]

WOUND_SITES: Final[dict[str, str]] = {
    "wound_scalp": r"scalp",
    # lead55: ICD-10-CM's index sends an eyebrow wound to the eyelid and periocular
    # area (S01.1-), whose injuries are the globe's and the lid margin's
    "wound_eyelid": r"eyebrows?|eyelids?|periocular|periorbital",
    "wound_face": r"chin|forehead|face|facial|temple",
    "wound_cheek": r"cheeks?",
    "wound_lip": r"lips?",
    "wound_nose": r"nose|nasal bridge",
    "wound_upper_arm": r"upper arm|biceps|triceps",
    "wound_elbow": r"elbows?",
    "wound_forearm": r"forearms?",
    "wound_wrist": r"wrists?",
    "wound_finger": r"fingers?|thumbs?|fingertips?",
    "wound_hand": r"hands?|palms?|knuckles?",
    "wound_thigh": r"thighs?",
    "wound_knee": r"knees?",
    "wound_lower_leg": r"shins?|calf|calves|lower leg|pretibial|anterior tibia",
    "wound_ankle": r"ankles?",
    "wound_foot": r"foot|feet|soles?|heels?|instep",
}
"""Site concept -> its words (an open wound of that ICD-10-CM site block)."""

_SITE: Final = "|".join(f"(?P<{k}>{v})" for k, v in WOUND_SITES.items())
_WOUND: Final = (
    r"lacerat\w*|lac|cuts?|gash\w*|skin tears?|deglov\w*|avulsion|incised"
    r"|(?:stab|knife|puncture) wounds?"  # injury39: a stab wound of a limb is its wound
    # infect54: a bite is an open wound coded by its site ("bitten on the left calf":
    # ICD-10-CM S81.85- open bite of the lower leg)
    r"|bitten|bites?(?! (?:down|back|off|out)\b)"
)
_GAP: Final = r"(?:[\w'-]+ ){0,6}?"
"""Up to six words between the wound and its site, within the clause."""
_AFTER: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_WOUND})(?! (?:down|back|off|out)\b) {_GAP}"
        rf"(?:{_SITE})(?![A-Za-z])"
    )
)
"""The wound, then its site: "laceration on the volar left forearm"."""
_BEFORE: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_SITE}) (?:[\w-]+ ){{0,1}}(?:{_WOUND})(?![A-Za-z])"
    )
)
"""The site, then the wound: "forearm laceration", "chin skin tear"."""


def wound_site_spans(text: str) -> list[tuple[str, int, int]]:
    """Each open wound's site: (concept, start, end) of the wound-and-site span."""
    out: list[tuple[str, int, int]] = []
    for rx in (_BEFORE, _AFTER):
        for m in scan(rx, text):
            site = next(k for k in WOUND_SITES if m.group(k))
            out.append((site, m.start(), m.end()))
    return out
