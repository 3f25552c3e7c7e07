"""An EHR list header on its own line ('Allergies', 'Current Outpatient Medications')
opens a history section that ends at its blank line (lead27).

An allergy's reaction is a past one (FHIR AllergyIntolerance.reaction), not today's
finding; the examination after the list is today's again.
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings

_NOTE = (
    "HPI\nItchy streaky rash on both forearms after hiking.\n\n"
    "Allergies\n• Sulfa (Sulfonamide Antibiotics) - Hives\n\n"
    "Physical Exam\nWheals over the trunk."
)


def _statuses(text: str, concept: str) -> list[str]:
    found = extract_findings(text, load_knowledge(), source="ed")
    return [f.status for f in found if f.concept == concept]


def test_a_reaction_in_an_allergy_list_is_history() -> None:
    only_list = _NOTE.replace("\nWheals over the trunk.", "\nSkin warm.")
    assert _statuses(only_list, "wheals") == ["historical"]


def test_the_section_after_the_list_is_today_again() -> None:
    assert "present" in _statuses(_NOTE, "wheals")
