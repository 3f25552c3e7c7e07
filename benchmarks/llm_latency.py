"""Benchmark the LLM backend against the bundled local server.

Per-stage and per-case latency, tokens and graph overhead.
Usage: ``python -m benchmarks.llm_latency [--cases 3] [--threads 1]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections import defaultdict

from agents.llm import LLMSettings
from agents.llm.local_server import start_local_server
from api.schemas import DEMO_CASE
from cases.models import Case
from graph import runtime
from graph.settings import Settings


def cases(n: int) -> list[Case]:
    base = Case.model_validate(DEMO_CASE)
    complaints = ["CHEST PAIN", "SHORTNESS OF BREATH", "ABDOMINAL PAIN", "HEADACHE"]
    return [
        base.model_copy(
            update={"encounter_id": f"bench-{i}", "chief_complaint": complaints[i % 4]}
        )
        for i in range(n)
    ]


async def run(mode: str, base_url: str, n: int) -> None:
    llm = LLMSettings(base_url=base_url, model="local", max_tokens=256, timeout_s=120)
    cfg = Settings(backend=mode, retrieval=False, checkpoint_path=":memory:", llm=llm)
    reasoner = runtime.Reasoner(runtime.make_context(cfg), settings=cfg)
    per_stage: dict[str, list[float]] = defaultdict(list)
    tok: dict[str, list[int]] = defaultdict(list)
    status: dict[str, list[str]] = defaultdict(list)
    e2e, overhead = [], []
    for case in cases(n):
        t0 = time.perf_counter()
        out = await reasoner.run(case)
        total = (time.perf_counter() - t0) * 1000
        e2e.append(total)
        overhead.append(total - sum(r.latency_ms for r in out.trace))
        for r in out.trace:
            per_stage[r.stage].append(r.latency_ms)
            tok[r.stage].append(r.tokens.prompt + r.tokens.completion)
            status[r.stage].append(r.status)
    print(f"\n### mode={mode}, {n} cases")
    print("| stage | n | median ms | median tokens (prompt+completion) | ok/error |")
    print("|---|---|---|---|---|")
    for stage, lat in per_stage.items():
        st = status[stage]
        ok_err = f"{st.count('ok')}/{st.count('error')}"
        print(
            f"| {stage} | {len(lat)} | {statistics.median(lat):.0f} | "
            f"{statistics.median(tok[stage]):.0f} | {ok_err} |"
        )
    share = sum(overhead) / sum(e2e) * 100
    print(
        f"per case: median {statistics.median(e2e) / 1000:.1f} s; graph overhead "
        f"(end-to-end minus stage latencies) {share:.2f} %"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    with start_local_server(threads=args.threads) as srv:
        for mode in ("llm", "hybrid"):
            asyncio.run(run(mode, srv.base_url, args.cases))


if __name__ == "__main__":
    main()
