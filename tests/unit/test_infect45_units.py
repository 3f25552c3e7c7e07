"""infect45: NICE NG51 low sepsis risk and SIRS as typed facts (rules.sepsis_risk)."""

from __future__ import annotations

from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.sepsis_risk import (
    NG51_LOW_RISK,
    SIRS_2,
    ng51_low_risk,
    sirs_count,
    with_sepsis_risk,
)
from cases.models import Vitals
from cases.population import Population


def _facts(
    age: int = 40,
    vitals: tuple[float | None, ...] = (104, 120, 74, 18, 98, 38.7),
    present: frozenset[str] = frozenset({"fever"}),
    pregnant: bool = False,
    wbc: float | None = None,
) -> ClinicalFacts:
    keys = (
        "heart_rate",
        "systolic_bp",
        "diastolic_bp",
        "respiratory_rate",
        "spo2",
        "temperature_c",
    )
    population = Population(
        age_days_min=age * 365,
        age_days_max=age * 365,
        pregnancy="pregnant" if pregnant else "unknown",
    )
    return ClinicalFacts(
        age=age,
        vitals=Vitals(**dict(zip(keys, vitals, strict=True))),
        present=present,
        population=population,
        measurements={} if wbc is None else {"wbc": wbc},
    )


def test_an_adult_at_news2_2_without_a_high_risk_criterion_is_low_risk() -> None:
    """RCP 2017 chart 1: HR 104 and T 38.7 score 1 each; NG51: NEWS2 < 5 is low risk."""
    assert ng51_low_risk(_facts()) == 2
    assert NG51_LOW_RISK in with_sepsis_risk(_facts()).present


def test_news2_5_or_a_high_risk_criterion_is_not_low_risk() -> None:
    """NEWS2 >= 5 (RR 25 scores 3, SBP 100 scores 2), systolic <= 90, HR > 130, a
    high lactate, new confusion or immunocompromise (NG51) are not low risk."""
    assert ng51_low_risk(_facts(vitals=(96, 100, 60, 25, 97, 38.4))) is None
    assert ng51_low_risk(_facts(vitals=(88, 88, 50, 16, 98, 37.0))) is None
    assert ng51_low_risk(_facts(vitals=(134, 130, 80, 16, 98, 37.0))) is None
    for concept in ("lactate_high", "confusion", "petechiae", "immunocompromised"):
        assert ng51_low_risk(_facts(present=frozenset({"fever", concept}))) is None


def test_children_pregnancy_and_missing_observations_are_never_low_risk() -> None:
    """NEWS2 is validated in neither children nor pregnancy (RCP 2017); an unrecorded
    observation would score 0, so the aggregate would be only a lower bound."""
    assert ng51_low_risk(_facts(age=9)) is None
    assert ng51_low_risk(_facts(pregnant=True)) is None
    assert ng51_low_risk(_facts(vitals=(104, 120, 74, None, 98, 38.7))) is None
    assert NG51_LOW_RISK not in with_sepsis_risk(_facts(age=9)).present


def test_two_sirs_criteria_make_the_systemic_signs_concept() -> None:
    """Bone RC et al. Chest 1992: T > 38, HR > 90, RR > 20, WBC > 12 or < 4; two or more
    in an adult are the systemic signs of IDSA 2014's moderate cellulitis."""
    assert sirs_count(_facts()) == 2
    assert SIRS_2 in with_sepsis_risk(_facts()).present
    calm = _facts(vitals=(82, 124, 76, 16, 99, 37.1), present=frozenset())
    assert sirs_count(calm) == 0
    assert SIRS_2 not in with_sepsis_risk(calm).present
    febrile_only = _facts(vitals=(84, 124, 76, 16, 99, 38.4), wbc=9.0)
    assert SIRS_2 not in with_sepsis_risk(febrile_only).present
    assert sirs_count(_facts(age=12)) is None
