"""Paired CPU a unique ``/reason`` request: tree A against tree B, with an A/A control.

Sequential runs of one tree after the other drift with a shared machine's load
(perf44: 14 % within 40 minutes at load 12-31). Here three long-lived processes run
side by side: **A** (tree A), **B** (tree B) and **A2** (a second process of tree A,
the A/A control). Each is warmed alike (warm-up, one cycled pass over the demo rows,
``gc.freeze`` and the API worker's young-GC threshold), then all three get the same
deterministic unique requests (``api_load``'s ``Payloads``) in short blocks: every
block runs in the three processes one after the other, in a fresh random order per
block, while the other two wait idle on a pipe. CPU per block is
``time.process_time`` (ONNX Runtime's thread included). The request path is the
server's without HTTP: body bytes, ``ReasonRequest.model_validate_json``,
``read_input``, ``Reasoner.run``, ``ReasonResponse``, the response field's
``validate_python`` and ``dump_json``.

Read the per-block ratios B/A and A2/A: their median with a 95 % bootstrap CI
(blocks resampled), the geometric mean with a normal CI, and B against the mean of
both controls. A run resolves a change of size d when the A/A control's CI contains
1 and its half-width is below d/2. perf45 (load 10-30): the per-block SD of a ratio
is ~8 % for blocks of 5, so ~1,250 requests a process give +-1 % on the blocks; but
two processes of one tree also differ by up to ~1.5-2 % for a whole run (a
process-level effect: memory layout; it stays with ``PYTHONHASHSEED`` fixed), so one
process per tree cannot resolve 1-2 %: run it several times (fresh processes) and
read the spread of A2/A beside B/A.

    PYTHONPATH=. .venv/bin/python -m benchmarks.cpu_ab --a /tmp/base --b /tmp/branch
        [--blocks 250] [--size 5] [--seed 45] [--hashseed 45] [--json out.json]

Both trees need a ``.venv`` (a link to the same one is fine); the processes run this
file by its path with the tree as working directory and ``PYTHONPATH``, so each
imports its own tree's code and the base tree need not have this file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

_ROLES = ("A", "B", "A2")
Stat = Callable[[Sequence[float], Sequence[float]], float]


def _worker(requests: int, novel: bool) -> None:
    """Serve blocks "i j" from stdin: run unique requests i..j-1, print the CPU."""
    import asyncio
    import gc
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="cpu_ab"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("REASONER_CHROMA_PATH", str(tmp / "chroma"))
    os.environ.setdefault("REASONER_CHECKPOINT_PATH", str(tmp / "cp.sqlite"))
    from pydantic import TypeAdapter

    from api.app import GC_GEN0_THRESHOLD
    from api.convert import read_input
    from api.schemas import ReasonRequest, ReasonResponse, ResponseMeta
    from benchmarks.api_load import Payloads, rows
    from graph.runtime import Reasoner
    from graph.settings import Settings

    adapter = TypeAdapter(ReasonResponse)
    loop = asyncio.new_event_loop()
    reasoner = Reasoner.from_settings(Settings())
    loop.run_until_complete(reasoner.warm_up())

    def one(raw: bytes) -> bytes:
        body = ReasonRequest.model_validate_json(raw)
        inp = read_input(body, 200_000)
        out = loop.run_until_complete(reasoner.run(inp.case, top_k=body.top_k))
        meta = ResponseMeta(
            request_id="ab",
            input_shape=inp.shape,
            elapsed_ms=0.0,
            settings={},
            run=dict(out.meta),
            input_report=inp.report,
        )
        resp = ReasonResponse(
            case_id=out.case_id, stages=list(out.trace), final=out.final, meta=meta
        )
        checked = adapter.validate_python(resp, from_attributes=True)
        return adapter.dump_json(checked, by_alias=True)

    base = rows(41)
    cycled = Payloads(base, unique=False)
    for i in range(len(base)):  # the caches a warm server has
        one(json.dumps(cycled.next(i)).encode())
    unique = Payloads(base, unique=True, novel=novel)
    bodies = [json.dumps(unique.next(i)).encode() for i in range(requests)]
    gc.collect()
    gc.freeze()  # as the API worker after its warm-up
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GC_GEN0_THRESHOLD, gen1, gen2)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.startswith("quit"):
            break
        i, j = map(int, line.split())
        started = time.process_time()
        for raw in bodies[i:j]:
            one(raw)
        print(json.dumps({"cpu": time.process_time() - started}), flush=True)


def median_ratio(a: Sequence[float], b: Sequence[float]) -> float:
    """The median of the paired ratios b/a."""
    return statistics.median(y / x for x, y in zip(a, b, strict=True))


def bootstrap(
    a: Sequence[float], b: Sequence[float], stat: Stat, seed: int, k: int = 2000
) -> tuple[float, float]:
    """95 % percentile interval of ``stat`` over ``k`` resamples of the pairs."""
    rng = random.Random(seed)
    n = len(a)
    vals = []
    for _ in range(k):
        idx = [rng.randrange(n) for _ in range(n)]
        vals.append(stat([a[i] for i in idx], [b[i] for i in idx]))
    vals.sort()
    return vals[int(0.025 * k)], vals[int(0.975 * k) - 1]


def geometric(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float]:
    """The geometric mean of b/a with a normal 95 % interval."""
    logs = [math.log(y / x) for x, y in zip(a, b, strict=True)]
    m = statistics.mean(logs)
    se = statistics.stdev(logs) / math.sqrt(len(logs))
    return math.exp(m), math.exp(m - 1.96 * se), math.exp(m + 1.96 * se)


def summary(cpu: dict[str, list[float]], seed: int) -> dict[str, Any]:
    """The ratios of a run: B/A, A2/A (the control) and B against both controls."""
    a, b, a2 = cpu["A"], cpu["B"], cpu["A2"]
    both = [(x + y) / 2 for x, y in zip(a, a2, strict=True)]
    out: dict[str, Any] = {}
    for name, (x, y) in {"B/A": (a, b), "A2/A": (a, a2), "B/A_A2": (both, b)}.items():
        lo, hi = bootstrap(x, y, median_ratio, seed)
        g, glo, ghi = geometric(x, y)
        out[name] = {
            "median": round(median_ratio(x, y), 4),
            "median_ci": [round(lo, 4), round(hi, 4)],
            "geometric": round(g, 4),
            "geometric_ci": [round(glo, 4), round(ghi, 4)],
        }
    lo, hi = out["A2/A"]["median_ci"]
    out["control_valid_1pct"] = lo <= 1.0 <= hi and (hi - lo) / 2 <= 0.01
    return out


def _send(pipe: IO[str], line: str) -> None:
    pipe.write(line + "\n")
    pipe.flush()


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Start the three processes, run the blocks, return the figures."""
    trees = {"A": args.a, "B": args.b, "A2": args.a}
    n = args.blocks * args.size
    env = dict(os.environ, PYTHONPATH=".")
    if args.hashseed is not None:  # the same string hashes in every process
        env["PYTHONHASHSEED"] = str(args.hashseed)
    # this file by path: a base tree need not have it; each process imports its tree
    cmd = [str(Path(__file__).resolve()), "--worker", "--requests", str(n)]
    if args.novel:
        cmd.append("--novel")
    procs = {
        role: subprocess.Popen(
            [str(Path(trees[role]) / ".venv" / "bin" / "python"), *cmd],
            cwd=trees[role],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for role in _ROLES
    }
    for role, p in procs.items():
        assert p.stdout is not None
        if not p.stdout.readline().startswith("ready"):
            raise RuntimeError(f"worker {role} did not start")
    rng = random.Random(args.seed)
    cpu: dict[str, list[float]] = {role: [] for role in _ROLES}
    loads = [os.getloadavg()[0]]
    started = time.gmtime()
    for blk in range(args.blocks):
        order = list(_ROLES)
        rng.shuffle(order)
        for role in order:
            p = procs[role]
            assert p.stdin is not None and p.stdout is not None
            _send(p.stdin, f"{blk * args.size} {(blk + 1) * args.size}")
            cpu[role].append(json.loads(p.stdout.readline())["cpu"])
        loads.append(os.getloadavg()[0])
    for p in procs.values():
        assert p.stdin is not None
        _send(p.stdin, "quit")
        p.wait()
    return {
        "a": args.a,
        "b": args.b,
        "blocks": args.blocks,
        "size": args.size,
        "hashseed": args.hashseed,
        "mode": "novel" if args.novel else "unique",
        "start": time.strftime("%H:%M:%S", started),
        "end": time.strftime("%H:%M:%S", time.gmtime()),
        "load_1min": [round(min(loads), 2), round(max(loads), 2)],
        "cpu_ms_a_request": {r: round(1000 * sum(v) / n, 2) for r, v in cpu.items()},
        **summary(cpu, args.seed + 1),
        "blocks_cpu_s": cpu,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--a", help="the base tree (A and the A/A control A2)")
    ap.add_argument("--b", help="the candidate tree")
    ap.add_argument("--blocks", type=int, default=250)
    ap.add_argument("--size", type=int, default=5, help="requests a block")
    ap.add_argument("--seed", type=int, default=45, help="the blocks' orders")
    ap.add_argument("--hashseed", type=int, default=45, help="PYTHONHASHSEED")
    ap.add_argument("--novel", action="store_true", help="new note texts too")
    ap.add_argument("--json", type=Path, help="write the figures (and blocks) here")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--requests", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.requests, args.novel)
        return
    if not args.a or not args.b:
        ap.error("--a and --b are required")
    got = run(args)
    if args.json:
        args.json.write_text(json.dumps(got))
    print(json.dumps({k: v for k, v in got.items() if k != "blocks_cpu_s"}, indent=1))


if __name__ == "__main__":
    main()
