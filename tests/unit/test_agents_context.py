"""Mention context (ConText / NegEx scope): lists, clauses, differentials, results."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings

KB = load_knowledge()


def _status(text: str, target: str) -> str:
    pos = text.lower().find(target.lower())
    hits = [f for f in extract_findings(text, KB) if f.start <= pos < f.end]
    assert hits, f"{target!r} not found in {text!r}"
    return hits[0].status


@pytest.mark.parametrize(
    ("text", "target", "status"),
    [
        # A coordinated list after a negation trigger is in scope (NegEx). (A chest
        # film's "without ... PE" is not read at all since leftovers20: a radiograph
        # cannot exclude PE, ``rules._excluding_test``.)
        ("Clinically without pneumonia, PE, heart failure.", "PE", "absent"),
        ("Clinically without pneumonia, PE, heart failure.", "heart failure", "absent"),
        # A new clause after a comma ends the scope.
        ("No fever, has chest pain.", "chest pain", "present"),
        (
            "She denies fever, chills, and dysuria, and is here for flank pain.",
            "flank pain",
            "present",
        ),
        (
            "Cough, no fever or chills, with pleuritic chest pain.",
            "chest pain",
            "present",
        ),
        # Differential lists and uncertainty are hypotheses, not support.
        (
            "Differential includes pulmonary embolism, pneumonia and pericarditis.",
            "pericarditis",
            "differential",
        ),
        (
            "DDx: appendicitis, ovarian torsion, ectopic pregnancy.",
            "ovarian torsion",
            "differential",
        ),
        ("Concern for pulmonary embolism vs pneumonia.", "pneumonia", "differential"),
        ("Cannot rule out pulmonary embolism.", "pulmonary embolism", "differential"),
        (
            "Will r/o myocardial infarction with serial troponins.",
            "myocardial infarction",
            "differential",
        ),
        # An exclusion with a result.
        ("Hypoglycemia (excluded, glucose 142).", "Hypoglycemia", "absent"),
        # Conditional, family, history.
        ("Return to the ED if chest pain recurs.", "chest pain", "hypothetical"),
        ("Mother had a stroke at 60.", "stroke", "family"),
        ("Known CAD, presenting with chest pain.", "chest pain", "present"),
        (
            "Negative for pneumothorax; positive for rib fracture.",
            "rib fracture",
            "present",
        ),
    ],
)
def test_mention_context(text: str, target: str, status: str) -> None:
    assert _status(text, target) == status


def test_differential_and_family_mentions_are_not_facts() -> None:
    from agents.offline.rules.facts import ClinicalFacts

    facts = ClinicalFacts.from_texts(
        [("ed_note", "Differential includes pulmonary embolism. Mother had a stroke.")],
        KB,
    )
    assert "pulmonary_embolism" not in facts.present | facts.absent
    assert "ischemic_stroke" not in facts.present
