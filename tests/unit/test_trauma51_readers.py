"""trauma51's readers: a chemical in the eye, a flail segment, the peripheral HINTS
findings, an open globe's signs, a fingertip's open fracture told apart.

Research software, not for clinical use.
"""

from __future__ import annotations

import pytest

from agents.offline.rules._bone_seen import open_digit_spans
from agents.offline.rules.chemical_eye_words import chemical_eye_spans
from agents.offline.rules.compartment_words import PASSIVE_STRETCH
from agents.offline.rules.flail_words import flail_spans
from agents.offline.rules.open_globe_words import open_globe_spans
from agents.offline.rules.vestibular_words import vestibular_spans
from cases.rx import word_start


def _concepts(spans: list[tuple[str, int, int]]) -> set[str]:
    return {c for c, _, _ in spans}


@pytest.mark.parametrize(
    "text",
    [
        "cleaning fluid splashed into both eyes 5 minutes ago",
        "got some washing-up liquid in her eye",
        "eyes splashed with oven cleaner",
        "his right eye was sprayed with a degreaser at work",
        "bleach in the left eye",
    ],
)
def test_chemical_reaching_an_eye_is_read(text: str) -> None:
    assert _concepts(chemical_eye_spans(text)) == {"chemical_eye_exposure"}


@pytest.mark.parametrize(
    "text",
    [
        "bleach on her hands, nothing in the eyes",
        "oven cleaner on the back of her hand, eye exam normal",
        "takes folic acid, pain in the eye",
        "acid reflux, pain in the eye",
        "a cleaner by trade, red eye for two days",
    ],
)
def test_chemical_not_in_the_eye_is_not_read(text: str) -> None:
    assert chemical_eye_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "segment of left chest wall moves paradoxically with breathing",
        "right chest wall moves inwards when he breathes in",
        "ribs sucking in as she breathes in",
        "paradoxical movement of the left chest wall",
    ],
)
def test_flail_segment_in_words_is_read(text: str) -> None:
    assert _concepts(flail_spans(text)) == {"flail_segment"}


@pytest.mark.parametrize(
    "text",
    [
        "child with chest sucking in, grunting",
        "chest wall moving normally, ribs tender",
        "chest moves equally on both sides",
    ],
)
def test_no_flail_segment_without_its_movement(text: str) -> None:
    assert flail_spans(text) == []


def test_peripheral_hints_findings_are_read() -> None:
    text = (
        "horizontal nystagmus beating to the right only, head impulse test abnormal "
        "to the left, no skew deviation"
    )
    assert _concepts(vestibular_spans(text)) == {
        "head_impulse_abnormal",
        "unidirectional_nystagmus",
    }


@pytest.mark.parametrize(
    "text",
    [
        "normal head impulse test, direction-changing nystagmus",
        "right-beating nystagmus on right gaze and left-beating on left gaze",
        "no nystagmus",
    ],
)
def test_central_or_absent_signs_are_not_peripheral(text: str) -> None:
    # trauma53: a direction-changing nystagmus is now read as the central sign it is
    # (Kattah 2009); the test's point stays: no peripheral HINTS finding
    peripheral = {"head_impulse_abnormal", "unidirectional_nystagmus"}
    assert not _concepts(vestibular_spans(text)) & peripheral


def test_open_globe_signs_beside_a_hammered_fragment() -> None:
    text = (
        "hammering metal on metal, felt something hit his right eye, small wound on "
        "the cornea, irregular pupil"
    )
    assert _concepts(open_globe_spans(text)) == {"open_globe", "eye_foreign_body"}


def test_irregular_pupil_without_an_injury_is_no_open_globe() -> None:
    text = "painful red right eye, photophobia, irregular pupil, no eye injury"
    assert open_globe_spans(text) == []


def test_fingertip_fracture_and_wound_in_separate_sentences() -> None:
    text = (
        "34M crushed his fingertip in a car door. Nail bed laceration. X-ray shows a "
        "tuft fracture of the distal phalanx."
    )
    assert _concepts(open_digit_spans(text)) == {"open_digit_fracture"}


@pytest.mark.parametrize(
    "text",
    [
        "Crushed his fingertip in a door. Nail intact. X-ray shows a tuft fracture.",
        "Nail bed laceration of the index finger. X-ray shows no fracture.",
        "Laceration of the shin. X-ray shows a tuft fracture of the toe.",
    ],
)
def test_no_open_fingertip_fracture_without_wound_or_fracture(text: str) -> None:
    assert open_digit_spans(text) == []


@pytest.mark.parametrize(
    "text",
    ["pain on passively moving his toes", "passively extending the fingers is painful"],
)
def test_passive_stretch_with_its_adverb(text: str) -> None:
    assert word_start(PASSIVE_STRETCH).search(text) is not None
