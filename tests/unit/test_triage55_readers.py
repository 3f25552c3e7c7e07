"""triage55: the readers behind the session's triage fixes (words, not levels).

Asplenia as a standing condition (BSH 2011), a negated history to its comma (NegEx,
Chapman 2001), a dysphasia and a clumsy limb in the family's words (ROSIER, Nor
2005), numb digits beyond a limb injury, positional vertigo's seconds (AAO-HNS 2017).
"""

from __future__ import annotations

import pytest

from agents.offline.rules._esi_patterns import PATTERNS, _current
from agents.offline.rules._esi_resources import _BRIEF_SPELLS, _DISTAL_NERVE, _RECOVERED
from agents.offline.rules.immunocompromise import asplenia

_STROKE = next(p for p in PATTERNS if p.name == "signs of stroke (focal deficit)")


@pytest.mark.parametrize(
    "text",
    [
        "fever and shivers, has no spleen after a car crash years ago",
        "23F fever, has no spleen",
        "feverish, spleen removed in 2009 for ITP",
        "febrile, splenectomy as a child",
        "fever, asplenic",
    ],
)
def test_asplenia_stated_or_historical(text: str) -> None:
    assert asplenia(text)


@pytest.mark.parametrize(
    "text",
    [
        "cough and fever, no history of splenectomy",
        "fever, not asplenic",
        "fever, denies splenectomy",
        "fever, mother had a splenectomy",
        "epigastric pain, spleen not palpable",
        None,
    ],
)
def test_asplenia_not_stated(text: str | None) -> None:
    assert not asplenia(text)


def test_no_history_of_blanks_to_its_comma_only() -> None:
    out = _current("no history of splenectomy, sudden weakness of the left arm")
    assert "splenectomy" not in out
    assert "weakness of the left arm" in out


def test_no_significant_history_negates_only_itself() -> None:
    out = _current("no significant past history, now chest pain")
    assert "chest pain" in out


@pytest.mark.parametrize(
    "text",
    [
        "his words were muddled at breakfast",
        "jumbled speech since 9 am",
        "his right hand clumsy",
        "clumsiness of the left hand",
    ],
)
def test_stroke_words_of_the_family(text: str) -> None:
    assert _STROKE.pattern.search(text)


@pytest.mark.parametrize("text", ["more muddled than usual", "a clumsy toddler"])
def test_muddled_or_clumsy_alone_is_no_focal_sign(text: str) -> None:
    assert not _STROKE.pattern.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "numb thumb and index finger",
        "pins and needles in the thumb, index and middle fingers",
        "fingers are numb",
        "toes tingling",
    ],
)
def test_numb_or_tingling_digits(text: str) -> None:
    assert _DISTAL_NERVE.search(text)


def test_a_numb_lip_is_no_digit() -> None:
    assert not _DISTAL_NERVE.search("numb lip after the dentist")


@pytest.mark.parametrize(
    "text",
    ["seconds of spinning when he looks up", "it lasts seconds", "a few seconds"],
)
def test_brief_spells_told(text: str) -> None:
    assert _BRIEF_SPELLS.search(text)


@pytest.mark.parametrize(
    "text", ["came round straight away", "now running about", "now babbling"]
)
def test_spell_over_told(text: str) -> None:
    assert _RECOVERED.search(text)


def test_came_round_slowly_is_not_over() -> None:
    assert not _RECOVERED.search("came round slowly and still drowsy")
