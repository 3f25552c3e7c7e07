"""The rule-of-nines burn estimate skips texts that cannot name a burn (perf28).

It read every sentence of every visible text (~300 a new-patient request) through
``asserted``; a sentence is a part of its text, so a text that lacks what every burn
word needs (``cases.rx.may_match``) has no sentence naming one. Same answers.
"""

from __future__ import annotations

import pytest

from agents import pathways_surgical as ps

NO_BURN = (
    "62M with crushing chest pain radiating to the left arm since 06:00. Diaphoretic. "
    "Denies trauma. ECG: ST elevation II, III, aVF. Plan: aspirin, cath lab. " * 12
)
BURN = (
    "Flame burns to both legs and the chest after a house fire. "
    "Blisters over the front of the trunk; face spared. Alert, airway patent."
)


def test_texts_without_a_burn_word_are_not_read_sentence_by_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_a: object) -> bool:
        raise AssertionError("a sentence of a text without a burn word was read")

    monkeypatch.setattr(ps, "asserted", refuse)
    assert ps.estimated_burn_percent([NO_BURN, "", "chest pain"]) is None


def test_a_burn_is_still_estimated() -> None:
    # the sentence naming the burn: both legs 18 + chest 9 (rule of nines, counted
    # low); the blisters' sentence names no burn, so its trunk does not count
    assert ps.estimated_burn_percent([NO_BURN, BURN]) == 27.0
    assert ps.estimated_burn_percent([BURN.upper()]) == 27.0
