"""ICU by need (SCCM 2016): an ESI 1 label alone and a ward-level working diagnosis."""

from __future__ import annotations

from agents.offline import differential
from agents.offline.disposition import _ward_by_need
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.admission import Severity
from agents.schemas import DifferentialEntry, Evidence

KB = load_knowledge()
SPEC = differential.spec_for(KB, "Intussusception")
CALM = Severity(reasons=("altered mentation at triage",), vital_reasons=())


def _working(p: float, status: str = "cannot_exclude") -> DifferentialEntry:
    return DifferentialEntry(
        diagnosis="Intussusception",
        status=status,  # type: ignore[arg-type]
        probability=p,
        evidence_for=(Evidence(kind="finding", text="redcurrant jelly stool"),),
        changed_by="disposition",
    )


def test_esi_one_label_with_a_probable_ward_diagnosis_goes_to_the_ward() -> None:
    assert SPEC is not None and SPEC.admit_level == "ward"
    assert _ward_by_need(["ESI 1"], _working(0.9), SPEC, False, CALM)


def test_icu_stays_for_organ_support_danger_vitals_or_level_one_criteria() -> None:
    assert not _ward_by_need(["ESI 1"], _working(0.9), SPEC, True, CALM)
    shocked = Severity(reasons=("HR 190",), vital_reasons=("HR 190",))
    assert not _ward_by_need(["ESI 1"], _working(0.9), SPEC, False, shocked)
    assert not _ward_by_need(["intubation"], _working(0.9), SPEC, False, CALM)


def test_an_uncertain_working_diagnosis_does_not_lower_the_level() -> None:
    assert not _ward_by_need(["ESI 1"], _working(0.3), SPEC, False, CALM)
