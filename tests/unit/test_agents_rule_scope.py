"""Unit tests for ``agents.offline.rules.rule_scope``: every rule declares where it
applies, and a rule whose points another cause explains is not run."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.registry import RULES, run_in_scope
from agents.offline.rules.rule_scope import RULE_SCOPES, out_of_scope

KB = load_knowledge()


def _facts(text: str) -> ClinicalFacts:
    return ClinicalFacts.from_texts([("ed_note", text)], KB)


def test_every_rule_declares_its_scope_with_a_source() -> None:
    assert set(RULES) <= set(RULE_SCOPES)
    assert all(s.source for s in RULE_SCOPES.values())


@pytest.mark.parametrize(
    "text",
    [
        "fever, confusion, delirium tremens",
        "fever, tremulous, heavy drinker, last drink 3 days ago",
        "fever and confusion after calcium channel blocker poisoning",
        "fever after a paracetamol overdose",
        "fever and confusion after smoke inhalation in a house fire",
    ],
)
def test_qsofa_and_sirs_not_run_when_another_cause_explains_the_points(
    text: str,
) -> None:
    facts = _facts(text)
    assert out_of_scope("qsofa", facts) is not None
    assert out_of_scope("sirs", facts) is not None
    assert run_in_scope("qsofa", facts) is None


def test_qsofa_runs_with_suspected_infection() -> None:
    infection = _facts("fever, productive cough, confusion")
    assert run_in_scope("qsofa", infection) is not None
    # food poisoning is gastroenteritis, not a toxic exposure
    assert out_of_scope("qsofa", _facts("fever and diarrhoea, food poisoning")) is None


def test_pre_test_rules_not_run_once_imaging_answers() -> None:
    shown = _facts("dyspnoea. CTPA shows segmental pulmonary emboli.")
    negative = _facts("dyspnoea. CTPA negative for PE.")
    assert out_of_scope("perc", shown) is not None
    assert out_of_scope("wells_pe", shown) is not None
    assert out_of_scope("perc", negative) is not None
    assert out_of_scope("wells_pe", negative) is None
    assert out_of_scope("perc", _facts("pleuritic chest pain and dyspnoea")) is None


def test_nexus_needs_trauma() -> None:
    assert out_of_scope("nexus", _facts("overdose of amlodipine, drowsy")) is not None
    assert out_of_scope("nexus", _facts("fell down stairs, neck pain")) is None
