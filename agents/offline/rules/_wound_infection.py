"""A traumatic wound worded as infected: a cut, graze or repaired cut gone septic.

A wound infection after an injury (or after its repair in the ED) is a local
infection of the skin, treated by opening any collection (removing the sutures over
it), a swab and an antistaphylococcal antibiotic, not by closing the wound (Stevens DL
et al. IDSA SSTI 2014: purulent infections are drained, surrounding cellulitis treated;
Quinn JV et al. Ann Emerg Med 2014: infection after laceration repair; NICE NG141
2019). Read when the text names a traumatic wound (a cut, graze, laceration,
puncture, sutures or stitches) and a wound, cut or its sutures as red, hot, swollen
or discharging, pus or erythema about them (``post_operative.WOUND_INFECTED``'s
wording with the traumatic wounds added); not after a recent operation (a surgical
site infection, ``post_operative``), nor beside a bite (an infected bite is a
cellulitis treated for Pasteurella) or a burn. Private to
``agents.offline.rules.findings`` (the caller reads each span's ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from agents.offline.rules.post_operative import OPERATED_RECENTLY
from cases.rx import scan, word_start

__all__ = ["TRAUMATIC_WOUND_INFECTED", "traumatic_wound_infected_spans"]

TRAUMATIC_WOUND_INFECTED: Final = "traumatic_wound_infected"
"""The finding: a wound from an injury (or its repair) worded as infected."""

_INJURY_WOUND: Final = word_start(
    r"cuts?\b|lacerations?|grazes?\b|grazed|abrasions?|puncture wounds?|puncture"
    r"|sutured|stitched|glued|steri-?strips?|sutures|stitches"
)
"""A wound from an injury or its ED repair."""

_WOUND: Final = r"(?:wound|cut|laceration|graze|abrasion|sutures?|stitch(?:es)?|scab)"
_RED: Final = (
    r"(?:red|hot|warm|infected|discharging|swollen|erythematous|inflamed|weeping|"
    r"oozing(?: pus)?|draining pus|pus-?filled|purulent)"
)
WOUND_INFECTED_WORDS: Final = word_start(
    rf"infected {_WOUND}|{_WOUND} infection|"
    rf"pus (?:\w+ ){{0,2}}(?:from|at|in|on|between|around|under) "
    rf"(?:the |her |his )?(?:\w+ )?{_WOUND}|"
    rf"{_WOUND}s?(?: \w+){{0,3}} (?:is |are |has been |have been |looks? |now |became |"
    rf"becoming |has become )+(?:very )?{_RED}|"
    rf"(?:red|hot|infected|inflamed|erythematous|purulent|weeping)"
    rf"(?:,? (?:and )?\w+){{0,2}} {_WOUND}|"
    rf"(?:erythema|redness|cellulitis|purulent (?:drainage|discharge)|pus"
    rf"|spreading redness)(?: [\w.]+){{0,4}} "
    rf"(?:around|along|at|of|from|over|surrounding) (?:the |her |his )?"
    rf"(?:\w+ )?{_WOUND}"
)
"""A wound, cut or its sutures worded as infected."""

_BITE_OR_BURN: Final = word_start(r"bit(?:e|es|ten)\b|burn\w*|scald\w*|ulcer\w*")


def _found(rx: re.Pattern[str], text: str) -> bool:
    return next(scan(rx, text), None) is not None


def traumatic_wound_infected_spans(
    text: str, present: Callable[[str, int, int], bool]
) -> list[tuple[str, int, int]]:
    """``(traumatic_wound_infected, start, end)``: the first asserted infected wound."""
    if not _found(_INJURY_WOUND, text) or _found(_BITE_OR_BURN, text):
        return []
    if any(present(text, *m.span()) for m in scan(OPERATED_RECENTLY, text)):
        return []
    for m in scan(WOUND_INFECTED_WORDS, text):
        if present(text, *m.span()):
            return [(TRAUMATIC_WOUND_INFECTED, *m.span())]
    return []
