"""cardio47: a primary PCI beyond 120 min read, the supine and palpitation-led syncope
read, their pathway, and the bifascicular block named as its two blocks."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.discharge_rules import ESC_SYNCOPE_MAJOR_NOW
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.pci_delay import pci_delayed_spans
from agents.offline.rules.syncope_history import PALPITATION_SYNCOPE, SUPINE_SYNCOPE
from agents.pathway_dx import ACTS_ON
from agents.pathways_cardiac import high_risk_syncope_history
from cases.population import view_population
from cases.views import build_view
from tests.scenarios.conftest import make_case, vitals

KB = load_knowledge()


@pytest.mark.parametrize(
    ("text", "delayed"),
    [
        ("The nearest PCI centre is 3 hours by ambulance.", True),
        ("Transfer time to the cath lab 150 minutes.", True),
        ("Primary PCI not available within 120 minutes.", True),
        ("Door-to-balloon time > 2 hours.", True),
        ("PCI centre 2.5 h by road.", True),
        ("The PCI centre is 30 minutes away.", False),
        ("Cath lab is 2 hours away.", False),
        ("No cath lab on site.", False),
        ("Previous PCI 3 hours ago.", False),
        ("Transfer time of 90 minutes.", False),
        ("[REDACTED] time to the nearest cath lab is about 3 hours.", True),
        ("Stent placed at the PCI centre, which was 3 hours ago.", False),
    ],
)
def test_primary_pci_beyond_120_minutes_is_read(text: str, delayed: bool) -> None:
    """ESC 2023 ACS 5.2.2: primary PCI if achievable within 120 min of the diagnosis."""
    assert bool(pci_delayed_spans(text)) is delayed


@pytest.mark.parametrize(
    ("text", "supine", "palpitations"),
    [
        ("Lying on the sofa when his heart started racing, then he lost consciousness.",
         True, True),
        ("Passed out while lying in bed, heart racing just before.", True, True),
        ("Collapsed at home, preceded by palpitations.", False, True),
        ("Syncope while supine.", True, False),
        ("Fainted briefly on standing up from bed.", False, False),
        ("Found lying on the floor after she collapsed.", False, False),
        ("He had palpitations last week and fainted today.", False, False),
        ("Stood in a hot hall, felt sweaty, then fainted.", False, False),
    ],
)  # fmt: skip
def test_the_high_risk_syncope_history_is_read(
    text: str, supine: bool, palpitations: bool
) -> None:
    """ESC 2018 syncope Table 5: syncope while supine; palpitations then syncope."""
    assert bool(SUPINE_SYNCOPE.search(text)) is supine
    assert bool(PALPITATION_SYNCOPE.search(text)) is palpitations


def _concepts(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in extract_findings(text, KB)}


def test_the_findings_carry_the_syncope_features_and_their_negation() -> None:
    found = _concepts("Passed out while lying in bed after her heart started racing.")
    assert found.get("supine_syncope") == "present"
    negated = _concepts("No palpitations before the faint.")
    assert negated.get("palpitation_syncope") in (None, "absent")


def test_the_major_features_bar_the_low_risk_syncope_discharge() -> None:
    assert {"supine_syncope", "palpitation_syncope"} <= set(ESC_SYNCOPE_MAJOR_NOW)


@pytest.mark.parametrize(
    "text",
    [
        "ECG: right bundle branch block and left anterior fascicular block.",
        "ECG: sinus rhythm, RBBB with LAFB.",
    ],
)
def test_the_two_blocks_named_are_a_bifascicular_block(text: str) -> None:
    """Surawicz B et al. AHA/ACCF/HRS 2009 ECG standards: RBBB with a fascicular
    block."""
    assert _concepts(text).get("ecg_bifascicular_block") == "present"


@pytest.mark.parametrize(
    ("note", "fires"),
    [
        ("Lying in bed when her heart started pounding, then she passed out.", True),
        ("Felt hot in a queue, then fainted; no palpitations.", False),
        ("No palpitations before the faint. Fainted on standing up from bed.", False),
    ],
)
def test_the_high_risk_syncope_pathway(note: str, fires: bool) -> None:
    case = make_case(
        "syncope", age=60, sex="F", vitals=vitals(72, 130, 80, 14, 98), ed_note=note
    )
    view = build_view(case, "treatment")
    assert bool(high_risk_syncope_history(view, view_population(view))) is fires


def test_the_new_pathway_declares_its_diagnosis() -> None:
    assert "high_risk_syncope_history" in ACTS_ON
