"""A drug offered 'PO or IV' beside a nil-by-mouth order is given IV.

A plan that keeps the patient nil by mouth (a suspected intussusception, a bowel
obstruction, surgery expected) cannot give the same patient a drug by mouth: the
oral route of a dual-route order is struck and the IV one kept (RCEM 2021 pain in
children: IV paracetamol when the child is nil by mouth; APSA 2021 intussusception;
Ten Broek RPG et al. Bologna adhesive small-bowel obstruction 2017: nil by mouth).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents.schemas import Order

__all__ = ["NIL_BY_MOUTH", "iv_when_nil_by_mouth"]

NIL_BY_MOUTH: Final = re.compile(
    r"(?i)(?<!if )(?<!when )(?<!while )(?<!once )\b(?:nil by mouth|nothing by mouth|"
    r"npo|nil per os|keep (?:the child |him |her )?fasted)\b"
)
"""An order that keeps the patient fasted (not a condition: "if nil by mouth: ...")."""
_DUAL_ROUTE: Final = re.compile(r"(?i)\b(?:PO or IV|IV or PO|PO/IV|IV/PO)\b")


def iv_when_nil_by_mouth(
    orders: Sequence[Order],
) -> tuple[list[Order], list[tuple[Order, Order]]]:
    """Make each dual-route medication IV when the plan holds a nil-by-mouth order.

    Returns the orders and the (before, after) pairs changed.
    """
    if not any(NIL_BY_MOUTH.search(o.name) for o in orders):
        return list(orders), []
    out: list[Order] = []
    changed: list[tuple[Order, Order]] = []
    for o in orders:
        if o.kind == "medication" and _DUAL_ROUTE.search(o.name):
            iv = o.model_copy(update={"name": _DUAL_ROUTE.sub("IV", o.name)})
            changed.append((o, iv))
            out.append(iv)
        else:
            out.append(o)
    return out, changed
