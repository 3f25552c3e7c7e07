"""ESI decision point B: a skin infection with systemic signs and signs of depth.

Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules._esi_risk import SIRS_HR
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import FEVER_C
from agents.population import years
from cases.models import Vitals
from cases.rx import whole_letters

__all__ = ["severe_soft_tissue_infection"]

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
