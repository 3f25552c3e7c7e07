"""A child's shock index judged for the child's age (lead, session 32).

A child's heart rate is higher and pressure lower than an adult's, so the adult cut-off
(shock index >= 1: ATLS 10th ed.; Mutschler M et al. Crit Care 2013;17:R172) calls shock
in a well child and misses none the age-adjusted index would call. The age-adjusted
shock index, SIPA (Acker SJ et al. J Pediatr Surg 2015;50:331: abnormal above 1.22 at
4-6 years, 1.0 at 7-12, 0.9 at 13-16), is the child's; under 4 no cut-off was validated.
Reversal of an anticoagulant is for major bleeding only: a critical site or bleeding
with haemodynamic instability (Tomaselli GF et al. ACC 2020 ECDP, JACC 2020;76:594;
ASH 2018 VTE guideline on anticoagulation-associated bleeding).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_REVERSAL = ("reverse the documented anticoagulant", "pcc", "vitamin k")


def test_well_child_on_warfarin_with_oozing_nosebleed_is_not_reversed(
    reason: Reason,
) -> None:
    """A 5-year-old (Fontan, warfarin) with a slight ooze, HR 115 and SBP 100 (normal
    for age; shock index 1.15, below SIPA's 1.22): no major bleeding, no reversal."""
    out = reason(
        make_case(
            "NOSEBLEED",
            age=5,
            sex="F",
            vitals=vitals(115, 100, 60, 22, 99),
            ed_note=(
                "5-year-old girl with a Fontan circulation on warfarin. Nosebleed from"
                " the left nostril for 20 minutes, now oozing slightly. Alert, playful,"
                " well perfused, capillary refill 2 s. No other bleeding."
            ),
        )
    )
    assert not O.medication_ordered(out, *_REVERSAL), O.medications(out)


def test_bleeding_adolescent_with_shock_index_high_for_age_is_high_risk(
    reason: Reason,
) -> None:
    """A 14-year-old with heavy vaginal bleeding, HR 108 and SBP 114 (shock index 0.95,
    above SIPA's 0.9 at 13-16; the adult cut-off would call it normal): haemodynamic
    compromise with bleeding is ESI 2 (ESI v4 handbook decision point B; CTAS 2016
    first-order modifier), as the treatment floor reads the same index."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=14,
            sex="F",
            vitals=vitals(108, 114, 70, 18, 99),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final
