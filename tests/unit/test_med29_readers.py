"""med29 (issue 10): the osmolar gap that points to a toxic alcohol, a swelling of
months or years, and older or frail adults' pyelonephritis as an admission criterion."""

from __future__ import annotations

import pytest

from agents.offline.rules import ClinicalFacts
from agents.offline.rules._onset_course import chronic_swelling_span
from agents.offline.rules.admission_criteria import admission_criteria
from agents.offline.rules.osmolar_gap import suggestive_gap
from agents.offline.rules.results import read_results
from cases.models import Vitals
from cases.population import Population

PYELO = "Pyelonephritis admission criteria"


def _gap(text: str) -> bool:
    return suggestive_gap(read_results(text)) is not None


@pytest.mark.parametrize(
    ("text", "suggests"),
    [
        # Kraut & Kurtz 2008: a high gap alone
        ("pH 7.12, anion gap 30, osmolar gap 38", True),
        ("osmolar gap 28, anion gap 10", True),
        # a moderate gap beside an acidosis ketosis does not explain (AACT)
        ("pH 7.25, anion gap 22, lactate 2.1, osmolar gap 18", True),
        ("bicarbonate 12, osmolar gap 16", True),
        # ketoacidosis explains a moderate gap (Schelling 1990)
        ("anion gap 24, beta-hydroxybutyrate 6.2 mmol/L, osmolar gap 12", False),
        # a raised lactate does not: glycolate reads as lactate (ethylene glycol)
        ("anion gap 26, lactate 9.0, osmolar gap 19", True),
        # no acidosis, a moderate gap
        ("anion gap 10, bicarbonate 25, osmolar gap 18", False),
        # ethanol subtracted first (Purssell 2001: mg/dL / 3.7)
        ("serum ethanol 250 mg/dL, anion gap 11, osmolar gap 55", False),
        ("ethanol 54 mmol/L, osmolar gap 60", False),
        ("serum ethanol 100 mg/dL, anion gap 11, osmolar gap 60", True),
        ("osmolar gap 9, anion gap 30", False),
    ],
)
def test_an_osmolar_gap_suggests_a_toxic_alcohol_only_when_unexplained(
    text: str, suggests: bool
) -> None:
    assert _gap(text) is suggests


@pytest.mark.parametrize(
    ("text", "chronic"),
    [
        ("Left leg swelling for 2 years, unchanged, no pain.", True),
        ("Progressively increasing swelling in the left thigh for 5 years.", True),
        ("Chronic bilateral leg oedema, wants stockings.", True),
        ("Left leg swelling for 2 years, now acutely worse with calf pain.", False),
        ("Leg swollen for 6 months, new calf pain since yesterday.", False),
        ("Calf swelling for 3 days after a long flight.", False),
        ("Type 2 diabetes for 20 years. Left calf swelling.", False),
    ],
)
def test_a_swelling_of_months_or_years_with_no_recent_change(
    text: str, chronic: bool
) -> None:
    assert (chronic_swelling_span(text) is not None) is chronic


def _facts(age: int, present: tuple[str, ...], t: float | None) -> ClinicalFacts:
    days = age * 365
    return ClinicalFacts(
        age=age,
        population=Population(age_days_min=days, age_days_max=days),
        vitals=Vitals(heart_rate=96, systolic_bp=126, temperature_c=t),
        present=frozenset(present),
    )


def _pyelo(facts: ClinicalFacts) -> str | None:
    met = {c.rule.name: c.disposition for c in admission_criteria(facts, ())}
    return met.get(PYELO)


def test_febrile_pyelonephritis_at_65_or_over_or_in_frailty_is_admitted() -> None:
    """IDSA/ESCMID 2011; EAU 2024: a patient criterion, not a probability."""
    assert _pyelo(_facts(82, ("pyelonephritis",), 38.8)) == "Admit"
    assert _pyelo(_facts(66, ("pyelonephritis", "fever"), None)) == "Admit"
    assert _pyelo(_facts(58, ("pyelonephritis", "frailty"), 37.2)) == "Admit"
    # a well young adult, or an older one without fever or frailty: not by this rule
    assert _pyelo(_facts(26, ("pyelonephritis",), 38.6)) is None
    assert _pyelo(_facts(70, ("pyelonephritis",), 37.0)) is None
    assert _pyelo(_facts(82, ("uti",), 38.8)) is None
