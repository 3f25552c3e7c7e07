"""resp41: chronic memory loss, held-open diagnoses, haemoptysis and sepsis scores,
the GBS cough and the high-risk PE clue (each helper's own source in its docstring)."""

from __future__ import annotations

import pytest

from agents.offline import differential
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules._onset_course import chronic_memory_loss_span
from agents.offline.rules.admission_criteria import admission_criteria
from agents.offline.rules.reports import report_findings
from agents.offline.rules.rule_scope import out_of_scope
from agents.pathways_acute import recent_major_surgery


@pytest.mark.parametrize(
    ("text", "chronic"),
    [
        ("Gradual forgetfulness over 12 months, repeats questions.", True),
        ("Memory problems for the past two years, no change in the last weeks.", True),
        ("Two years of worsening memory.", True),
        # an acute change or a sudden onset is not the chronic course
        ("Forgetful for a year, suddenly confused since yesterday.", False),
        ("Sudden memory loss this morning.", False),
        ("Could not remember the morning, asking the same questions.", False),
    ],
)
def test_memory_loss_of_months_with_no_recent_change(text: str, chronic: bool) -> None:
    assert (chronic_memory_loss_span(text) is not None) is chronic


def test_a_diagnosis_held_open_only_by_its_exposure_is_unheld_without_it() -> None:
    """ASAM 2020: withdrawal needs drinking or its signs documented."""
    kb = load_knowledge()
    withdrawal = kb.diagnoses["alcohol_withdrawal"]
    assert differential.unheld(
        withdrawal, ClinicalFacts(present=frozenset({"tachycardia"}))
    )
    assert not differential.unheld(
        withdrawal, ClinicalFacts(present=frozenset({"tachycardia", "alcohol_use"}))
    )
    no_hold = kb.diagnoses["psychosis"]
    assert not differential.unheld(no_hold, ClinicalFacts())


def test_qsofa_is_out_of_scope_in_afebrile_haemoptysis_only() -> None:
    """Seymour 2016: suspected infection; the bleeding's cough is no infection."""
    afebrile = ClinicalFacts(
        present=frozenset({"hemoptysis", "cough"}), absent=frozenset({"fever"})
    )
    febrile = ClinicalFacts(present=frozenset({"hemoptysis", "cough", "fever"}))
    assert out_of_scope("qsofa", afebrile) is not None
    assert out_of_scope("qsofa", febrile) is None


def test_guillain_barre_with_a_weak_cough_is_intensive_care() -> None:
    """EAN/PNS 2023: a diminished cough is an ICU indication in GBS."""
    facts = ClinicalFacts(present=frozenset({"bulbar_weakness", "leg_weakness"}))
    levels = {c.level for c in admission_criteria(facts, ("guillain_barre",))}
    assert "icu" in levels
    assert "icu" not in {
        c.level
        for c in admission_criteria(
            ClinicalFacts(present=frozenset({"leg_weakness"})), ("guillain_barre",)
        )
    }


@pytest.mark.parametrize(
    ("text", "recent"),
    [
        ("Hip replacement 2 weeks ago.", True),
        ("Knee replacement 6 weeks ago.", False),
        ("post-op day 5 after a laparotomy", True),
    ],
)
def test_recent_major_surgery(text: str, recent: bool) -> None:
    assert recent_major_surgery([text]) is recent


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("CXR right pneumothorax 3 cm.", True),
        ("CXR R apical PTX.", True),
        ("CXR large left pneumothorax", True),
        ("CXR ?pneumothorax.", False),
        ("CXR for pneumothorax.", False),
        ("CXR to rule out pneumothorax.", False),
        ("CXR no pneumothorax.", False),
        ("CXR clear, no pneumothorax", False),
    ],
)
def test_a_terse_chest_film_names_its_pneumothorax(text: str, read: bool) -> None:
    """BTS 2023: the radiograph shows it; a question or a purpose does not."""
    concepts = {f.concept for f in report_findings(text)}
    assert ("imaging_pneumothorax" in concepts) is read


def test_angioedema_with_an_airway_sign_is_intensive_care() -> None:
    """Ishoo 1999: laryngeal involvement; lips alone are not this criterion."""

    def levels(*present: str) -> set[str]:
        facts = ClinicalFacts(present=frozenset(present))
        return {c.level for c in admission_criteria(facts, ("angioedema",))}

    assert "icu" in levels("stridor")
    assert "icu" in levels("drooling")
    assert "icu" not in levels("lip_swelling")
