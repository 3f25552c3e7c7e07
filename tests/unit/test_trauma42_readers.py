"""trauma42: thoracolumbar tenderness, a fracture 'on x-ray', cord symptoms after an
injury, recurrent falls, and the older adult's NSAID (AGS Beers 2023)."""

from __future__ import annotations

import re

import pytest

from agents.offline.disposition_paths import cord_symptoms_after_injury
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.reports import report_findings
from agents.offline.rules.spine_level_words import (
    NOT_AT_THORACOLUMBAR_LEVEL,
    THORACOLUMBAR_TENDERNESS,
)
from agents.order_safety import check
from agents.pathways_older import recurrent_falls
from agents.schemas import Order, TreatmentResult
from cases.models import Case, Demographics
from cases.population import population_of
from cases.views import StageView, build_view


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("midline tenderness over T12", True),
        ("spinal tenderness at L1", True),
        ("tender over L3", True),
        ("T11 spinous process is tender", True),
        ("midline tenderness over the lumbar spine", True),
        ("midline cervical tenderness", False),
        ("tender over the left lower ribs", False),
        ("midline tenderness", False),
    ],
)
def test_thoracolumbar_tenderness(text: str, hit: bool) -> None:
    assert bool(THORACOLUMBAR_TENDERNESS.search(text)) is hit


def test_neck_midline_tenderness_is_not_one_at_a_lumbar_level() -> None:
    neck = re.compile(rf"(?i)\bmidline tenderness{NOT_AT_THORACOLUMBAR_LEVEL}")
    assert neck.search("neck pain, midline tenderness")
    assert not neck.search("back pain, midline tenderness over L1")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("90F fall, right hip fracture on x-ray", "xray_fracture_hip"),
        ("distal radius fracture seen on the x-ray", "xray_fracture_wrist"),
    ],
)
def test_a_fracture_then_its_film(text: str, concept: str) -> None:
    assert concept in {f.concept for f in report_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "no hip fracture on x-ray",
        "suspected hip fracture, x-ray pending",
        "?hip fracture on x-ray",
    ],
)
def test_a_fracture_not_shown_on_the_film(text: str) -> None:
    assert "xray_fracture_hip" not in {f.concept for f in report_findings(text)}


def test_cord_symptoms_after_a_dive_need_admission() -> None:
    need = cord_symptoms_after_injury(
        ClinicalFacts(), "dived into a pool, neck pain, tingling in both arms"
    )
    assert need is not None and need.disposition == "Admit"


def test_no_cord_need_without_an_injury_or_with_months_of_weak_legs() -> None:
    assert cord_symptoms_after_injury(ClinicalFacts(), "tingling in both hands") is None
    chronic = ClinicalFacts(present=frozenset({"chronic_neuro_symptoms"}))
    assert cord_symptoms_after_injury(chronic, "fell, weakness of both legs") is None


def _view(text: str, stage: str = "treatment", **demo: object) -> StageView:
    case = Case(
        patient_id="p",
        encounter_id="e",
        demographics=Demographics.model_validate(demo),
        chief_complaint="FALL",
        one_liner=text,
    )
    return build_view(case, stage)  # type: ignore[arg-type]


def test_recurrent_falls_in_an_older_adult() -> None:
    view = _view("third fall this month, no injury", age=81)
    orders = recurrent_falls(view, population_of(Demographics(age=81)))
    assert any("lying and standing" in order.name for order, _ in orders)


def test_one_fall_or_a_younger_adult_gets_no_falls_bundle() -> None:
    one = _view("tripped on the kerb, grazed knee", age=81)
    young = _view("third fall this month at football", age=30)
    assert recurrent_falls(one, population_of(Demographics(age=81))) == []
    assert recurrent_falls(young, population_of(Demographics(age=30))) == []


NSAID = Order(kind="medication", name="ibuprofen 400 mg PO", reason="pain")


def _nsaid_kept(text: str, age: int) -> bool:
    view = _view(text, age=age)
    plan = TreatmentResult(working_diagnosis=None, orders=(NSAID,))
    checked, _ = check(plan, view, [])
    return any("ibuprofen" in o.name for o in checked.orders)


@pytest.mark.parametrize(
    ("text", "age", "kept"),
    [
        ("fell, sore ribs, takes clopidogrel", 70, False),
        ("fell, sore ribs, on aspirin 75 mg daily", 68, False),
        ("fell, sore wrist", 80, False),
        ("fell, sore wrist", 70, True),
        ("fell, sore ribs, takes clopidogrel", 50, True),
    ],
)
def test_older_adult_nsaid(text: str, age: int, kept: bool) -> None:
    assert _nsaid_kept(text, age) is kept
