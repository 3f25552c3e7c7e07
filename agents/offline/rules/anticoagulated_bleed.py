"""A bleed on an over-anticoagulated vitamin K antagonist, before haemostasis is shown.

An INR in the supratherapeutic band (the ``inr_supratherapeutic`` concept, INR >= 4.5:
Holbrook A et al. ACCP 2012 antithrombotic therapy, Chest 2012;141:e152S) with an
overt bleed is managed by holding the warfarin, giving vitamin K (IV 1-3 mg for minor
bleeding with INR > 5: Keeling D et al. BSH 2011, Br J Haematol 2011;154:311) and
watching the bleed until haemostasis is documented (NICE CKS epistaxis 2024: a bleed
that continues despite first aid, in a person on an anticoagulant, stays under
hospital care). Once the record documents haemostasis, the INR is rechecked the next
day as an outpatient (BSH 2011), so the patient may go home.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents.offline.rules.esi import OVERT_BLEEDING_CONCEPTS
from agents.offline.rules.facts import ClinicalFacts

__all__ = ["BLEED_SOURCE", "haemostasis_documented", "over_anticoagulated_bleed"]

BLEED_SOURCE: Final = (
    "Holbrook A et al. ACCP 2012; Keeling D et al. BSH 2011 warfarin reversal;"
    " NICE CKS epistaxis 2024"
)
_STOPPED: Final = re.compile(
    r"(?i)\b(?:haemostasis|hemostasis)\b(?! (?:not|was not|is not))"
    r"|\bno (?:further|active|ongoing|more|fresh) (?:\w+ )?(?:bleed\w*|ooz\w*)"
    r"|\b(?:bleed\w*|ooz\w*|nosebleed|epistaxis|haematuria|hematuria|it)"
    r"(?: \w+){0,3}? (?:has |had |was |is |have )?(?:now )?"
    r"(?:stopped|ceased|settled|controlled|resolved)\b"
    r"|\b(?:stopped|settled|ceased) (?:now|with (?:\w+ ){0,3}(?:pressure|pack\w*"
    r"|cauter\w*|compression))"
)
"""Haemostasis as written: "bleeding stopped", "haemostasis achieved", "no further
bleeding", "stopped with pressure"."""
_NOT_STOPPED: Final = re.compile(
    r"(?i)\b(?:not|never|hasn'?t|isn'?t|won'?t|without|fail\w*)"
    r" (?:\w+ ){0,2}?(?:stop\w*|settl\w*|control\w*|ceas\w*|resolv\w*|haemostasis"
    r"|hemostasis)\b"
    r"|\b(?:re-?bleed\w*|restart\w*|recurr\w*|(?:started|began|bleeding) again)\b"
)
_SENTENCE: Final = re.compile(r"(?<=[.;!?])\s+|\n+")


def haemostasis_documented(texts: Sequence[str | None]) -> bool:
    """Whether a sentence of the visible text states the bleeding has stopped."""
    for text in texts:
        for sentence in _SENTENCE.split(text or ""):
            if _STOPPED.search(sentence) and not _NOT_STOPPED.search(sentence):
                return True
    return False


def over_anticoagulated_bleed(
    facts: ClinicalFacts, texts: Sequence[str | None]
) -> str | None:
    """Why an overt bleed at a supratherapeutic INR is not sent home yet, or None."""
    if not facts.has("inr_supratherapeutic"):
        return None
    bleeds = [c for c in OVERT_BLEEDING_CONCEPTS if facts.has(c)]
    if not bleeds or haemostasis_documented(texts):
        return None
    return (
        f"{bleeds[0].replace('_', ' ')} at a supratherapeutic INR, haemostasis not"
        " documented: hold the warfarin, give vitamin K and observe until the"
        f" bleeding has stopped, INR rechecked before home ({BLEED_SOURCE})"
    )
