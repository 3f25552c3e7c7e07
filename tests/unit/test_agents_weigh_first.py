"""Weigh a child before per-kg dosing (APLS 7th ed.; ISMP 2018)."""

from __future__ import annotations

from agents.schemas import Order
from agents.weigh_first import weigh_first
from cases.population import Population


def _pop(age_days: int) -> Population:
    return Population(age_days_min=age_days, age_days_max=age_days)


_ORDERS = (
    Order(kind="procedure", name="IV access", reason="r"),
    Order(kind="medication", name="ceftriaxone 80 mg/kg IV", reason="r"),
)


def test_child_without_a_weight_is_weighed_before_the_first_per_kg_drug() -> None:
    assert weigh_first(_ORDERS, _pop(1500), ("fever and a rash",)) == 1


def test_a_written_weight_an_adult_or_no_per_kg_drug_needs_no_weighing() -> None:
    assert weigh_first(_ORDERS, _pop(1500), ("Weight 14 kg.",)) is None
    assert weigh_first(_ORDERS, _pop(1500), ("weighs 14.2",)) is None
    assert weigh_first(_ORDERS, _pop(30 * 365), ("fever",)) is None
    assert weigh_first(_ORDERS[:1], _pop(1500), ("fever",)) is None
