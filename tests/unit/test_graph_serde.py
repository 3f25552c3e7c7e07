"""The checkpoint serializer reads back the state's own types without warnings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from langgraph.checkpoint.serde.event_hooks import (
    SerdeEvent,
    register_serde_event_listener,
)
from pydantic import BaseModel

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DispositionResult,
    StageRecord,
    TreatmentResult,
    TriageResult,
)
from cases.models import Case
from graph._serde import checkpoint_serde, state_types


@pytest.fixture
def serde_events() -> Iterator[list[SerdeEvent]]:
    """Every allowlist event (LangGraph logs its warning only once per process)."""
    events: list[SerdeEvent] = []
    unregister = register_serde_event_listener(events.append)
    yield events
    unregister()


def test_state_types_cover_every_stored_model() -> None:
    types = state_types()
    for tp in (
        Case,
        StageRecord,
        TriageResult,
        AssessmentResult,
        TreatmentResult,
        DispositionResult,
        DiagnosisResult,
    ):
        assert tp in types


def test_round_trip_is_silent_and_typed(serde_events: list[SerdeEvent]) -> None:
    serde = checkpoint_serde()
    value = {
        "case": Case(patient_id="p", encounter_id="e"),
        "triage": TriageResult(acuity="Urgent", esi=3, rationale="r"),
    }
    back = serde.loads_typed(serde.dumps_typed(value))
    assert back == value
    assert isinstance(back["triage"], TriageResult)
    assert serde_events == []


class _NotInState(BaseModel):
    x: int = 1


def test_types_outside_the_state_are_blocked(serde_events: list[SerdeEvent]) -> None:
    serde = checkpoint_serde()
    back = serde.loads_typed(serde.dumps_typed(_NotInState()))
    assert not isinstance(back, _NotInState)
    assert [e["kind"] for e in serde_events] == ["msgpack_blocked"]
