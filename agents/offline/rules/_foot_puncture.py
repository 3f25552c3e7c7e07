"""A puncture wound of the foot: a nail, a fork's tine or glass through the sole.

A plantar puncture (a nail trodden on, a garden fork through a shoe) is a wound of
its own: inspected and irrigated, X-rayed for a retained fragment (glass, metal, the
shoe's rubber), tetanus covered, and reviewed for the cellulitis or the Pseudomonas
osteomyelitis that follows a puncture through a trainer's sole (Tintinalli 9th ed.
ch. 47, puncture wounds; Rosen's 9th ed.; UKHSA Green Book ch. 30 tetanus: a
puncture in contact with soil is tetanus-prone). Read in a sentence naming a sharp
object trodden on or driven into the foot, sole, heel or toe, or a puncture of the
foot. Private to ``agents.offline.rules.findings`` (the caller reads each span's
ConText status). Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from cases.rx import scan, word_start

__all__ = ["FOOT_PUNCTURE_WOUND", "foot_puncture_spans"]

FOOT_PUNCTURE_WOUND: Final = "foot_puncture_wound"
"""The finding: a puncture wound of the foot."""

_SHARP: Final = (
    r"(?:rusty |garden |metal |sharp |large |long |old )*"
    r"(?:nails?|tacks?|drawing pins?|screws?|needles?|thorns?|glass|shards? of glass"
    r"|forks?|pitchforks?|prongs?|tines?|spikes?|skewers?)"
)
_FOOT: Final = (
    r"(?:feet|foot|soles?|heels?|toes?|instep|arch of (?:his |her |the )?foot)"
)
FOOT_PUNCTURE: Final = word_start(
    rf"(?:stood|stepped|trod|trodden|treading|standing|stepping) (?:on|onto) "
    rf"(?:a |an |the |some )?{_SHARP}|"
    rf"{_SHARP}(?: \w+){{0,3}} (?:went|gone|passed|pierced|penetrated|stuck|going|got"
    rf"|was driven)(?: \w+){{0,6}} (?:into|in|through) (?:the |his |her |their )?"
    rf"(?:\w+ ){{0,2}}{_FOOT}|"
    rf"puncture(?:d| wound| wounds| injury)?(?: \w+){{0,3}} (?:of|to|in|on|under) "
    rf"(?:the |his |her |their )?(?:\w+ ){{0,2}}{_FOOT}|"
    rf"(?:plantar|foot|sole) puncture"
)
"""A sharp object trodden on or driven into the foot; a puncture of the foot."""


def foot_puncture_spans(text: str) -> list[tuple[str, int, int]]:
    """``(foot_puncture_wound, start, end)`` of each puncture of the foot worded."""
    return [(FOOT_PUNCTURE_WOUND, *m.span()) for m in scan(FOOT_PUNCTURE, text)]
