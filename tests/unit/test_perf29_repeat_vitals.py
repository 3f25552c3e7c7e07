"""Repeat vitals are read once per ED text (perf29).

The floors and the stage facts asked ``repeat_vitals`` about the very same note ~3
times a request, and a returning patient's note again on every visit: the answer is
kept by the text's digest (``floors._REPEAT``). Same answers.
"""

from __future__ import annotations

import pytest

from agents import floors

NOTE = (
    "HPI: 58M with palpitations since this morning. Triage HR 164, BP 118/76.\n"
    "Course: adenosine 6 mg given. Repeat vitals: HR 84, RR 16, SpO2 98%.\n"
)


def test_a_text_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    floors._REPEAT.clear()
    calls: list[str] = []
    read = floors._repeat_vitals

    def counted(text: str) -> object:
        calls.append(text)
        return read(text)

    monkeypatch.setattr(floors, "_repeat_vitals", counted)
    first = floors.repeat_vitals(NOTE)
    again = floors.repeat_vitals("".join(list(NOTE)))  # equal text, another object
    assert first is again
    assert first is not None and first.heart_rate == 84
    assert len(calls) == 1


def test_answers_are_unchanged() -> None:
    floors._REPEAT.clear()
    for text in (NOTE, "no repeat vitals documented", "Repeat vitals not obtained."):
        assert floors.repeat_vitals(text) == floors._repeat_vitals(text)
    assert floors.repeat_vitals(None) is None
    assert floors.repeat_vitals("") is None
