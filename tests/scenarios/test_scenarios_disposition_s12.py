"""Disposition scenarios, third pass (issue 10/11): the admission forecast at triage.

Written from published sources, never from shared data rows:

- GAPS, the Glasgow Admission Prediction Score (Cameron A et al. Emerg Med J
  2015;32:174): a referral by a physician scores 10 points. An inter-facility transfer
  is such a referral; in Korea the private ambulance is the inter-hospital transfer
  vehicle (Ministry of Health and Welfare: 89 % of inter-hospital transfers in 2022),
  while the public 119 ambulance answers calls from the scene and scores only the
  ambulance item (5 points).
- Presenting-problem admission rates from published ED cohorts stand for the presenting
  problem in a triage-only forecast: dyspnoea as the main symptom, 67 % admitted (Kelly
  AM et al. AANZDEM. Acad Emerg Med 2017;24:328); nonspecific complaints such as
  generalised weakness in older adults, 55-84 % (systematic review, Scand J Trauma
  Resusc Emerg Med 2020; Nemec M et al. BANC. Acad Emerg Med 2010;17:284). Outside a
  cohort (too young, or once an ED evaluation is documented) the ledger is used.
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


def _dyspnoea(age: int, case_id: str, ed_note: str | None = None) -> Case:
    return make_case(
        "dyspnea",
        age=age,
        sex="Male",
        vitals={**MILD, "heart_rate": 88},
        arrival={"mode": "private vehicle"},
        ed_note=ed_note,
        case_id=case_id,
    )


def test_older_adult_with_dyspnoea_is_forecast_admitted(reason: Reason) -> None:
    """AANZDEM: two in three adults with dyspnoea are admitted; at 77 with NEWS2 3
    the forecast is admission, and the trace names the cohort."""
    case = _dyspnoea(77, "dysp-77")
    out = reason(case)
    assert out.final.disposition in ("Admit", "Observation")
    rate = _rule(reason, case, "Presenting-problem admission rate")
    assert rate.score == pytest.approx(0.67)
    assert "AANZDEM" in rate.source


def test_young_adult_with_mild_dyspnoea_is_still_forecast_home(reason: Reason) -> None:
    """The cohort rate is one half of the forecast: a well 24-year-old (GAPS ~7,
    P ~0.1) stays below 1/2 with it."""
    out = reason(_dyspnoea(24, "dysp-24"))
    assert out.final.disposition == "Discharge"


def test_older_adult_with_generalised_weakness_uses_the_nsc_cohort(
    reason: Reason,
) -> None:
    """Nonspecific complaints in older adults: 55-84 % admitted (systematic review)."""
    rate = _rule(
        reason,
        _weak_elder("private vehicle", "nsc-78"),
        "Presenting-problem admission rate",
    )
    assert rate.score == pytest.approx(0.70)


def _rules(reason: Reason, case: Case) -> set[str]:
    out = reason(case)
    record = next(r for r in out.trace if r.stage == "disposition")
    return {r.name for r in record.rules_applied}


def test_no_cohort_rate_outside_its_population_or_after_an_ed_evaluation(
    reason: Reason,
) -> None:
    """Weakness at 40 is not the older-adult cohort; a documented ED evaluation
    replaces the forecast with the ledger's evidence."""
    young = make_case(
        "general weakness", age=40, sex="Female", vitals=MILD, case_id="nsc-40"
    )
    assert "Presenting-problem admission rate" not in _rules(reason, young)
    seen = _dyspnoea(
        77,
        "dysp-ed",
        ed_note="Dyspnea for two days. Lungs clear. Chest x-ray normal. Assessment:"
        " anxiety.",
    )
    assert "Presenting-problem admission rate" not in _rules(reason, seen)
