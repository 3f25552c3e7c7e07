"""Per-stage query sets for prior-note retrieval, built from a stage's view.

Each stage asks the patient's history different questions. Queries mix a natural
phrase (for the dense retriever) with the abbreviations and drug names clinicians
write (for BM25). Only what the stage's view exposes is used, so a query never leaks
information the stage may not see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from cases.labels import StageName
from cases.views import StageView

MAX_QUERIES: Final[int] = 10
MAX_CANDIDATES: Final[int] = 6

TRIAGE_HISTORY: Final[tuple[str, ...]] = (
    "coronary artery disease CAD prior myocardial infarction MI stent PCI CABG",
    "congestive heart failure CHF reduced ejection fraction",
    "anticoagulation warfarin apixaban rivaroxaban heparin",
    "pulmonary embolism PE deep vein thrombosis DVT",
    "cancer malignancy metastatic chemotherapy",
    "immunosuppression transplant chronic steroids HIV",
)
PREGNANCY: Final[str] = "pregnancy pregnant prenatal obstetric"
TREATMENT: Final[tuple[str, ...]] = (
    "allergies allergic reaction anaphylaxis",
    "home medications outpatient medication list",
    "renal function creatinine eGFR chronic kidney disease CKD",
    "anticoagulants warfarin INR apixaban rivaroxaban",
)
DISPOSITION: Final[tuple[str, ...]] = (
    "prior hospital admissions readmission hospital course",
    "functional status baseline ambulation ADLs walker",
    "home oxygen O2 liters nasal cannula",
    "social support lives alone family caregiver",
    "code status DNR DNI goals of care",
    "ejection fraction EF echocardiogram",
)
DIAGNOSIS: Final[tuple[str, ...]] = (
    "problem list active problems",
    "past medical history PMH prior diagnoses",
    "discharge diagnoses impression",
)


def _clean(queries: Sequence[str | None]) -> list[str]:
    """Drop blanks and repeats (keeping order) and cap the set size."""
    out: list[str] = []
    lowered: set[str] = set()
    for q in queries:
        text = " ".join((q or "").split())
        if text and text.lower() not in lowered:
            lowered.add(text.lower())
            out.append(text)
    return out[:MAX_QUERIES]


def _may_be_pregnant(view: StageView) -> bool:
    sex = (view.demographics.sex or "").strip().lower()
    age = view.demographics.age
    return sex not in {"male", "m"} and (age is None or 10 <= age <= 55)


def triage_queries(view: StageView, candidates: Sequence[str] = ()) -> list[str]:
    """Chief complaint plus high-risk history (CAD, CHF, anticoagulation, PE...)."""
    del candidates  # triage has no differential yet
    extra = [PREGNANCY] if _may_be_pregnant(view) else []
    return _clean([view.chief_complaint, *TRIAGE_HISTORY, *extra])


def assessment_queries(view: StageView, candidates: Sequence[str] = ()) -> list[str]:
    """Each candidate diagnosis on the differential, plus the chief complaint."""
    dx = [f"history of {c}" for c in list(candidates)[:MAX_CANDIDATES]]
    return _clean([view.chief_complaint, view.one_liner, *dx])


def treatment_queries(view: StageView, candidates: Sequence[str] = ()) -> list[str]:
    """Allergies, home medications, renal function and anticoagulants."""
    lead = list(candidates)[:2]
    return _clean([*TREATMENT, view.chief_complaint, *lead])


def disposition_queries(view: StageView, candidates: Sequence[str] = ()) -> list[str]:
    """Prior admissions, functional status, home O2, support, code status, EF."""
    lead = list(candidates)[:1]
    return _clean([*DISPOSITION, *lead, view.chief_complaint])


def diagnosis_queries(view: StageView, candidates: Sequence[str] = ()) -> list[str]:
    """Problem list and prior diagnoses, plus the leading candidates."""
    dx = list(candidates)[:MAX_CANDIDATES]
    return _clean([*dx, *DIAGNOSIS, view.chief_complaint])


BUILDERS: Final[dict[StageName, Callable[[StageView, Sequence[str]], list[str]]]] = {
    "triage": triage_queries,
    "assessment": assessment_queries,
    "treatment": treatment_queries,
    "disposition": disposition_queries,
    "diagnosis": diagnosis_queries,
}


def build_queries(view: StageView, candidates: Sequence[str] = ()) -> list[str]:
    """Return the query set of ``view.stage`` (at most ``MAX_QUERIES`` queries).

    Args:
        view: The stage's view of the case.
        candidates: Candidate diagnoses (the current differential), best first.

    Returns:
        Distinct, non-empty queries for ``NoteStore.search``.
    """
    return BUILDERS[view.stage](view, candidates)
