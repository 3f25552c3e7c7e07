"""CPU time per unique ``/reason`` request in process, without HTTP.

The request path of ``api_load.py --mode unique``: a demo row made unique (new
encounter id, extra complaint words, so every complaint is embedded afresh) is read
into a ``Case`` (``api.convert.read_input``) and reasoned (``Reasoner.run``, offline
rules, retrieval on). CPU is ``time.process_time`` of the whole process (ONNX Runtime's
thread included), after the warm-up and one cycled pass over the 41 rows. On a shared
machine the mean moves with the load; "min per row" (the mean over the rows of the
cheapest of their variants) is the figure least disturbed by it.

    .venv/bin/python -m benchmarks.reasoner_cpu [--requests 246] [--warm 0] [--novel]
        [--profile out.prof]

``--warm N`` first runs N unique requests, timed apart (``warm_cpu_ms_mean``), before
the timed ones. The replay memos of the view-only pathways record a variant at a
key's first sights (``agents._reads``): the default 246 requests (6 a demo row) are
mostly that recording phase, while a server's steady state (``api_load``'s minutes)
replays recorded variants whole; ~400 warm requests reach it (perf54).

``--novel`` changes every note text per request as ``api_load --mode novel`` does
(``fresh_note``: every paragraph new, so nothing note-derived is cached and every
prior-note chunk is embedded afresh, as with new patients).
``cpu_ms_main_thread_mean`` is the event loop's thread alone (the reasoning and the
complaint's embedding); the rest of the process CPU is the worker threads that
embed the new notes' chunks.
``--concurrency N`` runs the requests N at a time on the one event loop, as a server
process interleaves its clients' requests (then only the mean is reported: the CPU
of interleaved requests cannot be told apart). ``--profile`` writes a
cProfile (CPU-time clock) of the measured requests.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.api_load import Payloads, rows


async def measure(
    requests: int,
    profile: str | None,
    novel: bool = False,
    concurrency: int = 1,
    warm: int = 0,
) -> dict[str, Any]:
    """Warm up (``warm`` unique requests timed apart), time ``requests`` unique ones."""
    from api.convert import read_input
    from api.schemas import ReasonRequest
    from graph.runtime import Reasoner
    from graph.settings import Settings

    reasoner = Reasoner.from_settings(Settings())
    await reasoner.warm_up()
    base = rows(41)
    cycled = Payloads(base, unique=False)
    for i in range(len(base)):  # fills the caches a warm server has
        body = ReasonRequest.model_validate(cycled.next(i))
        await reasoner.run(read_input(body, 200_000).case, top_k=body.top_k)
    unique = Payloads(base, unique=True, novel=novel)
    warm_ms: list[float] = []
    if warm:
        gc.collect()
        gc.freeze()
        for i in range(warm):
            body = ReasonRequest.model_validate(unique.next(i))
            t = time.process_time()
            await reasoner.run(read_input(body, 200_000).case, top_k=body.top_k)
            warm_ms.append(1000 * (time.process_time() - t))
    bodies = [
        ReasonRequest.model_validate(unique.next(i))
        for i in range(warm, warm + requests)
    ]
    gc.collect()
    gc.freeze()  # as ``python -m api`` does after its warm-up
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
        prof.enable()
    per: list[float] = []
    main_thread: list[float] = []

    async def one(body: ReasonRequest) -> None:
        await reasoner.run(read_input(body, 200_000).case, top_k=body.top_k)

    t_all = time.process_time()
    if concurrency > 1:
        for i in range(0, len(bodies), concurrency):
            await asyncio.gather(*(one(b) for b in bodies[i : i + concurrency]))
    else:
        for body in bodies:
            t, t_main = time.process_time(), time.thread_time()
            await one(body)
            per.append(time.process_time() - t)
            main_thread.append(time.thread_time() - t_main)
    took = time.process_time() - t_all
    if prof is not None and profile:
        prof.disable()
        prof.dump_stats(profile)
    await reasoner.aclose()
    # the recording phase's figure (``--warm``), beside the timed requests'
    phases = (
        {"warm_requests": warm, "warm_cpu_ms_mean": round(statistics.mean(warm_ms), 2)}
        if warm_ms
        else {}
    )
    if concurrency > 1:
        return {
            "requests": requests,
            "mode": "novel" if novel else "unique",
            "concurrency": concurrency,
            "cpu_ms_mean": round(1000 * took / len(bodies), 2),
            **phases,
            "load_1min": round(os.getloadavg()[0], 2),
        }
    by_row: dict[int, list[float]] = {}
    for i, took in enumerate(per):
        by_row.setdefault(i % len(base), []).append(took)
    return {
        "requests": requests,
        "mode": "novel" if novel else "unique",
        "cpu_ms_mean": round(1000 * statistics.mean(per), 2),
        "cpu_ms_median": round(1000 * statistics.median(per), 2),
        "cpu_ms_min_per_row": round(
            1000 * statistics.mean(min(v) for v in by_row.values()), 2
        ),
        # The event loop's thread alone: the reasoning, without the worker threads
        # that embed a new note's chunks (``retrieval.scoped``) and ONNX's own.
        "cpu_ms_main_thread_mean": round(1000 * statistics.mean(main_thread), 2),
        **phases,
        "load_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--requests", type=int, default=246, help="unique requests timed (246)"
    )
    ap.add_argument(
        "--novel", action="store_true", help="new note texts on every request"
    )
    ap.add_argument(
        "--concurrency",
        type=int,
        default=1,
        help="requests run at a time on one event loop (1: one by one)",
    )
    ap.add_argument(
        "--warm",
        type=int,
        default=0,
        help="unique requests run (and timed apart) before the timed ones (0)",
    )
    ap.add_argument("--profile", help="write a CPU-time cProfile of them here")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("REASONER_CHROMA_PATH", str(Path(tmp) / "chroma"))
        os.environ.setdefault("REASONER_CHECKPOINT_PATH", str(Path(tmp) / "cp.sqlite"))
        print(
            json.dumps(
                asyncio.run(
                    measure(
                        args.requests,
                        args.profile,
                        args.novel,
                        args.concurrency,
                        args.warm,
                    )
                )
            )
        )


if __name__ == "__main__":
    main()
