"""A line of ``cases.jsonl`` is a typed :class:`CaseRecord`, read and written here only.

The runner writes one record per case (``append_record``: one ``write`` + ``fsync``,
strict JSON with NaN as null); ``report``, ``compare`` and the metrics read them back
with :func:`read_records`. A torn last line (a killed run) is ignored, or cut off
with ``repair``; any other line that is not a valid record raises
:class:`RecordError` naming the line and the field.
"""

from __future__ import annotations

import json
import logging
import math
import os
from pathlib import Path
from typing import Any, Final

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
)

from agents.schemas import StageName, StageRecord, StageResult, StageStatus
from cases.models import GoldLabels
from evals.erreason.parsing import Mode
from evals.erreason.scorers import Score

__all__ = [
    "CaseRecord",
    "EHRReviewLine",
    "RecordError",
    "StageCost",
    "append_record",
    "finite",
    "read_records",
]

log = logging.getLogger(__name__)


class RecordError(ValueError):
    """A line of ``cases.jsonl`` is not a case record (names the line and field)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StageCost(_Frozen):
    """Tokens, cost and latency of one stage of one case."""

    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    latency_ms: float
    status: StageStatus


class EHRReviewLine(_Frozen):
    """The EHR-review suite's answer for one case (``wiring.make_ehr_review_hook``)."""

    one_liner: str | None = None
    history: list[str] = Field(default_factory=list)
    has_discharge_summary: bool = False
    seen_fields: list[str] = Field(default_factory=list)
    seen_note_keys: list[str] = Field(default_factory=list)
    n_citations: int = 0
    rouge: dict[str, float] | None = Field(
        default=None, description="ROUGE-1/2/L F against the reference one-liner"
    )


_SET_ONLY: Final = ("sct", "endpoint_failure", "ehr_review")
"""Fields written only when the run set them (older lines lack them)."""


class CaseRecord(_Frozen):
    """One case of a run: the whole trace, gold, scores in both modes, costs."""

    case_id: str
    source: str
    stages: list[StageName] = Field(description="Stages scored in this run")
    oracle: list[StageName] = Field(description="Stages given the gold answer")
    trace: list[StageRecord]
    gold: GoldLabels
    scores: dict[Mode, dict[StageName, Score]]
    per_stage: dict[StageName, StageCost]
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    wall_ms: float
    error: str | None = Field(description="Why the case failed (type only, no text)")
    one_liner: str | None = Field(description="Reference one-liner (EHR review)")
    sct: StageRecord | None = Field(default=None, description="SCT suite answer")
    endpoint_failure: str | None = Field(
        default=None,
        description="How the model endpoint failed; the case is retried on resume",
    )
    ehr_review: EHRReviewLine | None = None

    @model_serializer(mode="wrap")
    def _written_fields(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for key in _SET_ONLY:
            if key not in self.model_fields_set:
                data.pop(key, None)
        return data

    @property
    def retryable(self) -> bool:
        """Whether the case failed at the model endpoint (retried on resume)."""
        return self.endpoint_failure is not None

    @property
    def ran_ehr_review(self) -> bool:
        """Whether the EHR-review suite ran for this case (its answer may be None)."""
        return "ehr_review" in self.model_fields_set

    def score(self, mode: Mode, stage: StageName) -> Score | None:
        """The score of ``stage`` in ``mode`` (None: the stage was not scored)."""
        return self.scores.get(mode, {}).get(stage)

    def output(self, stage: StageName) -> StageResult | None:
        """The stage's result in the trace, unless the stage failed."""
        for item in self.trace:
            if item.stage == stage and item.status != "error":
                return item.output
        return None

    def record_of(self, stage: StageName) -> StageRecord | None:
        """The stage's trace record (any status), or None."""
        return next((t for t in self.trace if t.stage == stage), None)


def finite(value: Any) -> Any:
    """Return ``value`` with every NaN or infinite float replaced by ``None``."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def to_line(record: CaseRecord) -> str:
    """The record as one strict JSON line (NaN as null), without the newline."""
    data = finite(record.model_dump(mode="json"))
    return json.dumps(data, default=str, ensure_ascii=False, allow_nan=False)


def append_record(path: Path, record: CaseRecord) -> None:
    """Append one record as one line, one ``write`` + ``fsync``."""
    payload = (to_line(record) + "\n").encode()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)


def parse_line(line: bytes | str, n: int, name: str = "cases.jsonl") -> CaseRecord:
    """Parse line ``n`` of ``name``.

    Raises:
        RecordError: the line is not JSON, or not a case record (names the field).
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"{name} line {n}: not JSON ({exc.msg})") from None
    try:
        return CaseRecord.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'line'}: {e['msg']}"
            for e in exc.errors()[:5]
        )
        raise RecordError(f"{name} line {n}: {problems}") from None


def read_records(path: Path, repair: bool = False) -> list[CaseRecord]:
    """Read ``cases.jsonl``; ignore (and with ``repair``, cut off) a torn last line.

    The last line of a case wins: a case whose endpoint failed is written again when
    a resumed run retries it.

    Raises:
        RecordError: a complete line is not a case record.
    """
    if not path.exists():
        return []
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        log.warning("ignoring a truncated last line in %s", path.name)
        if repair:
            with path.open("r+b") as fh:
                fh.truncate(end)
                fh.flush()
                os.fsync(fh.fileno())
    latest: dict[str, CaseRecord] = {}
    for n, line in enumerate(data[:end].splitlines(), start=1):
        if line.strip():
            rec = parse_line(line, n, path.name)
            latest[rec.case_id] = rec
    return list(latest.values())


def costs_by_stage(trace: list[StageRecord]) -> dict[StageName, StageCost]:
    """Tokens, cost and latency per stage from the trace."""
    return {
        r.stage: StageCost(
            prompt_tokens=r.tokens.prompt,
            completion_tokens=r.tokens.completion,
            cost_usd=r.tokens.cost_usd,
            latency_ms=r.latency_ms,
            status=r.status,
        )
        for r in trace
    }
