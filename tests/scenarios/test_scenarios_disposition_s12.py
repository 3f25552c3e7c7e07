"""Disposition scenarios, third pass (issue 10/11): the admission forecast at triage.

Written from published sources, never from shared data rows:

- GAPS, the Glasgow Admission Prediction Score (Cameron A et al. Emerg Med J
  2015;32:174): a referral by a physician scores 10 points. An inter-facility transfer
  is such a referral; in Korea the private ambulance is the inter-hospital transfer
  vehicle (Ministry of Health and Welfare: 89 % of inter-hospital transfers in 2022),
  while the public 119 ambulance answers calls from the scene and scores only the
  ambulance item (5 points).
"""

from __future__ import annotations

import pytest

from agents.schemas import RuleResult
from cases.models import Case
from tests.scenarios.conftest import Reason, make_case

MILD = {
    "heart_rate": 96,
    "systolic_bp": 128,
    "diastolic_bp": 74,
    "respiratory_rate": 22,
    "spo2": 95,
    "temperature_c": 36.9,
}
"""NEWS2 3 (RR 22: 2, SpO2 95: 1): low band, no single red parameter."""


def _weak_elder(arrival: str, case_id: str) -> Case:
    """A 78-year-old at triage only, generally weak, mildly tachypnoeic."""
    return make_case(
        "general weakness",
        age=78,
        sex="Female",
        vitals=MILD,
        arrival={"mode": arrival},
        case_id=case_id,
    )


def _rule(reason: Reason, case: Case, name: str) -> RuleResult:
    out = reason(case)
    record = next(r for r in out.trace if r.stage == "disposition")
    return next(r for r in record.rules_applied if r.name == name)


@pytest.mark.parametrize(
    ("arrival", "referral"),
    [
        pytest.param("private ambulance", 10.0, id="korean-private-ambulance"),
        pytest.param("transferred from an outside hospital", 10.0, id="transfer"),
        pytest.param("public ambulance", 0.0, id="119-ambulance-not-a-referral"),
        pytest.param("walk-in", 0.0, id="walk-in-not-a-referral"),
    ],
)
def test_gaps_scores_a_transfer_as_a_physician_referral(
    reason: Reason, arrival: str, referral: float
) -> None:
    """Cameron 2015: the referral item is 10 points; a transfer is a referral."""
    gaps = _rule(reason, _weak_elder(arrival, f"gaps-{arrival[:8]}"), "GAPS")
    assert gaps.inputs["referred by a physician or transferred"] == referral
    assert ("referral" in gaps.missing) is (referral == 0.0)


def test_a_transfer_raises_the_admission_forecast(reason: Reason) -> None:
    """The same patient is likelier to be admitted when a physician sent her in."""
    sent = _rule(reason, _weak_elder("private ambulance", "w-sent"), "GAPS")
    came = _rule(reason, _weak_elder("public ambulance", "w-came"), "GAPS")
    assert (sent.score or 0) - (came.score or 0) == pytest.approx(10.0)
    p_sent = _rule(
        reason, _weak_elder("private ambulance", "d-sent"), "Admission decision"
    )
    p_came = _rule(
        reason, _weak_elder("public ambulance", "d-came"), "Admission decision"
    )
    assert (p_sent.score or 0) > (p_came.score or 0)
