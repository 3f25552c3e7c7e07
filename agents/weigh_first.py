"""A child's per-kilogram doses need a weight: weigh (or estimate) it first.

APLS (Advanced Paediatric Life Support, 7th ed., ch. 1): every drug and fluid dose of
a child is calculated on the weight, measured when it can be and, in an emergency,
estimated (a length-based tape such as Broselow, or the APLS age formula) without
delaying treatment; ISMP 2018 (paediatric weight-based dosing errors): the weight is
recorded in kilograms before the first per-kg order. When a child's plan holds a
per-kg medication and the visit's text states no weight, the order to weigh is put
before the first per-kg drug. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents.population import years
from agents.schemas import Order
from cases.population import Population

__all__ = ["CHILD_WEIGHT_YEARS", "WEIGH", "weigh_first"]

CHILD_WEIGHT_YEARS: Final = 16
"""Under 16 the dose is per kilogram (the order-safety layer's paediatric dosing)."""
WEIGH: Final = Order(
    kind="procedure",
    name="weigh the child in kg for dosing (in an emergency estimate it with a "
    "length-based tape or the APLS age formula, without delaying treatment)",
    reason="every per-kg dose is calculated on a recorded weight (APLS 7th ed.; "
    "ISMP 2018 paediatric weight-based dosing)",
)
_PER_KG: Final = re.compile(r"(?i)/\s?kg\b")
_WEIGHT: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:\d{1,3}(?:\.\d{1,2})?\s?(?:kg|kilo\w*)(?![A-Za-z])|"
    r"(?:weight|weighs|wt)\W{0,3}(?:is |was |of |approx\w*\.? )?\d)"
)
_WEIGHED: Final = re.compile(r"(?i)\bweigh (?:the|him|her)\b")


def weigh_first(
    orders: Sequence[Order], pop: Population, texts: Sequence[str]
) -> int | None:
    """Where to put the weighing order: before the first per-kg medication, or None.

    None for an adult or unknown age, a plan without a per-kg drug, a weight stated
    in the text, or a plan that already weighs the child.
    """
    if pop.age_within(0, years(CHILD_WEIGHT_YEARS) - 1) is not True:
        return None
    at = next(
        (
            i
            for i, o in enumerate(orders)
            if o.kind == "medication" and _PER_KG.search(o.name)
        ),
        None,
    )
    if at is None or any(_WEIGHED.search(o.name) for o in orders):
        return None
    if any(_WEIGHT.search(t) for t in texts if t):
        return None
    return at
