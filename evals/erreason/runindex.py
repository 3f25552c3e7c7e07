"""A paged, filterable index over a run's ``cases.jsonl`` (for the run viewer).

The file is scanned once: each case keeps its byte offset and a small row (answers,
gold and flags), so the viewer pages and filters without holding the traces in memory
and reads one line when a case is opened. Flags use the ``corrected`` scores.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from cases.labels import ACUITY_TO_ESI, STAGE_ORDER
from evals.erreason.metrics import ADMIT_LIKE

log = logging.getLogger(__name__)

Flag = Literal[
    "stage_error", "under_triage", "unsafe_discharge", "disagrees_gold", "disagrees_run"
]
FLAGS: tuple[Flag, ...] = (
    "stage_error",
    "under_triage",
    "unsafe_discharge",
    "disagrees_gold",
    "disagrees_run",
)
_MODE = "corrected"


class CaseRow(BaseModel):
    """One case in the list: predicted and gold answers per stage, and its flags."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: str
    answers: dict[str, str | None] = Field(description="Stage -> parsed prediction")
    gold: dict[str, str | None] = Field(description="Stage -> gold target")
    hits: dict[str, float | None] = Field(description="Stage -> score (None: unscored)")
    flags: tuple[Flag, ...] = ()


class RunIndex:
    """The cases of one run directory: rows in file order, lines read on demand."""

    def __init__(self, run_dir: Path) -> None:
        """Scan ``run_dir/cases.jsonl`` once.

        Raises:
            FileNotFoundError: when the directory holds no ``cases.jsonl``.
        """
        self.dir = run_dir
        self.path = run_dir / "cases.jsonl"
        if not self.path.exists():
            raise FileNotFoundError(f"{self.path} does not exist (not a run directory)")
        self.name = run_dir.name
        self.header = _read_json(run_dir / "run.json")
        # As ``records.read_records``: a case written again (a resumed run retried
        # it) keeps its first position and its last line.
        latest: dict[str, CaseRow] = {}
        self._where: dict[str, tuple[int, int]] = {}
        for offset, length, rec in _scan(self.path):
            case_id = str(rec.get("case_id"))
            self._where[case_id] = (offset, length)
            latest[case_id] = _row(rec)
        self.rows: list[CaseRow] = list(latest.values())

    def record(self, case_id: str) -> dict[str, Any]:
        """Read one case's whole line (trace, gold, scores).

        Raises:
            KeyError: when the run has no such case.
        """
        offset, length = self._where[case_id]
        with self.path.open("rb") as fh:
            fh.seek(offset)
            data: dict[str, Any] = json.loads(fh.read(length))
        return data

    def metrics(self) -> dict[str, Any]:
        """The run's metrics: ``report.json`` when present, else computed once."""
        report = _read_json(self.dir / "report.json")
        if isinstance(report.get("metrics"), dict):
            return dict(report["metrics"])
        from evals.erreason.records import read_records
        from evals.erreason.summary import compute_metrics

        return compute_metrics(read_records(self.path), None)

    def compare(self, other: RunIndex) -> None:
        """Flag cases whose parsed answers differ from ``other``'s at any stage."""
        theirs = {r.case_id: r for r in other.rows}
        for i, row in enumerate(self.rows):
            twin = theirs.get(row.case_id)
            if twin is not None and _differs(row, twin):
                flags = (*row.flags, "disagrees_run")
                self.rows[i] = row.model_copy(update={"flags": flags})

    def page(
        self, flag: Flag | None, query: str, page: int, size: int
    ) -> tuple[int, list[CaseRow]]:
        """Return the number of matching cases and one page of them."""
        q = query.strip().lower()
        match = [
            r
            for r in self.rows
            if (flag is None or flag in r.flags) and (not q or q in r.case_id.lower())
        ]
        start = (page - 1) * size
        return len(match), match[start : start + size]

    def counts(self) -> dict[str, int]:
        """Cases per flag."""
        return {f: sum(f in r.flags for r in self.rows) for f in FLAGS}


def _read_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        log.warning("unreadable %s", path.name)
        return {}
    return data if isinstance(data, dict) else {}


def _scan(path: Path) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield (offset, length, record) per complete, readable line."""
    offset = 0
    with path.open("rb") as fh:
        for n, line in enumerate(fh, start=1):
            start, offset = offset, offset + len(line)
            if not line.endswith(b"\n") or not line.strip():
                continue  # a torn last line (the runner cuts it on resume)
            try:
                rec = json.loads(line)
            except ValueError:
                log.warning("skipping unreadable line %d of %s", n, path.name)
                continue
            if isinstance(rec, dict) and "case_id" in rec:
                yield start, len(line), rec


_ESI: dict[str, int] = dict(ACUITY_TO_ESI.items())


def _row(rec: Mapping[str, Any]) -> CaseRow:
    scores = (rec.get("scores") or {}).get(_MODE) or {}
    answers: dict[str, str | None] = {}
    gold: dict[str, str | None] = {}
    hits: dict[str, float | None] = {}
    for stage in STAGE_ORDER:
        s = scores.get(stage) or {}
        answers[stage] = s.get("answer")
        gold[stage] = s.get("target")
        value = s.get("value")
        hits[stage] = None if value is None or math.isnan(value) else float(value)
    flags: list[Flag] = []
    trace: Sequence[Mapping[str, Any]] = rec.get("trace") or ()
    if rec.get("error") or any(t.get("status") == "error" for t in trace):
        flags.append("stage_error")
    esi_pred = _ESI.get(answers["triage"] or "")
    esi_gold = _ESI.get(gold["triage"] or "")
    if esi_pred is not None and esi_gold is not None and esi_pred > esi_gold:
        flags.append("under_triage")
    if answers["disposition"] == "Discharge" and gold["disposition"] in ADMIT_LIKE:
        flags.append("unsafe_discharge")
    if any(v is not None and v < 1.0 for v in hits.values()):
        flags.append("disagrees_gold")
    return CaseRow(
        case_id=str(rec["case_id"]),
        answers=answers,
        gold=gold,
        hits=hits,
        flags=tuple(flags),
    )


def _differs(a: CaseRow, b: CaseRow) -> bool:
    return any(
        a.answers[s] != b.answers[s]
        for s in STAGE_ORDER
        if a.answers.get(s) is not None or b.answers.get(s) is not None
    )
