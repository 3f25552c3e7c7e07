"""Whether a relative's sudden death, as written, was at an older age.

A family history of sudden cardiac death counts as a syncope risk feature only at a
young age: ESC 2018 syncope guideline Table 5 ("family history of sudden cardiac death
at a young age"); Shen WK et al. 2017 ACC/AHA/HRS syncope guideline Table 3 ("family
history of premature SCD"), premature meaning under 50 in the inherited-arrhythmia
literature (Al-Khatib SM et al. 2017 AHA/ACC/HRS ventricular arrhythmia guideline).
A death stated at 50 or older, or a grandparent's with no younger age written, is the
common sudden death of older age, not an inherited arrhythmia's warning. Research
software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = ["PREMATURE_DEATH_AGE", "older_relative_death"]

PREMATURE_DEATH_AGE: Final = 50
"""Age from which a relative's sudden death is not premature (AHA/ACC/HRS 2017)."""

_AGE: Final = re.compile(
    r"(?i)\b(?:aged|age|at the age of|at age|at|when he was|when she was)\s+(\d{1,3})\b"
    r"|\b(\d{1,3})\s*(?:years?|yrs?|y)(?:\s*old|\s*of age)?\b(?!\s*ago)"
    r"|\bin (?:his|her|their) (fifties|sixties|seventies|eighties|nineties"
    r"|[5-9]0s)\b"
)
_GRANDPARENT: Final = re.compile(r"(?i)\bgrand(?:father|mother|dad|ma|pa|parents?)\b")
_WINDOW: Final = 60
"""Characters read after the mention ("died suddenly in his sleep aged 31")."""


def older_relative_death(text: str, start: int, end: int) -> bool:
    """Whether the sudden death mentioned at ``text[start:end]`` was at 50 or older.

    Reads the rest of the mention's sentence (up to ``_WINDOW`` characters) for a
    stated age; a grandparent's death (named anywhere in the sentence) counts as older
    unless an age under 50 is written.
    """
    tail_end = min(sentence_end(text, end), end + _WINDOW)
    span = text[sentence_start(text, start) : tail_end]
    m = _AGE.search(text, end, tail_end)
    if m is not None:
        if m.group(3):
            return True  # "in his sixties"
        age = int(m.group(1) or m.group(2))
        return age >= PREMATURE_DEATH_AGE
    return bool(_GRANDPARENT.search(span))
