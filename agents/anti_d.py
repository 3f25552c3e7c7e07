"""Anti-D immunoglobulin withheld from a woman documented Rh D positive.

Anti-D prevents Rh D alloimmunisation in an Rh D negative (or not yet grouped) woman
after a sensitising event; a woman whose group is documented Rh D positive needs none
(Qureshi H et al. BCSH 2014 / RCOG Green-top 22 2011 anti-D prophylaxis; ACOG PB 181
2017 prevention of Rh D alloimmunisation). Only an order that gives anti-D itself is
withheld; a composite order that names it 'if Rh-negative' keeps its other parts.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents._text import asserted
from agents.schemas import Order, OrderGate
from cases.rx import word_start

__all__ = ["RH_POSITIVE", "gate"]

RH_POSITIVE: Final = word_start(
    r"(?:rh(?:esus)?|rh ?d)[- ]?(?:positive|pos\b|\+)|"
    r"(?:blood )?(?:group|type) (?:a|b|ab|o)[- ]?(?:positive|pos\b|\+)"
)
"""A documented Rh D positive group ("Rhesus positive", "O Rh positive", "A pos")."""
_ANTI_D_ORDER: Final = re.compile(
    r"(?i)^\s*(?:anti-?d\b|rh(?:o?\(?d\)?)? immune globulin|rhig\b|rhogam)"
)
"""An order that is anti-D itself (its name starts with it)."""


def gate(order: Order, texts: Sequence[str]) -> tuple[OrderGate, str] | None:
    """Why anti-D is withheld here, if it is (module docstring)."""
    if order.kind != "medication" or not _ANTI_D_ORDER.search(order.name):
        return None
    if not asserted(RH_POSITIVE, texts):
        return None
    return "contraindication", (
        "anti-D with an Rh D positive group documented: prophylaxis is for Rh D "
        "negative or ungrouped women only (RCOG Green-top 22 2011; BCSH 2014; ACOG "
        "PB 181 2017)"
    )
