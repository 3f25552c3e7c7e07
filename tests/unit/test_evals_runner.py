"""Runner: resume after a torn write, budget cap, oracle, cache; report; compare."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from agents.schemas import (
    DiagnosisResult,
    DispositionResult,
    StageRecord,
    TokenUsage,
    TriageResult,
)
from cases.models import Case, GoldLabels, LabelledCase
from evals.erreason.compare import compare_records, mcnemar_exact
from evals.erreason.icd import load_ccsr
from evals.erreason.records import CaseRecord, finite, read_records
from evals.erreason.report import build_report
from evals.erreason.runner import RunOptions, run_cases
from evals.erreason.summary import compute_metrics

STAGES = ("triage", "disposition", "diagnosis")
GOLDS = [
    ("Emergent", "Admit", "I21.4"),
    ("Less Urgent", "Discharge", "S93.401A"),
    ("Urgent", "OR Admit", "K35.80"),
    ("Immediate", "Admit", "I46.9"),
    ("Urgent", "Discharge", "R10.9"),
]


def _cases() -> list[LabelledCase]:
    return [
        LabelledCase(
            case=Case(patient_id=f"P{i}", encounter_id=f"E{i}"),
            gold=GoldLabels(acuity=a, disposition=d, icd10_codes=(c,)),
            stages=STAGES,
        )
        for i, (a, d, c) in enumerate(GOLDS)
    ]


def _rec(stage, output, cost=None):
    return StageRecord(
        stage=stage,
        status="ok",
        output=output,
        prompt_version="test",
        started_at=datetime.now(UTC),
        latency_ms=1.0,
        tokens=TokenUsage(prompt=100, completion=10, cost_usd=cost),
    )


class FakeReasoner:
    """FAKE reasoner: echoes the gold answers (read from a side table), counts calls."""

    def __init__(self, cost: float | None = None, llm=None):
        self.calls: list[str] = []
        self.overrides: list[dict] = []
        self.cost = cost
        self.llm = llm
        self.gold = {lc.case.encounter_id: lc.gold for lc in _cases()}

    async def run(self, case, *, thread_id=None, overrides=None):
        self.calls.append(case.encounter_id)
        self.overrides.append(dict(overrides or {}))
        if self.llm is not None:
            await self.llm.ainvoke(f"triage for {case.encounter_id}")
        g = self.gold[case.encounter_id]
        code = g.icd10_codes[0]
        trace = [
            _rec(
                "triage",
                TriageResult(
                    acuity=g.acuity, esi=3 if g.acuity == "Urgent" else 2, rationale="x"
                ),
                self.cost,
            ),
            _rec(
                "disposition",
                DispositionResult(disposition=g.disposition, rationale="x"),
            ),
            _rec("diagnosis", DiagnosisResult(icd10=code, name="dx")),
        ]

        class Out:
            pass

        out = Out()
        out.trace = trace
        return out


@pytest.mark.anyio
async def test_resume_after_torn_last_line_loses_and_duplicates_nothing(tmp_path):
    opts = RunOptions(out=tmp_path, stages=STAGES, concurrency=2, progress=False)
    first = FakeReasoner()
    await run_cases(first, _cases()[:3], opts, None)
    path = tmp_path / "cases.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    # simulate kill -9 in the middle of writing the third line
    path.write_bytes(b"".join(lines[:2]) + lines[2][:40])
    assert len(read_records(path)) == 2
    second = FakeReasoner()
    res = await run_cases(second, _cases(), opts, None)
    ids = [r.case_id for r in read_records(path)]
    assert sorted(ids) == [f"E{i}" for i in range(5)]
    assert len(ids) == len(set(ids)) == 5
    assert res.done_before == 2 and sorted(second.calls) == ["E2", "E3", "E4"]
    assert all(
        line.endswith(b"\n") for line in path.read_bytes().splitlines(keepends=True)
    )


@pytest.mark.anyio
async def test_budget_cap_stops_gracefully(tmp_path):
    opts = RunOptions(
        out=tmp_path, stages=STAGES, concurrency=1, budget_usd=2.5, progress=False
    )
    res = await run_cases(FakeReasoner(cost=1.0), _cases(), opts, None)
    assert res.stopped == "budget" and res.ran == 3
    assert res.cost_usd == pytest.approx(3.0)
    assert res.estimate["sample_cases"] == 3


@pytest.mark.anyio
async def test_oracle_injects_gold_answer(tmp_path):
    opts = RunOptions(out=tmp_path, stages=STAGES, oracle=("triage",), progress=False)
    fake = FakeReasoner()
    await run_cases(fake, _cases()[:2], opts, None)
    got = {o["triage"].acuity for o in fake.overrides}
    assert got == {"Emergent", "Less Urgent"}
    assert read_records(tmp_path / "cases.jsonl")[0].oracle == ["triage"]


@pytest.mark.anyio
async def test_response_cache_second_run_makes_no_model_calls(tmp_path):
    from langchain_core.globals import set_llm_cache
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from evals.erreason.cache import install_cache

    class CountingFakeChat(FakeListChatModel):
        """FAKE chat model counting real (uncached) generations."""

        n_calls: int = 0

        def _call(self, *args, **kwargs):
            self.n_calls += 1
            return super()._call(*args, **kwargs)

    llm = CountingFakeChat(responses=["Urgent"])
    cache = install_cache(tmp_path / "cache" / "responses.sqlite")
    try:
        for run in ("a", "b"):
            opts = RunOptions(out=tmp_path / run, stages=STAGES, progress=False)
            await run_cases(FakeReasoner(llm=llm), _cases(), opts, None)
            if run == "a":
                assert llm.n_calls == 5
        assert llm.n_calls == 5  # run b: all five prompts were cache hits
        assert cache.hits == 5 and len(cache) == 5
    finally:
        set_llm_cache(None)


@pytest.mark.anyio
async def test_report_files_and_json_match_metrics(tmp_path):
    opts = RunOptions(out=tmp_path, stages=STAGES, progress=False)
    await run_cases(FakeReasoner(), _cases(), opts, None)
    ccsr = load_ccsr()
    metrics = build_report(tmp_path, ccsr)
    for name in (
        "report.md",
        "report.json",
        "confusion_triage_paper.png",
        "recall_disposition.png",
        "latency_tokens.png",
    ):
        assert (tmp_path / name).exists(), name
    saved = json.loads((tmp_path / "report.json").read_text())["metrics"]
    again = compute_metrics(read_records(tmp_path / "cases.jsonl"), ccsr)
    # report.json is strict JSON: NaN (e.g. calibration without probabilities) is null
    assert json.dumps(saved, sort_keys=True, default=str) == json.dumps(
        finite(again), sort_keys=True, default=str
    )
    paper, corr = metrics["modes"]["paper"], metrics["modes"]["corrected"]
    # the echo reasoner is always right in corrected mode...
    assert corr["triage"]["classification"]["accuracy"] == 1.0
    assert corr["disposition"]["classification"]["accuracy"] == 1.0
    # ...but the official parsers turn Less Urgent into Urgent and OR Admit into Admit
    assert paper["triage"]["classification"]["hits"] == 4
    assert paper["disposition"]["classification"]["hits"] == 4
    assert corr["diagnosis"]["exact"]["rate"] == 1.0
    assert "| acuity accuracy |" in (tmp_path / "report.md").read_text()


def _scored(case_id, scores):
    return CaseRecord.model_validate(
        {
            "case_id": case_id,
            "source": "er_reason",
            "stages": ["triage"],
            "oracle": [],
            "trace": [],
            "gold": {},
            "scores": scores,
            "per_stage": {},
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "cost_usd": 0.0,
            "wall_ms": 0.0,
            "error": None,
            "one_liner": None,
        }
    )


def test_compare_paired_mcnemar_and_bootstrap():
    def recs(values):
        return [
            _scored(
                f"E{i}", {m: {"triage": {"value": v}} for m in ("paper", "corrected")}
            )
            for i, v in enumerate(values)
        ]

    a = recs([1, 1, 1, 1, 1, 1, 0, 0])
    b = recs([1, 1, 0, 0, 0, 0, 0, 0])
    out = compare_records(a, [*b, _scored("X", {"paper": {}, "corrected": {}})])
    r = out["results"]["corrected/triage"]
    assert out["n_shared"] == 8
    assert (r["only_a"], r["only_b"]) == (4, 0)
    assert r["mcnemar_p"] == pytest.approx(0.125)  # 2 · 0.5⁴
    assert r["diff"] == pytest.approx(-0.5)
    assert r["ci_low"] <= -0.5 <= r["ci_high"] < 0
    assert mcnemar_exact(0, 0) == 1.0


_KILL_SCRIPT = """
import asyncio, sys, time
sys.path.insert(0, {repo!r})
sys.path.insert(0, {tests!r})
from pathlib import Path
from test_evals_runner import FakeReasoner, _cases
from evals.erreason.runner import RunOptions, run_cases


class Slow(FakeReasoner):
    async def run(self, case, **kw):
        await asyncio.sleep(0.15)
        return await super().run(case, **kw)


many = []
for i, lc in enumerate(_cases() * 8):
    c = lc.case.model_copy(update={{"encounter_id": f"{{lc.case.encounter_id}}-{{i}}"}})
    many.append(lc.model_copy(update={{"case": c}}))
fake = Slow()
fake.gold = {{lc.case.encounter_id: lc.gold for lc in many}}
opts = RunOptions(
    out=Path(sys.argv[1]), stages=("triage",), concurrency=2, progress=False
)
asyncio.run(run_cases(fake, many, opts, None))
"""


def test_kill_minus_9_then_rerun_loses_and_duplicates_nothing(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    script = tmp_path / "run.py"
    script.write_text(
        _KILL_SCRIPT.format(repo=str(repo), tests=str(Path(__file__).parent))
    )
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, str(script), str(out)])
    jsonl = out / "cases.jsonl"
    deadline = time.time() + 60
    while time.time() < deadline:
        if jsonl.exists() and jsonl.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    written = len(read_records(jsonl))
    assert 6 <= written < 40  # killed mid-run
    subprocess.run([sys.executable, str(script), str(out)], check=True, timeout=120)
    ids = [r.case_id for r in read_records(jsonl)]
    assert len(ids) == len(set(ids)) == 40
