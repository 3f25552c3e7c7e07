"""lead43: days of fever as ED notes write them (AHA 2017 Kawasaki: fever >= 5 days)."""

from __future__ import annotations

import pytest

from agents.pathways_acute import _fever_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("fever for 5 days", 5),
        ("fever 5 days", 5),
        ("fever x5 days", 5),
        ("febrile for six days", 6),
        ("fevers for the past 5 days", 5),
        ("5-day fever", 5),
        ("day 6 of fever", 6),
        ("fever up to 39.5 for 7 days", 7),
        ("fever and cough for 6 days", 6),
        ("fever, 2 days of cough", 0),
        ("fever 38.5, 2 days", 0),
        ("fever since yesterday, 3 days of cough", 0),
    ],
)
def test_fever_days(text: str, days: int) -> None:
    assert _fever_days([text]) == days
