"""Shared contracts between the stage nodes, the offline reasoner and the LLM path.

A stage node builds a :class:`StageInput`, runs the offline reasoner to get a
:class:`StageOutcome`, optionally hands both to a :class:`StageRefiner` (the LLM or
hybrid backend), applies the safety floors, and records one ``StageRecord``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from agents.schemas import (
    DifferentialEntry,
    ErrorKind,
    FloorEvent,
    LedgerChange,
    RuleResult,
    StageName,
    StageResult,
    StageStatus,
    TokenUsage,
    TraceFlag,
)
from cases.models import ClinicalNote
from cases.views import StageView
from retrieval.schemas import Citation, NoteHit


@dataclass(frozen=True, kw_only=True)
class StageInput:
    """Everything a stage may use: its view, its retrieved chunks, earlier outputs."""

    stage: StageName
    view: StageView
    hits: tuple[NoteHit, ...] = ()
    previous: Mapping[StageName, StageResult] = field(default_factory=dict)
    ledger: tuple[DifferentialEntry, ...] = ()


@dataclass(frozen=True, kw_only=True)
class StageOutcome:
    """What one backend produced for one stage, before it becomes a StageRecord."""

    status: StageStatus
    result: StageResult | None = None
    citations: tuple[Citation, ...] = ()
    rules: tuple[RuleResult, ...] = ()
    ledger: tuple[DifferentialEntry, ...] = ()
    ledger_changes: tuple[LedgerChange, ...] = ()
    floors: tuple[FloorEvent, ...] = ()
    tokens: TokenUsage = field(default_factory=TokenUsage)
    model_id: str | None = None
    prompt_version: str = ""
    disagreements: tuple[str, ...] = ()
    error: str | None = None
    error_kind: ErrorKind | None = None
    """Set with status ``error`` (e.g. ``output_invalid``); ``internal`` if left out."""
    flags: tuple[TraceFlag, ...] = ()


class StageRefiner(Protocol):
    """An LLM-backed step that turns the offline outcome into the final one.

    Implementations must keep the result's type and must not drop the offline rule
    results; the node applies safety floors after the refiner returns.
    """

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        """Refine or replace the offline outcome for ``inp.stage``."""
        ...


class NoteRetriever(Protocol):
    """The retrieval surface agents use (``retrieval.store.NoteStore``)."""

    async def asearch(
        self,
        queries: Sequence[str],
        *,
        patient_id: str,
        allowed_note_keys: Collection[str] | None = None,
        before_year: int | None = None,
        exclude_note_keys: Collection[str] = (),
        k: int = 5,
    ) -> list[NoteHit]:
        """Return the top-k fused hits over all queries, leakage filters applied."""
        ...

    def add_notes(self, notes: Sequence[ClinicalNote]) -> object:
        """Index prior notes (idempotent: existing chunk ids are skipped).

        Returns the store's ingest report (``retrieval.store.IngestReport``).
        """
        ...
