"""A pain's character word is no mechanism of injury: "stabbing chest pain" is no stab.

Research software, not for clinical use. Stabbing, burning, crushing, tearing, ripping,
shooting, searing and lancinating describe the character of a pain (the C of SOCRATES:
Macleod's Clinical Examination 14th ed. ch. 2; Tintinalli's Emergency Medicine 9th ed.
ch. 48: 'crushing' ischaemic pain, 'tearing' dissection pain; sciatica's 'shooting'
pain, neuropathy's 'burning' pain). A mechanism of injury is an event: a stab wound, a
gunshot, a crush injury, a burn (ATLS 10th ed. ch. 1). The readers of injury words
(``injury_words``, ``agents._text.injury_now``) skip a character word that qualifies a
pain: followed within three words by the pain ("stabbing left-sided chest pain",
"burning sensation", "shooting pains down the leg", "stabbing in nature") or after the
pain it describes ("abdominal pain, described as stabbing"). The event keeps its
words: "stabbed", "a stabbing", "stab wound", "crush injury", "shot in the thigh".
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "NOT_PAIN_QUALITY",
    "PAIN_FOLLOWS",
    "PAIN_QUALITY_AFTER",
    "QUALITY_WORDS",
    "pain_quality",
]

QUALITY_WORDS: Final = (
    r"stabbing|burning|crushing|tearing|ripping|shooting|searing|lancinating"
)
"""The character words of pain that also name an injury or its mechanism."""
_PAIN_NOUN: Final = (
    r"pains?|aches?|aching|discomfort|sensations?|feelings?|headaches?|cramps?"
    r"|in (?:nature|character|quality)|quality|character"
)
PAIN_FOLLOWS: Final = (
    r"[\s,]+(?:(?:and|or|/)\s+)?(?:[\w/-]+[\s,]+(?:(?:and|or)\s+)?){0,3}?"
    rf"(?:{_PAIN_NOUN})(?![a-z])"
)
"""A pain noun within three words (the body of the lookaheads below)."""
PAIN_QUALITY_AFTER: Final = rf"(?={PAIN_FOLLOWS})"
"""A lookahead: the pain the character word qualifies follows within three words."""
NOT_PAIN_QUALITY: Final = rf"(?!{PAIN_FOLLOWS})"
"""A negative lookahead for an injury pattern's word ("stabbing", "crushing"): no pain
follows it within three words (the cheap half of ``pain_quality``, for patterns
searched without a per-match check)."""
_AFTER: Final = re.compile(PAIN_QUALITY_AFTER, re.IGNORECASE)
_BEFORE: Final = re.compile(
    r"(?i)(?<![a-z])(?:pains?|aches?|aching|discomfort|headaches?)(?![a-z])"
    r"[^.;:\n]{0,40}?(?:described as|describes? (?:it )?as|characteri[sz]ed as"
    r"|feels? like|felt like|is|was|,)\s+(?:(?:a|an|very|sharp|sharp and|sharp,)\s+)?$"
)
"""The pain named first, then its character: "pain, described as stabbing"."""
_WORD: Final = re.compile(rf"(?i)(?:{QUALITY_WORDS})$")


def pain_quality(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a character word of a pain, not an injury.

    Only the words of ``QUALITY_WORDS`` qualify; "stabbed", "stab wound", "crush
    injury" and "a stabbing" (the event, no pain after it) stay injuries.
    """
    if not _WORD.match(text[start:end]):
        return False
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text[max(0, start - 60) : start]) is not None
