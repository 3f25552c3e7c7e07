"""differential.requirement_explained: defining findings another cause explains."""

from __future__ import annotations

from functools import cache

from agents.offline.differential import requirement_denied, requirement_explained
from agents.offline.knowledge import DiagnosisSpec, KnowledgeBase
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import ClinicalFacts


@cache
def _kb() -> KnowledgeBase:
    return load_knowledge()


def _spec(dx_id: str) -> DiagnosisSpec:
    return _kb().diagnoses[dx_id]


def _facts(*present: str) -> ClinicalFacts:
    return ClinicalFacts(age=40, present=frozenset(present))


def test_shock_after_cyanide_without_infection_sign_is_explained() -> None:
    """Sepsis-3 (Singer 2016): organ dysfunction caused by infection, not cyanide."""
    facts = _facts("hypotension", "lactate_high_severe", "cyanide_exposure")
    assert requirement_explained(_spec("sepsis"), facts)
    assert requirement_denied(_spec("sepsis"), facts)


def test_a_bleed_explains_the_lactate_but_not_a_fever() -> None:
    """A haemorrhage explains shock; a fever with it still defines possible sepsis."""
    bleed = _facts("hypotension", "lactate_high", "bleeding_or_trauma")
    assert requirement_explained(_spec("sepsis"), bleed)
    febrile = _facts("hypotension", "lactate_high", "bleeding_or_trauma", "fever")
    assert not requirement_explained(_spec("sepsis"), febrile)


def test_unexplained_shock_is_not_explained() -> None:
    """SSC 2021: shock with no other cause documented is possible septic shock."""
    assert not requirement_explained(
        _spec("sepsis"), _facts("hypotension", "lactate_high")
    )


def test_nothing_documented_is_not_explained() -> None:
    """An undefined diagnosis whose findings are absent is pending, not explained."""
    assert not requirement_explained(_spec("sepsis"), _facts())


def test_normal_ketones_explain_away_a_ketosis_word() -> None:
    """JBDS-IP 2023: a ketone below 0.6 mmol/L is normal: no DKA by its definition."""
    facts = _facts("glucose_high", "ketosis", "ketones_negative")
    assert requirement_explained(_spec("dka"), facts)
    assert not requirement_explained(_spec("dka"), _facts("glucose_high", "ketosis"))
