"""gi22: the findings reader's query marks, referral labels and negated list items."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import extract_findings


def _status(text: str, concept: str) -> set[str]:
    kb = load_knowledge()
    return {f.status for f in extract_findings(text, kb) if f.concept == concept}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The GP letter reads ?renal colic.", "kidney_stone"),
        ("Sent up from clinic (?appendicitis) for review.", "appendicitis"),
        ("Referred as renal colic by the walk-in centre.", "kidney_stone"),
    ],
)
def test_a_query_or_a_referral_label_is_a_hypothesis(text: str, concept: str) -> None:
    assert _status(text, concept) == {"differential"}


def test_a_question_mark_ending_a_question_is_no_query() -> None:
    assert _status("Any pain? Vomiting since noon.", "vomiting") == {"present"}


def test_a_referral_label_covers_only_the_label() -> None:
    text = "Referred as urgent by the GP for abdominal pain."
    assert _status(text, "abdominal_pain") == {"present"}


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("Guarding and rebound tenderness, absent bowel sounds.", "rebound", "present"),
        ("Nausea, negative for vomiting.", "nausea", "present"),
        ("Nausea, negative for vomiting.", "vomiting", "absent"),
        ("Rebound tenderness, absent.", "rebound", "absent"),
        ("Fever, absent today.", "fever", "absent"),
    ],
)
def test_a_negated_next_item_leaves_the_item_before_it(
    text: str, concept: str, status: str
) -> None:
    assert status in _status(text, concept)
