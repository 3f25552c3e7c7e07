"""The words of a chest decompressed and of a chest drain: one source for every reader.

A tension pneumothorax is obstructive shock: needle or finger decompression relieves
it, and a chest drain follows, since a needle is a temporising measure (ACS ATLS 10th
ed. 2018 ch. 4). Once it is decompressed, a fast pulse without hypotension is no
haemorrhage by itself; a shock that persists, or a bleeding source, is looked for as
haemorrhage (ATLS 10th ed. ch. 3; ABC score, Nunez TC et al. J Trauma 2009;66:346).
The note's findings (``findings``: ``chest_decompressed``), the knowledge base's
haemorrhagic-shock rule-in and the resuscitation layer (``agents.pathways``) read
these same words. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CHEST_DECOMPRESSED", "CHEST_DRAIN", "DECOMPRESSION_CUES"]

CHEST_DECOMPRESSED: Final = (
    r"\bneedle[- ](?:decompress\w*|thoracost\w*|thoracocent\w*|thoracent\w*)|"
    r"\bfinger[- ]thoracostom\w*|"
    r"\bdecompressed (?:\w+ ){0,3}(?:with|by|using) (?:an? )?(?:needle|finger|cannula)|"
    r"\bpneumothora\w*[^.;]{0,40}?\bdecompressed\b|"
    r"\bdecompressed\b[^.;]{0,20}?\b(?:tension )?pneumothora\w*"
)
"""A chest decompressed by needle or finger ("needle decompressed by paramedics",
"tension pneumothorax, now decompressed")."""
CHEST_DRAIN: Final = (
    r"\bchest (?:drain|tube)s?\b|\bintercostal (?:chest )?(?:drain|catheter)s?\b|"
    r"\btube thoracostom\w*|\bthoracostomy tube"
)
"""A chest drain named (in place, or ordered)."""
DECOMPRESSION_CUES: Final = ("decompress", "thoracost", "thoracocent", "thoracent")
"""Cheap words without which no decompression is read (the hot path)."""
