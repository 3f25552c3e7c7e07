"""infect47: CURB-65 3-5 as a typed fact (rules.sepsis_risk) and a paracetamol level
timed "N hours after ingestion" (pathways_acute)."""

from __future__ import annotations

from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.sepsis_risk import CURB65_SEVERE, with_sepsis_risk
from cases.models import Vitals
from cases.population import Population

_KEYS = (
    "heart_rate",
    "systolic_bp",
    "diastolic_bp",
    "respiratory_rate",
    "spo2",
    "temperature_c",
)


def _facts(
    age: int,
    vitals: tuple[float, ...],
    present: frozenset[str] = frozenset({"fever", "cough"}),
    bun: float | None = None,
) -> ClinicalFacts:
    return ClinicalFacts(
        age=age,
        vitals=Vitals(**dict(zip(_KEYS, vitals, strict=True))),
        present=present,
        population=Population(age_days_min=age * 365, age_days_max=age * 365),
        measurements={} if bun is None else {"bun": bun},
    )


def test_curb65_of_3_or_more_is_severe_pneumonia() -> None:
    """Lim WS et al. Thorax 2003: confusion, urea > 7, RR >= 30, low BP, age >= 65."""
    facts = _facts(
        76,
        (112, 96, 58, 30, 91, 38.7),
        frozenset({"fever", "cough", "confusion"}),
    )
    assert CURB65_SEVERE in with_sepsis_risk(facts).present


def test_curb65_below_3_and_children_are_not_severe() -> None:
    """CURB-65 0-2 is low or moderate (Lim 2003); the score is validated in adults."""
    young = _facts(31, (96, 122, 76, 20, 97, 38.2))
    assert CURB65_SEVERE not in with_sepsis_risk(young).present
    two = _facts(70, (100, 118, 72, 31, 95, 38.0))  # age and RR: 2
    assert CURB65_SEVERE not in with_sepsis_risk(two).present
    child = _facts(
        9, (140, 80, 40, 40, 92, 39.0), frozenset({"fever", "cough", "confusion"})
    )
    assert CURB65_SEVERE not in with_sepsis_risk(child).present
