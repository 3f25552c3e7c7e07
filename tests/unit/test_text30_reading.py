"""text30: one glucose unit convention, AVPU written in prose, negation scope."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import written_avpu
from agents.offline.rules.findings import (
    extract_findings,
    extract_measurements,
    glucose_mg_dl,
)
from agents.offline.rules.results import results_of


@pytest.mark.parametrize(
    ("value", "unit", "mg_dl"),
    [
        (2.1, "", 2.1 * 18),  # a decimal is mmol/L
        (2.0, "", 36.0),  # below 10 only mmol/L is plausible
        (28.0, "", None),  # 28 mmol/L or 28 mg/dL: ambiguous, not read
        (28.0, "mmol/L", 28 * 18),
        (30.0, "mg/dL", 30.0),
        (140.0, "", 140.0),
    ],
)
def test_glucose_mg_dl(value: float, unit: str, mg_dl: float | None) -> None:
    got = glucose_mg_dl(value, unit)
    assert got == pytest.approx(mg_dl) if mg_dl is not None else got is None


@pytest.mark.parametrize("text", ["glucose 28", "glucose 2", "glucose 3.1", "BG 250"])
def test_measurement_and_typed_result_agree(text: str) -> None:
    typed = [r.value for r in results_of(text, "glucose")]
    measured = extract_measurements(text).get("glucose")
    if typed:
        assert measured == pytest.approx(typed[0])
    else:
        assert measured is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("found on floor, AVPU P, smells of alcohol", "P"),
        ("AVPU: V", "V"),
        ("U on AVPU", "U"),
        ("alert on AVPU", "A"),
        ("AVPU scale explained to family", None),
    ],
)
def test_written_avpu(text: str, level: str | None) -> None:
    assert written_avpu(text) == level


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        # a verb phrase negated by "not" ends at its comma
        (
            "thoughts of not wanting to be alive, suicidal ideation",
            "suicidal_ideation",
            "present",
        ),
        # a new past-tense action after the comma is a new assertion
        ("no plan, took 20 tablets", "overdose", "present"),
        ("no nausea, vomited twice", "vomiting", "present"),
        # lists stay under their trigger
        ("not tachycardic, hypotensive or hypoxic", "hypotension", "absent"),
        ("not having chest pain, shortness of breath", "dyspnea", "absent"),
        ("denies nausea, vomiting or diarrhoea", "vomiting", "absent"),
    ],
)
def test_negation_scope(text: str, concept: str, status: str) -> None:
    found = {f.concept: f.status for f in extract_findings(text, load_knowledge())}
    assert found.get(concept) == status
