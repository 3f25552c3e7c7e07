"""Domestic abuse disclosed by an adult: ask in private, assess the risk, refer.

Research software, not for clinical use. An adult who says a partner, an ex-partner
or a family member hurt them is a victim of domestic abuse until shown otherwise
(NICE PH50 2014 recommendations 6-8; NICE QS116 2016): the injury is treated, and
before discharge the patient is seen alone, the risk is assessed with a validated
tool (SafeLives DASH risk checklist), a specialist advocate (IDVA) is offered, high
risk goes to the MARAC, and children in the household are a safeguarding referral
(Working Together 2023). Non-fatal strangulation is a marker of homicide risk
(Glass N et al. J Emerg Med 2008;35:329). Older adults keep their own pathway
(``agents.pathways_trauma.elder_abuse``); children theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from agents._text import visible_texts
from agents.pathway_orders import required as _req
from agents.pathways_acute import AcuteRequired, asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["ABUSE_PATHWAYS", "domestic_abuse"]

_rx = word_start

ADULT_AGE: Final = 16
"""NICE PH50 / the UK cross-government definition of domestic abuse: aged 16 or over."""
_ABUSER: Final = (
    r"(?:(?:ex-?|former |estranged )?(?:partner|husband|boyfriend|wife|girlfriend|"
    r"spouse|fianc[eé]e?)|ex\b|son|daughter|brother|sister|father|mother|stepfather|"
    r"stepmother)"
)
_HURT: Final = (
    r"(?:assaulted|attacked|hit|struck|punched|kicked|slapped|beaten|beat|pushed|"
    r"shoved|strangled|choked|throttled|stabbed|thrown|threw|bit|grabbed|hurt)"
)
_DISCLOSED: Final = _rx(
    rf"{_HURT} (?:\w+ ){{0,3}}by (?:her|his|their|the) {_ABUSER}(?!['’]s\b)|"
    rf"(?:her|his|their) {_ABUSER} (?:\w+ ){{0,2}}{_HURT} (?:her|him|them)\b|"
    r"domestic (?:violence|abuse|assault|incident)|intimate partner (?:violence|abuse)"
)
"""A disclosure: hurt by a partner, an ex-partner or a family member (not by their car:
"hit by her partner's car"), or the words domestic violence / abuse (no bare "DV" or
"IPV": the polio vaccine's abbreviation)."""
_STRANGLED: Final = _rx(
    r"strangl\w*|chok(?:ed|ing) (?:her|him|them)|throttl\w*|hands? (?:around|round) "
    r"(?:her|his|their) (?:neck|throat)|petechiae (?:\w+ ){0,3}(?:eyes?|face|neck)"
)
_CHILDREN: Final = _rx(
    r"child(?:ren)? (?:at|in the) home|(?:children|kids|child|baby|son|daughter) "
    r"(?:\w+ ){0,3}(?:at home|in the house|in the household|lives? with)|"
    r"(?:has|have|with) (?:a |an |two |three |four |\d )?(?:young )?(?:children|kids|"
    r"child|baby|toddler)|pregnan\w*"
)


def domestic_abuse(view: StageView, pop: Population) -> list[AcuteRequired]:
    """An adult's disclosed domestic abuse: privacy, DASH, an advocate, children."""
    if pop.age_within(years(ADULT_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_DISCLOSED, texts):
        return []
    src = "NICE PH50 2014 rec. 6-8; NICE QS116 2016; SafeLives DASH 2009"
    out = [
        _req(
            "consult",
            "domestic abuse: speak with the patient alone (never in front of the "
            "partner or family); DASH risk assessment; offer the independent "
            "domestic violence advocate (IDVA) or local domestic abuse service; "
            "MARAC referral if high risk; a safety plan and a safe place before "
            "discharge",
            f"disclosed domestic abuse ({src})",
            r"domestic (?:abuse|violence)|\bdash\b|\bidva\b|advocate|marac",
        ),
        _req(
            "diagnostic",
            "document every injury on a body map with photographs (with consent), "
            "in the patient's own words",
            f"the record may be evidence later ({src})",
            r"body map",
        ),
    ]
    if asserted(_CHILDREN, texts):
        out.append(
            _req(
                "consult",
                "safeguarding referral for the children in the household (or the "
                "unborn baby)",
                "children living with domestic abuse are at risk of harm (Working "
                "Together to Safeguard Children 2023; NICE PH50 rec. 6)",
                r"safeguard",
            )
        )
    if asserted(_STRANGLED, texts):
        out.append(
            _req(
                "diagnostic",
                "non-fatal strangulation: examine the neck, voice and eyes for "
                "petechiae; CT angiography of the neck for neck pain, a change of "
                "voice, swallowing trouble, a neurological sign or loss of "
                "consciousness; high risk in the DASH",
                "strangulation injures the larynx and the carotid and vertebral "
                "arteries, and predicts homicide (Glass N et al. J Emerg Med "
                "2008;35:329; Training Institute on Strangulation Prevention 2019)",
                r"strangulation|cta|ct angiogra",
            )
        )
    return out


ABUSE_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[AcuteRequired]], ...]
] = (domestic_abuse,)
