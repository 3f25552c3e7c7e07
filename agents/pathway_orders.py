"""The order a guideline pathway requires, shared by every pathway module.

A pathway returns ``Required`` pairs: the order to add and the pattern of existing
order names that already satisfy it (``agents.order_safety.check`` adds the order only
when no equivalent is there). Research software, not for clinical use.
"""

from __future__ import annotations

import re

from agents.population import years
from agents.schemas import Order, OrderKind
from cases.population import Population
from cases.rx import word_start

__all__ = ["Required", "child", "required"]

Required = tuple[Order, re.Pattern[str]]
"""An order plus the pattern of existing order names that already satisfy it."""


def required(kind: OrderKind, name: str, reason: str, satisfied_by: str) -> Required:
    """The order ``name`` for ``reason``, satisfied by orders matching the pattern."""
    return Order(kind=kind, name=name, reason=reason), word_start(satisfied_by)


def child(pop: Population) -> bool:
    """Whether the patient is known to be under 16 (the paediatric doses)."""
    return pop.age_within(0, years(16) - 1) is True
