"""A chest pain that pressing on the chest wall reproduces.

Gulati M et al. AHA/ACC 2021 chest pain guideline 4.1.1 and Proulx AM, Zryd TW. Am
Fam Physician 2009;80:617: a pain reproduced by palpation of the chest wall is
unlikely to be ischaemic (musculoskeletal chest wall pain). The lexicon reads the
passive wordings ("reproduced by pressing", "reproducible on palpation"); this reads
the examiner's act as the subject: "pressing the left lower ribs reproduces it
exactly", "palpation of the sternum reproduces her pain", "pressure over the
costochondral junctions reproduced the pain". The act must name a part of the chest
wall after a determiner or preposition ("a pressing chest pain reproduced on
exertion" is a quality, not an act), and "reproduce" must not be denied ("pressing
the ribs does not reproduce it"). Private to ``agents.offline.rules.findings`` (the
caller reads each span's ConText status).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["REPRODUCIBLE_CHEST_PAIN", "pressure_reproduced_spans"]

REPRODUCIBLE_CHEST_PAIN: Final = "reproducible_chest_pain"
"""The finding: a chest pain reproduced on palpation."""

_PART = (
    r"(?:ribs?|rib\s+cage|chest\s+wall|sternum|sternal\s+edge|costochondral"
    r"(?:\s+junctions?|\s+joints?)?|costal\s+cartilages?|intercostal\s+spaces?"
    r"|pectorals?|pectoralis(?:\s+major)?)"
)
_PRESSURE: Final = re.compile(
    r"(?i)(?<![a-z])(?:press(?:ing|ed|es)?|palpat(?:ing|ion)|push(?:ing|ed)?"
    r"|pressure|firm\s+pressure)\s+(?:(?:on|over|of|along|onto)\s+"
    r"(?:(?:the|his|her|their)\s+)?|(?:the|his|her|their)\s+)(?:[\w-]+\s+){0,3}?"
    rf"{_PART}(?![a-z])(?!\s+(?:pain|tightness|pressure|discomfort|ache))"
    r"(?P<gap>[^.;\n]{0,40}?)(?<![a-z])reproduc(?:es|ed|ing)(?![a-z])"
)
_DENIED: Final = re.compile(
    r"(?i)(?<![a-z])(?:not|n't|never|no\s+longer|fails?\s+to)\b"
)


def pressure_reproduced_spans(text: str) -> list[tuple[str, int, int]]:
    """``(reproducible_chest_pain, start, end)`` of a pressure that reproduced it."""
    return [
        (REPRODUCIBLE_CHEST_PAIN, *m.span())
        for m in _PRESSURE.finditer(text)
        if not _DENIED.search(m["gap"])
    ]
