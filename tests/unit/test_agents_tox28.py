"""tox28: timed paracetamol levels and recent stimulant use, read from note words."""

from __future__ import annotations

import pytest

from agents.pathways_acute import paracetamol_timed_levels
from agents.pathways_tox import RECENT_STIMULANT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labs at 4 hours post-ingestion: paracetamol level 190 mg/L", [(190.0, 4.0)]),
        ("paracetamol level 190 mg/L taken 4 hours after ingestion", [(190.0, 4.0)]),
        ("paracetamol 180 mg/L at 4 h", [(180.0, 4.0)]),
        ("4-h paracetamol level 210 mg/L", [(210.0, 4.0)]),
        # infect47: the time after the analyte, without "at"
        ("Paracetamol level 6 hours after ingestion 148 mg/L", [(148.0, 6.0)]),
        ("paracetamol level 4 h post-ingestion: 190 mg/L", [(190.0, 4.0)]),
        # a time that is not the level's time after the ingestion
        ("paracetamol level 190 mg/L taken 4 hours ago", []),
        ("symptoms for 5 hours. Paracetamol level 60 mg/L", []),
    ],
)
def test_paracetamol_level_is_timed_from_the_ingestion(
    text: str, expected: list[tuple[float, float]]
) -> None:
    assert paracetamol_timed_levels([text]) == expected


@pytest.mark.parametrize(
    ("text", "recent"),
    [
        ("chest tightness 1 hour after using cocaine intranasally", True),
        ("smoked crack cocaine 2 hours ago", True),
        ("urine drug screen positive for amphetamines", True),
        ("cocaine-associated chest pain", True),
        ("history of cocaine use, abstinent for 5 years", False),
    ],
)
def test_recent_stimulant_use_is_read_with_its_time(text: str, recent: bool) -> None:
    assert bool(RECENT_STIMULANT.search(text)) is recent
