"""Chronic limb ischaemia as clinicians write it: claudication and ischaemic rest pain.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText status).
Peripheral arterial disease shows first as intermittent claudication: a calf, thigh or
buttock pain brought on by walking and relieved within minutes by rest ("cramping calf
pain after walking 200 metres, relieved by rest"); then, as chronic limb-threatening
ischaemia, as rest pain in the foot at night, eased by hanging the foot out of bed
(dependency), and tissue loss (Aboyans V et al. ESC/ESVS 2017 PAD, Eur Heart J
2018;39:763; Conte MS et al. Global Vascular Guidelines on CLTI, Eur J Vasc Endovasc
Surg 2019;58:S1; Gerhard-Herman MD et al. AHA/ACC 2016 lower extremity PAD). These are
weeks or months of symptoms, not the sudden cold pale limb of acute limb ischaemia
(ESVS 2020: symptoms under two weeks).

``claudication_pain``: a leg pain, cramp or ache on walking or exertion and
its relief by rest or stopping, in one sentence. ``ischaemic_rest_pain``: "rest pain"
of a foot or leg, or a foot or leg pain relieved by hanging or dangling it.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["chronic_limb_spans"]

_LEG_PART: Final = r"(?:calf|calves|thigh|thighs|buttock|buttocks|leg|legs|hip)"
_PAIN: Final = r"(?:pain|cramp(?:ing|s)?|ache|aching|tightness|discomfort)"
_WALK: Final = r"(?:walking|walks?|exertion|exercise|climbing|uphill|stairs)"
_REST: Final = (
    r"(?:(?:relieved|eased|eases|settles|settling|resolves|resolving|goes away|"
    r"subsides|subsiding|better|improves|disappears)"
    r"(?: (?:within|after|in) (?:a few |a couple of |several |\d+(?:-\d+)? )?"
    r"(?:minutes?|mins?)(?: of)?)?"
    r" (?:by |with |on |after |when (?:he |she |they )?)?"
    r"(?:rest(?:ing)?|stopping|standing still)"
    r"|(?:stops?|stopping) (?:and|to) rest"
    r"|rest(?:ing)? (?:relieves|eases|helps|settles))"
)
_CLAUDICATION: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"{_LEG_PART} {_PAIN}[^.;\n]{{0,60}}?{_WALK}[^.;\n]{{0,60}}?{_REST}"
        rf"|{_PAIN} (?:in|of) (?:the |his |her |both )?(?:left |right )?{_LEG_PART}"
        rf"[^.;\n]{{0,60}}?{_WALK}[^.;\n]{{0,60}}?{_REST}"
        rf")(?![A-Za-z0-9])"
    )
)
_FOOT: Final = r"(?:foot|feet|leg|legs|toes?|forefoot)"
_REST_PAIN: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"(?:ischa?emic )?rest pain"
        rf"|{_PAIN}[^.;\n]{{0,60}}?(?:relieved|eased|better|helped) "
        rf"(?:by |with |when )?"
        rf"(?:hanging|dangling|lowering|putting) (?:the |his |her |their )?{_FOOT}"
        rf"|(?:hangs|dangles|hanging|dangling) (?:the |his |her |their )?{_FOOT} "
        rf"(?:out of|over the (?:side|edge) of) (?:the )?bed"
        rf")(?![A-Za-z0-9])"
    )
)
_CHEST: Final = re.compile(r"(?i)chest|angina|cardiac|heart")
"""A pain at rest of the chest is unstable angina's, not a limb's."""


def chronic_limb_spans(text: str) -> list[tuple[str, int, int]]:
    """Spans of ``claudication_pain`` and ``ischaemic_rest_pain``, in order.

    Args:
        text: Free text.

    Returns:
        (concept, start, end) for each mention; the caller gives each its status.
    """
    out = [
        ("claudication_pain", m.start(), m.end()) for m in _CLAUDICATION.finditer(text)
    ]
    out += [
        ("ischaemic_rest_pain", m.start(), m.end())
        for m in _REST_PAIN.finditer(text)
        if not _CHEST.search(m.group())
    ]
    return sorted(out, key=lambda s: s[1])
