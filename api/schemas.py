"""Request, response and error bodies of the HTTP API.

These are the public wire types. They reuse the shared trace type
(``agents.schemas.StageRecord``) and the run's final summary
(``graph.state.FinalSummary``, built by ``graph.summary.final_summary``).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Self, cast

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    model_validator,
)

from agents.schemas import StageRecord
from api.settings import DISCLAIMER
from cases.labels import TriageScale
from cases.models import Case, whole_number
from graph.state import FinalSummary

RowValue = str | int | float | None

DEMO_CASE: dict[str, Any] = {
    "patient_id": "demo-patient-1",
    "encounter_id": "demo-encounter-1",
    "demographics": {"age": 67, "sex": "Male"},
    "chief_complaint": "CHEST PAIN",
    "arrival": {"year": 2024, "mode": "ambulance"},
    "vitals": {
        "heart_rate": 112,
        "systolic_bp": 94,
        "diastolic_bp": 58,
        "respiratory_rate": 22,
        "temperature_c": 36.9,
        "spo2": 93,
        "pain": 8,
    },
    "ed_note": (
        "67 y.o. male with crushing substernal chest pain for 1 hour radiating to "
        "the left arm, diaphoretic. History of hypertension and smoking."
    ),
    "source": "demo",
}
"""A synthetic demo case (invented for documentation; no real patient)."""

DEMO_ROW: dict[str, RowValue] = {
    "patientdurablekey": "DEMO0000000001",
    "encounterkey": "DEMO0000000002",
    "primarychiefcomplaintname": "CHEST PAIN",
    "Age": 67,
    "sex": "Male",
    "ArrivalYearKey": 2024,
    "ED_Provider_Notes_Text": (
        "67 y.o. male with substernal chest pain for 1 hour. Triage Vital Signs: "
        "BP 94/58 | Pulse 112 | Resp 22 | SpO2 93%"
    ),
}
"""A synthetic ER-Reason-shaped flat row (gold columns, if sent, are dropped)."""


DEMO_RESPONSE: dict[str, Any] = {
    "case_id": "demo-encounter-1",
    "stages": [
        {
            "stage": "triage",
            "status": "ok",
            "output": {
                "stage": "triage",
                "acuity": "Emergent",
                "esi": 2,
                "red_flags": ["hypotension", "tachycardia"],
                "rationale": "ESI v4 decision point B: high-risk chest pain",
            },
            "seen_fields": ["chief_complaint", "demographics", "vitals"],
            "backend": "rules",
            "prompt_version": "offline-reasoner-1",
            "started_at": "2026-01-01T00:00:00Z",
            "latency_ms": 12.5,
        }
    ],
    "final": {
        "acuity": "Emergent",
        "esi": 2,
        "disposition": "Admit",
        "icd10": "I21.4",
        "diagnosis_name": "Non-ST elevation myocardial infarction",
        "ledger": [],
    },
    "meta": {
        "request_id": "3f2a9c0e5b7d4e1f8a6b2c9d0e1f2a3b",
        "disclaimer": DISCLAIMER,
        "input_shape": "case",
        "elapsed_ms": 140.2,
        "settings": {"reasoner": {"backend": "rules"}, "api": {"api_key_set": False}},
        "run": {"backend": "rules"},
    },
}
"""An abridged example response (one stage shown; a real trace has five)."""

_EXAMPLES: list[JsonValue] = [
    {"case": DEMO_CASE},
    {"row": cast(JsonValue, DEMO_ROW), "top_k": 5},
]


_ROW_IDS = ("encounterkey", "patientdurablekey")


def _not_null(schema: dict[str, Any]) -> None:
    """Advertise a field as non-null (null is accepted but means 'not sent')."""
    options = [o for o in schema.pop("anyOf", []) if o != {"type": "null"}]
    schema.pop("default", None)
    if len(options) == 1:
        schema.update(options[0])
    elif options:
        schema["anyOf"] = options


def _row_schema(schema: dict[str, Any]) -> None:
    _not_null(schema)
    schema["required"] = list(_ROW_IDS)
    schema["properties"] = {k: {"type": "string", "pattern": r"\S"} for k in _ROW_IDS}


class WireModel(BaseModel):
    """Base of the wire models: strict types, no unknown fields, no NaN or infinity."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean_text(value: object) -> object:
    """Replace lone UTF-16 surrogates (valid JSON escapes, invalid Unicode) by U+FFFD.

    They cannot be encoded as UTF-8, so left in they fail the response (500).
    """
    if isinstance(value, str):  # ASCII has no surrogates: the common case, no scan
        return value if value.isascii() else _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_clean_text(k): _clean_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_text(v) for v in value]
    return value


CASE_ONE_OF: list[JsonValue] = [
    {"required": ["case"]},
    {"required": ["row"]},
    {"required": ["fhir"]},
]


class CaseBody(WireModel):
    """One case: exactly one of ``case``, ``row`` or ``fhir``.

    A bare FHIR ``Bundle`` as the whole body (``application/fhir+json``) is read as
    ``{"fhir": <Bundle>}``.
    """

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        json_schema_extra={"oneOf": CASE_ONE_OF},
    )

    case: Case | None = Field(
        default=None,
        description="The nested Case model",
        json_schema_extra=_not_null,
    )
    row: dict[str, RowValue] | None = Field(
        default=None,
        description="A flat ER-Reason row (column name -> value). Gold-label "
        "columns may be present: they are only used to redact themselves from the "
        "note and never reach the reasoner",
        json_schema_extra=_row_schema,
    )
    fhir: dict[str, JsonValue] | None = Field(
        default=None,
        description="A FHIR R4 Bundle (Patient, Encounter, vital-sign Observations, "
        "Condition, AllergyIntolerance, MedicationStatement, DocumentReference, "
        "Composition); see the README's FHIR section",
        json_schema_extra=_not_null,
    )
    encounter_id: str | None = Field(
        default=None,
        min_length=1,
        description="With ``fhir``: the Encounter id to reason about (default: the "
        "latest emergency encounter); ignored (and reported so) otherwise",
    )
    triage_scale: TriageScale | None = Field(
        default=None,
        description="The triage scale the site grades in (ESI, KTAS or CTAS): the "
        "acuity is answered in it, ESI is still computed and traced. Sets "
        "``Case.triage_scale`` (default: the case's own, ESI for a row or a bundle)",
    )

    @model_validator(mode="before")
    @classmethod
    def _bare_bundle(cls, data: Any) -> Any:
        # Lone UTF-16 surrogates (valid JSON escapes, invalid Unicode) become U+FFFD.
        data = _clean_text(data)
        if isinstance(data, dict) and data.get("resourceType") == "Bundle":
            return {"fhir": data}
        return data

    @model_validator(mode="after")
    def _exactly_one_input(self) -> Self:
        sent = [f for f in ("case", "row", "fhir") if f in self.model_fields_set]
        if len(sent) != 1 or getattr(self, sent[0]) is None:
            raise ValueError("send exactly one of 'case', 'row' or 'fhir' (not null)")
        return self


class ReasonRequest(CaseBody):
    """One case to reason about: exactly one of ``case``, ``row`` or ``fhir``.

    A bare FHIR ``Bundle`` as the whole body (``application/fhir+json``) is read as
    ``{"fhir": <Bundle>}``.
    """

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        json_schema_extra={"examples": _EXAMPLES, "oneOf": CASE_ONE_OF},
    )

    top_k: Annotated[int, Field(ge=1, le=50), BeforeValidator(whole_number)] | None = (
        Field(default=None, description="Retrieved chunks per stage")
    )


class ResponseMeta(WireModel):
    """Run metadata: request id, effective settings without secrets, timing."""

    request_id: str
    disclaimer: str = DISCLAIMER
    input_shape: Literal["case", "row", "fhir"]
    elapsed_ms: float
    settings: dict[str, Any] = Field(
        default_factory=dict, description="Effective settings, secrets removed"
    )
    run: dict[str, Any] = Field(
        default_factory=dict, description="Reasoner run metadata"
    )
    input_report: dict[str, Any] | None = Field(
        default=None,
        description="FHIR input only: resources used, unused (valid R4 types not "
        "read), unknown types, withheld (e.g. recorded after arrival) and warnings",
    )


class ReasonResponse(WireModel):
    """The staged trace of one case plus its final summary."""

    case_id: str
    stages: list[StageRecord]
    final: FinalSummary
    meta: ResponseMeta


class ErrorDetail(WireModel):
    """One field problem: where (``loc``) and what (``msg``). Input never echoed."""

    loc: list[str | int]
    msg: str
    type: str


class ErrorBody(WireModel):
    """Every non-2xx response body."""

    error: str = Field(description="Machine code, e.g. 'validation_error'")
    message: str
    request_id: str | None = None
    details: list[ErrorDetail] = Field(default_factory=list)


class HealthBody(WireModel):
    """Liveness / readiness answer."""

    status: Literal["ok", "ready"]
    disclaimer: str = DISCLAIMER
