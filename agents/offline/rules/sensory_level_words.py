"""A sensory level on the trunk, in the words people use: one source for the readers.

"Numbness up to the umbilicus", "no feeling below the nipples", "numb from the waist
down", "reduced sensation below T10": a sensory level places the lesion in the spinal
cord, above the cauda equina (nipples T4, xiphoid T6, umbilicus T10, groin L1: Kirshblum
SC et al. International Standards for Neurological Classification of Spinal Cord Injury,
ASIA 2019). With cancer it is metastatic cord compression until the whole-spine MRI
(NICE NG234 2023). ``findings`` reads it as ``sensory_level`` and ``cord_injury_signs``.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SENSORY_LEVEL", "TRUNK_SENSORY_LEVEL"]

_SENSORY_LOSS: Final = (
    r"(?:numb(?:ness)?|no (?:feeling|sensation)|loss of (?:feeling|sensation)"
    r"|lost (?:all )?(?:feeling|sensation)"
    r"|(?:reduced|decreased|diminished|altered|absent) (?:feeling|sensation)"
    r"|sensory loss|(?:cannot|can't|can not|unable to) feel(?: anything)?)"
)
_DERMATOME: Final = r"T(?:[1-9]|1[0-2])(?: dermatome| level)?"
_LANDMARK: Final = (
    r"(?:nipples?(?: line)?|umbilicus|belly ?button|navel|waist(?:line)?|xiphoid"
    rf"|xiphisternum|costal margins?|rib ?cage|mid-?chest|chest|{_DERMATOME})"
)
_OWNER: Final = r"(?:(?:the|his|her|their|my) )?"
_BOUND: Final = (
    rf"(?:(?:up to|below|beneath|under|to the level of|at the level of"
    r"|(?:rising|spreading|extending|creeping|climbing|ascending) (?:up )?to"
    rf"(?: the level of)?) {_OWNER}"
    rf"{_LANDMARK}\b|from {_OWNER}{_LANDMARK} down(?:wards?)?\b|at {_DERMATOME}\b)"
)
TRUNK_SENSORY_LEVEL: Final = re.compile(
    rf"\b{_SENSORY_LOSS}\b[^.;\n]{{0,25}}?\b{_BOUND}", re.IGNORECASE
)
"""Sensory loss bounded by a trunk landmark or a thoracic dermatome, in one clause
("numbness up to the umbilicus", "numb from the waist down", "numbness at T8")."""
SENSORY_LEVEL: Final = re.compile(
    rf"{TRUNK_SENSORY_LEVEL.pattern}|\bsensory level\b", re.IGNORECASE
)
"""A trunk sensory level in words, or named ("a sensory level at T10"): the lexicon's
``cord_injury_signs`` already reads the named form."""
