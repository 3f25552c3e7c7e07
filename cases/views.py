"""Staged disclosure: what each workflow stage may see of a case.

Follows ER-Reason's task inputs and goes beyond its exact-string redaction:
- triage: demographics, chief complaint, arrival mode, triage vitals;
- assessment: + one-liner and the prior-note keys (their text arrives via retrieval);
- treatment: + the H&P part of the ED note (before "Medical Decision Making");
- disposition / diagnosis: + the ED note cut before "Final Disposition and ED Course",
  with disposition and acuity vocabulary and ICD-10 codes scrubbed.

Each view lists the fields and note keys it exposed, so a trace proves what a stage saw.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from cases.labels import StageName
from cases.models import Arrival, Demographics, Vitals


class StageView(BaseModel):
    """The slice of a case one stage may read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    stage: StageName
    patient_id: str
    encounter_id: str
    demographics: Demographics
    chief_complaint: str | None
    arrival: Arrival
    vitals: Vitals
    one_liner: str | None = None
    prior_note_keys: tuple[str, ...] = ()
    ed_text: str | None = Field(
        default=None, description="The part of the ED note this stage may read"
    )
    cut_heading_found: bool | None = Field(
        default=None, description="Whether the 'Final Disposition' heading was found"
    )
    exposed_fields: tuple[str, ...] = Field(
        default=(), description="Case fields this view exposed (for the trace)"
    )
