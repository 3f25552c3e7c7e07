"""The stage facts' findings answered by identity (perf44, agents.offline.stage_facts):
the same answer as the digest memo and a fresh extraction; a new text object, another
kind or another knowledge base is never served a recent entry's answer."""

from __future__ import annotations

import pytest

from agents.offline import stage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules.findings import extract_findings

TEXT = "58M with crushing chest pain and diaphoresis, denies fever. Newborn at home."


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


def _fresh(text: str, kb: KnowledgeBase, source: str, newborn_other: bool) -> tuple:
    return tuple(extract_findings(text, kb, source=source, newborn_other=newborn_other))


@pytest.mark.parametrize(
    ("source", "newborn_other"),
    [("chief_complaint", False), ("ed_note", True), ("prior:ED Note", False)],
)
def test_identity_answer_equals_extraction(
    kb: KnowledgeBase, source: str, newborn_other: bool
) -> None:
    stage_facts.clear_caches()
    text = "".join([TEXT])  # a text object of its own
    first = stage_facts._findings(text, source, kb, newborn_other=newborn_other)
    assert len(stage_facts._BY_IDENTITY) == 1
    again = stage_facts._findings(text, source, kb, newborn_other=newborn_other)
    assert again is first  # served by identity
    assert first == _fresh(text, kb, source, newborn_other)


def test_equal_text_in_another_object_is_keyed_apart_and_answers_alike(
    kb: KnowledgeBase,
) -> None:
    stage_facts.clear_caches()
    a = "".join(["chest pain ", "and fever"])
    b = "".join(["chest pain and ", "fever"])
    assert a == b and a is not b
    fa = stage_facts._findings(a, "ed_note", kb)
    fb = stage_facts._findings(b, "ed_note", kb)
    assert fa == fb
    keys = {k[0] for k in stage_facts._BY_IDENTITY}
    assert keys == {id(a), id(b)}


def test_kind_and_knowledge_base_are_part_of_the_key(kb: KnowledgeBase) -> None:
    stage_facts.clear_caches()
    text = "".join(["mother reports the newborn ", "has a fever"])
    current = stage_facts._findings(text, "ed_note", kb)
    prior = stage_facts._findings(text, "prior:ED Note", kb)
    older = stage_facts._findings(text, "ed_note", kb, newborn_other=True)
    assert current == _fresh(text, kb, "ed_note", False)
    assert prior == _fresh(text, kb, "prior:ED Note", False)
    assert older == _fresh(text, kb, "ed_note", True)
    assert len(stage_facts._BY_IDENTITY) == 3
    other = kb.model_copy()
    assert other is not kb
    stage_facts._findings(text, "ed_note", other)
    assert len(stage_facts._BY_IDENTITY) == 4


def test_entry_holds_its_text_and_is_bounded(kb: KnowledgeBase) -> None:
    stage_facts.clear_caches()
    texts = [f"cough for {i} days" for i in range(stage_facts._IDENTITY_SIZE + 5)]
    for t in texts:
        stage_facts._findings(t, "ed_note", kb)
    assert len(stage_facts._BY_IDENTITY) == stage_facts._IDENTITY_SIZE
    for (tid, _, _), (held, _, _) in stage_facts._BY_IDENTITY.items():
        assert tid == id(held)  # the entry keeps its text alive: the id is not reused
    oldest = texts[0]
    assert (id(oldest), "current", id(kb)) not in stage_facts._BY_IDENTITY


def test_clear_caches_drops_identity_answers(kb: KnowledgeBase) -> None:
    stage_facts._findings("".join(["abdominal ", "pain"]), "ed_note", kb)
    stage_facts.clear_caches()
    assert not stage_facts._BY_IDENTITY


def test_rule_names_of_every_spec_follow_its_criteria(kb: KnowledgeBase) -> None:
    from agents.offline import differential

    differential._RULE_NAMES.clear()
    found = kb.diagnoses
    specs = list(found.values()) if isinstance(found, dict) else list(found)
    for spec in specs:
        names = differential._rule_names(spec)
        assert names == tuple(c.rule for c in (*spec.rule_out, *spec.rule_in))
        assert differential._rule_names(spec) is names  # kept by identity
    assert all(k == id(v[0]) for k, v in differential._RULE_NAMES.items())
    other = specs[0].model_copy(update={"rule_out": [], "rule_in": []})
    assert differential._rule_names(other) == ()  # another object: its own entry
