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

__all__ = [
    "CENTRAL_VERTIGO_SIGNS",
    "HEAD_IMPULSE_ABNORMAL",
    "UNIDIRECTIONAL_NYSTAGMUS",
    "vestibular_spans",
]

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

CENTRAL_VERTIGO_SIGNS: Final = "central_vertigo_signs"
"""A central HINTS sign (here: a nystagmus whose direction changes with the gaze)."""

_GAZE: Final = r"(?:on|in|with)\s+(?:looking\s+)?(?:the\s+)?"
DIRECTION_CHANGING_WORDS: Final = guarded(
    re.compile(
        rf"(?i)(?<![a-z])(?:"
        # "nystagmus beating left on left gaze and right on right gaze"
        rf"{_NYST}\s+(?:\w+\s+){{0,2}}beating\s+(?:to(?:wards)?\s+)?(?:the\s+)?"
        rf"(?P<a>{_WAY})\s+{_GAZE}(?P=a)(?:\s+lateral)?\s+gaze\s*,?\s+and\s+"
        rf"(?:(?:beating\s+)?(?:to(?:wards)?\s+)?(?:the\s+)?)?{_WAY}\s+{_GAZE}{_WAY}"
        rf"(?:\s+lateral)?\s+gaze"
        # "left-beating nystagmus on left gaze and right-beating on right gaze"
        rf"|{_WAY}[- ]beating\s+(?:\w+\s+){{0,2}}{_NYST}\s+{_GAZE}{_WAY}(?:\s+lateral)?"
        rf"\s+gaze\s*,?\s+and\s+{_WAY}[- ]beating"
        # "nystagmus changing direction on gaze", "nystagmus that changes direction"
        rf"|{_NYST}\s+(?:\w+\s+){{0,2}}(?:chang\w*|revers\w*|switch\w*)\s+"
        rf"(?:its\s+)?direction"
        rf"|(?:bidirectional|bi-directional)\s+(?:[\w-]+\s+){{0,2}}{_NYST}"
        rf"|{_NYST}\s+(?:\w+\s+){{0,2}}in\s+both\s+directions\s+of\s+(?:lateral\s+)?gaze"
        rf")(?![a-z])"
    )
)
"""A nystagmus whose fast phase changes with the direction of gaze: a central sign
(Kattah JC et al. Stroke 2009;40:3504: direction-changing nystagmus on eccentric
gaze is one of the three central HINTS findings; Edlow JA et al. GRACE-3 2023):
"nystagmus beating left on left gaze and right on right gaze", "left-beating
nystagmus on left gaze and right-beating on right gaze", "nystagmus changing
direction on gaze", "bidirectional gaze-evoked nystagmus"."""

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
    out += [
        (CENTRAL_VERTIGO_SIGNS, *m.span())
        for m in DIRECTION_CHANGING_WORDS.finditer(text)
    ]
    return out
