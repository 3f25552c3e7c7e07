"""``KnowledgeBase.complaint_named_by``: the complaint a finding concept names."""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge


def test_a_concept_named_by_a_complaint_alias_gives_that_complaint() -> None:
    kb = load_knowledge()
    assert kb.complaint_named_by("nosebleed") == "epistaxis"


def test_a_complaint_id_gives_itself() -> None:
    kb = load_knowledge()
    assert kb.complaint_named_by("epistaxis") == "epistaxis"


def test_a_concept_naming_no_complaint_gives_none() -> None:
    kb = load_knowledge()
    assert kb.complaint_named_by("troponin_normal") is None
