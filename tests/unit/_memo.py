"""The pathway-memo helpers shared by the replay tests (perf31, 37, 39, 48, 54).

Each of those files builds a returning patient's treatment view, runs the pathways
through their memos (``fired``), runs them again with every memo empty (``fresh``:
the reference a replay must equal) and reads the recorded reuses. Each file empties
the memos around its tests (``emptied_memos``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agents import pathways
from agents._reads import Reuse
from agents._text import clear_answers
from cases.models import Case
from cases.population import view_population
from cases.views import StageView, build_view

Vitals = tuple[int, int, int, int, int, float]
"""Heart rate, systolic and diastolic BP, respiratory rate, SpO2, temperature."""


def treatment_view(
    complaint: str,
    one_liner: str,
    encounter: str,
    *,
    patient: str,
    age: int,
    sex: str,
    vitals: Vitals,
    note: str,
) -> StageView:
    """The treatment view of one visit of the returning patient ``patient``."""
    keys = (
        "heart_rate",
        "systolic_bp",
        "diastolic_bp",
        "respiratory_rate",
        "spo2",
        "temperature_c",
    )
    case = Case.model_validate(
        {
            "patient_id": patient,
            "encounter_id": encounter,
            "chief_complaint": complaint,
            "demographics": {"age": age, "sex": sex},
            "vitals": dict(zip(keys, vitals, strict=True)),
            "one_liner": one_liner,
            "ed_note": note,
            "source": "scenario",
        }
    )
    return build_view(case, "treatment")


def fired(view: StageView) -> pathways.Fired:
    """The verdicts through the memos."""
    return pathways.fired_pathways(view, view_population(view), ())


def fresh(view: StageView) -> pathways.Fired:
    """The verdicts computed with every memo empty."""
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()
    clear_answers()
    return fired(view)


def recorded_reuses() -> list[Reuse[Any]]:
    """The recorded reuses of every key."""
    return [r for rs in pathways._BY_READS._data.values() for r in rs]


def emptied_memos() -> Iterator[None]:
    """The pathway memos empty before and after (an autouse fixture's body)."""
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()
    yield
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()


SPRAIN_NOTE = (
    "HPI: 34-year-old woman, pain and swelling of the right ankle after a twist "
    "playing netball this afternoon. Able to bear weight in the department.\n\n"
    "Exam: tender lateral ligament, no bony tenderness at the malleoli.\n\n"
    "Medical Decision Making: sprain."
)
"""A returning patient's ankle sprain note (perf31, perf54)."""


def sprain_view(complaint: str, one_liner: str, encounter: str = "E-1") -> StageView:
    """The sprain patient's treatment view with a new complaint and one-liner."""
    return treatment_view(
        complaint,
        one_liner,
        encounter,
        patient="P-1",
        age=34,
        sex="F",
        vitals=(84, 124, 78, 16, 99, 36.8),
        note=SPRAIN_NOTE,
    )


def fired_names(got: pathways.Fired) -> list[str]:
    """The names of the pathways that fired."""
    return [name for name, _ in got]


def seen_once(view: StageView) -> None:
    """Show a view of the same patient once, so the next run is recorded (perf32)."""
    fired(view.model_copy(update={"chief_complaint": "seen before #0"}))
