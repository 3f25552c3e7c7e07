"""perf35: the triage criteria met on a returning patient's view, reused by their reads.

``agents.triage_pathways.pathway_high_risk`` runs the triage criteria (ESI v4 handbook
ch.3-4 decision points A and B) through ``agents._reads.reused_runs``, as the view-only
pathways are: a triage view equal but for its triage text (the complaint with the
presenting history) reuses the criteria met only when every recorded answer on that
text is the same; otherwise they run again. The answer must always equal the plain
run of every criterion.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents import triage_pathways as tp
from agents._text import clear_answers
from api.convert import read_input
from api.schemas import ReasonRequest
from benchmarks.api_load import Payloads, rows
from cases.models import Case
from cases.population import view_population
from cases.views import StageView, build_view


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    tp._BY_READS.clear()
    yield
    tp._BY_READS.clear()


def _plain(view: StageView) -> tuple[str, ...]:
    """Every criterion run on the triage view, no memo."""
    triage = tp.triage_view(view)
    pop = view_population(triage)
    return tuple(tp._LABELS[c.name] for c in tp.TRIAGE_CRITERIA if c.met(triage, pop))


def _view(complaint: str, encounter: str) -> StageView:
    case = Case.model_validate(
        {
            "patient_id": "P-35",
            "encounter_id": encounter,
            "chief_complaint": complaint,
            "demographics": {"age": 46, "sex": "M"},
            "vitals": {
                "heart_rate": 112,
                "systolic_bp": 138,
                "diastolic_bp": 84,
                "respiratory_rate": 24,
                "spo2": 95,
                "temperature_c": 38.9,
            },
            "source": "scenario",
        }
    )
    return build_view(case, "triage")


def _reuses() -> int:
    return sum(len(r) for r in tp._BY_READS._data.values())


def test_a_closing_airway_is_replayed_and_a_plain_sore_throat_is_not() -> None:
    """Drooling with stridor in a throat infection is decision point A (Tintinalli
    9th ed. ch.246-247; ESI v4 ch.3): a new complaint that still says so reuses the
    verdict; one that no longer does runs the criteria again and loses it."""
    airway = "sore throat, drooling, stridor at rest"
    first = tp.pathway_high_risk(_view(f"{airway} #1", "E-1"))
    second = tp.pathway_high_risk(_view(f"{airway} #2", "E-2"))  # recorded
    assert _reuses() == 1
    third_view = _view(f"{airway}, worse #3", "E-3")
    third = tp.pathway_high_risk(third_view)
    assert _reuses() == 1  # replayed, not recorded again
    assert any("airway" in r for r in first)
    assert first == second == third == _plain(third_view)
    plain_view = _view("sore throat for two days #4", "E-4")
    plain = tp.pathway_high_risk(plain_view)
    assert _reuses() == 2  # the answers differ: run and recorded again
    assert not any("airway" in r for r in plain)
    assert plain == _plain(plain_view)


def test_the_demo_patients_returning_with_new_complaints_match_the_plain_run() -> None:
    """Three unique visits of each demo patient (api_load's shapes): reused or not,
    the criteria met are those every criterion's own run finds."""
    base = rows(41)
    unique = Payloads(base, unique=True)
    reused = 0
    for i in range(3 * len(base)):
        body = ReasonRequest.model_validate(unique.next(i))
        view = build_view(read_input(body, 200_000).case, "triage")
        before = _reuses()
        got = tp.pathway_high_risk(view)
        clear_answers()
        assert got == _plain(view), i
        reused += i >= 2 * len(base) and _reuses() == before
    assert reused >= len(base) // 2  # most third visits replay
