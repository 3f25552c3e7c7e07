"""The CTAS pain modifier's site readers (ktas21): peripheral vs central words."""

from __future__ import annotations

import pytest

from agents.offline.rules.ctas import facial_only, peripheral_site


@pytest.mark.parametrize(
    "text",
    ["bruised shin", "Femur Lesion", "COCCYGEAL PAIN", "grazed skin on the forearm"],
)
def test_peripheral_sites(text: str) -> None:
    assert peripheral_site(text)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "hiccup",
        "bruised shin and chest",
        "alarm going off, felt faint",
        "leg and abdominal pain",
        "swollen eye after touching skin cream",
    ],
)
def test_not_peripheral(text: str | None) -> None:
    assert not peripheral_site(text)


@pytest.mark.parametrize("text", ["facial injury", "hit in the face with a ball"])
def test_facial_only(text: str) -> None:
    assert facial_only(text)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "hit on the head with a ball",
        "facial injury, eye swollen shut",
        "head injury",
    ],
)
def test_not_facial_only(text: str | None) -> None:
    assert not facial_only(text)
