"""cardio45: the tearing quality apart from the back, a fractured leg's PE clue, and a
long QTc making a moderate hypokalaemia an IV one."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.pathways_acute import high_risk_pe
from agents.pathways_results import hypokalaemia
from cases.population import view_population
from cases.views import StageView, build_view
from tests.scenarios.conftest import make_case, vitals

KB = load_knowledge()


def _concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text, KB) if f.status == "present"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("sudden tearing pain in the chest", "tearing_pain"),
        ("a ripping pain", "tearing_pain"),
        ("pain between the shoulder blades", "interscapular_pain"),
        ("severe interscapular pain", "interscapular_pain"),
        ("chest pain radiating to the back", "radiation_back"),
    ],
)
def test_the_quality_and_the_site_are_read_apart(text: str, concept: str) -> None:
    assert concept in _concepts(text)


def test_tearing_is_no_radiation_to_the_back() -> None:
    """Rogers 2011 (ADD-RS) and Klompas 2002: the quality is not the site."""
    assert "radiation_back" not in _concepts("sudden tearing pain in the chest")


def _view(note: str, hr: float, sbp: float, complaint: str = "collapse") -> StageView:
    case = make_case(
        complaint,
        age=60,
        sex="M",
        vitals=vitals(hr, sbp, 50, 28, 88, 36.8),
        ed_note=note,
    )
    return build_view(case, "treatment")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Ankle fracture in a plaster cast. Echo: dilated right ventricle.", True),
        ("Fractured tibia 8 days ago. Echo: RV dilatation.", True),
        ("Urine: granular casts. Echo: RV dilatation.", False),
    ],
)
def test_a_fractured_leg_is_a_clue_to_high_risk_pe(note: str, expected: bool) -> None:
    """ESC 2019 PE Table 1: a lower-limb fracture; Wells' immobilisation."""
    assert high_risk_pe(_view(note, 130, 78)) is expected


def _k_names(note: str) -> list[str]:
    view = _view(note, 70, 118, complaint="palpitations")
    return [order.name for order, _ in hypokalaemia(view, view_population(view))]


def test_a_long_qtc_makes_potassium_2_8_an_iv_replacement() -> None:
    """AHA 2010 QT statement; AHA 2020 ACLS."""
    names = _k_names("Potassium 2.8 mmol/L. QTc 560 ms.")
    assert any("IV infusion" in n for n in names), names


def test_potassium_2_8_with_a_normal_ecg_is_replaced_by_mouth() -> None:
    """Kardalas 2018: oral replacement without ECG change or weakness."""
    names = _k_names("Potassium 2.8 mmol/L. ECG normal, QTc 420 ms.")
    assert any("by mouth" in n for n in names), names
