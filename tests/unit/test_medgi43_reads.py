"""medgi43: haemoglobin and haematocrit measured in the British spelling too."""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import extract_measurements


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("Haemoglobin 15.1 g/dL, urea 4.8 mmol/L.", "hemoglobin", 15.1),
        ("Hemoglobin 9.4 g/dL", "hemoglobin", 9.4),
        ("haemoglobin 91 g/L", "hemoglobin", 9.1),
        ("Haematocrit 31", "hematocrit", 31.0),
        ("Hb 7.2", "hemoglobin", 7.2),
    ],
)
def test_haemoglobin_spellings_are_measured(text: str, name: str, value: float) -> None:
    assert extract_measurements(text).get(name) == pytest.approx(value)
