"""Per-case latency of the full five-stage trace on the bundled demo cases.

Research software, not for clinical use. Usage::

    python -m benchmarks.reasoner_speed [--repeats 5] [--no-retrieval]
        [--cold-embeddings] [--learned-model DIR] [--warm-passes 2]

Measures ``Reasoner.run`` wall time and CPU time (``time.process_time``: all threads
of this process, so embedding in worker threads counts) per case (retrieve + five
stages, no checkpoint) with the offline default. With retrieval (default) a real
``NoteStore`` (MiniLM embedder, temporary on-disk Chroma) is filled with the demo's
prior notes first; each run still builds its per-request scoped index
(``retrieval.scoped``), whose chunk vectors come from the process-wide vector cache.
The first passes warm process-level caches (lexicon, BM25, vectors) and are not
counted: two by default, since a view's pathway reads are recorded for reuse at its
second sight (``agents.pathways._view_only``, perf32), so with one warm-up pass the
first timed repeat alone paid the recording (session 32's p50 had it in one repeat
of three); ``--warm-passes 1`` measures that. The per-text findings cache is
cleared before every timed run, so stages only share work within a case.
``--cold-embeddings`` also empties the vector cache before every run: every note
chunk and query is embedded again, as for a patient and complaint never seen
before (the worst case).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from collections.abc import Sequence

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from agents.offline.stage_facts import clear_caches
from graph.runtime import Reasoner


def _pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[idx], 1)


async def measure(
    repeats: int,
    retrieval: bool,
    learned_model: str | None = None,
    cold_embeddings: bool = False,
    warm_passes: int = 2,
) -> dict[str, object]:
    """Run every demo case ``repeats`` times and return latency percentiles (ms)."""
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason

    load_before = round(os.getloadavg()[0], 2)

    cases = [
        lc.case for lc in load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    ]
    store = None
    tmp = tempfile.TemporaryDirectory()
    if retrieval:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from retrieval.store import NoteStore

        store = NoteStore(tmp.name)
        store.add_notes([n for c in cases for n in c.prior_notes])
    learned = None
    if learned_model:  # the fitted model + similar visits as decision tools
        from agents.learned.tool import load_learned

        learned = load_learned(
            learned_model,
            embedder=store.embedder if store else None,
            client=store.client if store else None,
        )
    reasoner = Reasoner(
        AgentContext(knowledge=load_knowledge(), store=store, learned=learned)
    )
    for _ in range(warm_passes):  # lexicon, BM25 indexes, regex caches, reuse records
        for case in cases:
            await reasoner.run(case)
    vectors = getattr(store.embedder, "vectors", None) if store else None
    per_case: list[float] = []
    cpu: list[float] = []
    per_stage: dict[str, list[float]] = {}
    for _ in range(repeats):
        for case in cases:
            clear_caches()  # cold per case: no findings reused across runs
            reasoner.context.search_cache.clear()
            if learned is not None:
                learned.clear_caches()
            if cold_embeddings and vectors is not None:
                vectors.clear()
            t0, c0 = time.perf_counter(), time.process_time()
            out = await reasoner.run(case)
            per_case.append((time.perf_counter() - t0) * 1000.0)
            cpu.append((time.process_time() - c0) * 1000.0)
            for rec in out.trace:
                per_stage.setdefault(rec.stage, []).append(rec.latency_ms)
    tmp.cleanup()
    return {
        "cases": len(cases),
        "runs": len(per_case),
        "retrieval": retrieval,
        "cold_embeddings": cold_embeddings,
        "embedding_backend": getattr(getattr(store, "embedder", None), "backend", None),
        "learned_model": learned_model,
        "warm_passes": warm_passes,
        "p50_ms": _pct(per_case, 0.5),
        "p95_ms": _pct(per_case, 0.95),
        "mean_ms": round(statistics.fmean(per_case), 1),
        "cpu_p50_ms": _pct(cpu, 0.5),
        "cpu_mean_ms": round(statistics.fmean(cpu), 1),
        "stage_p50_ms": {s: _pct(v, 0.5) for s, v in per_stage.items()},
        "load_avg_1m_before_after": [load_before, round(os.getloadavg()[0], 2)],
    }


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the latency summary as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-retrieval", action="store_true")
    parser.add_argument(
        "--cold-embeddings",
        action="store_true",
        help="empty the vector cache before every run (never-seen notes and queries)",
    )
    parser.add_argument("--learned-model", help="artifact folder from `fit`")
    parser.add_argument(
        "--warm-passes",
        type=int,
        default=2,
        help="untimed passes first (2: every view's reads recorded for reuse)",
    )
    args = parser.parse_args(argv)
    result = asyncio.run(
        measure(
            args.repeats,
            not args.no_retrieval,
            args.learned_model,
            args.cold_embeddings,
            args.warm_passes,
        )
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
