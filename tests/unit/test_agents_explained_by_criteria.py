"""A requirement explained by another diagnosis' criteria (infect42, issue 10).

Sepsis-3 (Singer M et al. JAMA 2016;315:801): sepsis is organ dysfunction caused by
infection. The fever of a neuroleptic malignant syndrome (Gurrera RJ et al. 2011), a
serotonin toxicity (Hunter criteria, Dunkley 2003) or an alcohol withdrawal (DSM-5-TR,
ASAM 2020) whose criteria are met is that syndrome's, not a suspected infection; a
sign of infection still defines sepsis. Also: the third trimester from 28 weeks
(ICD-10-CM FY2024 I.C.15.a.3) as a population finding.
"""

from __future__ import annotations

from functools import cache

import pytest

from agents.offline.differential import defined, requirement_explained
from agents.offline.knowledge import ClinicalCriteria, DiagnosisSpec, KnowledgeBase
from agents.offline.knowledge.loader import (
    KnowledgeError,
    _resolve_explained_by,
    load_knowledge,
)
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.facts import _population_findings
from cases.models import Demographics
from cases.population import population_of


@cache
def _kb() -> KnowledgeBase:
    return load_knowledge()


def _spec(dx_id: str) -> DiagnosisSpec:
    return _kb().diagnoses[dx_id]


def _facts(*present: str) -> ClinicalFacts:
    return ClinicalFacts(age=40, present=frozenset(present))


NMS = ("antipsychotic_use", "muscle_rigidity", "fever", "confusion")


def test_the_loader_attaches_the_named_diagnoses_criteria() -> None:
    reqs = _spec("sepsis").requires
    attached = [c for r in reqs for c in r.explained_by_criteria]
    assert {c.name for c in _spec("neuroleptic_malignant_syndrome").criteria} <= {
        c.name for c in attached
    }


def test_nms_fever_without_an_infection_sign_is_no_sepsis() -> None:
    facts = _facts(*NMS, "altered_mental_status")
    assert not defined(_spec("sepsis"), facts)
    assert requirement_explained(_spec("sepsis"), facts)


def test_an_infection_sign_still_defines_sepsis_beside_nms() -> None:
    assert defined(_spec("sepsis"), _facts(*NMS, "dysuria"))


def test_fever_alone_still_defines_sepsis() -> None:
    facts = _facts("fever", "tachycardia")
    assert defined(_spec("sepsis"), facts)
    assert not requirement_explained(_spec("sepsis"), facts)


def test_criteria_met_exclude_the_requirement() -> None:
    nms = ClinicalCriteria(
        name="nms", all_of=[["antipsychotic_use"], ["muscle_rigidity"]], source="s"
    )
    req = ClinicalCriteria(
        name="fever", all_of=[["fever"]], source="s", explained_by_criteria=[nms]
    )
    has = {"fever", "antipsychotic_use"}.__contains__
    assert req.met(has) == ["fever"]
    has_all = {"fever", "antipsychotic_use", "muscle_rigidity"}.__contains__
    assert req.excluded(has_all)
    assert req.met(has_all) is None


def test_an_unknown_explaining_diagnosis_is_a_knowledge_error() -> None:
    spec = _spec("sepsis").model_copy(
        update={
            "requires": [
                ClinicalCriteria(
                    name="x", all_of=[["fever"]], source="s", explained_by=["nope"]
                )
            ]
        }
    )
    with pytest.raises(KnowledgeError):
        _resolve_explained_by({"sepsis": spec})


@pytest.mark.parametrize(
    ("weeks", "third"), [(26, False), (27, False), (28, True), (34, True)]
)
def test_third_trimester_from_28_weeks(weeks: int, third: bool) -> None:
    pop = population_of(
        Demographics(age=27, sex="F"), (f"G1P0 at {weeks} weeks pregnant",)
    )
    concepts = {f.concept for f in _population_findings(pop)}
    assert ("third_trimester" in concepts) is third
    assert "past_first_trimester" in concepts
