"""The scenario harness itself: a classic high-risk presentation runs end to end."""

from __future__ import annotations

from tests.scenarios.conftest import Reason, make_case


def test_hypotensive_crushing_chest_pain_is_high_acuity_and_not_discharged(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain guideline: suspected ACS with shock is emergent."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=67,
            sex="Male",
            vitals={"heart_rate": 124, "systolic_bp": 84, "respiratory_rate": 24},
            one_liner="67 y.o. male with 1 hour of crushing substernal chest pressure,"
            " diaphoretic.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.disposition != "Discharge"
