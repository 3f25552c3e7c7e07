"""A flail segment of the chest wall, in the words people use.

ACS ATLS 10th ed. ch. 4: a flail chest is a segment of chest wall without bony
continuity with the rest of the thoracic cage, moving paradoxically (in on
inspiration, out on expiration); its hypoxia is the underlying pulmonary
contusion's. Notes word it as "segment of left chest wall moves paradoxically with
breathing", "right chest wall moves inwards when he breathes in", "ribs sucking in
as she breathes in": the chest wall (or its ribs, or a segment), then its movement
the wrong way. Moving "in" is read only with the breath it moves against (a child's
chest "sucking in" with no breath named is recession, not a flail segment). Used by
``agents.offline.rules.findings`` (each span given its ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["FLAIL_SEGMENT", "flail_spans"]

FLAIL_SEGMENT: Final = "flail_segment"
"""The knowledge base's concept of a flail segment."""

_WALL: Final = (
    r"chest(?:\s+wall)?|ribs?|rib\s+cage|ribcage|hemithorax|(?:flail\s+)?segment"
    r"|side\s+of\s+(?:the|his|her|their)\s+chest|part\s+of\s+(?:the|his|her|their)"
    r"\s+chest(?:\s+wall)?"
)
_VERB: Final = (
    r"moves?|moving|moved|goes|going|went|sucks?|sucking|sucked|sinks?|sinking"
    r"|sank|falls?|falling|caves?|caving|caved|is\s+drawn|drawn|draws?|drawing"
    r"|pulls?|pulling"
)
_WRONG_WAY: Final = (
    r"paradoxically|the\s+wrong\s+way|in\s+the\s+opposite\s+direction"
    r"|(?:in|out)\s+of\s+(?:time|sync|phase)\s+with"
)
_INWARD: Final = r"in(?:wards?)?|inward"
_BREATH_IN: Final = (
    r"(?:when|as|on|with|during|while)\s+(?:(?:he|she|they|the\s+patient|it)\s+)?"
    r"(?:breath(?:es|ed|ing|e)?|inspir\w*|inhal\w*|each\s+breath|every\s+breath)"
)
_GAP: Final = r"[^.;:!?\n]{0,40}?"

FLAIL_WORDS: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:{_WALL})(?![a-z]){_GAP}(?<![a-z])(?:{_VERB})\s+"
        rf"(?:(?:{_WRONG_WAY})(?![a-z])|(?:{_INWARD})\s+{_BREATH_IN})"
        rf"|(?<![a-z])paradoxical(?:ly)?\s+(?:\w+\s+){{0,2}}(?:movement|motion"
        rf"|moving|moves)\s+(?:of\s+)?(?:(?:the|his|her|their|a|left|right)\s+){{0,2}}"
        rf"(?:{_WALL})(?![a-z])"
    )
)
"""The chest wall, then its movement the wrong way (or in on breathing in)."""

_CUE: Final = re.compile(r"(?i)chest|rib|segment|thora")


def flail_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of each chest wall segment moving the wrong way."""
    if _CUE.search(text) is None:
        return []
    return [(FLAIL_SEGMENT, *m.span()) for m in FLAIL_WORDS.finditer(text)]
