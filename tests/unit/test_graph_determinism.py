"""The offline reasoner is deterministic: same case, same trace, any hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio, json
from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from graph.runtime import Reasoner

async def main():
    cases = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    reasoner = Reasoner(AgentContext(knowledge=load_knowledge()))
    for lc in cases:
        out = (await reasoner.run(lc.case)).model_dump(mode="json")
        for rec in out["trace"]:
            rec.pop("latency_ms"), rec.pop("started_at")
        print(json.dumps(out, sort_keys=True))

asyncio.run(main())
"""


def _start(seed: str, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    # Files, not pipes: neither process waits for the test to read its output.
    with out.open("wb") as sink, out.with_suffix(".err").open("wb") as err:
        return subprocess.Popen(
            [sys.executable, "-c", SCRIPT], cwd=REPO, env=env, stdout=sink, stderr=err
        )


def test_demo_traces_do_not_depend_on_the_hash_seed(tmp_path: Path):
    # The two seeds run at once (two processes): on 2 cores, the wall time of one.
    outs = {seed: tmp_path / f"seed{seed}.jsonl" for seed in ("1", "3")}
    procs = {seed: _start(seed, out) for seed, out in outs.items()}
    try:
        for seed, proc in procs.items():
            code = proc.wait(timeout=300)
            err = outs[seed].with_suffix(".err").read_text(errors="replace")
            assert code == 0, err[-3000:]
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    first = outs["1"].read_text()
    assert first.count("\n") >= 40
    assert outs["3"].read_text() == first
