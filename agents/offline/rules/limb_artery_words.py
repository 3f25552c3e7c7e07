"""A penetrating wound of a limb near its major arteries, and its artery's hard signs.

Fox N et al. EAST practice management guideline, penetrating lower extremity arterial
trauma (J Trauma Acute Care Surg 2012;73:S315) and Feliciano DV et al. Western Trauma
Association (J Trauma 2011;70:1551): a gunshot or stab wound of the thigh, groin, knee,
leg or upper arm with a hard sign of arterial injury (pulsatile bleeding, an expanding
haematoma, absent distal pulses, a bruit or thrill, distal ischaemia) goes to theatre;
ATLS 10th ed. ch. 8: direct pressure, then a tourniquet. Notes word the wound as "shot
in the right thigh", "stabbed in the left upper arm", "gunshot wound to the groin",
"thigh stab wound". The forearm, hand and foot are the wound's own pathways (the hand
surgeon's), the trunk's wounds ``_penetrating``'s. Used by
``agents.offline.rules.findings`` (each span given its ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded, scan

__all__ = [
    "ARTERIAL_HARD_SIGN",
    "LIMB_PENETRATING_SITES",
    "PENETRATING_LIMB_WORDS",
    "limb_artery_spans",
]

ARTERIAL_HARD_SIGN: Final = "arterial_hard_sign"
"""Bleeding that pulses or spurts, an expanding or pulsatile haematoma, a bruit or a
thrill over the wound, absent distal pulses or a cold, pale limb (EAST 2012 hard
signs; a pulse only weaker than the other side's is a soft sign)."""

LIMB_PENETRATING_SITES: Final[dict[str, str]] = {
    "limb_penetrating_thigh": r"thighs?|groin|femoral (?:region|triangle)|buttocks?",
    "limb_penetrating_knee": r"knees?|popliteal(?: fossa)?|back of the knee",
    "limb_penetrating_leg": r"(?:lower )?legs?|calf|calves|shins?",
    "limb_penetrating_arm": r"upper arms?|arms?|biceps|elbows?|antecubital(?: fossa)?",
}
"""Site concept -> its words (ICD-10-CM: S75 vessels at the hip and thigh, S85 at the
knee and lower leg, S45 at the shoulder and upper arm)."""

_SITE: Final = "|".join(f"(?P<{k}>{v})" for k, v in LIMB_PENETRATING_SITES.items())
_WOUND: Final = (
    r"stabbed|stab wounds?|stab injur\w*|knife wounds?|knifed|impaled"
    r"|gunshot(?: wounds?)?|gsw|(?:was|been|got|is|were) shot"
    r"|(?<!flu )(?<!booster )(?<!tetanus )(?<!vaccine )(?<!steroid )(?<!cortisone )"
    r"(?<!b12 )(?<!insulin )(?<!allergy )(?<!a )(?<!the )(?<!this )(?<!first )shot"
)
"""A wound's words. A bare "shot" only as the sentence's verb ("26M shot in the
thigh"), not an injection ("a flu shot in the arm", "a tetanus shot in the arm")."""
_PREP: Final = r"(?:in|into|to|through|of|on)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
_SIDE: Final = (
    r"(?:(?:left|right|l|r|upper|lower|inner|medial|lateral|posterior|anterior)"
    r"\s+){0,2}"
)
PENETRATING_LIMB_WORDS: Final = (
    guarded(
        re.compile(
            rf"(?i)(?<![a-z])(?:{_WOUND})\s+(?:(?:once|twice|several\s+times)\s+)?"
            rf"{_PREP}{_SIDE}(?:{_SITE})(?![a-z])"
        )
    ),
    guarded(
        re.compile(
            rf"(?i)(?<![a-z])(?:{_SITE})\s+(?:gunshot|stab|knife)\s+"
            r"(?:wounds?|injur\w*)(?![a-z])"
        )
    ),
)
"""The wound, then its limb site ("shot in the right thigh"), or the site, then the
wound ("thigh stab wound")."""

HARD_SIGN_WORDS: Final = guarded(
    re.compile(
        r"(?i)(?<![a-z])(?:(?:pulsatile|pulsating|pumping|spurting|arterial)\s+"
        r"(?:(?:bright\s+red|red|active|heavy|brisk)\s+)?(?:bleed\w*|ha?emorrhage|blood)"
        r"|(?:blood|bleeding)\s+(?:is\s+|was\s+)?(?:spurting|pulsing|pumping)"
        r"|(?:expanding|enlarging|pulsatile|growing)\s+(?:\w+\s+)?ha?ematoma"
        r"|(?:palpable\s+)?thrill|(?:audible\s+)?bruit"
        r"|pulseless|(?:absent|impalpable|no\s+palpable|no)\s+(?:\w+\s+){0,2}pulses?"
        r"|no\s+pulses?\s+(?:is\s+|are\s+)?(?:palpable|felt)"
        r"|pulses?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:absent|impalpable|not\s+"
        r"(?:palpable|felt))"
        r"|(?:cold|white|pale|mottled)(?:,?\s+(?:and\s+)?(?:cold|white|pale|mottled))*"
        r"\s+(?:foot|feet|hand|leg|limb|arm|toes|fingers)"
        r"|(?:foot|feet|hand|leg|limb|toes|fingers)\s+(?:is\s+|are\s+)?(?:cold|white)"
        r"(?:\s+and\s+(?:pale|white|mottled))?)(?![a-z])"
    )
)
"""A hard sign of arterial injury worded (EAST 2012; WTA 2011)."""


_CUES: Final = ("stab", "knife", "knifed", "impaled", "gunshot", "gsw", "shot")
"""Words one of which every penetrating limb wound contains."""


def limb_artery_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end): each limb's penetrating wound and, beside one, hard signs.

    A hard sign is read only where the text also words a penetrating limb wound: an
    expanding haematoma after a fall, or a bruit over the neck, is another entry's.
    """
    low = text.lower()
    if not any(w in low for w in _CUES):
        return []
    out: list[tuple[str, int, int]] = []
    for rx in PENETRATING_LIMB_WORDS:
        for m in scan(rx, text):
            site = next(k for k in LIMB_PENETRATING_SITES if m.group(k))
            out.append((site, m.start(), m.end()))
    if out:
        out += [(ARTERIAL_HARD_SIGN, *m.span()) for m in scan(HARD_SIGN_WORDS, text)]
    return out
