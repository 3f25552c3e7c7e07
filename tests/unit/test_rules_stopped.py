"""The one reading of a stopped anticoagulant (rules.stopped) and its triage reader."""

from __future__ import annotations

import re

import pytest

from agents.offline.rules import _esi_patterns
from agents.offline.rules.stopped import stopped

_DRUG = re.compile(r"(?i)apixaban|warfarin|rivaroxaban")


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Apixaban stopped 3 weeks ago.", True),
        ("Warfarin stopped after the bleed.", True),
        ("Off rivaroxaban since March.", True),
        ("Apixaban held this morning.", False),
        ("Apixaban stopped yesterday.", False),
        ("Takes apixaban for AF.", False),
        ("DVT in 2016, completed 6 months of apixaban.", True),
        ("Finished a 3-month course of warfarin.", True),
        ("Completed cardiac rehab and remains on apixaban.", False),
        ("Completed 6 months of apixaban yesterday.", False),
    ],
)
def test_stop_before_the_visit_ends_current_use(text: str, ended: bool) -> None:
    m = _DRUG.search(text)
    assert m is not None
    assert stopped(text, m.start(), m.end()) is ended


def test_triage_head_injury_reads_only_current_anticoagulation() -> None:
    """NICE NG232 1.4.11: the anticoagulated head injury is current anticoagulation."""
    name = "injury or fall on anticoagulation"
    old = _esi_patterns._time_critical(
        "hit his head today; warfarin stopped after a bleed last year", "M", 72
    )
    held = _esi_patterns._time_critical(
        "hit his head today; apixaban held this morning", "M", 72
    )
    assert not any(name in t for t in old)
    assert any(name in t for t in held)
