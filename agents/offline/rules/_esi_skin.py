"""ESI decision point B: skin emergencies read at triage.

A skin infection with systemic signs and signs of depth (IDSA 2014), and eczema
herpeticum in a febrile or unwell patient or around the eye (NICE CKS 2024).

Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._esi_patterns import new_confusion_words, triage_clauses
from agents.offline.rules._esi_risk import SIRS_HR
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import FEVER_C
from agents.offline.rules.skin_lesion_words import PUNCHED_OUT_LESIONS
from agents.population import years
from cases.models import Vitals
from cases.rx import whole_letters

__all__ = [
    "ECZEMA_HERPETICUM_REASON",
    "eczema_herpeticum_suspected",
    "eczema_herpeticum_unwell",
    "severe_soft_tissue_infection",
]

_SKIN: Final = whole_letters(
    r"red\w*|erythema\w*|cellulitis|skin infection|swollen|swelling|abscess"
)
_DEEP: Final = whole_letters(
    r"rapidly (?:spreading|progressing|progressive|expanding)|spreading (?:rapidly"
    r"|quickly|fast)|spread\w* (?:over|within|in) (?:a few |\d+ )?hours?"
    r"|pain out of proportion|bullae|bullous|blisters?|crepitus|crepitation\w*"
    r"|dusky|skin necrosis|necroti\w*|gangren\w*"
)
"""IDSA 2014 SSTI: signs of a deeper (necrotising) infection: pain out of proportion,
rapid progression, bullae, skin necrosis or crepitus."""


def severe_soft_tissue_infection(facts: ClinicalFacts, v: Vitals) -> str | None:
    """A skin infection with fever, tachycardia and a sign of depth, if any (adults).

    IDSA 2014 (Stevens DL et al. Clin Infect Dis 2014;59:e10, figure 1): a
    non-purulent infection with systemic signs (temperature > 38 C, heart rate > 90)
    and signs of a deeper infection (rapid progression, bullae, crepitus, skin
    necrosis, pain out of proportion) is severe: emergent surgical inspection for a
    necrotising infection and empirical broad-spectrum antibiotics. A high-risk
    situation at triage (ESI v4 handbook ch.4), not a level-3 work-up.
    """
    t, hr = v.temperature_c, v.heart_rate
    if t is None or t < FEVER_C or hr is None or hr <= SIRS_HR:
        return None
    if facts.population.age_within(years(18), None) is not True:
        return None  # IDSA's systemic criteria are adult values
    texts = triage_clauses(facts)
    if not (
        any(_SKIN.search(x) for x in texts) and any(_DEEP.search(x) for x in texts)
    ):
        return None
    return (
        f"skin infection with fever {t:g} and HR {hr:g} and a sign of depth: possible"
        " necrotising soft-tissue infection (IDSA 2014 SSTI)"
    )


_NAMED_HERPETICUM: Final = whole_letters(
    r"eczema herpeticum|kaposi'?s? varicelliform(?: eruption)?"
)
"""Eczema herpeticum named at triage (Kaposi varicelliform eruption)."""
_HERPETICUM_UNWELL: Final = whole_letters(
    r"fever\w*|febrile|unwell|lethargic|listless|floppy|drowsy|miserable|not feeding"
    r"|off (?:his |her |their )?(?:feeds?|food)|rigors?"
    r"|(?:around|near|on|over) (?:the |his |her |their |both )?(?:left |right )?"
    r"(?:eyes?|eyelids?)|eyelids?|periorbital|periocular"
)
"""A systemic sign or lesions on or around the eyelids (NICE CKS atopic eczema 2024:
admit if systemically unwell; same-day ophthalmology around the eye)."""
_UNWELL_CONCEPTS: Final = ("fever", "lethargy", "altered_mental_status", "confusion")
ECZEMA_HERPETICUM_REASON: Final = (
    "possible eczema herpeticum with fever, systemic illness or lesions around the eye"
    " (IV aciclovir now; NICE CKS atopic eczema 2024)"
)
"""The decision-point B reason (and triage red flag) of ``eczema_herpeticum_unwell``."""


def eczema_herpeticum_unwell(facts: ClinicalFacts, v: Vitals) -> str | None:
    """Possible eczema herpeticum with fever, systemic illness or eye involvement.

    Eczema herpeticum (HSV spreading over eczematous skin: monomorphic punched-out
    blisters or erosions on a known or current eczema, or the disease named) is a
    dermatological emergency: a febrile or unwell patient is admitted for IV
    aciclovir now, and lesions around the eye need same-day ophthalmology for
    herpetic keratitis (NICE CKS atopic eczema 2024; Damour A et al. J Clin Med
    2020;9:2985: untreated, viraemia, keratitis, encephalitis). A high-risk situation
    at triage (ESI v4 handbook ch.4: time-sensitive treatment, a threat to sight),
    not the one-resource rash. A well patient's localised lesions are not this.
    """
    texts = triage_clauses(facts)
    named = any(_NAMED_HERPETICUM.search(t) for t in texts)
    lesions = facts.has("punched_out_erosions") or any(
        PUNCHED_OUT_LESIONS.search(t) for t in texts
    )
    if not (named or (lesions and facts.known("atopic_eczema"))):
        return None
    febrile = v.temperature_c is not None and v.temperature_c >= FEVER_C
    unwell = (
        febrile
        or any(facts.has(c) for c in _UNWELL_CONCEPTS)
        or new_confusion_words(facts)
        or any(_HERPETICUM_UNWELL.search(t) for t in texts)
    )
    return ECZEMA_HERPETICUM_REASON if unwell else None


_PAINFUL_BLISTERS: Final = whole_letters(
    r"(?:painful|sore|burning|clustered|crops? of|spreading|weeping) (?:\w+ )?"
    r"(?:blisters?|vesicles?|erosions?|sores?)|(?:blisters?|vesicles?|erosions?)"
    r" (?:\w+ ){0,2}(?:painful|sore|spreading|clustered)"
)
"""Painful or clustered blisters, vesicles or erosions (NICE CKS atopic eczema 2024:
rapidly worsening painful eczema with clustered blisters or punched-out erosions)."""
_ECZEMA: Final = whole_letters(r"eczema\w*|atopic dermatitis")


def eczema_herpeticum_suspected(facts: ClinicalFacts) -> bool:
    """A possible eczema herpeticum in a well patient (triage53).

    NICE CKS atopic eczema (2024): painful clustered blisters or punched-out erosions
    on eczema are eczema herpeticum until shown otherwise - aciclovir started and a
    same-day dermatology (and ophthalmology, near the eye) opinion, with a viral swab:
    a specialty consultation and a lab test, two resources (ESI v4 handbook ch.5),
    not the one-resource rash. A febrile or unwell patient is high risk
    (``eczema_herpeticum_unwell``).
    """
    texts = triage_clauses(facts)
    if any(_NAMED_HERPETICUM.search(t) for t in texts):
        return True
    eczema = facts.known("atopic_eczema") or any(_ECZEMA.search(t) for t in texts)
    lesions = facts.has("punched_out_erosions") or any(
        PUNCHED_OUT_LESIONS.search(t) or _PAINFUL_BLISTERS.search(t) for t in texts
    )
    return eczema and lesions
