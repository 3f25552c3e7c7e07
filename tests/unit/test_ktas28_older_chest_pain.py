"""ktas28: chest pain at 75 or over with no troponin resulted is observed (HEART
needs its troponin; AHA/ACC 2021 older patients); exertion named with the chest."""

from __future__ import annotations

from agents.offline.rules import ClinicalFacts
from agents.offline.rules.admission_criteria import (
    OLDER_CHEST_PAIN_AGE,
    admission_criteria,
)
from cases.models import Vitals
from cases.population import Population

NORMAL = Vitals(
    heart_rate=80, respiratory_rate=16, spo2=98, systolic_bp=128, diastolic_bp=76
)


def _facts(age: int, present: tuple[str, ...] = ("chest_pain",)) -> ClinicalFacts:
    days = age * 365
    return ClinicalFacts(
        age=age,
        population=Population(age_days_min=days, age_days_max=days),
        vitals=NORMAL,
        present=frozenset(present),
    )


def _reasons(facts: ClinicalFacts) -> list[tuple[str, str]]:
    return [(c.disposition, c.reason) for c in admission_criteria(facts)]


def test_chest_pain_at_75_without_troponin_is_observed() -> None:
    met = _reasons(_facts(OLDER_CHEST_PAIN_AGE))
    assert any(d == "Observation" and "no troponin" in r for d, r in met)


def test_chest_pain_at_74_is_left_to_the_forecast() -> None:
    assert not any("no troponin" in r for _, r in _reasons(_facts(74)))


def test_troponin_resulted_ends_the_criterion() -> None:
    facts = _facts(80, ("chest_pain", "troponin_normal", "ecg_normal"))
    assert not any("no troponin" in r for _, r in _reasons(facts))


def test_heart_band_already_met_is_not_repeated() -> None:
    # age 2 + history (exertional, pressure) 1 + diabetes 1 = 4: the HEART band
    # criterion holds the patient; the older-patient criterion is not added.
    facts = _facts(80, ("chest_pain", "exertional_pain", "chest_pressure", "diabetes"))
    met = _reasons(facts)
    assert any(r.startswith("HEART") for _, r in met)
    assert not any("no troponin" in r for _, r in met)


def test_no_chest_pain_no_criterion() -> None:
    assert not any("no troponin" in r for _, r in _reasons(_facts(82, ("cough",))))
