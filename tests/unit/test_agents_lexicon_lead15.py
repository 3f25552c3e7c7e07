"""Lexicon readings of session 15: a meter that reads HI, a past glandular fever."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings


def _concepts(text: str) -> dict[str, str]:
    return {
        f.concept: f.status
        for f in extract_findings(text, load_knowledge(), source="ed")
    }


@pytest.mark.parametrize("text", ["Glucose meter reads HI.", "BG HI at home"])
def test_a_meter_reading_hi_is_a_very_high_glucose(text: str) -> None:
    """ADA 2024: a meter reads HI above its range (> 600 mg/dL on most meters)."""
    found = _concepts(text)
    assert "homicidal_ideation" not in found
    facts = ClinicalFacts.from_texts([("ed_note", text)], load_knowledge())
    assert facts.has("glucose_very_high")


def test_homicidal_ideation_is_still_read_in_a_psychiatric_screen() -> None:
    assert _concepts("Positive SI, HI.")["homicidal_ideation"] == "present"
    assert _concepts("denies SI/HI")["homicidal_ideation"] == "absent"


def test_glandular_fever_is_no_current_fever() -> None:
    found = _concepts("glandular fever diagnosed 2 weeks ago")
    assert "fever" not in found
    assert found["infectious_mononucleosis"] == "present"
