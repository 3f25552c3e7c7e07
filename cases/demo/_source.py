"""Typed models of the hand-written YAML source files and their loader."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from cases.labels import Acuity, Disposition, NoteType


class _Src(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SrcQuestion(_Src):
    """A retrieval question answerable from one prior note."""

    q: str
    a: str = Field(description="Verbatim substring of the note, present exactly once")


class SrcNote(_Src):
    """A prior (non-ED) clinical note of a patient."""

    id: str
    type: NoteType
    year: int
    text: str
    questions: tuple[SrcQuestion, ...] = ()


class SrcVitals(_Src):
    """Triage vitals; ``raw`` replaces the standard Epic block when given."""

    bp: str
    hr: int
    rr: int
    temp: float
    spo2: int
    extra: str | None = None
    raw: str | None = None


class SrcRationale(_Src):
    """Physician rationale columns (Rule_Out, Decision_Factors, Treatment_Plan)."""

    rule_out: str
    decision_factors: str
    treatment_plan: str


class SrcSCTStep(_Src):
    """One SCT step: evidence bearing on one pool diagnosis."""

    dx: str
    evidence: str
    update: int = Field(ge=-2, le=2)
    rationale: str
    colon: bool = Field(default=False, description="Write the name with a trailing ':'")


class SrcSCT(_Src):
    """An SCT case: prior belief scores (pool order) and the steps."""

    prior: dict[str, float]
    steps: tuple[SrcSCTStep, ...]
    empty_column: int | None = Field(
        default=None, description="1-based column left empty (timestep skipped)"
    )


class SrcEncounter(_Src):
    """One ED encounter with its hand-written note sections and gold labels."""

    id: str
    year: int
    birthday_after_visit: bool = False
    cc: str
    acuity: Acuity
    disposition: Disposition
    diagnosis: str
    icd: tuple[str, ...] = Field(min_length=1, max_length=4)
    one_liner: str
    vitals: SrcVitals
    hpi: str
    ros: dict[str, str] | str
    pmh: tuple[str, ...] = ()
    psh: tuple[str, ...] = ()
    meds: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    social: str = ""
    exam: dict[str, str] = Field(default_factory=dict)
    mdm: str
    course: str
    course_heading: str = "Final Disposition and ED Course"
    exclude_notes: tuple[str, ...] = ()
    rationale: SrcRationale | None = None
    sct: SrcSCT | None = None


class SrcPatient(_Src):
    """One synthetic patient: demographics, prior notes and ED encounters."""

    patient: str
    sex: str
    firstrace: str
    preferredlanguage: str
    highestlevelofeducation: str
    maritalstatus: str
    birthYear: int
    notes: tuple[SrcNote, ...] = ()
    encounters: tuple[SrcEncounter, ...] = Field(min_length=1)


def load_source(source_dir: Path) -> list[SrcPatient]:
    """Load every ``*.yaml`` patient file in ``source_dir``, sorted by file name.

    Args:
        source_dir: Folder holding one YAML file per patient.

    Returns:
        The validated patients, in file-name order.
    """
    patients = []
    for path in sorted(source_dir.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            patients.append(SrcPatient.model_validate(yaml.safe_load(fh)))
    return patients
