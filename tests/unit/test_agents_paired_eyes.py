"""Both eyes' intraocular pressures read from one list (coh30)."""

from __future__ import annotations

import pytest

from agents.offline.rules.paired_eyes import paired_iop
from agents.offline.rules.results import analyte_results, read_results, result_findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intraocular pressure (26 mmHg in the right eye, 47 mmHg in the left eye).",
            [(26.0, "right"), (47.0, "left")],
        ),
        ("IOP 16/52 mmHg.", [(16.0, "right"), (52.0, "left")]),
        ("IOP 58 mmHg right, 16 mmHg left.", [(58.0, "right"), (16.0, "left")]),
        ("IOP R 52 L 18", [(52.0, "right"), (18.0, "left")]),
        ("IOP OS 48, OD 12", [(48.0, "left"), (12.0, "right")]),
        ("IOPs 26 and 47 mmHg", [(26.0, "right"), (47.0, "left")]),
    ],
)
def test_each_eye_is_read_with_its_eye(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v.value, v.eye) for v in paired_iop(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["IOP 18, 45 min after the drops 30", "IOP 18. HR 90", "IOP 18, pupils 3 mm"],
)
def test_a_single_pressure_is_no_list(text: str) -> None:
    assert paired_iop(text) == []
    assert [r.value for r in read_results(text) if r.analyte == "iop"] == [18.0]


def test_the_higher_pressure_of_a_list_gives_its_band() -> None:
    text = "Intraocular pressure (26 mmHg in the right eye, 47 mmHg in the left eye)."
    results = read_results(text)
    assert sorted(r.value for r in results if r.analyte == "iop") == [26.0, 47.0]
    assert any("left eye" in r.text for r in results if r.value == 47.0)
    assert [r.value for r in analyte_results(text, "iop")] == [26.0, 47.0]
    concepts = {f.concept for f in result_findings(text)}
    assert {"raised_iop", "iop_very_high"} <= concepts
