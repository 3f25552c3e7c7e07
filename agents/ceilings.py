"""Documented ceilings of treatment and end-of-life care, read from the visible text.

A treatment escalation plan or ReSPECT form agreed with the patient (or made in their
best interests) is respected in the ED: a patient "not for ICU" or on "ward-based
care" is admitted to a ward, one "not for intubation" (DNI) is not intubated, one with
a DNACPR decision gets no CPR (Resuscitation Council UK ReSPECT 2017; GMC Treatment
and care towards the end of life 2010, 2022 update; BMA/RC(UK)/RCN Decisions relating
to CPR 2016). A patient recognised as dying, on comfort care only, gets the care of
the last days of life: symptom control (breathlessness, secretions, agitation, pain),
the specialist palliative team, and no investigation that will not change that care
(NICE NG31 2015 care of dying adults in the last days of life 1.1, 1.4-1.8). A DNACPR
decision alone limits nothing else (RC(UK) 2016: "DNACPR does not mean do not
treat"). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents._text import asserted, visible_texts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = [
    "CEILING_PATHWAYS",
    "CEILING_SOURCE",
    "COMFORT_SOURCE",
    "comfort_only",
    "end_of_life_care",
    "no_admission",
    "no_cpr",
    "no_icu",
    "no_intubation",
    "palliative_comfort_goal",
]

_rx = word_start

CEILING_SOURCE: Final = (
    "Resuscitation Council UK ReSPECT 2017; GMC treatment and care towards the end "
    "of life 2010; BMA/RC(UK)/RCN decisions relating to CPR 2016"
)
COMFORT_SOURCE: Final = "NICE NG31 2015 care of dying adults in the last days of life"

_COMFORT: Final = _rx(
    r"comfort (?:care|measures)(?: only)?|(?:recogni[sz]ed|identified) as (?:dying|"
    r"being in the last days)|end[- ]of[- ]life care|last days of life|"
    r"palliative care only|for palliation only|actively dying"
)
"""Care of the dying agreed: comfort care only (NICE NG31 1.1)."""
_NO_ICU: Final = _rx(
    r"not for (?:icu|itu|hdu|intensive care|critical care|escalation)|"
    r"ward[- ](?:based|level) (?:care|ceiling|treatment)|"
    r"ceiling of (?:care|treatment)\W+(?:\w+\W+){0,3}?ward"
)
"""A ceiling that stops at the ward (ReSPECT: 'ward-based care, not for ICU')."""
_NO_INTUBATION: Final = _rx(
    r"not for (?:intubation|ventilation|invasive ventilation|tracheal intubation)|"
    r"dnr ?/ ?dni|\bdni\b|do not intubate"
)
_NO_CPR: Final = _rx(
    r"dnacpr|dnar\b|\bdnr\b|do not (?:attempt )?(?:cardiopulmonary )?resuscitat\w*|"
    r"not for (?:cpr|cardiopulmonary resuscitation|resuscitation)"
)


_PLAN: Final = (
    r"(?:advance(?:d)? care plan(?:ning)?|advance (?:decision|directive|statement)|"
    r"respect (?:form|plan)|treatment escalation plan|"
    r"(?:his|her|their) (?:documented )?(?:wishes|care plan))"
)
_ADM: Final = r"(?:admi(?:t|ss)\w*|\[REDACTED\])"
"""Admission words, also as the views scrub them (``cases.redaction``: disposition
vocabulary becomes "[REDACTED]"); a scrubbed word is read as an admission only where
"hospital" or an advance care plan says which it is."""
_NO_ADMISSION: Final = _rx(
    _PLAN
    + r"[^\w.\n]+(?:[\w'-]+[^\w.\n]+){0,12}?(?:no (?:hospital |further )?"
    + _ADM
    + r"|not (?:for|to be) (?:hospital )?"
    + _ADM
    + r"|no (?:conveyance|\[REDACTED\]) to hospital)|not for hospital "
    + _ADM
    + r"|not to be (?:"
    + _ADM
    + r"|taken) (?:to|in)(?:to)? hospital|does not (?:want|wish) to (?:go (?:back )?"
    r"(?:in)?to|be "
    + _ADM
    + r" (?:to|in)(?:to)?) (?:hospital|(?:the |a )?wards?|hospital wards?)|does not "
    r"(?:want|wish) (?:a )?hospital " + _ADM + r"|declines? hospital " + _ADM
)
"""cardio53: an advance care plan, ReSPECT form or the patient's stated wish not to
be admitted to hospital (Resuscitation Council UK ReSPECT 2017; NICE NG31 2015 1.1;
Mental Capacity Act 2005 ss. 24-26 (an advance refusal of treatment); GMC treatment and
care towards the end of life 2010, 2022): the plan is read with its own words, not a
past admission ("no hospital admissions this year" names no plan)."""
NO_ADMISSION_SOURCE: Final = (
    "Resuscitation Council UK ReSPECT 2017; NICE NG31 2015 1.1; Mental Capacity Act "
    "2005 ss. 24-26; GMC treatment and care towards the end of life 2010"
)


def no_admission(texts: Sequence[str]) -> bool:
    """Whether an advance care plan or the patient's wish excludes admission."""
    return asserted(_NO_ADMISSION, texts)


_PALLIATIVE: Final = _rx(
    r"palliative (?:care )?register|known to (?:the )?palliative|under (?:the )?"
    r"(?:palliative|hospice)|hospice patient|(?:for )?best supportive care"
)
_COMFORT_GOAL: Final = _rx(
    r"wants? to be (?:kept )?comfortable|wish\w* to be (?:kept )?comfortable|"
    r"comfort[- ]focused|focus(?:ed)? on comfort|does not want (?:to go back to|to be "
    r"admitted|hospital|further (?:investigations?|tests))|declines? further "
    r"investigation\w*|(?:wants?|wish\w*) to die at home|for symptom(?:atic)? "
    r"(?:control|treatment|care)|symptom control only|focus(?:ed)? on symptom control"
)
"""cardio52: palliative care documented with a goal of comfort stated ("on the
palliative care register ... wants to be comfortable"): investigations whose only
use is a treatment outside those goals are not done (NICE NG31 2015 1.1-1.3; NICE CKS
palliative care: breathlessness 2021)."""
VTE_ACS_WORKUP: Final = re.compile(
    r"(?i)\b(?:d-?dimer|ctpa|ct pulmonary angiogra\w*|v/?q scan|troponin)"
)


def palliative_comfort_goal(texts: Sequence[str]) -> bool:
    """Whether a palliative patient's stated goal is comfort (not care of the dying).

    Palliative care documented, or a ceiling of treatment short of intensive care
    (a treatment escalation plan: ward-based care; cardio53), with a goal of comfort
    or symptom control stated (NICE NG31 2015 1.1-1.3; ReSPECT 2017).
    """
    return (asserted(_PALLIATIVE, texts) or asserted(_NO_ICU, texts)) and asserted(
        _COMFORT_GOAL, texts
    )


def comfort_only(texts: Sequence[str]) -> bool:
    """Whether the patient is recognised as dying, on comfort care only."""
    return asserted(_COMFORT, texts)


def no_icu(texts: Sequence[str]) -> bool:
    """Whether a documented ceiling excludes intensive care."""
    return comfort_only(texts) or asserted(_NO_ICU, texts)


def no_intubation(texts: Sequence[str]) -> bool:
    """Whether a documented ceiling excludes intubation and ventilation."""
    return no_icu(texts) or asserted(_NO_INTUBATION, texts)


def no_cpr(texts: Sequence[str]) -> bool:
    """Whether a DNACPR decision (or comfort care only) is documented."""
    return comfort_only(texts) or asserted(_NO_CPR, texts)


INTUBATION_ORDER: Final = re.compile(
    r"(?i)\b(?:intubat\w*|rapid sequence|rsi\b|definitive airway|mechanical "
    r"ventilation|invasive ventilation|ecmo\b|ecls\b|surgical airway|"
    r"cricothyro\w*)"
)
CPR_ORDER: Final = re.compile(
    r"(?i)\b(?:cpr\b|cardiopulmonary resuscitation|chest compressions|"
    r"defibrillat\w*|acls\b)"
)
COMFORT_TESTS_KEPT: Final = re.compile(r"(?i)\b(?:glucose|bladder scan)\b")
"""Bedside checks that relieve a symptom (hypoglycaemia, a full bladder) in the last
days of life (NICE NG31 1.4: reversible causes of distress)."""


def end_of_life_care(view: StageView, pop: Population) -> list[Required]:
    """Comfort care only: symptom control and the palliative team (NICE NG31)."""
    del pop
    if not comfort_only(visible_texts(view)):
        return []
    return [
        _req(
            "medication",
            "symptom control of the last days of life, as needed: morphine 2.5-5 mg "
            "SC for breathlessness or pain; glycopyrronium 200 micrograms or hyoscine "
            "butylbromide 20 mg SC for noisy secretions; midazolam 2.5-5 mg SC for "
            "agitation or distress; oxygen only if it relieves breathlessness",
            f"comfort care only ({COMFORT_SOURCE} 1.4-1.8)",
            r"glycopyrronium|hyoscine|symptom control",
        ),
        _req(
            "consult",
            "specialist palliative care; the family told and the agreed plan followed "
            "(no investigation or escalation that will not change comfort care)",
            f"comfort care only ({COMFORT_SOURCE} 1.1-1.3; {CEILING_SOURCE})",
            r"palliative",
        ),
    ]


CEILING_PATHWAYS: Final = (end_of_life_care,)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""
