"""British spellings of lexicon terms are found as their concepts (Oxford/NHS style)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.spelling import british_variant
from agents.offline.rules.findings import extract_findings

KB = load_knowledge()


@pytest.mark.parametrize(
    ("us", "uk"),
    [
        ("hemodialysis", "haemodialysis"),
        ("hyperkalemia", "hyperkalaemia"),
        ("hypoglycemic", "hypoglycaemic"),
        ("pulmonary edema", "pulmonary oedema"),
        ("gastroesophageal reflux", "gastro-oesophageal reflux"),
        ("subdural hematoma", "subdural haematoma"),
        ("hypovolemic shock", "hypovolaemic shock"),
        ("diarrhea", "diarrhoea"),
        ("dyspnea", "dyspnoea"),
        ("generalized weakness", "generalised weakness"),
    ],
)
def test_british_variant_of_us_term(us: str, uk: str) -> None:
    assert british_variant(us) == uk


@pytest.mark.parametrize(
    "word",
    [
        "systemic",
        "hemiparesis",
        "hemiplegia",
        "epidemic",
        "size",
        "chemotherapy",
        "colorectal",
        "measurement",
        "haemorrhage",
        "oedema",
    ],
)
def test_words_without_a_british_form_are_left(word: str) -> None:
    assert british_variant(word) is None


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # meta28: on dialysis is the narrower concept (it implies ckd in the facts)
        ("on haemodialysis, missed two sessions", "dialysis_dependent"),
        ("bilateral pitting oedema to the knees", "pitting_edema"),
        ("vomited blood: haematemesis twice", "hematemesis"),
        ("three days of bloody diarrhoea", "bloody_diarrhea"),
    ],
)
def test_british_text_yields_the_concept(text: str, concept: str) -> None:
    found = {f.concept for f in extract_findings(text, KB) if f.status == "present"}
    assert concept in found


def test_negated_british_term_is_absent() -> None:
    found = extract_findings("no haemoptysis", KB)
    assert [(f.concept, f.status) for f in found if f.concept == "hemoptysis"] == [
        ("hemoptysis", "absent")
    ]
