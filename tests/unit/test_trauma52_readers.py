"""trauma52: the readers of a cut-off fingertip, a compartment's stretch and tightness,
and a first web space that is no finger web (BSSH 2021; BOAST 10; NICE CKS scabies)."""

from __future__ import annotations

import re

import pytest

from agents.offline.rules.compartment_words import PASSIVE_STRETCH, TENSE_COMPARTMENT
from agents.offline.rules.digit_amputation_words import digit_amputation_spans
from agents.offline.rules.itch_words import SCABIES_HISTORY

_STRETCH = re.compile(PASSIVE_STRETCH, re.IGNORECASE)
_TENSE = re.compile(TENSE_COMPARTMENT, re.IGNORECASE)
_WEB = dict(SCABIES_HISTORY)["finger_web_rash"]


@pytest.mark.parametrize(
    "text",
    [
        "sliced the tip off his left index finger on a mandolin",
        "tip of her thumb was cut off in a car door",
        "cut the end of her thumb off with a knife",
        "left ring fingertip amputation",
        "amputated fingertip brought in a bag",
        "traumatic amputation of the right middle finger",
    ],
)
def test_a_fingertip_cut_off_is_read(text: str) -> None:
    assert digit_amputation_spans(text), text


@pytest.mark.parametrize(
    "text",
    [
        "cut his finger on a knife, tip intact",
        "crushed the tip of his finger in a door",
        "nail torn off the finger",
        "amputated below the knee in 2015",
    ],
)
def test_a_cut_or_crushed_finger_is_no_amputation(text: str) -> None:
    assert not digit_amputation_spans(text), text


@pytest.mark.parametrize(
    "text",
    ["pain when his toes are pulled down", "screams when her fingers are straightened"],
)
def test_the_stretch_sign_as_the_digits_are_moved(text: str) -> None:
    assert _STRETCH.search(text), text


def test_a_moved_ankle_is_no_stretch_sign() -> None:
    assert not _STRETCH.search("pain when the ankle is moved")


@pytest.mark.parametrize(
    "text",
    ["tight swollen front of the lower leg", "calf tight and swollen"],
)
def test_tight_and_swollen_is_a_tense_compartment(text: str) -> None:
    assert _TENSE.search(text), text


def test_a_tight_bandage_is_no_tense_compartment() -> None:
    assert not _TENSE.search("tight bandage on the leg")


@pytest.mark.parametrize(
    "text",
    [
        "numb first web space",
        "numbness in the web space between the first and second toes",
    ],
)
def test_the_first_web_space_of_the_foot_is_no_finger_web(text: str) -> None:
    assert not _WEB.search(text), text


def test_burrows_in_the_web_spaces_stay_a_finger_web() -> None:
    assert _WEB.search("burrows in the web spaces")
