"""medgi44: a black stool that iron or bismuth explains is no melaena (_dark_stool)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._dark_stool import (
    STOOL_DARKENING_AGENT,
    STOOL_NOT_TARRY,
    darkened_stool_spans,
)
from agents.offline.rules.facts import ClinicalFacts

_BOTH = {STOOL_DARKENING_AGENT, STOOL_NOT_TARRY}
_PLAN = "Started ferrous sulfate. A well formed plan was agreed, with follow-up today."
_IRON = "Started ferrous sulfate last week. Black stools since, formed, not sticky."


def _concepts(text: str) -> set[str]:
    return {c for c, _, _ in darkened_stool_spans(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On ferrous sulfate. Black stools, formed, not sticky.", _BOTH),
        ("Took bismuth; stool black. Formed stool, no tarry stool.", _BOTH),
        ("Dark green-black formed stools since starting iron tablets.", _BOTH),
        # a stool called tarry is melaena's, whatever else is said
        ("On ferrous sulfate. Black tarry stools, formed.", {STOOL_DARKENING_AGENT}),
        # a description far from any stool word is no stool's
        (_PLAN, {STOOL_DARKENING_AGENT}),
        ("Black formed stools.", {STOOL_NOT_TARRY}),
        ("No medication. Black stools.", set()),
    ],
)
def test_spans(text: str, expected: set[str]) -> None:
    assert _concepts(text) == expected


def _facts(note: str, hr: float = 76) -> ClinicalFacts:
    from cases.models import Vitals

    return ClinicalFacts.from_texts(
        [("chief_complaint", "black stools"), ("ed_note", note)],
        load_knowledge(),
        age=60,
        sex="M",
        vitals=Vitals(heart_rate=hr, systolic_bp=128),
    )


def test_black_stool_on_iron_described_formed_is_no_melaena() -> None:
    f = _facts(_IRON)
    assert not f.has("melena") and f.has("drug_darkened_stool")


def test_a_fast_pulse_keeps_the_melaena() -> None:
    f = _facts(_IRON, hr=112)
    assert f.has("melena") and not f.has("drug_darkened_stool")


def test_not_on_iron_explains_nothing() -> None:
    f = _facts("Not on iron tablets. Black stools, formed.")
    assert f.has("melena")
