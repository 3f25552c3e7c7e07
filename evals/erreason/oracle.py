"""Stage-wise oracle ablation: gold answers as typed stage results.

``--oracle STAGE`` injects the gold answer at that stage through the runtime's
``overrides`` so later stages see a correct input and errors can be attributed to the
stage that caused them.
"""

from __future__ import annotations

from typing import Final

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    StageResult,
    TreatmentResult,
    TriageResult,
)
from cases.labels import ACUITY_TO_ESI, StageName
from cases.models import GoldLabels
from evals.erreason.text import split_rule_out

ORACLE_STAGES: Final = ("triage", "assessment", "treatment", "disposition", "diagnosis")
_WHY: Final = "oracle: gold answer injected by the evaluation harness"


def _with_dot(code: str) -> str:
    code = code.strip().upper()
    return code if "." in code or len(code) <= 3 else f"{code[:3]}.{code[3:]}"


def oracle_result(stage: StageName, gold: GoldLabels) -> StageResult | None:
    """The gold answer for ``stage`` as a typed result, or None when gold is missing."""
    if stage == "triage" and gold.acuity:
        return TriageResult(
            acuity=gold.acuity, esi=ACUITY_TO_ESI[gold.acuity], rationale=_WHY
        )
    if stage == "disposition" and gold.disposition:
        return DispositionResult(
            disposition=gold.disposition, admit_level=gold.admit_level, rationale=_WHY
        )
    if stage == "diagnosis" and gold.icd10_codes:
        return DiagnosisResult(
            icd10=_with_dot(gold.icd10_codes[0]),
            name=gold.diagnosis_name or gold.icd10_codes[0],
            rationale=_WHY,
        )
    names = list(gold.differential) or split_rule_out(gold.rule_out)
    if stage == "assessment" and names:
        return AssessmentResult(
            problem_representation=_WHY,
            differential=tuple(
                DifferentialEntry(diagnosis=n, changed_by="assessment") for n in names
            ),
            rationale=_WHY,
        )
    if stage == "treatment" and gold.treatment_plan:
        return TreatmentResult(
            working_diagnosis=gold.diagnosis_name, orders=(), rationale=_WHY
        )
    return None


def overrides_for(
    stages: tuple[StageName, ...], gold: GoldLabels
) -> dict[StageName, StageResult]:
    """Overrides for every oracle stage that has gold for this case."""
    out: dict[StageName, StageResult] = {}
    for stage in stages:
        result = oracle_result(stage, gold)
        if result is not None:
            out[stage] = result
    return out
