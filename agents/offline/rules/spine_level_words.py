"""Spinal tenderness at a thoracic or lumbar level, in the words people use.

"Midline tenderness over T12", "tender over L1", "T11 spinous process tender": the
thoracolumbar spine, not the neck, whose midline tenderness is NEXUS's criterion
(Hoffman JR et al. NEJM 2000). NICE NG41 2016 (1.2, 1.5): midline thoracic or lumbar
tenderness after an injury, or new spinal pain after one at 65 or older, is a
thoracolumbar injury to image (CT in adults). ``findings`` reads it as
``thoracolumbar_tenderness`` and keeps the lexicon's cervical ``midline_tenderness``
from the same words. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["NOT_AT_THORACOLUMBAR_LEVEL", "THORACOLUMBAR_TENDERNESS"]

_VERTEBRA: Final = (
    r"(?:[TL](?:1[0-2]|[1-9])(?![0-9])|(?:thoracic|lumbar|thoracolumbar)\s+"
    r"(?:spine|vertebra\w*|spinous\s+process\w*))"
)
_LEVEL: Final = (
    rf"(?:{_VERTEBRA}|(?:thoracic|lumbar|thoracolumbar|lumbosacral|mid-?back|"
    r"lower\s+back|upper\s+back)(?:\s+spine)?)"
)
THORACOLUMBAR_TENDERNESS: Final = re.compile(
    r"\b(?:midline|spinal|spinous(?:\s+process)?|bony|vertebral)\s+tender\w*\s+"
    rf"(?:\w+\s+){{0,2}}?(?:over|at|of|on|around)\s+(?:the\s+)?{_LEVEL}"
    rf"|\btender\w*\s+(?:\w+\s+){{0,2}}?(?:over|at|of|on)\s+(?:the\s+)?{_VERTEBRA}"
    rf"|\b{_VERTEBRA}\s+(?:spinous\s+process\s+)?(?:is\s+|was\s+)?(?:very\s+|"
    r"exquisitely\s+)?tender\w*",
    re.IGNORECASE,
)
"""Midline or bony tenderness at a thoracic or lumbar level (either word order)."""
NOT_AT_THORACOLUMBAR_LEVEL: Final = (
    rf"(?!\s+(?:\w+\s+){{0,2}}?(?:over|at|of|on|around)\s+(?:the\s+)?{_LEVEL})"
)
"""A lookahead (regex body) after "midline tenderness": not one placed at a thoracic or
lumbar level, for the neck's readers (the Canadian C-spine rule's tenderness)."""
