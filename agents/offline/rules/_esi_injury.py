"""ESI decision point B: an injured patient whose shock index says blood is being lost.

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.injury_words import BLEEDING_SITE, HIGH_ENERGY, TRAUMA
from agents.offline.rules.pain_quality import pain_quality
from agents.shock_index import abnormal_shock_index
from cases.models import Vitals

__all__ = ["injury_with_compromise"]

_MECHANISM_CONCEPTS: Final = ("dangerous_mechanism", "penetrating_trauma")
"""The knowledge base's high-risk mechanisms (a penetrating wound of the torso, a fall
from height, a vehicle at speed)."""


def injury_with_compromise(facts: ClinicalFacts, v: Vitals) -> str | None:
    """An injury of this visit with an abnormal shock index where blood hides, if any.

    After a high-energy or penetrating mechanism, or with signs of injury where blood
    is lost unseen (chest, abdomen, pelvis, retroperitoneum, thigh), a shock index
    abnormal for the age is compensated haemorrhage until proven otherwise: ATLS 10th
    ed. ch. 3 (class II-III haemorrhage before the pressure falls); Mutschler M et al.
    Crit Care 2013;17:R172 (shock index >= 1 predicts transfusion after trauma); ESI
    v4 handbook ch.4 (a high-risk situation that can deteriorate: level 2). The same
    judgement orders emergency-release blood in the resuscitation pathway
    (``agents.pathways``), so triage and treatment agree. A tachycardia after a
    low-energy injury of a limb (pain, fear) is not read here.
    """
    si = abnormal_shock_index(v.heart_rate, v.systolic_bp, facts.population)
    if si is None:
        return None
    texts = triage_clauses(facts)  # current clauses: negation and history removed

    def said(pattern: re.Pattern[str]) -> bool:
        # a pain's character word is no mechanism ("pain, described as stabbing")
        return any(
            not pain_quality(t, m.start(), m.end())
            for t in texts
            for m in pattern.finditer(t)
        )

    if not (facts.has("trauma") or said(TRAUMA)):
        return None
    mechanism = any(facts.has(c) for c in _MECHANISM_CONCEPTS) or said(HIGH_ENERGY)
    if not (mechanism or said(BLEEDING_SITE)):
        return None
    return (
        f"injury with haemodynamic compromise (shock index {si:.1f}, abnormal for age,"
        " after a high-energy mechanism or where blood hides; ATLS 10th ed.;"
        " Mutschler 2013)"
    )
