"""The acute scrotum of a child read by the TWIST score.

TWIST (Testicular Workup for Ischemia and Suspected Torsion; Barbosa JA et al.
J Urol 2013;189:1859, validated by Sheth KR et al. J Urol 2016;195:1870 in patients
under 18): testicular swelling 2, a hard testis 2, an absent cremasteric reflex 1,
nausea or vomiting 1, a high-riding testis 1. A score of 5 or more is high risk:
the child goes to scrotal exploration without an ultrasound first, which only delays
detorsion (the testis is lost with time: EAU paediatric urology guideline 2023);
0-2 is low risk and 3-4 needs the ultrasound. A score the clinician states is used
as written. Outside its validated population (adults) the rule is not applied.

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents._text import visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.pathways_acute import asserted
from agents.population import years
from agents.schemas import Order, OrderGate
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["SCROTUM_PATHWAYS", "TWIST_HIGH", "order_gate", "twist", "twist_high_risk"]

_rx = word_start

TWIST_HIGH: Final = 5
"""TWIST at or above which exploration is not delayed by imaging (Barbosa 2013)."""
TWIST_MAX_YEARS: Final = 18
"""The rule's validated population: under 18 years (Sheth 2016)."""

_TESTIS: Final = r"(?:testis|testes|testicles?|testicular|scrot\w*|hemiscrot\w*)"
_SWELLING: Final = _rx(
    rf"{_TESTIS} (?:\w+,? ){{0,3}}(?:swollen|swelling|enlarged|oedematous|edematous)|"
    rf"(?:swollen|enlarged|oedematous|edematous) (?:\w+ ){{0,2}}{_TESTIS}|"
    rf"swelling (?:of|in) (?:the )?(?:\w+ )?{_TESTIS}"
)
_HARD: Final = _rx(
    rf"{_TESTIS} (?:\w+,? ){{0,3}}(?:hard|firm|indurated)\b|"
    rf"(?:hard|firm|indurated),? (?:\w+ ){{0,2}}{_TESTIS}"
)
_NO_CREMASTERIC: Final = _rx(
    r"(?:absent|no|loss of|negative|lost) (?:\w+ )?cremasteric|"
    r"cremasteric reflex (?:is |was )?(?:absent|not (?:elicited|present)|negative|lost)"
)
_NAUSEA_VOMITING: Final = _rx(r"nause\w*|vomit\w*|retch\w*")
_HIGH_RIDING: Final = _rx(
    r"high[- ]riding|horizontal(?:ly)? (?:lie|lying)|"
    r"(?:lying|lies|sitting|sits) higher than the (?:other|left|right)|"
    rf"{_TESTIS} (?:\w+ ){{0,3}}(?:retracted|elevated|high in the scrotum)"
)
_STATED: Final = re.compile(r"(?i)\btwist(?: score)?\s*(?:of|=|:|is)?\s*([0-7])\b")
_ITEMS: Final = (
    (_SWELLING, 2),
    (_HARD, 2),
    (_NO_CREMASTERIC, 1),
    (_NAUSEA_VOMITING, 1),
    (_HIGH_RIDING, 1),
)
_SCROTAL_ULTRASOUND: Final = re.compile(
    r"(?i)(?:scrot\w*|testi\w*)\W+(?:\w+\W+){0,3}?(?:ultraso\w*|doppler|\bus\b)|"
    r"(?:ultraso\w*|doppler)\W+(?:\w+\W+){0,3}?(?:scrot\w*|testi\w*)"
)


def twist(texts: tuple[str, ...], pop: Population) -> int | None:
    """The TWIST score of a child with an acute scrotum (None: not applicable)."""
    if pop.sex == "F" or pop.age_within(0, years(TWIST_MAX_YEARS) - 1) is not True:
        return None
    stated = [int(m.group(1)) for t in texts for m in _STATED.finditer(t)]
    if stated:
        return stated[-1]
    if not any(re.search(_TESTIS, t, re.IGNORECASE) for t in texts):
        return None
    return sum(points for rx, points in _ITEMS if asserted(rx, texts))


def twist_high_risk(view: StageView, pop: Population) -> list[Required]:
    """TWIST >= 5: urology for emergency exploration, no ultrasound first."""
    score = twist(visible_texts(view), pop)
    if score is None or score < TWIST_HIGH:
        return []
    return [
        _req(
            "consult",
            "urology (paediatric surgery) emergently for scrotal exploration now, "
            "without waiting for an ultrasound",
            f"TWIST {score} >= {TWIST_HIGH}: high risk of testicular torsion "
            "(Barbosa JA et al. J Urol 2013; Sheth KR et al. J Urol 2016; EAU "
            "paediatric urology 2023)",
            r"explor",
        ),
        _req(
            "medication",
            "IV analgesia (opioid) and antiemetic; nil by mouth",
            "pain and vomiting of torsion; surgery is expected (EAU paediatric "
            "urology 2023)",
            r"iv analges|iv opioid|morphine|fentanyl",
        ),
    ]


def order_gate(
    order: Order, texts: tuple[str, ...], pop: Population
) -> tuple[OrderGate, str] | None:
    """A scrotal ultrasound is withheld when TWIST is high: it delays exploration."""
    if order.kind != "diagnostic" or not _SCROTAL_ULTRASOUND.search(order.name):
        return None
    score = twist(texts, pop)
    if score is None or score < TWIST_HIGH:
        return None
    return "contraindication", (
        f"TWIST {score} >= {TWIST_HIGH} (high risk of torsion): straight to scrotal "
        "exploration, an ultrasound only delays detorsion (Barbosa JA et al. J Urol "
        "2013; Sheth KR et al. J Urol 2016)"
    )


SCROTUM_PATHWAYS: Final = (twist_high_risk,)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
