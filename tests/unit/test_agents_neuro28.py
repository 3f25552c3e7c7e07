"""neuro28: measured respiratory-muscle strength, gradual courses and lexicon terms."""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._onset_course import gradual_onset_span
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_measurements

KB = load_knowledge()


def _present(text: str) -> frozenset[str]:
    return ClinicalFacts.from_texts([("note", text)], KB, age=50).present


def test_vital_capacity_and_inspiratory_force_are_measured() -> None:
    """'FVC 1.1 L (18 mL/kg)' and 'NIF -20 cmH2O' are read as numbers."""
    m = extract_measurements(
        "FVC 1.1 L (18 mL/kg), negative inspiratory force -20 cmH2O"
    )
    assert m["fvc_ml_kg"] == 18.0
    assert m["nif_cmh2o"] == 20.0


def test_measured_values_past_the_20_30_40_rule_are_a_low_vital_capacity() -> None:
    """Lawn 2001: VC < 20 mL/kg or MIP weaker than -30 cmH2O."""
    assert "vital_capacity_low" in _present("Vital capacity 15 mL/kg.")
    assert "vital_capacity_low" in _present("NIF -22 cmH2O.")
    assert "vital_capacity_low" not in _present("FVC 35 mL/kg, NIF -60 cmH2O.")


def test_examination_line_and_ascending_weakness_are_leg_weakness() -> None:
    """'weakness legs 2/5' and 'ascending weakness' name weak legs (GBS ascends)."""
    assert "leg_weakness" in _present("Exam: weakness legs 2/5, arms 4/5.")
    assert "leg_weakness" in _present("Three days of ascending weakness.")


def test_handful_of_pills_is_an_ingestion() -> None:
    """ACEP 2017: an admitted ingestion of unknown pills is an overdose to screen."""
    assert "overdose" in _present("She says she took a handful of pills tonight.")


def test_course_over_weeks_is_gradual_and_a_sudden_onset_wins() -> None:
    """Hand 2006 / Merino 2013: a course over days or weeks is gradual."""
    assert gradual_onset_span("Over the last 2 weeks increasing confusion.")
    assert gradual_onset_span("Worsening over 3 weeks.")
    assert not gradual_onset_span(
        "Over the last 2 weeks increasing confusion; sudden weakness at 09:00."
    )


def test_bifascicular_block_is_read() -> None:
    """ESC 2018 syncope: bifascicular block, a major high-risk ECG feature."""
    assert "ecg_bifascicular_block" in _present(
        "ECG: sinus rhythm, bifascicular block."
    )
