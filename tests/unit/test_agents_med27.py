"""med27: measured pressures and GCS read as findings (agents.offline.rules.facts)."""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from cases.models import Vitals

KB = load_knowledge()


def _facts(vitals: Vitals, later: Vitals | None = None) -> ClinicalFacts:
    return ClinicalFacts.from_findings(
        [], KB, age=60, vitals=vitals, evaluation_vitals=later
    )


def test_pressure_below_the_severe_range_documents_it_absent() -> None:
    """ACC/AHA 2017: 148/82 is below the severe range (no hypertensive emergency)."""
    assert "severe_range_bp" in _facts(Vitals(systolic_bp=148, diastolic_bp=82)).absent


def test_severe_or_half_measured_pressure_is_not_documented_absent() -> None:
    """A severe reading is present; one pressure alone says nothing."""
    severe = _facts(Vitals(systolic_bp=186, diastolic_bp=96))
    assert "severe_range_bp" in severe.present
    half = _facts(Vitals(systolic_bp=120))
    assert "severe_range_bp" not in half.absent | half.present


def test_severe_later_reading_keeps_the_severe_range_open() -> None:
    """A severe pressure the note documents after triage is not overruled."""
    facts = _facts(
        Vitals(systolic_bp=150, diastolic_bp=90),
        later=Vitals(systolic_bp=210, diastolic_bp=130),
    )
    assert "severe_range_bp" not in facts.absent


def test_low_gcs_in_the_note_is_a_depressed_consciousness() -> None:
    """ATLS: GCS <= 12 altered; <= 8 responds to pain at best (AVPU P ~ GCS 8)."""
    low = ClinicalFacts.from_texts([("note", "Found on the floor. GCS 6.")], KB, age=40)
    assert {"altered_mental_status", "lethargy"} <= low.present
    mid = ClinicalFacts.from_texts([("note", "GCS 11 on arrival.")], KB, age=40)
    assert "altered_mental_status" in mid.present
    assert "lethargy" not in mid.present
    full = ClinicalFacts.from_texts([("note", "GCS 15, talking.")], KB, age=40)
    assert "altered_mental_status" not in full.present
