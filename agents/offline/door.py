"""Triage facts: the triage text's findings plus the background the nurse knows.

The ESI v4 handbook's high-risk modifiers hang on the patient's background, not only
on the complaint: a head or face injury on an anticoagulant (handbook ch.4; NICE NG232
2023 1.4.11: CT head within 8 h; ACEP 2023 mild TBI policy), fever in a patient on
chemotherapy or after a transplant (IDSA/ASCO 2018 febrile neutropenia: assess within
an hour; ESI 2), weakness in a dialysis patient (hyperkalaemia: KDIGO 2020
controversies conference), abdominal pain in pregnancy (ACEP 2017 early pregnancy).
The nurse asks for the medication list, allergies and past history at the door (ESI
handbook ch.2), so the triage stage reads the background sentences of the ED note's
history (``StageView.background``, ``cases.background``) and takes from them only
background conditions (``door_concepts``: every complaint's high-risk history and the
standing conditions that change triage), added as history: no symptom, examination
finding or result of the note reaches triage this way. Research software.
"""

from __future__ import annotations

import functools
from typing import Final

from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules import ClinicalFacts
from agents.offline.stage_facts import facts_with_notes
from agents.triage_pathways import triage_view
from cases.views import StageView

__all__ = ["door_concepts", "triage_facts"]

STANDING_CONDITIONS: Final = frozenset(
    {
        "anticoagulation",
        "antiplatelet",
        "immunocompromised",
        "dialysis_dependent",
        "ckd",
        "pregnancy",
    }
)
"""Background conditions that change triage besides the complaints' own high-risk
history: anticoagulant or antiplatelet therapy (NICE NG232 2023 1.2.3-1.2.4: either
is a risk factor after a head injury), immunocompromise (chemotherapy within 6 weeks,
a transplant, immunosuppressants: ``rules.immunocompromise``), dialysis, pregnancy."""


@functools.lru_cache(maxsize=4)
def door_concepts(kb: KnowledgeBase) -> frozenset[str]:
    """Every complaint's high-risk history plus ``STANDING_CONDITIONS``."""
    history = {c for spec in kb.complaints.values() for c in spec.high_risk_history}
    return frozenset(history | STANDING_CONDITIONS)


def triage_facts(view: StageView, knowledge: KnowledgeBase) -> ClinicalFacts:
    """The facts triage reasons on: its own text's, plus the background as history.

    Args:
        view: A stage view (its triage fields and ``background`` are read).
        knowledge: The knowledge base.

    Returns:
        ``facts_with_notes`` of the triage view, with every background condition
        (``door_concepts``) stated in ``view.background`` added to ``historical``
        (``ClinicalFacts.known`` answers for it) and its evidence text.
    """
    facts = facts_with_notes(triage_view(view), (), knowledge)
    if not view.background:
        return facts
    bare = view.model_copy(
        update={
            "chief_complaint": view.background,
            "presentation": None,
            "one_liner": None,
            "ed_text": None,
            "background": None,
        }
    )
    found = facts_with_notes(bare, (), knowledge)
    wanted = door_concepts(knowledge)
    door = {
        c
        for c in (found.present | found.historical) & wanted
        if not facts.known(c) and not facts.denied(c)
    }
    if not door:
        return facts
    evidence = dict(facts.evidence)
    for c in sorted(door):
        evidence.setdefault(c, f"background: {found.evidence.get(c, c)}")
    return facts.model_copy(
        update={"historical": facts.historical | door, "evidence": evidence}
    )
