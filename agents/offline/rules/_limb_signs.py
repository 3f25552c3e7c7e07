"""A lateralised limb weakness and the NIHSS, as clinicians write them.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText status).
The lexicon holds fixed phrases ("right arm weakness", "left-sided weakness"); notes
write the side and a list of limbs in many orders: "R arm and leg weakness", "weakness
of the L arm and leg", "power 3/5 in the right arm", "weak L hand". A motor deficit of
one side's limbs is the hemiparesis of the stroke scales (Kothari RU et al. Cincinnati
Prehospital Stroke Scale, Ann Emerg Med 1999;33:373: arm drift; Powers WJ et al.
AHA/ASA 2019 acute ischaemic stroke). A face alone is not a limb: an isolated facial
weakness may be a peripheral palsy (AAO-HNS 2013 Bell's palsy).

The NIH Stroke Scale stated with its score is a focal deficit when 1 or more and none
at 0 (Brott T et al. Stroke 1989;20:864).
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["limb_sign_spans"]

_SIDE: Final = r"(?:left|right|lt|rt|(?-i:L|R))"
_SIDED: Final = rf"{_SIDE}(?:[- ]?sided)?\.?"
_LIMB: Final = (
    r"(?:arm|leg|hand|foot|upper (?:limb|extremity)|lower (?:limb|extremity)|"
    r"(?-i:UL|LL|UE|LE|UEs|LEs)|side|hemibody|body)"
)
_PART: Final = rf"(?:{_LIMB}|face|facial)"
_LIST: Final = rf"{_PART}(?:\s*(?:,|and|&|\+|/)\s*{_PART})*"
_MOTOR: Final = r"(?:weakness|weak|paresis|paralysis|paralysed|paralyzed|plegia|drift)"
_WEAK: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"{_SIDED}\s*(?P<a>{_LIST})\s+{_MOTOR}"
        rf"|(?:{_MOTOR}|reduced power|(?:power|strength)\s+[0-4][+-]?/5)\s+"
        rf"(?:of|in|on|to)\s+(?:the\s+|his\s+|her\s+)?{_SIDED}\s*(?P<b>{_LIST})"
        rf"|weak\s+{_SIDED}\s*(?P<c>{_LIST})"
        rf"|{_SIDE}[- ]?(?P<d>sided)\s+{_MOTOR}"
        rf")(?![A-Za-z])"
    )
)
_LIMB_RX: Final = re.compile(rf"(?i)(?<![A-Za-z]){_LIMB}(?![A-Za-z])")
_NIHSS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:NIHSS|NIH stroke scale|NIH stroke score)"
        r"(?:\s+score)?\s*(?:of|is|was|=|:)?\s*(\d{1,2})(?![0-9/])"
    )
)


def limb_sign_spans(text: str) -> list[tuple[str, int, int, bool]]:
    """``(concept, start, end, present)`` of lateralised weakness and a stated NIHSS.

    ``unilateral_weakness`` for one side's limbs (not the face alone);
    ``focal_deficit`` for an NIHSS of 1 or more, and ``present=False`` for an NIHSS
    of 0 (no deficit on the scale).

    Args:
        text: Free text (typographic quotes already plain).

    Returns:
        The spans, in text order.
    """
    out: list[tuple[str, int, int, bool]] = []
    for m in _WEAK.finditer(text):
        limbs = m.group("a") or m.group("b") or m.group("c") or ""
        if m.group("d") or _LIMB_RX.search(limbs):
            out.append(("unilateral_weakness", m.start(), m.end(), True))
    for m in _NIHSS.finditer(text):
        out.append(("focal_deficit", m.start(), m.end(), int(m.group(1)) > 0))
    return sorted(out, key=lambda x: x[1])
