"""perf26: the pneumonia pathway skips the whole-note reading when no text names an
infiltrate (``findings.may_name``); where it reads, it decides as before."""

from __future__ import annotations

from typing import Any

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._lexicon import lexicon, term_words
from agents.offline.rules.findings import extract_findings, may_name
from agents.pathways_medical import community_pneumonia
from benchmarks.api_load import rows
from cases.erreason import case_from_row
from cases.population import view_population
from cases.views import build_view

_CONCEPT = "cxr_infiltrate"


def test_the_words_come_from_every_term_of_the_concept() -> None:
    kb = load_knowledge()
    terms = [k for k, c in lexicon(kb).lookup.items() if c == _CONCEPT]
    assert terms
    words = term_words(kb, _CONCEPT)
    assert all(any(w in t.lower() for w in words) for t in terms)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("CXR: right lower lobe consolidation. Cough and fever.", True),
        ("CXR with a LEFT BASILAR INFILTRATE", True),
        ("Chest x-ray: patchy airspace-opacity at the right base", True),
        ("CXR: no acute cardiopulmonary process. Temp 38.9 °C", False),
    ],
)
def test_may_name(text: str, named: bool) -> None:
    kb = load_knowledge()
    assert may_name(kb, _CONCEPT, text) is named
    found = any(f.concept == _CONCEPT for f in extract_findings(text, kb))
    assert found is named


def _demo_texts() -> list[str]:
    texts: list[str] = []
    for row in rows(41):
        case = case_from_row(row).case
        for stage in ("assessment", "treatment", "disposition"):
            view = build_view(case, stage)
            texts += [
                t for t in (view.chief_complaint, view.one_liner, view.ed_text) if t
            ]
    return texts


def test_no_text_without_the_words_yields_the_concept() -> None:
    kb = load_knowledge()
    for text in _demo_texts():
        if not may_name(kb, _CONCEPT, text):
            assert all(f.concept != _CONCEPT for f in extract_findings(text, kb))
            assert all(
                f.concept != _CONCEPT
                for f in extract_findings(text, kb, newborn_other=True)
            )


def _pneumonia_case(**over: Any) -> Any:
    row = dict(rows(1)[0])
    row.update(over)
    return case_from_row(row).case


def test_the_pathway_still_treats_an_infiltrate_with_symptoms() -> None:
    case = _pneumonia_case(
        primarychiefcomplaintname="COUGH",
        One_Sentence_Extracted="54 year old, fever and productive cough for 3 days.",
    )
    view = build_view(case, "assessment")
    view = view.model_copy(
        update={"ed_text": "CXR shows a right lower lobe infiltrate. Fever, cough."}
    )
    assert community_pneumonia(view, view_population(view))
    quiet = view.model_copy(update={"ed_text": "CXR clear. Fever, cough."})
    assert community_pneumonia(quiet, view_population(quiet)) == []
