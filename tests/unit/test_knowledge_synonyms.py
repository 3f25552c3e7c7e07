"""One phrase names one concept: the loader's synonym check and what it fixed (text15).

The findings lexicon maps each phrase to one id, so a phrase listed under two
concepts silently never reached the second. The check and the mappings below failed
on main before session 15.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.loader import validate_knowledge
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules.findings import extract_findings

KB = load_knowledge()


def test_a_phrase_of_two_concepts_is_a_problem() -> None:
    broken = KnowledgeBase(
        version="x",
        complaints=KB.complaints,
        diagnoses=KB.diagnoses,
        concepts={**KB.concepts, "extra": ["Rabies", "bitten-by a  bat"]},
        implies=KB.implies,
        history_concepts=KB.history_concepts,
    )
    problems = " | ".join(validate_knowledge(broken))
    assert "concept synonym 'rabies' names 2 ids (extra, rabies_exposure)" in problems
    assert "'bitten by a bat' names 2 ids" in problems


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Bitten by a bat while camping.", "rabies_exposure"),  # CDC ACIP 2008
        ("Right proptosis with pain with eye movements.", "orbital_signs"),
        ("Food bolus since dinner, drooling.", "food_bolus"),
        ("Foreign body in eye after grinding metal.", "eye_foreign_body"),
        ("Left knee arthroplasty, now hot swollen knee.", "prosthetic_joint"),
        ("Nasal congestion for a week.", "nasal_congestion"),
    ],
)
def test_each_phrase_reaches_its_own_concept(text: str, concept: str) -> None:
    found = {f.concept for f in extract_findings(text, KB)}
    assert concept in found
