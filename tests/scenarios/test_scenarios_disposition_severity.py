"""Disposition scenarios: discharge is blocked by objective severity, not by a label.

Written from the ACEP clinical policy on NSTE-ACS (2018: HEART <= 3 with negative
troponins may be discharged), the ESI v4 handbook (ESI 2 is a triage urgency, not a
disposition), NEWS2 (Royal College of Physicians 2017: aggregate >= 5 or one red
parameter needs urgent review) and the Glasgow Admission Prediction Score (Cameron A et
al. Emerg Med J 2015: age, NEWS, triage category, arrival by ambulance); never from
shared data rows.
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 78,
    "systolic_bp": 126,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def test_esi_2_chest_pain_with_heart_3_or_less_may_go_home(reason: Reason) -> None:
    """ACEP NSTE-ACS 2018 (level B): HEART <= 3 with negative serial troponins ->
    discharge; the ESI 2 given at triage for 'chest pain suggestive of ACS' does not
    overrule the completed work-up."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=46,
            sex="Male",
            vitals={**NORMAL, "pain": 4},
            one_liner="46 y.o. male with two hours of substernal chest pressure, now"
            " resolved.",
            ed_note="Substernal pressure at rest for 2 hours, resolved on arrival."
            " No risk factors except remote smoking. ECG normal sinus rhythm, no ST"
            " changes. Troponin negative at 0 and 3 hours. HEART score 2. Chest x-ray"
            " clear.",
        )
    )
    assert out.final.esi == 2  # triage stays safe: ESI handbook ch.4
    assert out.final.disposition == "Discharge"


@pytest.mark.parametrize(
    ("complaint", "vitals", "note", "why"),
    [
        pytest.param(
            "SHORTNESS OF BREATH",
            {**NORMAL, "spo2": 89, "respiratory_rate": 26},
            None,
            "NEWS2 red: SpO2 <= 91 and RR >= 25",
            id="hypoxic-tachypnoea",
        ),
        pytest.param(
            "DIZZINESS",
            {**NORMAL, "systolic_bp": 86},
            "Dizzy on standing. Feels better after fluids.",
            "NEWS2 red: SBP <= 90 with no repeat vitals",
            id="hypotension-no-repeat",
        ),
        pytest.param(
            "FALL",
            NORMAL,
            "Found on the floor at home. Confused and disoriented to time and place;"
            " fully oriented at baseline per family.",
            "new confusion (NEWS2 'C'; ESI decision point B)",
            id="new-confusion",
        ),
    ],
)
def test_objective_severity_is_never_discharged(
    reason: Reason,
    complaint: str,
    vitals: dict[str, float],
    note: str | None,
    why: str,
) -> None:
    """Objective severity at triage blocks discharge whatever the label (RCP 2017)."""
    out = reason(
        make_case(complaint, age=52, sex="Female", vitals=vitals, ed_note=note)
    )
    assert out.final.disposition != "Discharge", why


def test_young_walk_in_with_normal_vitals_is_forecast_home(reason: Reason) -> None:
    """GAPS (Cameron 2015): 24 y, NEWS2 0, ESI 3, walk-in scores about 7 (P ~ 0.1)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=24,
            sex="Male",
            vitals={**NORMAL, "pain": 4},
            arrival={"mode": "walk-in"},
        )
    )
    result = O.disposition(out)
    assert out.final.disposition == "Discharge"
    assert result.probabilities is not None
    assert result.probabilities["Discharge"] > 0.5


def test_older_ambulance_patient_with_abnormal_vitals_is_admitted(
    reason: Reason,
) -> None:
    """GAPS (Cameron 2015): 84 y + NEWS2 >= 7 + ambulance is far above the cut-off 17;
    NEWS2 >= 7 is the RCP emergency-response band."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=84,
            sex="Male",
            vitals={
                "heart_rate": 112,
                "systolic_bp": 104,
                "respiratory_rate": 26,
                "spo2": 91,
                "temperature_c": 38.4,
            },
            arrival={"mode": "ambulance"},
        )
    )
    assert out.final.disposition in ("Admit", "OR Admit")
    gaps = next(r for rec in out.trace for r in rec.rules_applied if r.name == "GAPS")
    assert gaps.applicable and (gaps.score or 0) >= 17


def test_gaps_shows_its_inputs_in_the_trace(reason: Reason) -> None:
    """A decision rule in the trace names its inputs and what it could not read."""
    out = reason(make_case("HEADACHE", age=40, vitals=NORMAL))
    gaps = next(r for rec in out.trace for r in rec.rules_applied if r.name == "GAPS")
    assert {"age/10", "NEWS2", "triage category", "arrival by ambulance"} <= set(
        gaps.inputs
    )
    assert "referral" in gaps.missing


def test_triage_only_discharge_forecast_names_the_work_up_still_needed(
    reason: Reason,
) -> None:
    """ACEP NSTE-ACS 2018: chest pain goes home only after ACS is excluded; with no
    ED course in view a forecast Discharge says what must be excluded first."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=44,
            sex="Male",
            vitals={**NORMAL, "pain": 3},
            arrival={"mode": "walk-in"},
        )
    )
    result = O.disposition(out)
    if result.disposition == "Discharge":
        assert "only after excluding" in result.rationale
        assert "infarction" in result.rationale.lower() or "angina" in (
            result.rationale.lower()
        )
    else:
        assert result.disposition in ("Observation", "Admit")
