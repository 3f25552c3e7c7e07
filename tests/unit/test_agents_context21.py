"""Note readers of text21: list scope after a context item, templated answers, 'nil',
a temperature in the text, a GCS by its parts, and the timing of a troponin."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings, extract_measurements
from agents.offline.rules.results import onset_hours, result_findings
from cases.models import Vitals
from cases.vitals import text_temperature, with_text_temperature


def _status(text: str, word: str) -> str:
    found = [
        f for f in extract_findings(text, load_knowledge()) if f.text.lower() == word
    ]
    assert found, word
    return found[0].status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # symptoms dated after a negated context item are asserted (ConText scope)
        ("No ill contacts, sore throat and fever for 3 days.", "fever", "present"),
        (
            "Denies recent surgery, calf swelling and dyspnoea x2d.",
            "dyspnoea",
            "present",
        ),
        ("No travel or sick contacts, cough, fever since Monday.", "cough", "present"),
        # a list of symptoms under the trigger stays negated
        ("No fever, cough or dyspnoea for 3 days.", "dyspnoea", "absent"),
        ("No fever, cough and dyspnoea.", "cough", "absent"),
        ("No travel, fever or cough for 3 days.", "cough", "absent"),
        ("No sick contacts, fever and cough.", "cough", "absent"),
        # templated answers negate their own item, not the next one
        ("Fever: no. Cough: yes.", "fever", "absent"),
        ("Fever: no. Cough: yes.", "cough", "present"),
        ("fever - no, vomiting - yes", "vomiting", "present"),
        ("Chest pain: denies.", "chest pain", "absent"),
        ("Photophobia -ve.", "photophobia", "absent"),
        ("Has chest pain, no radiation.", "chest pain", "present"),
        # nil is a negation cue; nil by mouth is an order
        ("Nil vomiting, nil diarrhoea.", "diarrhoea", "absent"),
        ("Kept nil by mouth, vomiting x3.", "vomiting", "present"),
    ],
)
def test_list_scope_and_templated_answers(text: str, word: str, status: str) -> None:
    assert _status(text, word) == status


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("Exam: temp 39.2, crackles", 39.2),
        ("febrile to 38.9 in the department", 38.9),
        ("T 102.4F", 39.1),
        ("T 36.8 HR 90", 36.8),
        ("febrile to 39 at home", None),
        ("Tmax 39.4", None),
        ("troponin T 38 ng/L", None),
        ("fever for 40 hours", None),
    ],
)
def test_text_temperature(text: str, celsius: float | None) -> None:
    assert text_temperature(text) == celsius


def test_a_recorded_temperature_wins() -> None:
    recorded = Vitals(temperature_c=36.9)
    assert with_text_temperature(recorded, ["temp 39.4"]).temperature_c == 36.9
    assert with_text_temperature(Vitals(), ["temp 39.4"]).temperature_c == 39.4


@pytest.mark.parametrize(
    ("text", "gcs"),
    [("GCS E3V4M5", 12.0), ("E2 V3 M4", 9.0), ("GCS 12 (E3V4M5)", 12.0)],
)
def test_gcs_by_its_parts(text: str, gcs: float) -> None:
    assert extract_measurements(text)["gcs"] == gcs


def test_onset_in_minutes() -> None:
    assert onset_hours("pain started 45 minutes ago") == 0.75
    assert onset_hours("lost consciousness for a minute") is None


@pytest.mark.parametrize(
    ("text", "early", "repeated"),
    [
        ("Chest pain began 1 hour ago. hs-TnT <5 ng/L.", True, False),
        ("Chest pain began 90 minutes ago. Troponin negative.", True, False),
        ("Chest pain 6 hours ago. hs-TnT <5 ng/L.", False, False),
        ("Pain 1 h ago. Troponin negative at 0 and 3 hours.", True, True),
        ("Pain 1 h ago. hs-TnT <5 ng/L; repeat troponin at 3 h <5 ng/L.", True, True),
        ("Pain 1 h ago. Trop neg. Plan repeat troponin at 3 h.", True, False),
    ],
)
def test_troponin_timing(text: str, early: bool, repeated: bool) -> None:
    concepts = {f.concept for f in result_findings(text, age=55)}
    assert ("troponin_early_sample" in concepts) is early
    assert ("troponin_repeated" in concepts) is repeated
