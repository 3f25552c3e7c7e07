"""trauma46: the head injury's code beside an intoxication (NICE NG232 2023 1.4) and the
lexicon's new words: a weak cough, recurrent swellings, a flail segment and a hip's
posture in lay words, a sternal fracture, a blow to the nose (ATLS 10th ed.; Sanders DB
et al. 2016; Longhurst HJ et al. UK HAE consensus 2014; ENT UK / BAPRAS)."""

from __future__ import annotations

import pytest

from agents.offline.diagnosis import symptom_code
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from cases.population import Population


def _present(text: str) -> set[str]:
    kb = load_knowledge()
    found = {f.concept for f in extract_findings(text, kb) if f.status == "present"}
    return found | {i for c in found for i in kb.implies.get(c, ())}


def test_an_intoxication_with_a_head_injury_takes_the_head_injurys_code() -> None:
    kb = load_knowledge()
    facts = ClinicalFacts(age=40, present=frozenset({"intoxication", "head_injury"}))
    code = symptom_code(kb, "ALCOHOL INTOXICATION", Population(), facts)
    assert code is not None and code.icd10 == "S09.90XA"


def test_an_intoxication_without_a_head_injury_has_no_symptom_code() -> None:
    kb = load_knowledge()
    facts = ClinicalFacts(age=40, present=frozenset({"intoxication"}))
    assert symptom_code(kb, "ALCOHOL INTOXICATION", Population(), facts) is None


def test_a_complaints_own_code_still_wins_over_the_head_injury() -> None:
    kb = load_knowledge()
    facts = ClinicalFacts(age=40, present=frozenset({"headache", "head_injury"}))
    code = symptom_code(kb, "HEADACHE", Population(), facts)
    assert code is not None and code.icd10 == "R51.9"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("difficulty swallowing and a weak cough", "weak_cough"),
        ("difficulty swallowing and a weak cough", "bulbar_weakness"),
        ("recurrent episodes of swelling of the face", "recurrent_angioedema"),
        ("the right chest wall moves inward on breathing in", "flail_segment"),
        (
            "leg shortened, flexed and internally rotated",
            "shortened_internally_rotated_leg",
        ),
        ("the lateral film shows a sternal fracture", "sternal_fracture"),
        ("punched on the nose an hour ago", "nose_blow"),
        ("started amoxicillin yesterday", "urticaria_drug_trigger"),
    ],
)
def test_the_new_words_are_read(text: str, concept: str) -> None:
    assert concept in _present(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("bumped her forehead on a table", "nose_blow"),
        ("leg shortened and externally rotated", "shortened_internally_rotated_leg"),
        ("no sternal fracture on the lateral film", "sternal_fracture"),
    ],
)
def test_the_new_words_do_not_over_read(text: str, concept: str) -> None:
    assert concept not in _present(text)
