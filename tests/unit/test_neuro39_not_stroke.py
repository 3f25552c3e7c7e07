"""neuro39: the readers of a deficit pattern that is not a stroke syndrome.

Both legs (GIRFT 2023 cauda equina; EAN/PNS 2023 GBS) and weeks of progression
(AHA/ASA 2019: a stroke is sudden; Berger JR et al. AAN 2013 PML); a sudden or
timed onset withholds the weeks reading. A drool from one mouth corner is a facial
palsy's lip (AAO-HNS 2013), not the airway's drooling.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._not_stroke import (
    bilateral_leg_deficit_span,
    deficit_over_weeks_span,
)
from agents.offline.rules.findings import extract_findings


@pytest.mark.parametrize(
    "text",
    [
        "Over two days both legs became weak and numb.",
        "Weakness of both legs, cannot climb stairs.",
        "Power 3/5 in both legs.",
        "Symmetrical weakness of the arms and legs.",
        "Weakness rising from the legs to the arms.",
        "Numbness of both legs and the buttocks.",
        "Acute paraparesis.",
    ],
)
def test_both_legs_read(text: str) -> None:
    assert bilateral_leg_deficit_span(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sudden weakness of the right arm and leg.",
        "Left leg weakness since this morning.",
        "Pain down the back of the right leg.",
    ],
)
def test_one_side_is_not_both_legs(text: str) -> None:
    assert bilateral_leg_deficit_span(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks of gradually worsening left arm weakness.",
        "Over the past four weeks his right arm has become progressively weaker.",
        "Progressive weakness of the left hand over 3 weeks.",
    ],
)
def test_weeks_of_progression_read(text: str) -> None:
    assert deficit_over_weeks_span(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks of gradually worsening headaches, then sudden right arm weakness.",
        "Right arm weakness for two hours.",
        "Over 2 days both legs became weak.",
    ],
)
def test_a_sudden_or_short_course_is_not_weeks(text: str) -> None:
    assert deficit_over_weeks_span(text) is None


def _concepts(text: str) -> set[str]:
    found = extract_findings(text, load_knowledge())
    return {f.concept for f in found if f.status == "present"}


def test_drooling_from_the_mouth_corner_is_not_the_airway_sign() -> None:
    assert "drooling" not in _concepts(
        "Face droops on the left, drooling from the left corner of the mouth."
    )


def test_drooling_that_cannot_swallow_saliva_stays_the_airway_sign() -> None:
    assert "drooling" in _concepts("Muffled voice, drooling, sore throat and fever.")
