"""A low chloride with a high bicarbonate or pH is a hypochloraemic alkalosis (paeds25).

Reference intervals: chloride 98-107, bicarbonate 22-28 mmol/L, pH 7.35-7.45; loss of
gastric acid (pyloric stenosis: Hernanz-Schulman M. Radiology 2003;227:319) gives the
low chloride with the alkalosis. Guards: either alone, or normal values, name none.
"""

from __future__ import annotations

import pytest

from agents.offline.rules.results import result_findings


def _concepts(text: str) -> set[str]:
    return {f.concept for f in result_findings(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gas: pH 7.52, chloride 88, bicarbonate 33, potassium 3.0.", True),
        ("Na 136, K 3.2, Cl- 92, HCO3 31.", True),
        ("Venous pH 7.49, Cl 95.", True),
        # guards
        ("Na 138, K 4.1, Cl 101, HCO3 24.", False),
        ("Cl 94, HCO3 24, pH 7.38.", False),
        ("HCO3 31, pH 7.48, chloride 102.", False),
    ],
)
def test_hypochloraemic_alkalosis_needs_both_halves(text: str, expected: bool) -> None:
    assert ("hypochloremic_alkalosis" in _concepts(text)) is expected
