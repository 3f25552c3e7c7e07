"""Speech and mouth numbness that a dental local anaesthetic explains (esi34).

Read by the findings extraction, the ESI stroke patterns and the complaint matcher:
after a dental procedure or block, a numb lip, tongue or chin with thick or slurred
speech is the block's soft-tissue anaesthesia, not a new neurological deficit.
"""

from __future__ import annotations

import re
from typing import Final

DENTAL_COMPLAINT: Final = "dental_pain"
"""The complaint a dental block's text belongs to (CEDIS 'Dental / gum problem')."""

_DENTAL_NUMBING: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:dentist|dental|fillings?|root canal|tooth|teeth|wisdom"
    r"|extraction|(?:local|dental) ana?esthe\w*|nerve block|numbing (?:injection|shot)"
    r"|lidocaine|lignocaine|articaine|novocaine)(?![A-Za-z])"
)
_ORAL_NUMB: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:lips?|tongue|chin|mouth|jaw|cheek|gums?)(?: [\w'-]+){0,5}?"
    r" numb\w*|numb\w*(?: [\w'-]+){0,4}? (?:lips?|tongue|chin|mouth|jaw|cheek|gums?))"
    r"(?![A-Za-z])"
)
_NUMBNESS_GONE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:wor(?:n|e) off|had gone|has gone|went away|resolved|no longer"
    r" numb)(?![A-Za-z])"
)
_SPEECH_WORDS: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:slurr\w*|thick|mumbl\w*|garbled)(?: [\w'-]+){0,2}? speech"
    r"|speech(?: [\w'-]+){0,4}? (?:slurr\w*|thick|mumbl\w*|garbled|funny|odd)"
    r"|slurr\w*|dysarthri\w*|(?:difficulty|trouble) (?:speaking|talking)|lisp\w*)"
    r"(?![A-Za-z])"
)


def dental_block(text: str) -> bool:
    """Whether ``text`` names a dental procedure or block and a mouth still numb.

    After a dental procedure or local anaesthetic, a numb lip, tongue or chin with
    thick or slurred speech is the block's expected soft-tissue anaesthesia, which
    lasts hours (Malamed SF. Handbook of Local Anesthesia, 7th ed. 2019, ch.3), not a
    new neurological deficit (ESI v4 handbook ch.4; AHA/ASA 2019 BE-FAST). False
    when the numbness is said to have worn off.
    """
    if "numb" not in text.lower() or not _DENTAL_NUMBING.search(text):
        return False
    return not _NUMBNESS_GONE.search(text) and bool(_ORAL_NUMB.search(text))


def dental_block_words(text: str) -> list[tuple[int, int]]:
    """Spans of mouth numbness and speech words (the block explains them).

    A limb's weakness or a facial droop is never among them.
    """
    spans = [m.span() for m in _ORAL_NUMB.finditer(text)]
    return spans + [m.span() for m in _SPEECH_WORDS.finditer(text)]


def dental_block_spans(text: str) -> list[tuple[int, int]]:
    """``dental_block_words`` of a text that names a dental block, else []."""
    return dental_block_words(text) if dental_block(text) else []


def dental_block_blanked(text: str) -> str:
    """``text`` with the words a dental block explains blanked (same length)."""
    for a, b in dental_block_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_OTHER_DEFICIT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:weak\w*|paraly\w*|droop\w*|hemipar\w*|hemipleg\w*|confus\w*"
    r"|vision|visual|aphasi\w*|word[- ]finding|unsteady|ataxi\w*)(?![A-Za-z])"
)


def names_other_deficit(text: str) -> bool:
    """Whether ``text`` names a deficit a dental block does not explain.

    A weak limb, a droop, confusion, vision or language: the stroke's complaint then.
    """
    return bool(_OTHER_DEFICIT.search(text))
