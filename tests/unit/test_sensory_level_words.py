"""A sensory level on the trunk in words (lead42; ASIA 2019 dermatomes)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.sensory_level_words import SENSORY_LEVEL, TRUNK_SENSORY_LEVEL


@pytest.mark.parametrize(
    "text",
    [
        "numbness up to the umbilicus",
        "numb from the waist down",
        "reduced sensation below T10",
        "no feeling below the nipples",
        "can't feel anything below the belly button",
        "numbness at T8",
    ],
)
def test_trunk_levels_are_read(text: str) -> None:
    assert TRUNK_SENSORY_LEVEL.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "numbness in both feet",
        "numbness spreading from the chest to the left arm",
        "numb chin",
        "numbness up to the knees",
        "tingling around the mouth",
    ],
)
def test_limb_and_face_numbness_is_no_level(text: str) -> None:
    assert not SENSORY_LEVEL.search(text)


def _status(text: str, concept: str) -> set[str]:
    found = extract_findings(text, load_knowledge())
    return {f.status for f in found if f.concept == concept}


def test_a_level_is_a_present_cord_sign_and_a_denied_one_is_not() -> None:
    assert "present" in _status("weak legs, numb up to the navel", "cord_injury_signs")
    assert "present" in _status("a sensory level at T6", "sensory_level")
    assert "present" not in _status("no sensory level", "sensory_level")
