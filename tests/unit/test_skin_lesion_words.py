"""The vesicular eruption's words by site and shape (lead41: ``skin_lesion_words``)."""

from __future__ import annotations

import pytest

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
