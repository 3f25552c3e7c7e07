"""Load reports shared by the ER-Reason loader and the dataset adapters."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from cases.errors import DataError
from cases.models import LabelledCase

MAX_ISSUES = 50
"""How many located issue messages a report keeps (counts are always complete)."""


class LoadReport(BaseModel):
    """What a loader read, skipped and warned about (counts only, no note text)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    rows_read: int = 0
    cases_loaded: int = 0
    skipped: dict[str, int] = Field(
        default_factory=dict, description="Rows not loaded, by reason"
    )
    warnings: dict[str, int] = Field(
        default_factory=dict, description="Rows loaded with a problem, by kind"
    )
    redactions: dict[str, int] = Field(
        default_factory=dict, description="Gold strings redacted at load, by kind"
    )
    missing_files: tuple[str, ...] = ()
    skipped_suites: tuple[str, ...] = Field(
        default=(), description="Suites that cannot run because a file is missing"
    )
    issues: tuple[str, ...] = Field(
        default=(), description=f"The first {MAX_ISSUES} located problems"
    )

    @property
    def rows_skipped(self) -> int:
        """Total rows not loaded."""
        return sum(self.skipped.values())


@dataclass
class ReportBuilder:
    """Mutable accumulator that a loader fills, then freezes into a LoadReport."""

    source: str
    rows_read: int = 0
    cases_loaded: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    redactions: Counter[str] = field(default_factory=Counter)
    missing_files: list[str] = field(default_factory=list)
    skipped_suites: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)

    def skip(self, reason: str, error: DataError | None = None) -> None:
        """Count a skipped row, keeping its located error message."""
        self.skipped[reason] += 1
        self._note(error)

    def warn(self, kind: str, error: DataError | None = None) -> None:
        """Count a loaded row that had a problem."""
        self.warnings[kind] += 1
        self._note(error)

    def _note(self, error: DataError | None) -> None:
        if error is not None and len(self.issues) < MAX_ISSUES:
            self.issues.append(str(error))

    def build(self) -> LoadReport:
        """Freeze the counts into a LoadReport."""
        return LoadReport(
            source=self.source,
            rows_read=self.rows_read,
            cases_loaded=self.cases_loaded,
            skipped=dict(self.skipped),
            warnings=dict(self.warnings),
            redactions=dict(self.redactions),
            missing_files=tuple(self.missing_files),
            skipped_suites=tuple(self.skipped_suites),
            issues=tuple(self.issues),
        )


class AdapterResult(BaseModel):
    """Cases returned by a dataset adapter, with its load report."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cases: tuple[LabelledCase, ...]
    report: LoadReport
    stages: tuple[str, ...] = Field(description="Stages this dataset can score")
