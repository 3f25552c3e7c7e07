"""esi31 readers: an obstetric gravidity with its gestation, a past intubation, and the
criterion label that names what set an ESI level."""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.esi import criterion_label
from agents.offline.rules.facts import ClinicalFacts
from cases.population import gestation_weeks_from_text, pregnancy_from_text

KB = load_knowledge()


def test_primigravida_at_weeks_is_a_documented_pregnancy() -> None:
    text = "29-year-old primigravida at 34 weeks with a headache"
    assert pregnancy_from_text(text) == "pregnant"
    assert gestation_weeks_from_text(text) == 34
    assert gestation_weeks_from_text("a multigravida at 30 weeks") == 30


def _intubated(text: str) -> str:
    facts = ClinicalFacts.from_texts([("cc", text)], KB, age=40, chief_complaint=text)
    return next(f.status for f in facts.findings if f.concept == "intubated")


def test_a_past_intubation_is_history() -> None:
    assert _intubated("asthma, intubated once at age 15, mild wheeze") == "historical"
    assert _intubated("was intubated for a hernia operation last month") == (
        "historical"
    )
    assert _intubated("she was intubated in 2019 for asthma") == "historical"


def test_arriving_intubated_is_present() -> None:
    assert _intubated("was intubated in the field after a crash") == "present"
    assert _intubated("arrives intubated by EMS") == "present"


def test_criterion_label_drops_values_and_sources() -> None:
    assert criterion_label("hypotension (SBP 85 < 90)") == "hypotension"
    assert criterion_label("SpO2 88 < 90") == "SpO2 # < #"
    assert criterion_label("NEWS2 8 >= 7") == "NEWS2 # >= #"
    assert criterion_label("sepsis screen [SSC 2021]") == "sepsis screen"
