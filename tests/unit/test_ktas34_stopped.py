"""A bleeding worded as stopped beside an anticoagulant is haemostasis, not a stop
of the drug (ACC 2020 ECDP on bleeding on oral anticoagulants)."""

from __future__ import annotations

import re

import pytest

from agents.offline.rules.stopped import stopped

_DRUG = re.compile(r"warfarin|apixaban|rivaroxaban")


def _stopped(text: str) -> bool:
    m = _DRUG.search(text)
    assert m is not None
    return stopped(text, m.start(), m.end())


@pytest.mark.parametrize(
    "text",
    [
        "nosebleed on warfarin, stopped with pressure",
        "on warfarin, bleeding stopped with pressure after 20 minutes",
        "on apixaban, stopped by itself",
        "rivaroxaban, it stopped with ice",
        "on warfarin, stopped spontaneously",
        "on warfarin, stopped after 15 minutes",
    ],
)
def test_haemostasis_is_not_a_stop(text: str) -> None:
    assert not _stopped(text)


@pytest.mark.parametrize(
    "text",
    [
        "warfarin stopped 3 weeks ago",
        "warfarin, stopped last month",
        "warfarin stopped after the bleed",
        "warfarin was stopped 2 weeks ago",
        "stopped his warfarin months ago",
    ],
)
def test_withdrawal_is_still_a_stop(text: str) -> None:
    assert _stopped(text)
