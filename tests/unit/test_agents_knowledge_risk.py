"""AgeSexRisk's infant band: read on the age in days (ISPAD 2022 DKA)."""

from __future__ import annotations

from agents.offline.knowledge.models import AgeSexRisk

DKA = AgeSexRisk(
    reference_age_years=30,
    measured_ages=(1, 80),
    younger_than_days=365,
    younger_factor=0.1,
    source="ISPAD 2022",
)


def test_infant_band_applies_below_its_age_in_days() -> None:
    assert DKA.factor(0, "F", 270) == 0.1


def test_infant_band_does_not_apply_from_its_age_or_unknown_days() -> None:
    assert DKA.factor(1, "F", 400) == 1.0
    assert DKA.factor(0, "F", None) == 1.0
    assert DKA.factor(None, None, None) == 1.0
