"""cardio49 readers: an aching jaw on exertion, a pulse written before its absence, a
recent intracranial or an active bleed beside an imaged clot (issue 10)."""

from __future__ import annotations

import pytest

from agents import pathways_acute as acute
from agents import pathways_cardiac as cardiac
from agents import pathways_vascular as vascular


def _hit(pattern: object, text: str) -> bool:
    return bool(pattern.search(text))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an ache in both sides of the jaw when walking uphill", True),
        ("an aching jaw on walking uphill", True),
        ("a heavy left arm when climbing the stairs", True),
        ("aching in the jaw and left arm when walking uphill", True),
        ("an aching jaw when chewing", False),
        ("a heavy left arm since the stroke", False),
    ],
)
def test_arm_jaw_exertional(text: str, expected: bool) -> None:
    assert _hit(cardiac._ARM_JAW_EXERTIONAL, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Left femoral pulse absent, right normal", True),
        ("right radial pulse is impalpable", True),
        ("absent left femoral pulse", True),
        ("weak left radial pulse", True),
        ("femoral pulses present and equal", False),
        ("pedal pulses absent bilaterally", False),
    ],
)
def test_add_rs_pulse_deficit(text: str, expected: bool) -> None:
    assert _hit(acute._AAS_EXAM, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("intracerebral haemorrhage 10 days ago", True),
        ("admitted 10 days ago with a thalamic haemorrhage", True),
        ("craniotomy last week", True),
        ("actively bleeding from the rectum", True),
        ("subdural haematoma in 2009", False),
        ("no bleeding history", False),
    ],
)
def test_barring_bleed(text: str, expected: bool) -> None:
    assert _hit(vascular.BARRING_BLEED, text) is expected
