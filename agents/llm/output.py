"""Bounded, LLM-facing output models, one per stage.

Small local models loop or run into ``max_tokens`` without bounds, so every string
has ``max_length``, every list ``max_length`` and every closed label set is a
``Literal``. Models are flat (one nesting level for orders), every field is required,
and ``rationale`` comes first so the model reasons before it decides.
``Field(description=...)`` is prompt text: bump ``PROMPT_VERSION`` when it changes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cases.labels import Acuity, StageName

__all__ = [
    "LLM_OUTPUTS",
    "AssessmentLLM",
    "DiagnosisLLM",
    "DispositionLLM",
    "LLMOutput",
    "OfferedDisposition",
    "OrderLLM",
    "TreatmentLLM",
    "TriageLLM",
    "normalize_icd10",
    "valid_icd10",
    "vote_key",
]

OfferedDisposition = Literal[
    "Discharge",
    "Admit",
    "Observation",
    "Transfer to Another Facility",
    "AMA",
    "OR Admit",
    "LWBS after Triage",
    "Send to L&D",
    "Expired",
    "Eloped",
]
"""The ten labels the ER-Reason V3 disposition prompt offers."""

_RATIONALE = Field(
    max_length=200, description="Brief reasoning from the case, at most 2 sentences"
)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TriageLLM(_Out):
    """Triage answer."""

    rationale: str = _RATIONALE
    acuity: Acuity = Field(
        description="Acuity word of the level in the scale asked (ESI, KTAS or "
        "CTAS): Immediate = level 1 ... Non-Urgent = level 5"
    )
    red_flags: list[str] = Field(
        max_length=4, description="Up to 4 red-flag findings, a few words each"
    )


class AssessmentLLM(_Out):
    """Initial assessment answer."""

    rationale: str = _RATIONALE
    problem_representation: str = Field(
        max_length=300, description="One-sentence problem representation"
    )
    differential: list[str] = Field(
        max_length=5, description="Diagnosis names, most likely first"
    )
    cited_chunk_ids: list[str] = Field(
        max_length=4, description="ids of <chunk> elements that support the answer"
    )


class OrderLLM(_Out):
    """One order of the initial plan."""

    kind: Literal["diagnostic", "medication", "procedure", "consult", "monitoring"]
    name: str = Field(max_length=60, description="Order name, e.g. 'ECG'")
    reason: str = Field(max_length=100, description="Why, in a few words")


class TreatmentLLM(_Out):
    """Initial management answer."""

    rationale: str = _RATIONALE
    working_diagnosis: str = Field(max_length=100, description="Most likely diagnosis")
    orders: list[OrderLLM] = Field(max_length=5, description="Initial orders")


class DispositionLLM(_Out):
    """Disposition answer."""

    rationale: str = _RATIONALE
    disposition: OfferedDisposition = Field(description="Where the patient goes next")


class DiagnosisLLM(_Out):
    """Final ED diagnosis answer."""

    rationale: str = _RATIONALE
    icd10: str = Field(max_length=8, description="ICD-10-CM code with dot, e.g. J18.9")
    name: str = Field(max_length=100, description="Diagnosis name")
    differential: list[str] = Field(
        max_length=4, description="Other diagnoses still considered, likeliest first"
    )


LLMOutput = TriageLLM | AssessmentLLM | TreatmentLLM | DispositionLLM | DiagnosisLLM

LLM_OUTPUTS: dict[StageName, type[BaseModel]] = {
    "triage": TriageLLM,
    "assessment": AssessmentLLM,
    "treatment": TreatmentLLM,
    "disposition": DispositionLLM,
    "diagnosis": DiagnosisLLM,
}
"""The LLM-facing output model of each stage."""


def normalize_icd10(code: str) -> str:
    """Upper-case a code, drop spaces and brackets, and put the dot after 3 chars."""
    clean = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{clean[:3]}.{clean[3:]}" if len(clean) > 3 else clean


def valid_icd10(code: str) -> bool:
    """Return whether ``code`` (normalised) is an ICD-10-CM code or category."""
    import simple_icd_10_cm as icd

    return bool(code) and bool(icd.is_valid_item(code))


def vote_key(output: LLMOutput) -> str:
    """Return the label a self-consistency majority vote counts for one sample."""
    if isinstance(output, TriageLLM):
        return output.acuity
    if isinstance(output, DispositionLLM):
        return output.disposition
    if isinstance(output, DiagnosisLLM):
        return normalize_icd10(output.icd10)
    if isinstance(output, AssessmentLLM):
        return output.differential[0].strip().lower() if output.differential else ""
    return output.working_diagnosis.strip().lower()
