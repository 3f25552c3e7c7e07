"""Readers of triage42: eczema herpeticum unwell, vomiting kept down, a well child's
chickenpox, a dislocation by its signs, a pre-mobile infant.

NICE CKS atopic eczema 2024; NICE CKS gastroenteritis 2023, RCOG Green-top 69 (2016),
ACOG PB 189 (2018); NICE CKS chickenpox 2023; BESS/BOA 2015; Sugar NF et al. 1999.
"""

from __future__ import annotations

from agents.offline.door import triage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules._esi_resources import (
    deformed_limb,
    vomiting_kept_down,
    well_child_chickenpox,
)
from agents.offline.rules._esi_skin import eczema_herpeticum_unwell
from agents.offline.rules.facts import ClinicalFacts
from agents.pathways_child import _MOBILE
from cases.models import Case, Vitals
from cases.views import build_triage_view

KB = load_knowledge()


def _facts(cc: str, line: str, age: int, **demo: object) -> ClinicalFacts:
    case = Case.model_validate(
        {
            "patient_id": "P-u",
            "encounter_id": "E-u",
            "chief_complaint": cc,
            "demographics": {"age": age, **demo},
            "one_liner": line,
        }
    )
    return triage_facts(build_triage_view(case), KB)


def test_punched_out_blisters_on_eczema_with_fever_are_herpeticum() -> None:
    f = _facts("RASH", "with eczema, punched-out blisters on the face, fever", 3)
    assert eczema_herpeticum_unwell(f, Vitals(temperature_c=39.0)) is not None


def test_punched_out_sores_in_a_well_child_are_not_the_high_risk() -> None:
    f = _facts("ECZEMA", "known eczema, a few punched-out sores on the wrist, well", 6)
    assert eczema_herpeticum_unwell(f, Vitals(temperature_c=36.8)) is None


def test_vomiting_with_fluids_kept_down_is_oral_care() -> None:
    f = _facts("VOMITING", "vomiting since last night, keeping fluids down", 34)
    assert vomiting_kept_down(f)


def test_vomiting_with_pain_or_fluids_not_kept_down_is_not_oral_care() -> None:
    pain = _facts("VOMITING", "vomiting with abdominal pain, keeping fluids down", 30)
    lost = _facts("VOMITING", "vomiting, cannot keep fluids down", 30)
    assert not vomiting_kept_down(pain)
    assert not vomiting_kept_down(lost)


def test_weeks_of_vomiting_are_oral_care_only_in_early_pregnancy() -> None:
    line = "nausea and vomiting most mornings for 2 weeks, keeping fluids down"
    assert not vomiting_kept_down(_facts("NAUSEA", line, 27))
    assert vomiting_kept_down(_facts("NAUSEA", "8 weeks pregnant, " + line, 27))


def test_a_well_childs_chickenpox_and_its_complications() -> None:
    well = _facts("CHICKENPOX", "blisters all over her body, drinking, playing", 4)
    sick = _facts("CHICKENPOX", "chickenpox, unsteady walking since this morning", 7)
    adult = _facts("CHICKENPOX", "itchy spots all over", 35)
    assert well_child_chickenpox(well, triage_clauses(well))
    assert not well_child_chickenpox(sick, triage_clauses(sick))
    assert not well_child_chickenpox(adult, triage_clauses(adult))


def test_a_shoulder_written_by_its_signs_is_a_deformed_limb() -> None:
    f = _facts("SHOULDER PAIN", "fell on his arm, shoulder squared off", 24)
    assert deformed_limb(f)
    assert not deformed_limb(
        _facts("SHOULDER PAIN", "sore shoulder, full movement", 30)
    )


def test_a_negated_mobility_word_is_not_mobile() -> None:
    assert not _MOBILE.search("8-month-old not yet crawling")
    assert _MOBILE.search("not walking yet but crawling and cruising")


def test_managing_to_drink_is_intake_kept_and_unable_to_drink_is_not() -> None:
    kept = _facts(
        "NAUSEA", "8 weeks pregnant, nausea most mornings, managing to drink", 27
    )
    lost = _facts("NAUSEA", "8 weeks pregnant, vomiting, unable to drink", 27)
    assert vomiting_kept_down(kept)
    assert not vomiting_kept_down(lost)
