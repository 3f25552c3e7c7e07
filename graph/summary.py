"""The final summary of a run: the one function behind every ``ReasoningOutput.final``.

``Reasoner.run``, ``Reasoner.stream`` (its last item), review threads and, through
them, the API's ``/reason``, ``/reason/stream`` ``final`` event and ``/threads`` all
build the summary here, from the graph's state values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from agents import ledger as L
from agents.offline.rules.presentation_gap import critical_results
from agents.schemas import (
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    StageRecord,
    TraceFlag,
    TreatmentResult,
    TriageResult,
)
from agents.summary import summarise
from cases.models import Case
from cases.views import build_view
from graph.state import FinalSummary, MetaValue, ReasoningOutput

__all__ = ["final_summary", "to_output"]

T = TypeVar("T")


def _typed(values: Mapping[str, object], key: str, cls: type[T]) -> T | None:
    value = values.get(key)
    return value if isinstance(value, cls) else None


def _items(values: Mapping[str, object], key: str, cls: type[T]) -> list[T]:
    value = values.get(key)
    if not isinstance(value, list | tuple):
        return []
    return [v for v in value if isinstance(v, cls)]


def final_summary(values: Mapping[str, object]) -> FinalSummary:
    """Collect the end-of-visit answers of a (possibly partial) run.

    Args:
        values: The graph's state values (``ReasoningState``), after any stage.

    Returns:
        Acuity, disposition and diagnosis of the stages that answered, the ranked
        final ledger and the clinician's summary (``agents.summary.summarise``).
    """
    triage = _typed(values, "triage", TriageResult)
    disposition = _typed(values, "disposition", DispositionResult)
    diagnosis = _typed(values, "diagnosis", DiagnosisResult)
    treatment = _typed(values, "treatment", TreatmentResult)
    ledger = L.rank(_items(values, "ledger", DifferentialEntry))
    records = _items(values, "trace", StageRecord)
    flags: list[TraceFlag] = [f for rec in records for f in rec.flags]
    critical: tuple[str, ...] = ()
    if "no_presentation" in flags:
        flags, critical = _no_presentation(values, records, flags)
    return FinalSummary(
        acuity=triage.acuity if triage is not None else None,
        esi=triage.esi if triage is not None else None,
        triage_scale=triage.scale if triage is not None else "ESI",
        site_level=triage.site_level if triage is not None else None,
        disposition=disposition.disposition if disposition is not None else None,
        icd10=diagnosis.icd10 if diagnosis is not None else None,
        diagnosis_name=diagnosis.name if diagnosis is not None else None,
        ledger=ledger,
        summary=summarise(
            ledger,
            treatment.orders if treatment is not None else (),
            flags,
            critical,
            (diagnosis.icd10, diagnosis.name)
            if diagnosis is not None and diagnosis.icd10 and diagnosis.name
            else None,
        ),
    )


def _no_presentation(
    values: Mapping[str, object],
    records: list[StageRecord],
    flags: list[TraceFlag],
) -> tuple[list[TraceFlag], tuple[str, ...]]:
    """The flags and critical results of a run whose record has no presentation.

    The last stage saw the most text: when it found a history (an ED note's
    narrative), the earlier stages' flag is dropped. Otherwise the critical
    results are read from the text the last stage saw.
    """
    if "no_presentation" not in records[-1].flags:
        return [f for f in flags if f != "no_presentation"], ()
    case = _typed(values, "case", Case)
    if case is None:
        return flags, ()
    text = build_view(case, records[-1].stage).ed_text
    return flags, critical_results(text, age=case.demographics.age)


def to_output(
    case_id: str, values: Mapping[str, object], meta: dict[str, MetaValue]
) -> ReasoningOutput:
    """Return the run's output: its trace, :func:`final_summary` and ``meta``."""
    return ReasoningOutput(
        case_id=case_id,
        trace=tuple(_items(values, "trace", StageRecord)),
        final=final_summary(values),
        meta=meta,
    )
