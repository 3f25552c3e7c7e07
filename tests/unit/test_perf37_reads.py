"""perf37: the hypoglycaemia pathway reads the case's glucose unit text by text.

``agents._text.glucose_unit`` gives ``findings.case_glucose_unit``'s answer through
each text's kept answers, so the pathway (ADA Standards 2024 s6; JBDS 2023) is
replayed on a returning patient's new complaint instead of running again, and a new
text that changes the unit (a hyperglycaemic crisis worded: ADA 2024 consensus,
"HHS, glucose 48" is mmol/L) still changes the verdict.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agents import pathways
from agents._reads import Reuse
from agents._text import clear_answers, glucose_unit
from agents.offline.rules.findings import case_glucose_unit
from cases.models import Case
from cases.population import view_population
from cases.views import StageView, build_view

NOTE = (
    "HPI: 58-year-old man with type 1 diabetes on insulin, found sweaty and shaky "
    "at home this morning after skipping breakfast.\n\n"
    "Exam: alert, oriented, diaphoretic.\n\n"
    "Labs: glucose 48 at arrival.\n\n"
    "Medical Decision Making: low sugar."
)


def _view(complaint: str, one_liner: str, encounter: str = "E-1") -> StageView:
    case = Case.model_validate(
        {
            "patient_id": "P-37",
            "encounter_id": encounter,
            "chief_complaint": complaint,
            "demographics": {"age": 58, "sex": "M"},
            "vitals": {
                "heart_rate": 96,
                "systolic_bp": 132,
                "diastolic_bp": 80,
                "respiratory_rate": 16,
                "spo2": 98,
                "temperature_c": 36.6,
            },
            "one_liner": one_liner,
            "ed_note": NOTE,
            "source": "scenario",
        }
    )
    return build_view(case, "treatment")


def _fired(view: StageView) -> pathways.Fired:
    return pathways.fired_pathways(view, view_population(view), ())


def _fresh(view: StageView) -> pathways.Fired:
    """The verdicts computed with every memo empty."""
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()
    clear_answers()
    return _fired(view)


def _reuses() -> list[Reuse[Any]]:
    return [r for rs in pathways._BY_READS._data.values() for r in rs]


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()
    yield
    pathways._BY_CONTENT.clear()
    pathways._BY_READS.clear()


@pytest.mark.parametrize(
    "texts",
    [
        ("glucose 48 mg/dL", "sweaty"),
        ("glucose 2.7 mmol/L", "glucose 48"),
        ("glucose 2.7 mmol/L", "glucose 48 mg/dL"),
        ("known DKA last year", "glucose 48"),
        ("HHS", "glucose 3 mmol/L"),
        ("no hyperglycaemia", "glucose 48"),
        ("", "glucose 48"),
        (),
    ],
)
def test_the_unit_is_the_case_readers_answer(texts: tuple[str, ...]) -> None:
    clear_answers()
    assert glucose_unit(texts) == case_glucose_unit(texts)
    assert glucose_unit(texts) == case_glucose_unit(texts)  # kept answers


def test_a_low_glucose_is_replayed_not_run_again() -> None:
    """The pathway reads no new text raw: it is reused, and equals a fresh run."""
    _fired(_view("HYPOGLYCEMIA seen #0", "Diabetic with a low sugar (visit 0)."))
    first = _view("HYPOGLYCEMIA shaky #1", "Diabetic with a low sugar (visit 1).")
    got = _fired(first)
    assert "hypoglycaemia" in dict(got)
    assert len(_reuses()) == 1
    assert "hypoglycaemia" not in _reuses()[0].raw
    again = _view(
        "HYPOGLYCEMIA sweaty #2", "Diabetic with a low sugar (visit 2).", "E-2"
    )
    assert _fired(again) == _fresh(again)
    assert "hypoglycaemia" in dict(_fired(again))


def test_a_new_text_wording_a_crisis_changes_the_unit() -> None:
    """Guard: 'HHS' in the new one-liner makes the bare 48 mmol/L: no dextrose."""
    _fired(_view("HYPOGLYCEMIA seen #0", "Diabetic with a low sugar (visit 0)."))
    _fired(_view("HYPOGLYCEMIA shaky #1", "Diabetic with a low sugar (visit 1)."))
    crisis = _view("HYPERGLYCEMIA #2", "Diabetic in HHS (visit 2).", "E-2")
    got = _fired(crisis)
    assert "hypoglycaemia" not in dict(got)
    assert got == _fresh(crisis)
