"""A patient who refuses care: capacity assessed and documented, the refusal handled.

Research software, not for clinical use. An adult who refuses a test, a treatment, an
admission or a transfer, or wants to leave against advice, is presumed to have
capacity unless shown otherwise; the clinician assesses it for this decision - can
the patient understand the information, retain it, use or weigh it, and communicate
a choice (Mental Capacity Act 2005 ss.1-3; Appelbaum PS. N Engl J Med
2007;357:1834) - and documents it. A capacitous refusal is respected after the
risks, benefits and alternatives have been explained, with whatever part of the care
the patient accepts still offered, a senior clinician involved and the door left
open; a patient who lacks capacity is treated in their best interests (GMC Decision
making and consent 2020, paras 84-95; Mental Capacity Act 2005 s.4). The pathway
adds that order; it takes nothing away from the plan the case needs. Children keep
their own law (Gillick competence, parental consent): adults only, from 16 (Mental
Capacity Act 2005 s.2(5)).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from agents._text import current, visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["CONSENT_PATHWAYS", "refusal_of_care"]

ADULT_AGE: Final = 16
"""The Mental Capacity Act 2005 applies from 16 (s.2(5))."""
_CARE: Final = (
    r"(?:admission|(?:to be |being )?admitted|treatment|transfer|surgery|an? operation|"
    r"the operation|cath(?:eter)?(?:isation|ization)?(?: lab)?|angiogra\w*|pci|"
    r"thrombolysis|lysis|intubation|ventilation|blood (?:tests?|products|transfusion)|"
    r"bloods|a transfusion|transfusion|ct|(?:a |the )?scan|antibiotics|fluids|"
    r"(?:an? |the |any )?(?:iv|cannula|drip)|observation|to stay|medication|"
    r"(?:further |any |all |the |an? )?(?:care|tests?|investigations?|examination|"
    r"intervention|procedure)|\[redacted\])"
)
_REFUSAL: Final = word_start(
    rf"refus(?:es|ed|ing) (?:to |the |an? |any |all |further )?(?:\w+ ){{0,2}}?{_CARE}|"
    rf"refus(?:es|ed|ing) (?:to (?:stay|be admitted|go|have|be transferred|consent))|"
    rf"declin(?:es|ed|ing) (?:the |an? |any |all |further |to (?:have |be )?)?"
    rf"(?:\w+ ){{0,2}}?{_CARE}|"
    r"(?:wants|wishes|insists|demand(?:s|ing)) (?:\w+ )?(?:to )?(?:go home|leave|"
    r"self[- ]?discharge)|"
    r"against (?:medical )?advice|self[- ]?discharg\w*|"
    r"(?:does not|doesn't|did not|didn't) (?:want|consent) (?:to (?:be |have |go )?)?"
    rf"(?:\w+ ){{0,2}}?{_CARE}"
)
"""A refusal of care: "refuses transfer to the cath lab", "declines admission", "wants
to go home", "against medical advice", "self-discharge" (not "declining renal
function": a care word must follow). A disposition word in the stage's text is redacted
(``cases.views``): "refuses [REDACTED]" is a refusal of an admission or a transfer."""


def refusal_of_care(view: StageView, pop: Population) -> list[Required]:
    """An adult's refusal of care: capacity for the decision assessed and documented."""
    if pop.age_within(years(ADULT_AGE), None) is not True:
        return []
    if not current(_REFUSAL, visible_texts(view)):
        # readers55: a refusal of this visit, not one dated before it ("declined
        # valve surgery 2 years ago": capacity is decision- and time-specific, Mental
        # Capacity Act 2005 s.2(1); ConText historical)
        return []
    return [
        _req(
            "consult",
            "refusal of care: assess and document capacity for this decision "
            "(understand, retain, weigh, communicate); explain the risks, benefits "
            "and alternatives; if capacitous, respect the decision, offer every part "
            "of the care the patient accepts and a return at any time, senior "
            "clinician involved; if capacity is lacking, act in the patient's best "
            "interests",
            "a refusal is lawful only with capacity for the decision (Mental "
            "Capacity Act 2005 ss.1-4; Appelbaum PS. N Engl J Med 2007;357:1834; "
            "GMC Decision making and consent 2020)",
            r"capacity",
        )
    ]


CONSENT_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[Required]], ...]
] = (refusal_of_care,)
