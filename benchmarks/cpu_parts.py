"""Where a steady unique request's CPU goes, unprofiled: CPU time of named steps.

``reasoner_cpu --profile`` attributes CPU by cProfile, whose per-call cost inflates
code of many small Python calls (the stage facts, the differential) about threefold
against C-heavy code (regex scans, the ONNX model): its shares mislead. Here each
named step is wrapped in a thread CPU-time clock instead (a few dozen wraps a
request, no per-call profiling), and a step's time excludes the named steps it
calls, so the parts add up to the event loop thread's CPU. The requests are
``reasoner_cpu``'s (a demo row made unique per request), after ``--warm`` unique
requests (the replay memos' recording phase, perf54: ~400 reach the steady state).

    .venv/bin/python -m benchmarks.cpu_parts [--warm 400] [--requests 200]

Prints one JSON object: per step its milliseconds and calls a request, the rest
("other": everything no named step covers) and the 1-minute load average. A step
the code no longer has is listed under "missing".
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import importlib
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.api_load import Payloads, rows

STEPS: tuple[tuple[str, str, str], ...] = (
    # (module, attribute, label); a class attribute is "Class.method"
    ("retrieval.onnx_minilm", "OnnxMiniLM.encode", "embedding model (ONNX)"),
    ("agents.offline.rules.findings", "extract_findings", "findings of a new text"),
    ("agents.offline.rules.results", "result_findings", "results of a new text"),
    ("agents.offline.stage_facts", "_facts_with_notes", "stage facts assembled"),
    ("cases.population", "view_population", "view population"),
    ("agents.offline.differential", "score", "differential score"),
    ("agents.offline.differential", "candidate_specs", "candidate diagnoses"),
    ("agents.offline.differential", "run_rules", "decision rules"),
    ("agents._reads", "reused_runs", "view-only pathways (replays)"),
    ("agents.pathways", "fired_pathways", "pathways (other)"),
    ("agents.offline.rules.esi", "esi_triage", "ESI"),
    ("agents.order_safety", "check", "order safety"),
    ("agents.floors", "apply", "floors (other)"),
)
"""The steps timed: perf54's and perf55's largest in the steady state."""

_clock: dict[str, float] = {}
_calls: Counter[str] = Counter()
_nested: list[float] = []


def _timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        _nested.append(0.0)
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.thread_time() - start
            inner = _nested.pop()
            _clock[label] = _clock.get(label, 0.0) + took - inner
            _calls[label] += 1
            if _nested:
                _nested[-1] += took

    return wrapper


def wrap_steps(steps: tuple[tuple[str, str, str], ...] = STEPS) -> list[str]:
    """Wrap each step wherever it is bound (its module and importers); the missing."""
    missing: list[str] = []
    for module, attr, label in steps:
        try:
            owner: Any = importlib.import_module(module)
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            fn = getattr(owner, name)
        except (ImportError, AttributeError):
            missing.append(f"{module}.{attr}")
            continue
        wrapped = _timed(label, fn)
        setattr(owner, name, wrapped)
        if path:
            continue  # a method: bound through its class
        for mod in list(sys.modules.values()):
            # the module's own names only: a module __getattr__ (numpy.core's)
            # warns on every lookup
            if getattr(mod, "__dict__", {}).get(name) is fn:
                setattr(mod, name, wrapped)
    return missing


async def measure(warm: int, requests: int) -> dict[str, Any]:
    """Wrap the steps, warm up, then time ``requests`` unique requests."""
    missing = wrap_steps()  # before the graph binds the stage functions
    from api.convert import read_input
    from api.schemas import ReasonRequest
    from graph.runtime import Reasoner
    from graph.settings import Settings

    reasoner = Reasoner.from_settings(Settings())
    await reasoner.warm_up()
    base = rows(41)
    cycled = Payloads(base, unique=False)
    unique = Payloads(base, unique=True)
    for i in range(len(base)):
        body = ReasonRequest.model_validate(cycled.next(i))
        await reasoner.run(read_input(body, 200_000).case, top_k=body.top_k)
    for i in range(warm):
        body = ReasonRequest.model_validate(unique.next(i))
        await reasoner.run(read_input(body, 200_000).case, top_k=body.top_k)
    bodies = [
        ReasonRequest.model_validate(unique.next(i))
        for i in range(warm, warm + requests)
    ]
    gc.collect()
    gc.freeze()
    _clock.clear()
    _calls.clear()
    start = time.thread_time()
    for body in bodies:
        await reasoner.run(read_input(body, 200_000).case, top_k=body.top_k)
    total = time.thread_time() - start
    await reasoner.aclose()
    per = {
        label: {
            "ms": round(1000 * took / requests, 2),
            "calls": round(_calls[label] / requests, 1),
        }
        for label, took in sorted(_clock.items(), key=lambda kv: -kv[1])
    }
    return {
        "requests": requests,
        "warm": warm,
        "cpu_ms_main_thread_mean": round(1000 * total / requests, 2),
        "steps": per,
        "other_ms": round(1000 * (total - sum(_clock.values())) / requests, 2),
        "missing": missing,
        "load_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warm", type=int, default=400, help="unique warm requests")
    ap.add_argument("--requests", type=int, default=200, help="requests timed")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("REASONER_CHROMA_PATH", str(Path(tmp) / "chroma"))
        os.environ.setdefault("REASONER_CHECKPOINT_PATH", str(Path(tmp) / "cp.sqlite"))
        print(json.dumps(asyncio.run(measure(args.warm, args.requests)), indent=1))


if __name__ == "__main__":
    main()
