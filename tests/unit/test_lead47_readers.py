"""lead47: erythroderma by its extent, ankle oedema, scuba diving: their readers."""

from __future__ import annotations

import pytest

from agents.offline.rules._skin_extent import erythroderma_extent_spans
from agents.offline.rules.cord_words import NECK_MECHANISM
from agents.offline.rules.joint_signs import HOT_JOINT


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The redness spread to cover more than 90 % of the skin with scaling.", True),
        ("Erythema over 95% of the body surface.", True),
        ("Red scaly skin on 100 per cent of the body.", True),
        ("Rash over 15 % of the body, blisters.", False),  # SJS extent, not 90 %
        ("Burns to 90 % of the body, skin red and charred.", False),  # a burn's TBSA
        ("Itchy scaling over 90 % of the skin.", False),  # no redness named
        ("Oxygen saturation 92 %. Red throat. Skin warm.", False),
    ],
)
def test_erythroderma_by_extent(text: str, found: bool) -> None:
    assert bool(erythroderma_extent_spans(text)) is found


@pytest.mark.parametrize(
    ("text", "hot"),
    [
        ("Shivering, feels cold, ankles swollen.", False),
        ("Bilateral swollen ankles.", False),
        ("Both ankles are hot and swollen.", True),
        ("Hot swollen left ankle.", True),
        ("The ankle is swollen.", True),
        ("Knee is warm and swollen.", True),
        ("Swollen, red right knee.", True),
    ],
)
def test_both_ankles_swollen_is_oedema_not_a_hot_joint(text: str, hot: bool) -> None:
    assert bool(HOT_JOINT.search(text)) is hot


@pytest.mark.parametrize(
    ("text", "neck"),
    [
        ("Scuba diving 2 hours ago.", False),
        ("Back from a diving trip.", False),
        ("Diving into the shallow end of a pool.", True),
        ("He was diving off the pier.", True),
        ("Neck pain after a fall.", True),
    ],
)
def test_scuba_diving_is_no_neck_mechanism(text: str, neck: bool) -> None:
    assert bool(NECK_MECHANISM.search(text)) is neck
