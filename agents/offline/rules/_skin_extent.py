"""Redness of nearly all the skin, told by its extent: erythroderma.

Erythroderma is inflammation (redness, usually with scaling) of 90 % or more of the
body surface (Rothe MJ, Bernstein ML, Grant-Kels JM. Clin Dermatol 2005;23:206).
Notes tell it by the extent: "the redness spread to cover more than 90 % of the
skin", "erythema over 95 % of the body surface". Read only in a sentence that names
the redness and gives 90 % or more of the skin or body; a burn's surface area is a
burn's (ABLS), and a rash of 15 % is not erythroderma. Private to
``agents.offline.rules.findings`` (the caller reads each span's ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = ["ERYTHRODERMA", "erythroderma_extent_spans"]

ERYTHRODERMA: Final = "erythroderma"
"""The finding: redness of 90 % or more of the skin."""

_EXTENT: Final = re.compile(
    r"(?i)(?<![\d.])(?:9\d|100)(?:\.\d)?\s*(?:%|per\s?cent)\s+(?:of\s+)?"
    r"(?:(?:the|his|her|their)\s+)?(?:skin|body|BSA)(?![a-z])"
)
_RED: Final = re.compile(r"(?i)(?<![a-z])(?:red(?:ness|dened)?|erythem\w*)(?![a-z])")
_BURN: Final = re.compile(r"(?i)(?<![a-z])(?:burn\w*|scald\w*|TBSA)(?![a-z])")


def erythroderma_extent_spans(text: str) -> list[tuple[str, int, int]]:
    """``(erythroderma, start, end)``: 90 % or more of the skin red, in one sentence."""
    if "%" not in text and "cent" not in text:
        return []
    out = []
    for m in _EXTENT.finditer(text):
        sentence = text[sentence_start(text, m.start()) : sentence_end(text, m.end())]
        if _RED.search(sentence) and not _BURN.search(sentence):
            out.append((ERYTHRODERMA, *m.span()))
    return out
