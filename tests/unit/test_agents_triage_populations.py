"""Triage screens declare the population they were derived in (triage17, issue 10).

qSOFA (Seymour 2016) and the ACC/AHA 2017 hypertensive-emergency range are adult
criteria; NEWS2 (RCP 2017) is for adults 16 and over, not in pregnancy; the
older-adult sepsis screen (SSC 2021) needs a known age of 65 or more.
"""

from __future__ import annotations

import inspect

import pytest

import agents.offline.rules._esi_risk as _esi_risk
import agents.offline.rules.esi as esi
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules._esi_risk import (
    TRIAGE_POPULATIONS,
    older_adult_sepsis_screen,
    sepsis_screen,
    severe_hypertension_with_symptoms,
    triage_rule_applies,
)
from cases.models import Vitals

KB = load_knowledge()


def _facts(
    text: str, age: int | None, sex: str | None = None, **vitals: float
) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("cc", text)],
        KB,
        age=age,
        sex=sex,
        vitals=Vitals(**vitals),
        chief_complaint=text,
    )


def test_every_declared_population_has_a_source_and_is_used() -> None:
    code = inspect.getsource(_esi_risk) + inspect.getsource(esi)
    for key, limits in TRIAGE_POPULATIONS.items():
        assert limits.source, key
        assert code.count(f'"{key}"') >= 2, f"{key} declared but not asked"


@pytest.mark.parametrize("age", [2, 4, 9, 15])
def test_qsofa_is_not_run_in_a_child(age: int) -> None:
    v = Vitals(respiratory_rate=28, systolic_bp=95, temperature_c=39.1, heart_rate=130)
    assert sepsis_screen(_facts("fever", age), v, altered=False) == []


def test_qsofa_still_runs_in_an_adult() -> None:
    v = Vitals(respiratory_rate=24, systolic_bp=96, temperature_c=38.9, heart_rate=110)
    assert sepsis_screen(_facts("fever", 45), v, altered=False)


def test_older_adult_screen_needs_a_known_older_age() -> None:
    v = Vitals(heart_rate=104, respiratory_rate=24, temperature_c=38.4)
    assert older_adult_sepsis_screen(_facts("off legs", 88), v)
    assert older_adult_sepsis_screen(_facts("off legs", 50), v) == []
    assert older_adult_sepsis_screen(_facts("off legs", None), v) == []
    assert not triage_rule_applies(
        "older_adult_sepsis_screen", _facts("x", None), known=True
    )


def test_older_adult_screen_needs_two_sirs_vitals_or_rigors() -> None:
    only_fever = Vitals(heart_rate=84, respiratory_rate=16, temperature_c=38.4)
    assert older_adult_sepsis_screen(_facts("fever", 80), only_fever) == []
    rigors = Vitals(heart_rate=96, respiratory_rate=16, temperature_c=38.4)
    assert older_adult_sepsis_screen(_facts("fever and shaking chills", 80), rigors)


def test_news2_is_not_an_obstetric_score() -> None:
    assert not triage_rule_applies("news2", _facts("x", 12))
    assert triage_rule_applies("news2", _facts("x", 30, "F"))


@pytest.mark.parametrize(
    ("sbp", "dbp", "flagged"),
    [(180, 100, False), (181, 100, True), (170, 120, False), (170, 121, True)],
)
def test_hypertensive_emergency_range_is_strictly_above_180_120(
    sbp: float, dbp: float, flagged: bool
) -> None:
    """ACC/AHA 2017: BP > 180 and/or > 120 with target-organ damage."""
    facts = _facts("headache", 60)
    v = Vitals(systolic_bp=sbp, diastolic_bp=dbp)
    assert bool(severe_hypertension_with_symptoms(facts, v)) is flagged


def test_no_adult_hypertensive_emergency_range_in_a_child() -> None:
    v = Vitals(systolic_bp=190, diastolic_bp=125)
    assert severe_hypertension_with_symptoms(_facts("headache", 12), v) == []
