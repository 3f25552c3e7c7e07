"""A tooth knocked out, in the words people use: one source for the readers.

"His front tooth was knocked out", "knocked out an upper incisor": an avulsed tooth
(IADT 2020: Fouad AF et al. Dent Traumatol 2020;36:331), to be replanted within
minutes, and no loss of consciousness, which "knocked out" alone means. ``findings``
reads it as ``tooth_avulsion`` and keeps it from the lexicon's "knocked out".
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["TOOTH_KNOCKED_OUT"]

_TOOTH: Final = r"(?:tooth|teeth|incisors?|canines?|molars?|premolars?)"
_DETERMINERS: Final = (
    r"(?:his|her|their|my|a|an|the|one|two|both|upper|lower|front|top|bottom|permanent"
    r"|adult|baby|milk|primary|central|lateral|left|right)"
)
TOOTH_KNOCKED_OUT: Final = re.compile(
    rf"\b{_TOOTH}\b(?:\s+\w+){{0,2}}?\s+(?:was\s+|were\s+|got\s+|been\s+|has\s+been\s+)?"
    r"knocked\s+out\b"
    rf"|\bknocked\s+out\s+(?:{_DETERMINERS}\s+){{0,4}}{_TOOTH}\b"
    rf"|\bknocked[- ]out\s+(?:{_DETERMINERS}\s+){{0,3}}{_TOOTH}\b",
    re.IGNORECASE,
)
"""A tooth knocked out of its socket, either word order."""
