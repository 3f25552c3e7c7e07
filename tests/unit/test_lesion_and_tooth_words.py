"""Words read by site and shape (lead41): vesicles, a tooth, scabies history."""

from __future__ import annotations

import pytest

from agents.offline.rules.dental_injury_words import TOOTH_KNOCKED_OUT
from agents.offline.rules.itch_words import SCABIES_HISTORY
from agents.offline.rules.skin_lesion_words import PUNCHED_OUT_LESIONS, VESICLES_ON_V1


@pytest.mark.parametrize(
    "text",
    [
        "painful blistering rash on the right forehead and the tip of the nose",
        "vesicles over the left upper eyelid",
        "a cluster of blisters around his right eye",
        "forehead rash with vesicles",
    ],
)
def test_vesicles_on_the_ophthalmic_division(text: str) -> None:
    assert VESICLES_ON_V1.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "blisters on the forearm after a scald",
        "vesicles on the lower lip (cold sore)",
        "forehead laceration. Blisters on both feet after a long walk",
    ],
)
def test_blisters_elsewhere_are_not_v1(text: str) -> None:
    assert not VESICLES_ON_V1.search(text)


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("clusters of punched-out blisters and erosions", True),
        ("punched out erosions on the cheeks", True),
        ("monomorphic punched-out small vesicles", True),
        ("punched in the face", False),
        ("punched-out appearance of the bone on x-ray", False),
    ],
)
def test_punched_out_lesions(text: str, hit: bool) -> None:
    assert bool(PUNCHED_OUT_LESIONS.search(text)) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("upper front permanent tooth knocked out", True),
        ("knocked out his two front teeth in a fall", True),
        ("a knocked-out incisor brought in milk", True),
        ("teeth were knocked out", True),
        ("knocked out for 2 minutes", False),
        ("was knocked out cold by the punch", False),
    ],
)
def test_tooth_knocked_out(text: str, hit: bool) -> None:
    assert bool(TOOTH_KNOCKED_OUT.search(text)) is hit


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("itchy rash on the wrists, worse at night", "nocturnal_itch"),
        ("the itching keeps him awake, worst at night", "nocturnal_itch"),
        ("partner also itchy", "itchy_contacts"),
        ("her two children are scratching too", "itchy_contacts"),
        ("papules between the fingers", "finger_web_rash"),
    ],
)
def test_scabies_history(text: str, concept: str) -> None:
    found = {c for c, rx in SCABIES_HISTORY if rx.search(text)}
    assert concept in found


def test_back_pain_worse_at_night_is_no_itch() -> None:
    found = {c for c, rx in SCABIES_HISTORY if rx.search("back pain worse at night")}
    assert "nocturnal_itch" not in found
