"""A must-not-miss diagnosis with cardinal findings (``held_open_by``) is held open by
its probability only when one of them is documented (EGS 2020: acute angle closure)."""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.loader import validate_knowledge
from agents.offline.knowledge.models import KnowledgeBase


def test_angle_closure_declares_its_eye_findings() -> None:
    spec = load_knowledge().diagnoses["acute_angle_closure_glaucoma"]
    assert {"eye_pain", "red_eye"} <= set(spec.held_open_by)


def test_an_unknown_cardinal_concept_is_a_knowledge_problem() -> None:
    kb = load_knowledge()
    bad = kb.diagnoses["acute_angle_closure_glaucoma"].model_copy(
        update={"held_open_by": ["no_such_sign"]}
    )
    broken = KnowledgeBase(
        version="x",
        complaints=kb.complaints,
        diagnoses={**kb.diagnoses, bad.id: bad},
        concepts=kb.concepts,
        implies=kb.implies,
        history_concepts=kb.history_concepts,
    )
    problems = " | ".join(validate_knowledge(broken))
    assert "unknown finding concept 'no_such_sign'" in problems
