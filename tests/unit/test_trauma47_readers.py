"""trauma47: a head wound named with its site (NICE CKS lacerations 2023), a night on
the floor as a long lie (Fleming & Brayne BMJ 2008), a swelling pushing the uvula as a
peritonsillar sign (Galioto 2017)."""

from __future__ import annotations

import pytest

from agents._text import asserted
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.pathways_older import _LONG_LIE
from agents.pathways_trauma import _NOT_A_SIMPLE_WOUND, HEAD_WOUND


@pytest.mark.parametrize(
    "text",
    [
        "3 cm occipital laceration",
        "bleeding laceration to the back of the head",
        "a small forehead cut",
        "4 cm scalp wound",
        "gash over the left eyebrow",
    ],
)
def test_a_head_wound_is_read(text: str) -> None:
    assert asserted(HEAD_WOUND, (text,))


@pytest.mark.parametrize(
    "text",
    [
        "no scalp laceration",
        "head injury without a wound",
        "laceration of the spleen on CT",
        "cut his hand on a knife",
    ],
)
def test_no_head_wound(text: str) -> None:
    assert not asserted(HEAD_WOUND, (text,))


@pytest.mark.parametrize(
    "text",
    [
        "gunshot wound to the head",
        "burn wound on the forehead",
        "dog bite to the chin",
        "infected scalp wound with pus",
        "scalp laceration over a depressed skull fracture",
    ],
)
def test_a_head_wound_with_its_own_care_is_no_simple_laceration(text: str) -> None:
    assert asserted(HEAD_WOUND, (text,)) or "bite" in text
    assert asserted(_NOT_A_SIMPLE_WOUND, (text,))


def test_a_fresh_scalp_laceration_is_a_simple_wound() -> None:
    assert not asserted(_NOT_A_SIMPLE_WOUND, ("3 cm occipital laceration, bleeding",))


@pytest.mark.parametrize(
    "text",
    [
        "found on the floor this morning after a night there",
        "found on the bathroom floor after the whole night lying there",
        "spent the night on the kitchen floor",
    ],
)
def test_a_night_on_the_floor_is_a_long_lie(text: str) -> None:
    assert asserted(_LONG_LIE, (text,))


def test_a_fall_at_night_is_no_long_lie() -> None:
    assert not asserted(_LONG_LIE, ("fell last night and got straight up",))


def test_a_swelling_pushing_the_uvula_is_a_peritonsillar_sign() -> None:
    kb = load_knowledge()
    text = "swelling above the right tonsil pushing the uvula to the left"
    found = {f.concept for f in extract_findings(text, kb) if f.status == "present"}
    assert "uvular_deviation" in found
