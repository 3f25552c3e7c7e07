"""The short summary a clinician reads first, built from a finished run's typed outputs.

Top three diagnoses not ruled out, the must-not-miss diagnoses still open, and the one
next step that would change management: the diagnostic order that addresses the most
probable open must-not-miss diagnosis (a test that can exclude it moves the patient off
the dangerous branch), else the first diagnostic order for the working diagnosis unless
it is already confirmed (ruled in).
"""

from __future__ import annotations

from collections.abc import Sequence

from agents import ledger as L
from agents.schemas import (
    DifferentialEntry,
    Order,
    SummaryDiagnosis,
    TraceFlag,
    TraceSummary,
)

__all__ = ["summarise"]

TOP_N = 3
ASSESS_FIRST = (
    "record a full set of vital signs (observations) and take a history of the "
    "presenting complaint"
)
"""The next step for a record with no presentation (RCP NEWS2 2017; ESI v4 ch. 2)."""


def _first_test(orders: Sequence[Order], diagnosis: str) -> Order | None:
    k = L.key(diagnosis)
    return next(
        (
            o
            for o in orders
            if o.kind == "diagnostic" and L.key(o.for_diagnosis or "") == k
        ),
        None,
    )


def _as_coded(entry: DifferentialEntry, coded: tuple[str, str] | None) -> str:
    """The entry's name, or the final's when the final coded it under another name.

    A name that already begins with the final's (the symptom code's entry with its
    qualifier: "Syncope and collapse (vasovagal)") keeps its own, fuller name.
    """
    if coded is None or entry.icd10 != coded[0]:
        return entry.diagnosis
    if L.key(entry.diagnosis).startswith(L.key(coded[1])):
        return entry.diagnosis
    return coded[1]


def summarise(
    ledger: Sequence[DifferentialEntry],
    orders: Sequence[Order] = (),
    flags: Sequence[TraceFlag] = (),
    critical: Sequence[str] = (),
    coded: tuple[str, str] | None = None,
) -> TraceSummary:
    """Summarise a run for the clinician.

    Args:
        ledger: The final rule-out ledger.
        orders: The treatment stage's orders (empty when it abstained).
        flags: Typed trace flags (e.g. ``out_of_scope``).
        critical: With ``no_presentation``, the critical results read from the
            record (``presentation_gap.critical_results``).
        coded: The final diagnosis' (ICD-10-CM code, name): the entry carrying that
            code is shown under that name (a lip wound is no "laceration of hand"
            beside S01.511A; ICD-10-CM FY2024 I.C.19.b: coded as documented).

    Returns:
        The summary; with ``no_presentation`` the next step is the clinical
        assessment (observations and a history) and the critical results are named;
        with ``out_of_scope`` no next step is proposed; with
        ``unexplained_findings`` the reason says the picture is unexplained.
    """
    ranked = L.rank(ledger)
    top = tuple(
        SummaryDiagnosis(
            diagnosis=_as_coded(e, coded),
            icd10=e.icd10,
            status=e.status,
            probability=e.probability,
        )
        for e in ranked
        if e.status != "ruled_out"
    )[:TOP_N]
    open_mnm = sorted(
        L.unexcluded_must_not_miss(ranked), key=lambda e: -(e.probability or 0.0)
    )
    step: Order | None = None
    why: str | None = None
    if "no_presentation" in flags:
        return _assess_first(top, open_mnm, flags, critical)
    if "out_of_scope" in flags:
        why = "outside the knowledge base: clinician assessment, no protocol proposed"
    else:
        for entry in open_mnm:
            step = _first_test(orders, entry.diagnosis)
            if step is not None:
                why = f"would exclude or confirm {entry.diagnosis}"
                break
        working = L.working(ranked)
        if step is None and working is not None and working.status != "ruled_in":
            step = _first_test(orders, working.diagnosis)  # none once confirmed
            why = f"confirms {working.diagnosis}" if step is not None else None
    if "unexplained_findings" in flags:
        why = (f"{why}; " if why else "") + (
            "the picture is unexplained (abnormal findings no leading diagnosis "
            "explains): clinician review, not for discharge"
        )
    return TraceSummary(
        top_diagnoses=top,
        open_must_not_miss=tuple(e.diagnosis for e in open_mnm),
        next_step=step.name if step is not None else None,
        next_step_reason=why,
        flags=tuple(dict.fromkeys(flags)),
    )


def _assess_first(
    top: tuple[SummaryDiagnosis, ...],
    open_mnm: Sequence[DifferentialEntry],
    flags: Sequence[TraceFlag],
    critical: Sequence[str],
) -> TraceSummary:
    """The summary of a record with no complaint, vital sign or history."""
    why = (
        "no complaint, vital signs or history recorded: no diagnosis is placed on "
        "results alone"
    )
    if critical:
        why += "; critical result(s) to act on now: " + "; ".join(critical)
    return TraceSummary(
        top_diagnoses=top,
        open_must_not_miss=tuple(e.diagnosis for e in open_mnm),
        next_step=ASSESS_FIRST,
        next_step_reason=why,
        flags=tuple(dict.fromkeys(flags)),
        critical_results=tuple(critical),
    )
