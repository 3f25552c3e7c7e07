"""The shock index (heart rate / systolic pressure) judged against the patient's age.

An adult's shock index of 1 or more after injury is haemodynamically abnormal (ATLS
10th ed. ch. 3; Olaussen A et al. Emerg Med J 2014;31:1003); the adult cut-off is used
from 16 (``agents.population.RULE_POPULATIONS``: the rule's population). A child's
normal heart rate is higher and pressure lower, so a child's shock index is judged by
the age-adjusted shock index, SIPA (Acker SJ et al. J Pediatr Surg 2015;50:331:
abnormal above 1.22 at 4-6 years, above 1.0 at 7-12, above 0.9 at 13-16; derived in
blunt-injured children, where it marks those who need transfusion, intensive care or
an intervention). Under 4 no cut-off was validated: None. Research software, not for
clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.population import years
from cases.population import Population

__all__ = ["ADULT_SHOCK_INDEX", "SIPA", "abnormal_shock_index"]

ADULT_SHOCK_INDEX: Final = 1.0
"""From 16: a shock index of this or more is abnormal."""
SIPA: Final[tuple[tuple[int, int, float], ...]] = (
    (4, 6, 1.22),
    (7, 12, 1.0),
    (13, 15, 0.9),
)
"""(first year, last year, cut-off): a child's shock index above the cut-off is
abnormal (Acker 2015; its 13-16 band ends at 15 here, where the adult one starts)."""


def abnormal_shock_index(
    heart_rate: float | None, systolic_bp: float | None, pop: Population
) -> float | None:
    """The shock index when it is abnormal for the patient's age, else None.

    Unknown age is read as an adult's (the cut-off the rule was derived with).
    """
    if not heart_rate or not systolic_bp or systolic_bp <= 0:
        return None
    si = heart_rate / systolic_bp
    if pop.age_within(years(16), None) is not False:
        return si if si >= ADULT_SHOCK_INDEX else None
    for first, last, cut in SIPA:
        if pop.age_within(years(first), years(last + 1) - 1) is True:
            return si if si > cut else None
    return None
