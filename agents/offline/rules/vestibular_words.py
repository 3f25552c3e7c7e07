"""The peripheral HINTS findings, in the words people use.

Kattah JC et al. Stroke 2009;40:3504 and Edlow JA et al. ACEP GRACE-3 2023: in the
acute vestibular syndrome (continuous vertigo with spontaneous nystagmus) an abnormal
head impulse (a corrective, catch-up saccade) with a unidirectional, direction-fixed
horizontal nystagmus and no skew deviation is the peripheral pattern of vestibular
neuritis; a normal head impulse, a direction-changing or vertical nystagmus or a skew
is central (``central_vertigo_signs``, ``head_impulse_normal``). Notes word it as
"head impulse test abnormal to the left", "positive head impulse with a corrective
saccade", "horizontal nystagmus beating to the right only", "right-beating
nystagmus", "direction-fixed nystagmus". Used by ``agents.offline.rules.findings``
(each span given its ConText status).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["HEAD_IMPULSE_ABNORMAL", "UNIDIRECTIONAL_NYSTAGMUS", "vestibular_spans"]

HEAD_IMPULSE_ABNORMAL: Final = "head_impulse_abnormal"
"""A head impulse test with a corrective saccade (the peripheral HINTS result)."""
UNIDIRECTIONAL_NYSTAGMUS: Final = "unidirectional_nystagmus"
"""A horizontal nystagmus beating one way in every gaze (the peripheral pattern)."""

_HIT: Final = r"head[- ](?:impulse|thrust)(?:\s+(?:test|testing|manoeuvre|maneuver))?"
_ABNORMAL: Final = r"abnormal|positive|pathological|impaired"
_SIDE: Final = r"(?:\s+(?:to|on|towards?)\s+the\s+(?:left|right)(?:\s+side)?)?"

HEAD_IMPULSE_WORDS: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:(?:{_ABNORMAL})\s+(?:{_HIT})"
        rf"|(?:{_HIT})\s+(?:(?:is|was)\s+)?(?:{_ABNORMAL})(?![a-z]){_SIDE}"
        rf"|(?:{_HIT})\s+(?:\w+\s+){{0,4}}(?:shows?|showed|with|elicits?|elicited)"
        rf"\s+(?:an?\s+)?(?:(?:left|right|clear|obvious)\s+)?"
        rf"(?:corrective|catch[- ]up|refixation)\s+saccades?"
        rf"|(?:corrective|catch[- ]up|refixation)\s+saccades?\s+(?:\w+\s+){{0,3}}"
        rf"(?:on|with|during)\s+(?:the\s+)?(?:{_HIT}))(?![a-z])"
    )
)
"""An abnormal head impulse: "head impulse test abnormal to the left", "positive
head impulse", "corrective saccade on head impulse testing"."""

_NYST: Final = r"nystagmus"
_WAY: Final = r"(?:left|right)"
UNIDIRECTIONAL_WORDS: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:(?:unidirectional|uni-directional|direction[- ]fixed)"
        rf"\s+(?:\w+\s+){{0,2}}{_NYST}"
        rf"|{_WAY}[- ]beating\s+(?:\w+\s+){{0,2}}{_NYST}"
        rf"(?!\s+(?:on|in)\s+(?:left|right|lateral)\s+gaze\s+and)"
        rf"|{_NYST}\s+(?:\w+\s+){{0,2}}beating\s+(?:to(?:wards)?\s+)?(?:the\s+)?"
        rf"{_WAY}(?:\s+(?:only|in\s+(?:all|every)\s+(?:directions\s+of\s+)?gaze"
        rf"|whichever\s+way\s+\w+\s+looks))"
        rf"|{_NYST}\s+(?:\w+\s+){{0,2}}(?:with\s+(?:the\s+|a\s+)?)?fast\s+phase\s+"
        rf"(?:to(?:wards)?\s+)?(?:the\s+)?{_WAY}\s+(?:only|in\s+(?:all|every)\s+"
        rf"(?:directions\s+of\s+)?gaze))(?![a-z])"
    )
)
"""A nystagmus beating one way: "unidirectional", "direction-fixed", "right-beating
horizontal nystagmus", "nystagmus beating to the right only"."""

_CUE: Final = re.compile(r"(?i)impulse|thrust|saccade|nystagmus")


def vestibular_spans(text: str) -> list[tuple[str, int, int]]:
    """(concept, start, end) of each peripheral HINTS finding worded."""
    if _CUE.search(text) is None:
        return []
    out = [
        (HEAD_IMPULSE_ABNORMAL, *m.span()) for m in HEAD_IMPULSE_WORDS.finditer(text)
    ]
    out += [
        (UNIDIRECTIONAL_NYSTAGMUS, *m.span())
        for m in UNIDIRECTIONAL_WORDS.finditer(text)
    ]
    return out
