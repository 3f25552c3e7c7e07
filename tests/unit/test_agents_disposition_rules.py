"""Disposition parts: care needs, severity order, evidence-based probabilities."""

from __future__ import annotations

import pytest

from agents.offline.disposition import SEVERITY, disposition_probabilities
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.discharge_rules import canadian_syncope_risk_score
from agents.offline.rules.needs import care_needs
from agents.schemas import DifferentialEntry
from cases.models import Vitals

KB = load_knowledge()


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Patient intubated for airway protection.", "invasive mechanical ventilation"),
        ("Started on BiPAP 12/5.", "non-invasive ventilation"),
        ("Norepinephrine infusion started.", "vasopressor infusion"),
        ("Alteplase administered at 14:05.", "thrombolysis given"),
        ("3% hypertonic saline 100 mL bolus.", "hypertonic saline"),
        ("Vascular surgery taking the patient to the OR.", "emergency operation"),
        (
            "Surgery consulted for appendectomy.",
            "operation planned by the surgical team",
        ),
        (
            "Orthopaedics consulted for fixation.",
            "operation planned by the surgical team",
        ),
    ],
)
def test_documented_need_is_found(text: str, need: str) -> None:
    assert need in [n.name for n in care_needs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Not a tPA candidate: outside the window.",
        "No intubation needed; protecting airway.",
        "May need BiPAP if work of breathing increases.",
        "History of intubation for asthma in 2015.",
        "Surgery consulted; may need appendectomy if pain worsens.",
        "General surgery recommends nonoperative management.",
        "Prior laparoscopic cholecystectomy.",
    ],
)
def test_negated_planned_or_past_need_is_not_found(text: str) -> None:
    assert care_needs(text) == ()


def test_or_admit_is_the_most_severe_disposition() -> None:
    assert SEVERITY["OR Admit"] > SEVERITY["Admit"] > SEVERITY["Observation"]
    assert SEVERITY["Observation"] > SEVERITY["Discharge"]


def _entry(dx: str, p: float) -> DifferentialEntry:
    return DifferentialEntry(diagnosis=dx, probability=p, changed_by="assessment")


def test_probabilities_follow_acuity_and_the_ledger() -> None:
    kb = load_knowledge()
    benign = [_entry("ankle_sprain", 0.9), _entry("ankle_fracture", 0.1)]
    grave = [_entry("nstemi", 0.7), _entry("gerd", 0.3)]
    low = disposition_probabilities(benign, kb, 4)
    high = disposition_probabilities(grave, kb, 2)
    assert low["Discharge"] > 0.8 and high["Discharge"] < 0.5
    assert abs(sum(low.values()) - 1) < 1e-3 and abs(sum(high.values()) - 1) < 1e-3
    older = disposition_probabilities(benign, kb, 4, shift=0.25)
    assert older["Discharge"] < low["Discharge"]


def test_canadian_syncope_risk_score_needs_an_ecg_and_reads_its_items() -> None:
    text = "Prodrome of warmth while standing. ECG normal, QTc 410. Vasovagal syncope."
    facts = ClinicalFacts.from_texts(
        [("note", text)], KB, age=21, vitals=Vitals(systolic_bp=120)
    )
    r = canadian_syncope_risk_score(facts, text)
    assert r.applicable and r.score == -3
    no_ecg = canadian_syncope_risk_score(
        ClinicalFacts.from_texts([("note", "fainted")], KB, age=21), "fainted"
    )
    assert not no_ecg.applicable
