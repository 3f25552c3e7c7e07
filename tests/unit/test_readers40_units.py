"""Unit tests of readers40's readers: pain_quality, presentation_gap, the summary."""

from __future__ import annotations

import pytest

from agents._text import injury_now
from agents.offline.rules.injury_words import HIGH_ENERGY, TRAUMA
from agents.offline.rules.pain_quality import pain_quality
from agents.offline.rules.presentation_gap import (
    critical_results,
    no_presentation,
    results_only,
)
from agents.summary import ASSESS_FIRST, summarise
from cases.models import Vitals


def _quality(text: str, word: str) -> bool:
    i = text.lower().index(word)
    return pain_quality(text, i, i + len(word))


@pytest.mark.parametrize(
    ("text", "word", "quality"),
    [
        ("stabbing chest pain", "stabbing", True),
        ("sharp, stabbing left-sided chest pain", "stabbing", True),
        ("stabbing and burning pain in the feet", "stabbing", True),
        ("abdominal pain, described as stabbing", "stabbing", True),
        ("pain was stabbing in nature", "stabbing", True),
        ("crushing central chest pain", "crushing", True),
        ("shooting pains down the leg", "shooting", True),
        ("victim of a stabbing 20 minutes ago", "stabbing", False),
        ("stabbing at a party, wound to the chest", "stabbing", False),
        ("crushing injury of the hand", "crushing", False),
        ("stabbed in the abdomen, pain 8/10", "stabbed", False),
    ],
)
def test_pain_quality(text: str, word: str, quality: bool) -> None:
    assert _quality(text, word) is quality


def test_injury_readers_skip_a_pains_character() -> None:
    assert not injury_now(TRAUMA, ("stabbing chest pain since this morning",))
    assert not injury_now(TRAUMA, ("abdominal pain, described as stabbing",))
    assert injury_now(TRAUMA, ("victim of a stabbing 20 minutes ago",))
    assert injury_now(TRAUMA, ("stab wound to the flank",))
    assert HIGH_ENERGY.search("crushing central chest pain") is None
    assert HIGH_ENERGY.search("crush injury under a press") is not None


@pytest.mark.parametrize(
    ("text", "only"),
    [
        (None, True),
        ("ED laboratory results:\nPotassium 6.8 mEq/L (abnormal)\npH 7.21", True),
        ("Labs:\nUrine WBC 13 #/hpf (abnormal)\nBarbiturate Screen NEG", True),
        ("Blue Top Hold HOLD.  DISCARD GREATER THAN 24 HRS OLD.", True),
        ("HPI: chest pain for 3 hours.\nPotassium 4.1 mEq/L", False),
        ("Patient with chest pain", False),
    ],
)
def test_results_only(text: str | None, only: bool) -> None:
    assert results_only(text) is only


def test_no_presentation_needs_no_complaint_no_vitals_no_history() -> None:
    labs = "Labs:\nSodium 118 mEq/L"
    assert no_presentation(None, Vitals(), None, labs)
    assert not no_presentation("WEAKNESS", Vitals(), None, labs)
    assert not no_presentation(None, Vitals(heart_rate=110), None, labs)
    assert not no_presentation(None, Vitals(), "70M confused", labs)


def test_critical_results_name_the_severe_band_only() -> None:
    crit = critical_results("Potassium 6.8 mEq/L\nSodium 118 mEq/L\nWBC 19.0 K/uL")
    assert any("potassium" in c.lower() for c in crit)
    assert any("sodium" in c.lower() for c in crit)
    assert not any("wbc" in c.lower() for c in crit)  # a screen, not critical
    assert critical_results("Potassium 5.2 mEq/L") == ()


def test_summary_of_no_presentation_names_the_assessment() -> None:
    s = summarise((), (), ("no_presentation", "out_of_scope"), ("K 6.8: severe",))
    assert s.next_step == ASSESS_FIRST
    assert s.critical_results == ("K 6.8: severe",)
    assert s.next_step_reason is not None and "K 6.8" in s.next_step_reason
