"""esi32 readers: a stated usual saturation, and a past intubation's life stage."""

from __future__ import annotations

import pytest

from agents.offline.rules._usual_spo2 import at_usual_saturation, usual_spo2
from agents.offline.rules.findings import past_intubation


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Her usual oxygen saturation is 91%.", 91.0),
        ("whose oxygen saturation always runs 90-92%", 90.0),
        ("SpO2 91% (her usual 90-92%)", 90.0),
        ("baseline SpO2 of 89%", 89.0),
        ("SpO2 91%", None),
        ("on his usual 2 L of oxygen", None),
    ],
)
def test_usual_saturation_is_read_with_its_lower_bound(
    text: str, low: float | None
) -> None:
    assert usual_spo2(text) == low


def test_a_saturation_at_or_above_the_usual_one_is_no_new_danger() -> None:
    text = "COPD; her sats usually run 89-91%."
    assert at_usual_saturation(90.0, text)
    assert not at_usual_saturation(87.0, text)  # below 88: hypoxaemia (BTS 2017)
    assert not at_usual_saturation(90.0, "COPD, usual saturation 93%")
    assert not at_usual_saturation(90.0, "COPD")


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("She was intubated at birth for prematurity.", True),
        ("asthma, intubated as a toddler, now wheezing", True),
        ("He was intubated prior to arrival by EMS.", False),
        ("intubated before transfer from the outside hospital", False),
    ],
)
def test_a_past_intubation_is_dated_by_its_life_stage(text: str, past: bool) -> None:
    start = text.index("intubated")
    assert past_intubation(text, start, start + len("intubated")) is past
