"""Unit tests for ``agents.resulted``: tests already resulted, rule-out tests moot."""

from __future__ import annotations

import pytest

from agents import resulted
from agents.schemas import Order

DDIMER = Order(kind="diagnostic", name="D-dimer (if PE unlikely by Wells)", reason="x")
CTPA = Order(kind="diagnostic", name="CT pulmonary angiography", reason="x")
LEG_US = Order(kind="diagnostic", name="compression ultrasound of the leg", reason="x")


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("CTPA: filling defects in segmental arteries, acute PE.", CTPA),
        ("CTPA: filling defects in segmental arteries, acute PE.", DDIMER),
        ("CT pulmonary angiogram negative for PE.", CTPA),
        ("D-dimer 1800 ng/mL.", DDIMER),
        ("D-dimer was negative.", DDIMER),
        ("Duplex ultrasound shows DVT in the popliteal vein.", DDIMER),
        ("Duplex ultrasound shows DVT in the popliteal vein.", LEG_US),
    ],
)
def test_resulted_or_moot_tests_are_gated(text: str, order: Order) -> None:
    assert resulted.gate(order, resulted.read([text])) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Plan: D-dimer, then CTPA if positive.",
        "CTPA to rule out PE.",
        "If the D-dimer is positive, CTPA.",
        "Pleuritic chest pain, no imaging yet.",
    ],
)
def test_planned_tests_are_not_gated(text: str) -> None:
    known = resulted.read([text])
    assert resulted.gate(DDIMER, known) is None
    assert resulted.gate(CTPA, known) is None


def test_other_orders_and_conditional_repeats_pass() -> None:
    known = resulted.read(["CTPA shows PE. D-dimer 2400."])
    heparin = Order(kind="medication", name="heparin per VTE protocol", reason="x")
    troponin = Order(kind="diagnostic", name="troponin and BNP", reason="x")
    repeat = Order(kind="diagnostic", name="repeat D-dimer in 6 h", reason="x")
    assert resulted.gate(heparin, known) is None
    assert resulted.gate(troponin, known) is None
    assert resulted.gate(repeat, known) is None


def test_reported_gallbladder_ultrasound_is_not_reordered() -> None:
    ruq = Order(kind="diagnostic", name="right upper quadrant ultrasound", reason="x")
    shown = resulted.read(["Ultrasound: acute cholecystitis, pericholecystic fluid."])
    planned = resulted.read(["RUQ ultrasound to assess for cholecystitis."])
    assert resulted.gate(ruq, shown) is not None
    assert resulted.gate(ruq, planned) is None
