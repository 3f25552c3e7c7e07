"""perf37: the hypoglycaemia pathway reads the case's glucose unit text by text.

``agents._text.glucose_unit`` gives ``findings.case_glucose_unit``'s answer through
each text's kept answers, so the pathway (ADA Standards 2024 s6; JBDS 2023) is
replayed on a returning patient's new complaint instead of running again, and a new
text that changes the unit (a hyperglycaemic crisis worded: ADA 2024 consensus,
"HHS, glucose 48" is mmol/L) still changes the verdict.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents._text import clear_answers, glucose_unit
from agents.offline.rules.findings import case_glucose_unit
from cases.views import StageView
from tests.unit._memo import (
    emptied_memos,
    fired,
    fresh,
    recorded_reuses,
    treatment_view,
)

NOTE = (
    "HPI: 58-year-old man with type 1 diabetes on insulin, found sweaty and shaky "
    "at home this morning after skipping breakfast.\n\n"
    "Exam: alert, oriented, diaphoretic.\n\n"
    "Labs: glucose 48 at arrival.\n\n"
    "Medical Decision Making: low sugar."
)


def _view(complaint: str, one_liner: str, encounter: str = "E-1") -> StageView:
    return treatment_view(
        complaint,
        one_liner,
        encounter,
        patient="P-37",
        age=58,
        sex="M",
        vitals=(96, 132, 80, 16, 98, 36.6),
        note=NOTE,
    )


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    yield from emptied_memos()


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
    fired(_view("HYPOGLYCEMIA seen #0", "Diabetic with a low sugar (visit 0)."))
    first = _view("HYPOGLYCEMIA shaky #1", "Diabetic with a low sugar (visit 1).")
    got = fired(first)
    assert "hypoglycaemia" in dict(got)
    assert len(recorded_reuses()) == 1
    assert "hypoglycaemia" not in recorded_reuses()[0].raw
    again = _view(
        "HYPOGLYCEMIA sweaty #2", "Diabetic with a low sugar (visit 2).", "E-2"
    )
    assert fired(again) == fresh(again)
    assert "hypoglycaemia" in dict(fired(again))


def test_a_new_text_wording_a_crisis_changes_the_unit() -> None:
    """Guard: 'HHS' in the new one-liner makes the bare 48 mmol/L: no dextrose."""
    fired(_view("HYPOGLYCEMIA seen #0", "Diabetic with a low sugar (visit 0)."))
    fired(_view("HYPOGLYCEMIA shaky #1", "Diabetic with a low sugar (visit 1)."))
    crisis = _view("HYPERGLYCEMIA #2", "Diabetic in HHS (visit 2).", "E-2")
    got = fired(crisis)
    assert "hypoglycaemia" not in dict(got)
    assert got == fresh(crisis)
