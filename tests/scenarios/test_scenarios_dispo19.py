"""Disposition scenarios, session 19 (issue 10): the admission forecast at triage.

Before any ED evaluation is documented the disposition is a forecast of admission from
what triage records. Written from these sources, never from shared data rows:

- Adults referred to the ED by a physician or sent on from another hospital are
  hospitalised far more often than direct visits (Hong SI et al. Int J Environ Res
  Public Health 2022;19:8578, NEDIS 2016-2018: 62.3 % against 16.9 %); GAPS scores
  the referral (+10, Cameron A et al. Emerg Med J 2015;32:174). A transferred adult
  with a complaint whose must-not-miss list is mostly outpatient care is forecast in.
- Guards: the same complaint arriving on foot is still forecast home; a referral never
  lowers the forecast.
"""

from __future__ import annotations

import pytest

from agents.schemas import RuleResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 82,
    "systolic_bp": 128,
    "diastolic_bp": 76,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.9,
}
_ADMIT_LIKE = ("Observation", "Admit", "OR Admit")


def _rule(out: ReasoningOutput, name: str) -> RuleResult:
    """The last result of the named rule in the trace (disposition wins)."""
    return [r for rec in out.trace for r in rec.rules_applied if r.name == name][-1]


def _p_admit(out: ReasoningOutput) -> float:
    return _rule(out, "Admission decision").score or 0.0


@pytest.mark.parametrize(
    ("complaint", "arrival"),
    [
        pytest.param(
            "RIGHT LOWER QUADRANT ABDOMINAL PAIN",
            "transfer from outside hospital",
            id="abdominal-transfer",
        ),
        pytest.param(
            "FEVER AND CHILLS", "referred by primary care physician", id="fever-gp"
        ),
        pytest.param("LOW BACK PAIN", "inter-facility transfer", id="back-transfer"),
    ],
)
def test_a_transferred_adult_is_forecast_in_at_triage(
    reason: Reason, complaint: str, arrival: str
) -> None:
    """Hong 2022: 62.3 % of referred adults hospitalised; GAPS referral item."""
    out = reason(
        make_case(
            complaint,
            age=52,
            sex="Female",
            vitals=NORMAL,
            arrival={"mode": arrival},
            case_id=f"d19-referred-{complaint[:6]}",
        )
    )
    assert out.final.disposition in _ADMIT_LIKE
    cohort = _rule(out, "Presenting-problem admission rate")
    assert "referred" in cohort.interpretation


@pytest.mark.parametrize(
    "complaint",
    ["RIGHT LOWER QUADRANT ABDOMINAL PAIN", "LOW BACK PAIN", "SORE THROAT"],
)
def test_a_referral_never_lowers_the_forecast_and_a_walk_in_goes_home(
    reason: Reason, complaint: str
) -> None:
    """Guard: the walk-in with normal vitals is forecast home; the referral raises P."""
    walk = reason(
        make_case(
            complaint,
            age=34,
            sex="Male",
            vitals=NORMAL,
            arrival={"mode": "walk-in"},
            case_id=f"d19-walk-{complaint[:6]}",
        )
    )
    sent = reason(
        make_case(
            complaint,
            age=34,
            sex="Male",
            vitals=NORMAL,
            arrival={"mode": "transferred from a clinic"},
            case_id=f"d19-sent-{complaint[:6]}",
        )
    )
    assert walk.final.disposition == "Discharge"
    assert _p_admit(sent) > _p_admit(walk)


def test_an_older_adult_with_fever_is_forecast_in_at_triage(reason: Reason) -> None:
    """Rosen's: 70-90 % of febrile adults >= 65 hospitalised; Marco 1995 (76 %
    seriously ill, 'strongly consider admission'); Leung (>= 65 y): 81.9 %."""
    out = reason(
        make_case(
            "FEVER",
            age=78,
            sex="Female",
            vitals={**NORMAL, "temperature_c": 38.4, "heart_rate": 96},
            arrival={"mode": "private vehicle"},
            case_id="d19-febrile-elder",
        )
    )
    assert out.final.disposition in _ADMIT_LIKE
    assert (
        "fever from 65"
        in _rule(out, "Presenting-problem admission rate").interpretation
    )


def test_a_young_adult_with_fever_and_normal_vitals_is_forecast_home(
    reason: Reason,
) -> None:
    """Guard: the fever cohort starts at 65 (younger febrile adults mostly go home,
    Knott JC et al. Emerg Med J 2004;21:170)."""
    out = reason(
        make_case(
            "FEVER",
            age=29,
            sex="Male",
            vitals={**NORMAL, "temperature_c": 38.2},
            arrival={"mode": "walk-in"},
            case_id="d19-febrile-young",
        )
    )
    assert out.final.disposition == "Discharge"


@pytest.mark.parametrize(
    ("complaint", "vitals", "age", "why"),
    [
        pytest.param(
            "CHEST PRESSURE RADIATING TO LEFT ARM",
            NORMAL,
            58,
            "AHA/ACC 2021 chest pain: ECG and serial troponin before any discharge",
            id="acs-chest-pain",
        ),
        pytest.param(
            "FACIAL PALSY",
            NORMAL,
            44,
            "AHA/ASA 2019 BE-FAST: a facial weakness is a stroke sign until examined",
            id="facial-weakness",
        ),
        pytest.param(
            "FEVER",
            {**NORMAL, "temperature_c": 38.9, "systolic_bp": 86, "heart_rate": 118},
            41,
            "RCP NEWS2 2017: a red parameter (SBP <= 90) needs urgent review",
            id="febrile-hypotension",
        ),
    ],
)
def test_a_walk_in_with_a_time_critical_picture_is_never_forecast_home(
    reason: Reason, complaint: str, vitals: dict[str, float], age: int, why: str
) -> None:
    """Guard: a walk-in (no referral, GAPS low) still is not forecast home at triage
    when the picture needs an ED evaluation first; the cohorts only ever raise P."""
    out = reason(
        make_case(
            complaint,
            age=age,
            sex="Male",
            vitals=vitals,
            arrival={"mode": "walk-in"},
            case_id=f"d19-guard-{complaint[:6]}",
        )
    )
    assert out.final.disposition in _ADMIT_LIKE, why
