"""A second active problem vs a rival explanation (agents.offline.second_problem)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.second_problem import not_rival, organ_system


@pytest.mark.parametrize(
    ("code", "system"),
    [
        ("S72.009A", "S"),
        ("N39.0", "N"),
        ("H20.00", "H-eye"),
        ("H66.90", "H-ear"),
        ("A41.9", None),
        ("E16.2", None),
        ("T43.011A", None),
        ("R51.9", None),
        ("I63.9", "G"),
        ("I48.91", "I"),
    ],
)
def test_organ_system_by_icd10_chapter(code: str, system: str | None) -> None:
    assert organ_system(code) == system


def test_rivals_and_second_problems() -> None:
    kb = load_knowledge().diagnoses
    # a urinary infection beside a hip fracture: two problems
    assert not_rival(kb["uti"], kb["hip_fracture"])
    # two infections compete for one fever (one regimen for the likely source)
    assert not not_rival(kb["cellulitis"], kb["septic_arthritis"])
    assert not not_rival(kb["uti"], kb["pneumonia"])
    # a systemic working diagnosis explains findings in every organ (septic AF)
    assert not not_rival(kb["af_rvr"], kb["sepsis"])
    # one organ system: rivals for its findings (a stroke is the brain's, ICD-11)
    assert not not_rival(kb["meningitis"], kb["ischemic_stroke"])
    assert not not_rival(kb["pyelonephritis"], kb["uti"])


def test_an_organ_infection_beside_a_metabolic_working_diagnosis() -> None:
    """classic32: a metabolic derangement makes no pus or spreading redness; an
    infection is its commonest precipitant and is treated beside it (ADA 2024)."""
    kb = load_knowledge().diagnoses
    assert not_rival(kb["cellulitis"], kb["hypoglycemia"])
    assert not_rival(kb["pneumonia"], kb["dka"])
    # still no second problem that is not an infection (the AF of hyperkalaemia),
    # nor a systemic infection (sepsis is no organ's)
    assert not not_rival(kb["af_rvr"], kb["hyperkalemia"])
    assert not not_rival(kb["sepsis"], kb["hypoglycemia"])
