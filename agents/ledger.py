"""The rule-out ledger: pure functions over tuples of ``DifferentialEntry``.

The ledger is shared across stages. Each stage returns a new ledger; ``diff`` turns two
snapshots into ``LedgerChange`` records for the trace, and ``history`` rebuilds how the
differential evolved from a finished trace. Exclusions without evidence are impossible:
``DifferentialEntry``'s validator rejects ``ruled_out`` with no evidence against.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Final

from agents.schemas import (
    DifferentialEntry,
    DxStatus,
    Evidence,
    LedgerChange,
    StageName,
    StageRecord,
)

TEST_THRESHOLD: Final[float] = 0.05
"""Probability at or above which an unexcluded must-not-miss diagnosis needs testing.

Below it a must-not-miss diagnosis stays ``considered`` (e.g. PE in a PERC-negative,
low-pretest patient: PERC was derived to identify a risk below ~2%, Kline 2004); at or
above it and not ruled out it is ``cannot_exclude`` and blocks discharge (floors).
"""

_STATUS_ORDER: Final[dict[DxStatus, int]] = {
    "ruled_in": 0,
    "cannot_exclude": 1,
    "considered": 2,
    "ruled_out": 3,
}


@functools.lru_cache(maxsize=8192)
def key(name: str) -> str:
    """Return the matching key of a diagnosis name (case- and space-insensitive).

    Memoised: a request asks ~250 times about a few dozen knowledge-base names.
    """
    return " ".join(name.lower().split())


def find(ledger: Sequence[DifferentialEntry], name: str) -> DifferentialEntry | None:
    """Return the entry for ``name`` or ``None``."""
    k = key(name)
    return next((e for e in ledger if key(e.diagnosis) == k), None)


def index(ledger: Iterable[DifferentialEntry]) -> dict[str, DifferentialEntry]:
    """Return matching key -> entry (the first entry of each key, as ``find``)."""
    out: dict[str, DifferentialEntry] = {}
    for e in ledger:
        out.setdefault(key(e.diagnosis), e)
    return out


def upsert(
    ledger: Sequence[DifferentialEntry], entry: DifferentialEntry
) -> tuple[DifferentialEntry, ...]:
    """Return a new ledger with ``entry`` replacing the same diagnosis or appended."""
    k = key(entry.diagnosis)
    out = [e for e in ledger if key(e.diagnosis) != k]
    out.append(entry)
    return tuple(out)


def rank(ledger: Iterable[DifferentialEntry]) -> tuple[DifferentialEntry, ...]:
    """Rank entries by probability, ruled-out entries last; status breaks ties.

    Probability leads, not status: a ruled-in entry's probability already carries
    the rule-in likelihood ratio (``differential.score``), and a syndrome whose
    criteria are met (hypovolaemic shock, sepsis) must not displace the more probable
    cause it comes with (a GI bleed, a ruptured ectopic) as the working diagnosis.
    Ruled-in entries are acted on whatever their rank (treatment orders every one;
    ``explained`` adds them to the leading entries). At equal probability the order
    is ruled in, cannot exclude, considered.

    A disease ruled in ranks above every symptom-level entry (ICD-10-CM chapter R:
    "abdominal pain, unspecified", hypovolaemic shock): the symptom is the final
    diagnosis only when no disease meets its rule-in requirement (docs/ARCHITECTURE.md).
    """
    out = sorted(
        ledger,
        key=lambda e: (
            e.status == "ruled_out",
            -(e.probability or 0.0),
            _STATUS_ORDER[e.status],
        ),
    )
    for disease in [e for e in out if e.status == "ruled_in" and not symptom(e)]:
        at = out.index(disease)
        first = next((i for i in range(at) if symptom(out[i])), None)
        if first is not None:
            out.insert(first, out.pop(at))
    return tuple(out)


def symptom(entry: DifferentialEntry) -> bool:
    """Whether the entry is a symptom or sign (ICD-10-CM chapter R), not a disease."""
    return (entry.icd10 or "").upper().startswith("R")


def update(
    entry: DifferentialEntry,
    *,
    stage: StageName,
    status: DxStatus | None = None,
    probability: float | None = None,
    evidence_for: Sequence[Evidence] = (),
    evidence_against: Sequence[Evidence] = (),
) -> DifferentialEntry:
    """Return ``entry`` with new evidence appended (deduplicated) and status changed.

    Raises:
        ValueError: when the new status is ``ruled_out`` without evidence against
            (raised by the entry's validator), or ``ruled_in`` without evidence for.
    """
    ev_for = merge_evidence(entry.evidence_for, evidence_for)
    ev_against = merge_evidence(entry.evidence_against, evidence_against)
    return DifferentialEntry(
        diagnosis=entry.diagnosis,
        icd10=entry.icd10,
        status=status or entry.status,
        must_not_miss=entry.must_not_miss,
        probability=entry.probability if probability is None else probability,
        evidence_for=ev_for,
        evidence_against=ev_against,
        rules=entry.rules,
        changed_by=stage,
    )


def merge_evidence(
    old: Sequence[Evidence], new: Sequence[Evidence]
) -> tuple[Evidence, ...]:
    """Return ``old`` + the items of ``new`` not yet present (by kind and text)."""
    seen = {(e.kind, e.text) for e in old}
    out = list(old)
    for ev in new:
        if (ev.kind, ev.text) not in seen:
            seen.add((ev.kind, ev.text))
            out.append(ev)
    return tuple(out)


def diff(
    before: Sequence[DifferentialEntry],
    after: Sequence[DifferentialEntry],
    stage: StageName,
) -> tuple[LedgerChange, ...]:
    """Return the status changes from ``before`` to ``after`` (new entries included)."""
    changes: list[LedgerChange] = []
    earlier = index(before)
    for entry in after:
        old = earlier.get(key(entry.diagnosis))
        if old is not None and old.status == entry.status:
            continue
        changes.append(
            LedgerChange(
                diagnosis=entry.diagnosis,
                before=None if old is None else old.status,
                after=entry.status,
                stage=stage,
                reason=_reason(entry),
            )
        )
    return tuple(changes)


def _reason(entry: DifferentialEntry) -> str:
    prob = "" if entry.probability is None else f" (p={entry.probability:.2f})"
    if entry.status == "ruled_out" and entry.evidence_against:
        return f"excluded by: {entry.evidence_against[-1].text[:160]}{prob}"
    if entry.status == "ruled_in" and entry.evidence_for:
        return f"confirmed by: {entry.evidence_for[-1].text[:160]}{prob}"
    if entry.status == "cannot_exclude":
        return f"must-not-miss, not yet excluded{prob}"
    return f"{entry.status}{prob}"


def history(trace: Iterable[StageRecord]) -> tuple[LedgerChange, ...]:
    """Return every ledger change of a trace in stage order (the evolution view)."""
    return tuple(change for rec in trace for change in rec.ledger_changes)


def working(ledger: Sequence[DifferentialEntry]) -> DifferentialEntry | None:
    """Return the leading diagnosis that is not ruled out, if any."""
    ranked = rank(ledger)
    return next((e for e in ranked if e.status != "ruled_out"), None)


def unexcluded_must_not_miss(
    ledger: Sequence[DifferentialEntry], threshold: float = TEST_THRESHOLD
) -> tuple[DifferentialEntry, ...]:
    """Return must-not-miss entries still ``cannot_exclude`` at or above threshold."""
    return tuple(
        e
        for e in ledger
        if e.must_not_miss
        and e.status == "cannot_exclude"
        and (e.probability is None or e.probability >= threshold)
    )
