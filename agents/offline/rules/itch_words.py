"""Scabies' history in the words people use: one source for the readers.

NICE CKS scabies (2023) and Thomas C et al. (BMJ 2020;368:m1061; Engelman D et al.
IACS criteria 2020): suspect scabies with an intense itch worse at night, a rash in
the finger webs, wrists or genitals (burrows), and close contacts who itch too.
``findings`` reads ``nocturnal_itch``, ``itchy_contacts`` and ``finger_web_rash``
for the scabies entry's criterion. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SCABIES_HISTORY"]

_ITCH: Final = r"(?:itch\w*|prurit\w*|scratch\w*)"
_CONTACT: Final = (
    r"(?:partner|wife|husband|boyfriend|girlfriend|children|child|kids|son|daughter"
    r"|brother|sister|family(?: members?)?|household(?: contacts?)?|flatmates?"
    r"|room-?mates?|others at home|contacts?)"
)
SCABIES_HISTORY: Final = (
    (
        "nocturnal_itch",
        re.compile(
            rf"\b{_ITCH}[^.;\n]{{0,80}}?\b(?:worse|worst|more) (?:at|during the) "
            r"night\b"
            rf"|\b(?:worse|worst) at night[^.;\n]{{0,20}}?\b{_ITCH}"
            rf"|\bnocturnal {_ITCH}|\b{_ITCH}\w* (?:at|through the) night\b",
            re.IGNORECASE,
        ),
    ),
    (
        "itchy_contacts",
        re.compile(
            rf"\b{_CONTACT} (?:\w+ ){{0,2}}?(?:is |are |was |were )?(?:also |too )?"
            rf"(?:itchy|itching|scratching)\b"
            rf"|\b{_CONTACT} (?:\w+ ){{0,2}}?(?:has|have|had) (?:the same|a similar) "
            r"(?:itch|rash)",
            re.IGNORECASE,
        ),
    ),
    (
        "finger_web_rash",
        re.compile(
            r"\b(?:between (?:the |his |her |their )?fingers|finger ?webs?"
            # trauma52: the first web space of the foot is the deep peroneal nerve's
            # skin ("numb first web space": an anterior compartment syndrome, BOAST
            # 10), not a finger web
            r"|(?<!first )(?<!1st )(?<!first dorsal )web ?spaces?"
            r"(?: of the (?:fingers|hands))?(?! (?:of|between) (?:the |his |her )?"
            r"(?:\w+ ){0,3}toes?\b)|interdigital)\b",
            re.IGNORECASE,
        ),
    ),
)
"""Scabies' three history clues, each a findings concept and its words."""
