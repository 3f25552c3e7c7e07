"""A groin swelling that pulsates or has a bruit: a femoral (pseudo)aneurysm.

In a person who injects into the groin, a painful red "abscess" that is pulsatile,
expansile or has a bruit or thrill is an infected femoral pseudoaneurysm until a
duplex ultrasound or CT angiogram says otherwise: incising it can exsanguinate the
patient; it is imaged first and repaired by a vascular surgeon (Tintinalli 9th ed.
ch. 291, injection drug users: groin abscess; Georgiadis GS et al. J Vasc Surg
2005;42:904; Jayaraman S, Reid JD. Vasc Endovascular Surg 2011). Read in a sentence
naming the groin (femoral or inguinal region) and a swelling, lump, mass or abscess,
or in the sentence after it;
the span is the pulsatility word, so a negation ("no pulsatility, no bruit") is read
by the caller's ConText status. Read by ``agents.offline.rules.findings`` and
``agents.picture_gates``. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["PULSATILE_GROIN_SWELLING", "pulsatile_groin_spans"]

PULSATILE_GROIN_SWELLING: Final = "pulsatile_groin_swelling"
"""The finding: a groin swelling that pulsates, expands or has a bruit or thrill."""

_SENTENCE: Final = re.compile(r"[^.;\n]+")
_GROIN: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:groins?|femoral (?:region|triangle|area)"
    r"|inguinal (?:region|area)"
    r"|top of (?:the |his |her |their )?(?:right |left )?(?:thigh|leg))(?![A-Za-z])"
)
_SWELLING: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:swellings?|swollen|lumps?|mass|masses|abscess(?:es)?"
    r"|collections?|bulge|bulging|pseudo-?aneurysms?|aneurysms?)(?![A-Za-z])"
)
_PULSATILE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:pulsatile|pulsating|pulsates|pulsatility|pulsation|expansile"
    r"|bruits?|thrill)(?![A-Za-z])"
)


def pulsatile_groin_spans(text: str) -> list[tuple[str, int, int]]:
    """Each pulsatility word in a sentence naming a groin swelling.

    ``(pulsatile_groin_swelling, start, end)``, in text order.
    """
    out: list[tuple[str, int, int]] = []
    before = False
    for sentence in _SENTENCE.finditer(text):
        s = sentence.group(0)
        here = _GROIN.search(s) is not None and _SWELLING.search(s) is not None
        # the groin swelling named in this sentence, or in the one before it ("A red
        # swelling in the left groin. On examination a fluctuant mass, pulsatile.")
        if here or before:
            base = sentence.start()
            out.extend(
                (PULSATILE_GROIN_SWELLING, base + m.start(), base + m.end())
                for m in _PULSATILE.finditer(s)
            )
        before = here
    return out
