"""Turn final graph state values into a ``ReasoningOutput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agents import ledger as L
from agents.schemas import (
    DiagnosisResult,
    DispositionResult,
    TraceFlag,
    TreatmentResult,
    TriageResult,
)
from agents.summary import summarise
from graph.state import FinalSummary, MetaValue, ReasoningOutput


def to_output(
    case_id: str, values: Mapping[str, Any], meta: dict[str, MetaValue]
) -> ReasoningOutput:
    """Collect the trace and the final answers of a (possibly partial) run."""
    triage = values.get("triage")
    disposition = values.get("disposition")
    diagnosis = values.get("diagnosis")
    treatment = values.get("treatment")
    ledger = L.rank(values.get("ledger", ()))
    trace = tuple(values.get("trace", ()))
    flags: list[TraceFlag] = [f for rec in trace for f in rec.flags]
    final = FinalSummary(
        acuity=triage.acuity if isinstance(triage, TriageResult) else None,
        esi=triage.esi if isinstance(triage, TriageResult) else None,
        disposition=(
            disposition.disposition
            if isinstance(disposition, DispositionResult)
            else None
        ),
        icd10=diagnosis.icd10 if isinstance(diagnosis, DiagnosisResult) else None,
        diagnosis_name=diagnosis.name
        if isinstance(diagnosis, DiagnosisResult)
        else None,
        ledger=ledger,
        summary=summarise(
            ledger,
            treatment.orders if isinstance(treatment, TreatmentResult) else (),
            flags,
        ),
    )
    return ReasoningOutput(case_id=case_id, trace=trace, final=final, meta=meta)
