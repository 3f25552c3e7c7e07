"""Model endpoint outages are failures (retried on resume, counted), never answers."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agents.schemas import DispositionResult, StageRecord, TriageResult
from cases.models import Case, GoldLabels, LabelledCase
from evals.erreason.__main__ import main
from evals.erreason.records import read_records
from evals.erreason.report import build_report
from evals.erreason.runner import RunOptions, run_cases


def _dead_port() -> int:
    with socket.socket() as s:  # bound then closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_run_with_model_server_down_aborts_nonzero_and_counts(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("REASONER_LLM__MAX_RETRIES", "0")
    out = tmp_path / "run"
    argv = ["--backend", "llm", "--model", "m"]
    argv += ["--base-url", f"http://127.0.0.1:{_dead_port()}/v1"]
    argv += ["--limit", "8", "--concurrency", "1", "--max-endpoint-failures", "3"]
    argv += ["--out", str(out), "--quiet", "--no-plots", "--no-retrieval"]
    argv += ["--cache-dir", str(tmp_path / "cache")]
    assert main(argv) == 3
    captured = capsys.readouterr()
    assert "3 model endpoint failures" in captured.out
    assert "consecutive model endpoint failures" in captured.err
    records = read_records(out / "cases.jsonl")
    assert len(records) == 3  # stopped launching after three in a row
    assert all(r.endpoint_failure == "model_error" for r in records)
    report = json.loads((out / "report.json").read_text())["metrics"]
    assert report["n_endpoint_failures"] == 3
    assert report["n_cases"] == 0  # nothing scored as a (wrong) answer
    assert "model endpoint failures: 3" in (out / "report.md").read_text()


def _record(stage: str, ok: bool) -> StageRecord:
    output = (
        TriageResult(acuity="Emergent", esi=2, rationale="fake")
        if stage == "triage"
        else DispositionResult(disposition="Admit", rationale="fake")
    )
    return StageRecord(
        stage=stage,  # type: ignore[arg-type]
        status="ok" if ok else "error",
        output=output if ok else None,
        prompt_version="fake",
        started_at=datetime.now(UTC),
        latency_ms=1.0,
        error=None if ok else f"ModelEndpointError in {stage} stage",
        error_kind=None if ok else "model_error",
    )


@dataclass
class _Out:
    trace: list[StageRecord]


class FlakyEndpointReasoner:
    """FAKE reasoner whose model endpoint is down until ``up`` is set."""

    def __init__(self) -> None:
        self.up = False
        self.calls = 0

    async def run(self, case: Case, **_: object) -> _Out:
        self.calls += 1
        return _Out([_record("triage", self.up), _record("disposition", self.up)])


@pytest.mark.anyio
async def test_failed_cases_are_retried_on_resume_and_then_scored(tmp_path: Path):
    cases = [
        LabelledCase(
            case=Case(patient_id=f"P{i}", encounter_id=f"E{i}"),
            gold=GoldLabels(acuity="Emergent", disposition="Admit"),
            stages=("triage", "disposition"),
        )
        for i in range(4)
    ]
    opts = RunOptions(out=tmp_path, stages=("triage", "disposition"), progress=False)
    fake = FlakyEndpointReasoner()
    first = await run_cases(fake, cases, opts, None)
    assert first.endpoint_failures == 4 and first.errors == 4
    assert build_report(tmp_path, None, plots=False)["n_cases"] == 0
    fake.up = True
    second = await run_cases(fake, cases, opts, None)
    assert second.done_before == 0 and second.ran == 4  # all retried
    assert fake.calls == 8
    records = read_records(tmp_path / "cases.jsonl")
    assert len(records) == 4 and not any(r.endpoint_failure for r in records)
    metrics = build_report(tmp_path, None, plots=False)
    assert metrics["n_cases"] == 4 and metrics["n_endpoint_failures"] == 0
    assert metrics["modes"]["corrected"]["triage"]["classification"]["accuracy"] == 1.0
