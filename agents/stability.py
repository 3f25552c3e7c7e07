"""A protocol's stability-conditional line, resolved once the patient is unstable.

A knowledge-base protocol writes both branches of the tachycardia algorithm
("synchronized cardioversion if unstable"; "amiodarone 150 mg IV over 10 min if
stable"). When the plan already cardioverts now, the patient is unstable: the
stable branch is moot and leaves the reader two contradictory instructions (Panchal
AR et al. AHA 2020 ACLS adult tachycardia with a pulse; Soar J et al. ERC 2021 ALS
tachycardia algorithm: adverse features -> synchronised DC shock up to 3 attempts,
then amiodarone 300 mg IV over 10-20 min and a repeated shock; the drug-only branch is
for the patient without adverse features). Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from agents.schemas import Order
from cases.rx import word_start

__all__ = ["moot_when_unstable"]

_CARDIOVERT_NOW: Final = word_start(
    r"(?:synchroni[sz]\w* (?:dc )?|(?:dc|electrical|direct[- ]current) )"
    r"cardiover\w* now\b(?! if\b)"
)
"""The unstable branch taken: a cardioversion ordered now (``pathways_cardiac``);
"now if haemodynamically unstable" is still a condition (cardio52: pre-excited AF's
"synchronized cardioversion now if haemodynamically unstable" dropped its stable
branch, procainamide, in a stable patient)."""
_IF_STABLE: Final = word_start(
    r"\bif (?:haemodynamically |hemodynamically |clinically )?stable\s*$"
)
"""A line whose last words make it the stable branch ("... if stable")."""


def moot_when_unstable(orders: Sequence[Order]) -> tuple[list[Order], list[Order]]:
    """Drop the stable branch's lines when a cardioversion is ordered now.

    Returns:
        The kept orders and the dropped ones.
    """
    if not any(_CARDIOVERT_NOW.search(o.name) for o in orders):
        return list(orders), []
    moot = [o for o in orders if _IF_STABLE.search(o.name)]
    return [o for o in orders if o not in moot], moot
