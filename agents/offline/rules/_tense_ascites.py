"""Ascites under tension, in the words an examination uses.

EASL 2018 decompensated cirrhosis and Aithal GP et al. BSG 2021 ascites guideline:
grade 3 (tense) ascites, marked distension of the abdomen, is treated by a
large-volume paracentesis with albumin (Biggins SW et al. AASLD 2021). Notes write it
as "abdomen tensely distended with ascites", "cirrhosis with ascites, tense abdomen",
"the ascites is tense": a tense abdomen or a tensely distended one, read as tense
ascites only when its sentence names the ascites (a tense abdomen alone may be
guarding or a distended bowel; a patient "tense and anxious" is neither). Private to
``agents.offline.rules.findings`` (the caller reads each span's ConText status).
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = ["TENSE_ASCITES", "tense_ascites_spans"]

TENSE_ASCITES: Final = "tense_ascites"
"""The finding: ascites under tension (grade 3)."""

_TENSE: Final = re.compile(
    r"(?i)(?<![a-z])(?:tense(?:ly)?\s+(?:distended\s+)?(?:abdomen|belly)"
    r"|(?:abdomen|belly|ascites)\s+(?:(?:is|was|now|very|markedly|grossly)\s+)*"
    r"tense(?:ly)?(?:\s+distended)?|tensely\s+distended)(?![a-z])"
)
_ASCITES: Final = re.compile(r"(?i)(?<![a-z])ascit(?:es|ic)(?![a-z])")


def tense_ascites_spans(text: str) -> list[tuple[str, int, int]]:
    """``(tense_ascites, start, end)`` of a tense abdomen in a sentence on ascites."""
    if _ASCITES.search(text) is None:
        return []
    return [
        (TENSE_ASCITES, *m.span())
        for m in _TENSE.finditer(text)
        if _ASCITES.search(
            text, sentence_start(text, m.start()), sentence_end(text, m.end())
        )
    ]
