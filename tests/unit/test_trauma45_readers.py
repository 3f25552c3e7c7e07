"""trauma45: the readers of SJS/TEN detachment extent and of a rib count written after
the fracture (Bastuji-Garin S et al. 1993; EAST 2016; ICD-10-CM FY2024)."""

from __future__ import annotations

import pytest

from agents.offline.rules.detachment_extent import detachment_spans
from agents.offline.rules.rib_count import rib_count, rib_fracture_spans


def _concepts(text: str) -> list[str]:
    return [c for c, _s, _e in detachment_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Skin peels with gentle pressure. About 15% body surface area.",
            ["sjs_ten_overlap"],
        ),
        (
            "dusky skin peeling off in sheets over 40% of the body",
            ["toxic_epidermal_necrolysis"],
        ),
        ("epidermal detachment of 25 % BSA", ["sjs_ten_overlap"]),
        ("Nikolsky positive, detachment 8% of the body", []),
        ("burns over 30% body surface, skin peeling", []),
        ("45% of the body is red, no blisters", []),
    ],
)
def test_detachment_extent_names_the_class(text: str, expected: list[str]) -> None:
    assert _concepts(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("chest X-ray shows fractures of four left ribs", 4),
        ("he broke three ribs in the fall", 3),
        ("fractured her two lower ribs", 2),
        ("four left rib fractures", 4),
        ("ribs tender, no fracture seen", 0),
    ],
)
def test_rib_count_reads_the_count_after_the_fracture(text: str, count: int) -> None:
    assert rib_count([text]) == count


def test_a_count_after_the_fracture_carries_its_side() -> None:
    spans = [c for c, _s, _e in rib_fracture_spans("fractures of three right ribs")]
    assert spans == ["rib_fractures_multiple", "rib_fractures_multiple_right"]
