"""trauma43: a seizure's minutes in words, a voltage with thin-space thousands, the
basal skull fracture in words, herniation before the scan, the infant's tense
fontanelle after a fall, head-injury advice and the stable organ injury's ward bed."""

from __future__ import annotations

import pytest

from agents.offline.disposition_paths import organ_injury_ward
from agents.offline.knowledge import load_knowledge
from agents.offline.rules._seizure_course import seizure_course_spans
from agents.offline.rules.admission_criteria import admission_criteria
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from agents.pathways_trauma import (
    head_injury_advice,
    head_injury_herniation,
    infant_tense_fontanelle_ct,
)
from cases.models import Case, Demographics, Vitals
from cases.population import population_of
from cases.views import StageView, build_view


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("seizing continuously for ten minutes", True),
        ("has been seizing for fifteen minutes", True),
        ("convulsing for 7 minutes", True),
        ("had been seizing for ten minutes before the ambulance came", False),
        ("seizing for two minutes", False),
        ("often minutes of seizing", False),
    ],
)
def test_status_minutes_in_words(text: str, status: bool) -> None:
    spans = seizure_course_spans(text)
    assert any(c == "status_epilepticus" for c, _, _ in spans) is status


def test_a_prolonged_seizure_in_words() -> None:
    spans = seizure_course_spans("a seizure lasting twenty minutes")
    assert any(c == "prolonged_seizure" for c, _, _ in spans)


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("touched an 11 000 volt line", True),
        ("touched an 11,000 volt line", True),
        ("an 11 kV cable", True),
        ("a 240 V socket at home", False),
        ("aged 42, touched a 230 volt socket", False),
    ],
)
def test_high_voltage(text: str, high: bool) -> None:
    read = extract_findings(text, load_knowledge())
    found = {f.concept for f in read if f.status == "present"}
    assert ("high_voltage_injury" in found) is high


def _view(text: str, complaint: str = "HEAD INJURY", **demo: object) -> StageView:
    case = Case(
        patient_id="p",
        encounter_id="e",
        demographics=Demographics.model_validate(demo),
        chief_complaint=complaint,
        one_liner=text,
    )
    return build_view(case, "treatment")  # type: ignore[arg-type]


def _names(orders: list[object]) -> list[str]:
    return [o.name.lower() for o, _ in orders]  # type: ignore[attr-defined]


def test_herniation_before_the_scan() -> None:
    pop = population_of(Demographics(age=24))
    view = _view("struck on the head with a bat, now GCS 9 with a dilated left pupil")
    names = _names(head_injury_herniation(view, pop))
    assert any("mannitol" in n for n in names)
    assert any("neurosurgery emergently" in n for n in names)


def test_no_herniation_pathway_for_an_alert_patient_or_a_named_bleed() -> None:
    pop = population_of(Demographics(age=24))
    alert = _view("punched in the eye, dilated left pupil, GCS 15, alert")
    named = _view("CT shows an extradural haematoma, GCS 9, dilated left pupil")
    assert head_injury_herniation(alert, pop) == []
    assert head_injury_herniation(named, pop) == []


def test_an_infants_tense_fontanelle_after_a_fall() -> None:
    demo = Demographics(age=0, age_days=120)
    view = _view("rolled off the bed, vomiting, tense fontanelle", "VOMITING", age=0)
    names = _names(infant_tense_fontanelle_ct(view, population_of(demo)))
    assert any("ct head" in n for n in names)
    assert any("child protection" in n for n in names)


def test_no_fontanelle_pathway_without_a_fall_or_after_two() -> None:
    infant = population_of(Demographics(age=0, age_days=120))
    no_fall = _view("fever, irritable, bulging fontanelle", "FEVER", age=0)
    assert infant_tense_fontanelle_ct(no_fall, infant) == []
    toddler = population_of(Demographics(age=3))
    fell = _view("fell off the sofa, bulging fontanelle", "FALL", age=3)
    assert infant_tense_fontanelle_ct(fell, toddler) == []


def test_head_injury_advice_for_the_minor_head_injury_only() -> None:
    pop = population_of(Demographics(age=30))
    minor = _view("hit his head on a beam, GCS 15, no vomiting")
    basal = _view("fell, clear fluid running from the nose, GCS 15")
    low = _view("hit his head, GCS 13, vomited twice")
    assert any(
        "head-injury advice" in n for n in _names(head_injury_advice(minor, pop))
    )
    assert head_injury_advice(basal, pop) == []
    assert head_injury_advice(low, pop) == []


def test_a_stable_organ_injury_takes_a_ward_bed() -> None:
    stable = Vitals(heart_rate=84, systolic_bp=130)
    assert organ_injury_ward("intra_abdominal_injury", ClinicalFacts(), stable)
    fast = Vitals(heart_rate=118, systolic_bp=104)
    assert organ_injury_ward("intra_abdominal_injury", ClinicalFacts(), fast) is None
    fluid = ClinicalFacts(present=frozenset({"intraperitoneal_fluid"}))
    assert organ_injury_ward("intra_abdominal_injury", fluid, stable) is None
    assert organ_injury_ward("meningitis", ClinicalFacts(), stable) is None


def test_a_head_injury_with_gcs_below_15_is_kept_for_observation() -> None:
    def crit(gcs: float) -> list[str]:
        facts = ClinicalFacts(
            age=30, present=frozenset({"head_injury"}), measurements={"gcs": gcs}
        )
        return [c.disposition for c in admission_criteria(facts)]

    assert "Observation" in crit(13)
    assert "Admit" in crit(10)
    assert crit(15) == []
