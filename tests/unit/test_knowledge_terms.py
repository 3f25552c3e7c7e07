"""lead43: a lexicon term YAML reads as a mapping is refused, naming its file."""

from __future__ import annotations

import pytest
import yaml

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.loader import KnowledgeError, _terms


def test_an_unquoted_colon_term_is_refused_naming_file_and_concept() -> None:
    doc = yaml.safe_load("x: [thumbprinting, CT: ischaemic colitis]")
    with pytest.raises(KnowledgeError, match=r"gi\.yaml: concept 'x': term"):
        _terms(doc["x"], "gi.yaml", "x")


def test_quoted_terms_and_numbers_are_read_as_strings() -> None:
    doc = yaml.safe_load('x: ["CT: ischaemic colitis", 911]')
    assert _terms(doc["x"], "gi.yaml", "x") == ["CT: ischaemic colitis", "911"]


def test_every_shipped_term_is_a_string() -> None:
    kb = load_knowledge()
    words = [w for ws in (*kb.concepts.values(), *kb.negations.values()) for w in ws]
    assert words and all(isinstance(w, str) and not w.startswith("{") for w in words)
