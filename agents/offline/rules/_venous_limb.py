"""A whole leg massively swollen, and a leg blue or dusky, as clinicians write them.

Private to ``agents.offline.rules.findings`` (which gives each span its ConText status).
Phlegmasia cerulea dolens is an iliofemoral DVT whose outflow obstruction swells the
whole limb, tense, from the groin down, and turns it cyanotic: "massive swelling of
the whole left leg, dusky blue", "whole leg massively swollen from groin to foot". It
threatens the limb (venous gangrene) and needs admission, heparin and urgent thrombus
removal, not a DOAC and home (Kakkos SK et al. ESVS 2021 venous thrombosis, Eur J Vasc
Endovasc Surg 2021;61:9; Chinsakchai K et al. Vasc Endovascular Surg 2011;45:5). The
lexicon holds fixed phrases ("massive leg swelling", "blue leg"); notes put the side,
"whole" and the extent between them.

``massive_leg_swelling``: a massive, gross or tense swelling of the whole (entire) leg,
or one swollen from the groin, hip or thigh to the foot or ankle. A swollen calf or
ankle alone is not the whole limb. ``limb_cyanosis``: a leg, limb, foot, calf or thigh
written dusky, blue, purple, violaceous or cyanosed in one clause.
"""

from __future__ import annotations

import re
from typing import Final

from cases.rx import guarded

__all__ = ["venous_limb_spans"]

_SIDE: Final = r"(?:(?:left|right|lt|rt|(?-i:L|R))\.? )?"
_LEG: Final = r"(?:leg|lower (?:limb|extremity)|limb)"
_WHOLE: Final = rf"(?:whole|entire) {_SIDE}{_LEG}"
_MASSIVE: Final = (
    r"(?:massive(?:ly)?|gross(?:ly)?|huge(?:ly)?|tense(?:ly)?|markedly|severely)"
)
_SWOLLEN: Final = r"(?:swollen|swelling|oedema(?:tous)?|edema(?:tous)?)"
_EXTENT: Final = (
    r"from (?:the )?(?:groin|hip|thigh|buttock|inguinal ligament) (?:down )?to "
    r"(?:the )?(?:foot|feet|ankle|toes)"
    # cardio51: the same extent written upward ("swollen from the foot to the groin")
    r"|from (?:the )?(?:foot|feet|ankle|toes) (?:up )?to (?:the )?(?:groin|hip|"
    r"buttock|inguinal ligament)"
)
_GAP: Final = r"[^.;\n]{0,40}?"

_MASSIVE_SWELLING: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"{_MASSIVE} {_SWOLLEN}(?: of)? (?:the |his |her )?{_WHOLE}"
        rf"|{_WHOLE}(?: (?:is|was|became|has become|now))? {_GAP}{_MASSIVE} {_SWOLLEN}"
        rf"|{_MASSIVE} {_SWOLLEN} {_SIDE}{_LEG}"
        rf"|{_SIDE}{_LEG}(?: (?:is|was|became|has become|now))? {_MASSIVE} {_SWOLLEN}"
        rf"|{_SWOLLEN} {_EXTENT}"
        rf")(?![A-Za-z0-9])"
    )
)
_PART: Final = r"(?:leg|lower (?:limb|extremity)|limb|foot|calf|thigh)"
_BLUE: Final = (
    r"(?:dusky(?: blue| purple)?|blue(?:-black|-purple)?|bluish|purple|purplish|"
    r"violaceous|cyanosed|cyanotic|cyanosis)"
)
_CYANOSED: Final = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:"
        rf"{_SIDE}{_PART}(?: (?:is|was|became|turned|looks|looked))?[^.;\n]{{0,60}}?"
        rf"(?<![A-Za-z0-9]){_BLUE}"
        rf"|{_BLUE} (?:discolou?ration )?(?:of )?(?:the |his |her )?{_SIDE}{_PART}"
        rf")(?![A-Za-z0-9])"
    )
)
_NOT_LIMB_BLUE: Final = re.compile(
    r"(?i)blue toe|lips|tongue|central cyanosis|peripheral cyanosis|bruis|"
    r"ha?ematoma|ecchymo|contusion|tattoo|veins?\b|varicos|nail|"
    r"\b(?:not|no|nor|never|without)\b"
)
"""Blue toe syndrome is cholesterol embolism; central and peripheral cyanosis are the
blood's and the circulation's; a bruise, a tattoo and a varicose vein are blue or purple
without any outflow obstruction; a negator between the limb and its colour ("leg not
blue") denies it."""


def venous_limb_spans(text: str) -> list[tuple[str, int, int]]:
    """Spans of ``massive_leg_swelling`` and ``limb_cyanosis``, in text order.

    Args:
        text: Free text.

    Returns:
        (concept, start, end) for each mention; the caller gives each its status.
    """
    out = [
        ("massive_leg_swelling", m.start(), m.end())
        for m in _MASSIVE_SWELLING.finditer(text)
    ]
    out += [
        ("limb_cyanosis", m.start(), m.end())
        for m in _CYANOSED.finditer(text)
        if not _NOT_LIMB_BLUE.search(m.group())
    ]
    return sorted(out, key=lambda s: s[1])
