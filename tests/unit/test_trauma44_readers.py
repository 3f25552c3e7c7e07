"""trauma44: the cord's words for limbs that will not move, a facial palsy that takes
the forehead read with its droop, pigmented urine after a long lie, and the eye's
litmus and irrigation orders that an open globe withholds."""

from __future__ import annotations

import pytest

from agents.offline.rules import _esi_patterns as P
from agents.offline.rules.cord_words import CORD_SYMPTOM
from agents.order_safety import _EYE_IRRIGATION, _GLOBE_PRESSING
from agents.pathways_older import _PIGMENTED_URINE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("cannot move his arms or legs", True),
        ("unable to move her arms and legs since the dive", True),
        ("numb below the shoulders", True),
        ("tingling in both hands", True),
        ("cannot move his left arm", False),
        ("numb fingers on the right hand", False),
    ],
)
def test_cord_symptom_words(text: str, found: bool) -> None:
    assert (CORD_SYMPTOM.search(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "stroke"),
    [
        (
            "FACIAL DROOP | 40F drooping of the right side of her face including the "
            "forehead, cannot close the right eye, no limb weakness",
            False,
        ),
        ("FACIAL DROOP | 70F drooping of the right side of her face", True),
        (
            "FACIAL DROOP | 70F drooping of the right side of her face and a weak "
            "right arm",
            True,
        ),
    ],
)
def test_a_facial_palsy_of_the_nerve_is_no_stroke_sign(text: str, stroke: bool) -> None:
    found = P._time_critical(text, "F", 55)
    assert any(r.startswith("signs of stroke") for r in found) is stroke, found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("his urine is dark like cola", True),
        ("dark brown urine this morning", True),
        ("tea-coloured urine", True),
        ("urine clear", False),
        ("dark stools", False),
    ],
)
def test_pigmented_urine(text: str, found: bool) -> None:
    assert (_PIGMENTED_URINE.search(text) is not None) is found


@pytest.mark.parametrize(
    ("name", "irrigation"),
    [
        (
            "conjunctival pH with litmus paper before irrigation and 5-10 min after "
            "it stops; irrigate again until pH 7-7.5",
            True,
        ),
        (
            "immediate copious irrigation (at least 1-2 L) until conjunctival pH 7-7.5",
            True,
        ),
        ("irrigate the wound copiously", False),
        ("rigid eye shield, no pressure on the globe", False),
    ],
)
def test_eye_irrigation_orders(name: str, irrigation: bool) -> None:
    assert (_EYE_IRRIGATION.search(name) is not None) is irrigation


def test_an_ophthalmology_consult_names_the_pressure_it_measures() -> None:
    # the consult names the intraocular pressure; the gate spares consults by kind
    assert _GLOBE_PRESSING.search("ophthalmology the same day: intraocular pressure")
