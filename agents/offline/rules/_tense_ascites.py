"""Ascites under tension, in the words an examination uses.

EASL 2018 decompensated cirrhosis and Aithal GP et al. BSG 2021 ascites guideline:
grade 3 (tense) ascites, marked distension of the abdomen, is treated by a
large-volume paracentesis with albumin (Biggins SW et al. AASLD 2021). Notes write it
as "abdomen tensely distended with ascites", "cirrhosis with ascites, tense abdomen",
"the ascites is tense": a tense abdomen or a tensely distended one, read as tense
ascites only when its sentence names the ascites (a tense abdomen alone may be
guarding or a distended bowel; a patient "tense and anxious" is neither). readers47:
or when the sentence just before names it, not denied ("Known cirrhosis with ascites.
Abdomen tense.": the examination's own sentence after the history's; "No ascites.
Abdomen tense and guarded." stays unread). Private to ``agents.offline.rules.findings``
(the caller reads each span's ConText status).
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
_DENIED_ASCITES: Final = re.compile(
    r"(?i)(?<![a-z])(?:no|nil|without|denies|not)\b[^.;\n]*ascit|ascit(?:es|ic)\b"
    r"[^.;\n]{0,20}(?:absent|resolved|excluded|ruled out|not seen)"
)
"""An ascites the sentence denies ("no ascites", "ascites resolved")."""


def _named_before(text: str, start: int) -> bool:
    """Whether the sentence just before ``start``'s sentence names ascites, undenied."""
    s = sentence_start(text, start)
    if s < 2 or (text[s - 1] == "\n" and text[s - 2] == "\n"):
        return False  # the first sentence, or a new paragraph
    prior = text[sentence_start(text, s - 1) : s - 1]
    return bool(_ASCITES.search(prior)) and not _DENIED_ASCITES.search(prior)


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
        or _named_before(text, m.start())
    ]
