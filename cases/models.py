"""The Case model: one ED encounter, with gold labels held apart from it.

A :class:`Case` holds only what exists at the bedside during the visit. Gold labels live
in :class:`GoldLabels`, joined to a case only inside :class:`LabelledCase`, which the
graph never receives. Staged views (``cases.views``) decide what each stage may read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from cases.labels import Acuity, Disposition, NoteType, TriageScale


def _from_iso(value: object) -> object:
    """Accept an ISO ``YYYY-MM-DD`` string for a date (JSON has no date type)."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError("not an ISO date (YYYY-MM-DD)") from None
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_from_iso)]
"""A date; on the wire an ISO string (numbers are refused, unlike lax pydantic)."""


def whole_number(value: object) -> object:
    """Accept 20.0 for 20 (JSON Schema integers); booleans and strings stay refused."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(whole_number)]
"""A strict integer that also takes an integral float (JSON ``20.0``).

Bounds go inside the ``Annotated`` before the validator (see ``Demographics.age``),
else the JSON schema loses them."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Strict(BaseModel):
    # Strict: the API receives these models on the wire, where JSON true or "92"
    # must not silently become a number. Dates and tuples opt back into lax parsing
    # (ISO strings and JSON arrays) field by field. NaN and infinities are refused.
    model_config = ConfigDict(
        frozen=True, extra="forbid", strict=True, allow_inf_nan=False
    )


class Vitals(_Strict):
    """Triage vital signs as typed numbers; ``None`` means not recorded."""

    # Bounds are what a body can show (arrest included), wider than the loaders'
    # plausibility ranges; a value outside is an input error (e.g. °F sent as °C).
    heart_rate: float | None = Field(
        default=None, ge=0, le=350, description="Heart rate, beats/min"
    )
    systolic_bp: float | None = Field(
        default=None, ge=0, le=400, description="Systolic BP, mmHg"
    )
    diastolic_bp: float | None = Field(
        default=None, ge=0, le=300, description="Diastolic BP, mmHg"
    )
    respiratory_rate: float | None = Field(
        default=None, ge=0, le=120, description="Breaths/min"
    )
    temperature_c: float | None = Field(
        default=None, ge=10, le=47, description="Temperature, °C"
    )
    spo2: float | None = Field(
        default=None, ge=0, le=100, description="Oxygen saturation, %"
    )
    pain: float | None = Field(default=None, ge=0, le=10, description="Pain score")
    raw: str | None = Field(default=None, description="The source vitals text block")


Pregnancy = Literal["pregnant", "not_pregnant", "unknown"]
"""Pregnancy status: known pregnant, known not pregnant, or not documented."""


class Demographics(_Strict):
    """Patient demographics known at arrival.

    ``age`` is in completed years; ``age_days`` holds the age in days when the source
    gives it more precisely (infants: days, weeks or months). Given only ``age_days``,
    ``age`` is derived from it, so an infant is never an adult of unknown age.
    """

    age: Annotated[int, Field(ge=0, le=130), BeforeValidator(whole_number)] | None = (
        Field(default=None, description="Completed years")
    )
    age_days: (
        Annotated[int, Field(ge=0, le=130 * 366), BeforeValidator(whole_number)] | None
    ) = Field(default=None, description="Age in days, when known (infants)")
    sex: str | None = None
    pregnancy: Pregnancy = Field(
        default="unknown", description="Structured pregnancy status, if recorded"
    )
    race: str | None = None
    language: str | None = None
    education: str | None = None
    marital_status: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _years_from_days(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("age") is None:
            days = data.get("age_days")
            if isinstance(days, int) and days >= 0:
                return {**data, "age": days // 365}
        return data


class Arrival(_Strict):
    """How and when the patient arrived."""

    year: WholeNumber | None = None
    date: IsoDate | None = None
    mode: str | None = Field(default=None, description="e.g. ambulance, walk-in")


class ClinicalNote(_Strict):
    """A prior clinical note from an earlier encounter of the same patient."""

    note_key: str
    note_type: NoteType
    patient_id: str
    text: str
    year: WholeNumber | None = None
    date: IsoDate | None = None
    encounter_id: str | None = Field(
        default=None, description="The encounter that wrote the note, when known"
    )


_SPACES = re.compile(r"[^\S\n]+")
"""Runs of white space other than a line break."""


def single_spaced(value: object) -> object:
    """A complaint with runs of spaces and tabs collapsed to one space, ends stripped.

    Triage systems pad and double-space the free-text complaint ("both leg  motor
    weakness"); every reader of it (complaint match, triage patterns, KTAS modifiers)
    then sees one spacing, normalised here once. Line breaks stay: a narrative
    complaint's lines are its clauses.
    """
    if isinstance(value, str):
        return _SPACES.sub(" ", value).strip()
    return value


ComplaintText = Annotated[str, BeforeValidator(single_spaced)]
"""Free text of the chief complaint, single-spaced (see ``single_spaced``)."""


class Case(_Strict):
    """One ED encounter as it exists during the visit (no gold labels)."""

    patient_id: str
    encounter_id: str
    demographics: Demographics = Demographics()
    chief_complaint: ComplaintText | None = None
    arrival: Arrival = Arrival()
    vitals: Vitals = Vitals()
    ed_note: str | None = Field(
        default=None, description="The current ED provider note, full text"
    )
    ed_note_key: str | None = None
    one_liner: str | None = Field(
        default=None,
        description="One-sentence summary (ER-Reason One_Sentence_Extracted)",
    )
    prior_notes: tuple[ClinicalNote, ...] = Field(default=(), strict=False)
    source: str = Field(default="er_reason", description="Dataset or adapter name")
    triage_scale: TriageScale = Field(
        default="ESI",
        description="The triage scale the site grades in (ESI, KTAS or CTAS): the "
        "final acuity level is given in it; ESI is always computed and traced",
    )


class SCTStep(_Frozen):
    """One step of an ER-Reason script-concordance case (one evidence item)."""

    timestep: int
    differential: str
    evidence: str
    rationale: str | None = None
    gold_update: int | None = Field(default=None, ge=-2, le=2)
    gold_ranking: dict[str, int] | None = Field(
        default=None, description="Pool diagnosis -> rank after this step (1 = top)"
    )


class GoldLabels(_Frozen):
    """Reference answers for one encounter. Never reachable from a stage view."""

    acuity: Acuity | None = None
    disposition: Disposition | None = None
    raw_disposition: str | None = Field(
        default=None, description="Gold value as written, when outside the label set"
    )
    diagnosis_name: str | None = None
    icd10_codes: tuple[str, ...] = ()
    rule_out: str | None = None
    decision_factors: str | None = None
    treatment_plan: str | None = None
    sct_pool: tuple[str, ...] = ()
    sct_steps: tuple[SCTStep, ...] = ()
    human_acuity: Acuity | None = Field(
        default=None, description="A human baseline label, e.g. the KTAS nurse's level"
    )
    admit_level: Literal["ward", "icu"] | None = None
    differential: tuple[str, ...] = Field(
        default=(), description="Reference differential (e.g. MedR-Bench)"
    )
    one_liner: str | None = Field(
        default=None, description="Unredacted One_Sentence_Extracted (EHR-review ref.)"
    )


class LabelledCase(_Frozen):
    """A case with its gold labels, as loaders return it to the harness."""

    case: Case
    gold: GoldLabels = GoldLabels()
    stages: tuple[str, ...] = Field(
        default=(), description="Stages this dataset can score"
    )
