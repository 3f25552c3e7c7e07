"""Clinical scenario suite: cases written from guidelines, run through the real graph.

Each scenario module builds a case with :func:`make_case` and asserts *safety
properties* of the trace (e.g. "no antithrombotic while dissection is open"), never
exact strings. Name the guideline each scenario comes from in its docstring or id.
Scenarios are written from clinical sources, never from rows of the shared data.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from cases.models import Case
from graph.runtime import Reasoner
from graph.settings import Settings
from graph.state import ReasoningOutput

Reason = Callable[[Case], ReasoningOutput]


def vitals(
    hr: float, sbp: float, dbp: float, rr: float, spo2: float, t: float = 36.8
) -> dict[str, float]:
    """A full set of triage vital signs (temperature 36.8 °C unless given)."""
    return {
        "heart_rate": hr,
        "systolic_bp": sbp,
        "diastolic_bp": dbp,
        "respiratory_rate": rr,
        "spo2": spo2,
        "temperature_c": t,
    }


def recorded_vitals(
    hr: float, sbp: float | None, dbp: float | None, rr: float, spo2: float, t: float
) -> dict[str, float]:
    """Triage vital signs with the blood pressure possibly not recorded (None)."""
    full = vitals(hr, sbp or 0.0, dbp or 0.0, rr, spo2, t)
    missing = {k for k, x in (("systolic_bp", sbp), ("diastolic_bp", dbp)) if x is None}
    return {k: x for k, x in full.items() if k not in missing}


def make_case(
    chief_complaint: str,
    *,
    age: int | None = None,
    sex: str | None = None,
    vitals: Mapping[str, float] | None = None,
    one_liner: str | None = None,
    ed_note: str | None = None,
    case_id: str = "scenario",
    **extra: Any,
) -> Case:
    """A synthetic case; ``extra`` passes further ``Case`` fields."""
    demographics = dict(extra.pop("demographics", {}))
    if age is not None:
        demographics.setdefault("age", age)
    if sex is not None:
        demographics.setdefault("sex", sex)
    return Case.model_validate(
        {
            "patient_id": f"P-{case_id}",
            "encounter_id": f"E-{case_id}",
            "chief_complaint": chief_complaint,
            "demographics": demographics,
            "vitals": dict(vitals or {}),
            "one_liner": one_liner,
            "ed_note": ed_note,
            "source": "scenario",
            **extra,
        }
    )


@pytest.fixture(scope="session")
def reason() -> Reason:
    """Run one case through the real graph with the offline backend, no note store."""
    reasoner = Reasoner.from_settings(
        Settings(retrieval=False, checkpoint_path=":memory:")
    )

    def run(case: Case) -> ReasoningOutput:
        return asyncio.run(reasoner.run(case))

    return run
