"""An open globe's signs after an eye injury, in the words people use.

AAO Preferred Practice Pattern and Blair K et al. BMJ 2020 (open globe injuries);
RCEM / RCOphth eye injury guidance: after a penetrating or high-velocity injury
(hammering metal on metal, grinding, a nail gun, an explosion) a wound of the cornea
or sclera, or a pupil made irregular (peaked, tear-drop) by the iris drawn to the
wound, is an open globe until an ophthalmologist closes it, and the hammered chip is
an intraocular foreign body until CT excludes it. Notes word it as "small wound on
the cornea, irregular pupil", "laceration through the sclera", "something flew into
his eye while grinding". Read only beside an eye injury's mechanism: an irregular
pupil of iritis (its synechiae) without injury is no open globe. Used by
``agents.offline.rules.findings`` (each span given its ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["EYE_FOREIGN_BODY", "OPEN_GLOBE", "open_globe_spans"]

OPEN_GLOBE: Final = "open_globe"
"""The knowledge base's concept of an open globe's sign."""
EYE_FOREIGN_BODY: Final = "eye_foreign_body"
"""The knowledge base's concept of a foreign body in the eye."""

_EYE: Final = r"(?:(?:the|his|her|their|my|right|left|r|l)\s+){0,3}eyes?(?![a-z])"

HIGH_VELOCITY: Final = guarded(
    re.compile(
        r"(?i)(?<![a-z])(?:(?:hammer\w*|chisel\w*)(?:\s+\w+){0,4}\s+(?:metal|steel"
        r"|iron|nail|stone|concrete|chisel)|metal\s+on\s+metal|nail\s?gun|grinding"
        r"|grinder|angle\s+grinder|drilling|shrapnel|explosi\w*|fireworks?"
        r"|high[- ]velocity|pellet|air\s?gun|bb\s+gun)(?![a-z])"
    )
)
"""A mechanism that drives a fragment through the eye wall (RCEM; AAO)."""

EYE_STRUCK: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:(?:something|a\s+(?:fragment|chip|piece|splinter|shard)"
        rf"(?:\s+of\s+\w+)?|it|metal|debris)\s+(?:\w+\s+){{0,2}}(?:hit|struck|flew"
        rf"|went|shot|entered|flicked)\s+(?:(?:in|into|him\s+in|her\s+in)\s+)?{_EYE}"
        rf"|(?:hit|struck|injured|poked|stabbed|cut)\s+(?:\w+\s+){{0,2}}(?:in|on)\s+"
        rf"{_EYE}|(?:penetrating\s+)?(?:eye|ocular|globe)\s+(?:injury|trauma))"
    )
)
"""The eye struck by something ("felt something hit his right eye")."""

GLOBE_SIGN: Final = guarded(
    re.compile(
        r"(?i)(?<![a-z])(?:(?:irregular|peaked|tear[- ]?drop(?:[- ]shaped)?"
        r"|distorted|misshapen|oval|pear[- ]shaped)\s+(?:(?:right|left|r|l)\s+)?pupils?"
        r"|pupils?\s+(?:is\s+|was\s+)?(?:irregular|peaked|distorted|misshapen)"
        r"|(?:wound|laceration|cut|puncture|perforation|tear)\s+(?:\w+\s+){0,2}"
        r"(?:on|of|in|through|to|across)\s+(?:the\s+|his\s+|her\s+)?(?:(?:right|left)"
        r"\s+)?(?:cornea|sclera|globe|eyeball)"
        r"|(?:corneal|scleral)\s+(?:wound|laceration|perforation|puncture))(?![a-z])"
    )
)
"""An open globe's sign: a wound of the eye wall, an irregular (peaked) pupil."""

_CUE: Final = re.compile(r"(?i)eye|globe|cornea|ocular|pupil")
_DENIED: Final = re.compile(
    r"(?i)(?<![a-z])(?:no|not|denies|denied|without|nor)(?![a-z])[^.;,]{0,25}$"
)
"""A mechanism denied just before it ("no eye injury", "denies grinding")."""


def _asserted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [
        (a, b) for a, b in spans if _DENIED.search(text[max(0, a - 30) : a]) is None
    ]


def open_globe_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of an open globe's signs beside an eye injury."""
    if _CUE.search(text) is None:
        return []
    struck = _asserted(text, [m.span() for m in EYE_STRUCK.finditer(text)])
    fast = _asserted(text, [m.span() for m in HIGH_VELOCITY.finditer(text)])
    if not struck and not fast:
        return []
    out = [(OPEN_GLOBE, *m.span()) for m in GLOBE_SIGN.finditer(text)]
    if fast and struck:
        out += [(EYE_FOREIGN_BODY, *span) for span in struck]
    return out
