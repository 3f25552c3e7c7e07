"""Harness throughput with the offline default backend, retrieval included.

Measures cases/s of ``evals.erreason.runner.run_cases`` (reasoner + scoring + fsync'd
JSONL) on the bundled demo, repeated to ``--cases`` distinct encounter ids, at several
concurrency levels, and the reasoner alone (no scoring, no JSONL) for the overhead.

    .venv/bin/python benchmarks/harness_throughput.py --cases 60 --concurrency 1 4 8
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _replicate(cases, n):  # type: ignore[no-untyped-def]
    out = []
    for i in range(n):
        lc = cases[i % len(cases)]
        case = lc.case.model_copy(
            update={"encounter_id": f"{lc.case.encounter_id}-{i}"}
        )
        out.append(lc.model_copy(update={"case": case}))
    return out


async def _raw(reasoner, cases, concurrency):  # type: ignore[no-untyped-def]
    sem = asyncio.Semaphore(concurrency)

    async def one(lc):  # type: ignore[no-untyped-def]
        async with sem:
            await reasoner.run(lc.case)

    t0 = time.perf_counter()
    await asyncio.gather(*(one(lc) for lc in cases))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=60)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 8])
    ap.add_argument("--no-retrieval", action="store_true")
    args = ap.parse_args()

    from evals.erreason import wiring
    from evals.erreason.datasets import load_dataset
    from evals.erreason.icd import load_ccsr
    from evals.erreason.runner import RunOptions, run_cases

    t0 = time.perf_counter()
    ds = load_dataset("demo")
    ccsr = load_ccsr()
    tmp = Path(tempfile.mkdtemp(prefix="harness_bench_"))
    settings = wiring.make_settings(
        backend="rules",
        model=None,
        base_url=None,
        seed=0,
        chroma_path=tmp / "chroma",
        retrieval=not args.no_retrieval,
    )
    reasoner = wiring.make_reasoner(settings)
    n_notes = wiring.ingest_notes(reasoner, ds.cases)
    setup = time.perf_counter() - t0
    cases = _replicate(ds.cases, args.cases)
    asyncio.run(_raw(reasoner, ds.cases, 4))  # warm-up: lazy models, BM25 caches
    from evals.erreason.text import rouge

    rouge(["warm up"], ["warm up"])  # one-time rouge_score/nltk import (~7 s here)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs"
    )
    print(
        f"demo: {len(ds.cases)} distinct cases replicated to {len(cases)}; "
        f"notes indexed {n_notes}; retrieval={not args.no_retrieval}; "
        f"setup (imports, KB, embedder, ingest) {setup:.1f}s"
    )
    print("concurrency | harness cases/s | reasoner-only cases/s | harness/raw")
    for conc in args.concurrency:
        raw_s = asyncio.run(_raw(reasoner, cases, conc))
        opts = RunOptions(
            out=tmp / f"run-c{conc}", stages=ds.stages, concurrency=conc, progress=False
        )
        res = asyncio.run(run_cases(reasoner, cases, opts, ccsr))
        h, r = res.ran / res.wall_s, len(cases) / raw_s
        print(f"{conc:>11} | {h:>15.2f} | {r:>21.2f} | {h / r:>10.2f}")


if __name__ == "__main__":
    main()
