"""Load benchmark for the API: a real uvicorn server on loopback, an async httpx client.

Bounded in count and time: for each concurrency level, ``--duration`` seconds or
``--max-requests`` requests, whichever comes first. Loopback only.

    .venv/bin/python benchmarks/api_load.py                 # starts its own server
    .venv/bin/python benchmarks/api_load.py --workers 2     # uvicorn workers
    .venv/bin/python benchmarks/api_load.py --url http://127.0.0.1:8000  # existing

Payloads are the bundled SYNTHETIC demo rows (cases/demo/er_reason_demo.csv), sent as
flat ER-Reason rows to ``POST /reason`` with the offline default backend.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

REPO = Path(__file__).resolve().parents[1]
DEMO_CSV = REPO / "cases" / "demo" / "er_reason_demo.csv"


def payloads(limit: int) -> list[dict[str, Any]]:
    with DEMO_CSV.open(newline="") as fh:
        rows = list(csv.DictReader(fh))[:limit]
    return [{"row": {k: (v if v != "" else None) for k, v in r.items()}} for r in rows]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    workers: int, tmp: Path, extra_env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REASONER_")}
    env |= {
        "HF_HUB_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "REASONER_CHROMA_PATH": str(tmp / "chroma"),
        "REASONER_CHECKPOINT_PATH": str(tmp / "checkpoints.sqlite"),
        "REASONER_LOG_REQUESTS": "false",
        **extra_env,
    }
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "api.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=log)
    return proc, f"http://127.0.0.1:{port}"


def wait_ready(url: str, proc: subprocess.Popen[bytes] | None, timeout: float) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc is not None and proc.poll() is not None:
            raise SystemExit("server exited during startup")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return time.monotonic() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"server not ready in {timeout}s")


async def run_level(
    url: str, bodies: list[dict[str, Any]], clients: int, duration: float, cap: int
) -> dict[str, Any]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    issued = 0
    deadline = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def worker(wid: int) -> None:
            nonlocal issued
            i = wid
            while time.perf_counter() < deadline and issued < cap:
                issued += 1
                body = bodies[i % len(bodies)]
                i += clients
                t0 = time.perf_counter()
                try:
                    r = await client.post("/reason", json=body)
                    ok = r.status_code == 200
                    key = str(r.status_code)
                except httpx.HTTPError as exc:
                    ok, key = False, type(exc).__name__
                latencies.append((time.perf_counter() - t0) * 1000)
                if not ok:
                    errors[key] = errors.get(key, 0) + 1

        t_start = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(clients)))
        elapsed = time.perf_counter() - t_start

    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else 0.0

    return {
        "clients": clients,
        "requests": len(lat),
        "elapsed_s": round(elapsed, 2),
        "rps": round((len(lat) - sum(errors.values())) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(lat), 1) if lat else 0.0,
        "errors": sum(errors.values()),
        "error_kinds": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="an already running server (loopback only)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--levels", default="1,16,64")
    ap.add_argument("--duration", type=float, default=20.0, help="seconds per level")
    ap.add_argument("--max-requests", type=int, default=3000, help="cap per level")
    ap.add_argument("--warmup", type=int, default=41, help="rows sent once first")
    ap.add_argument("--cases", type=int, default=41, help="distinct demo rows")
    ap.add_argument("--no-retrieval", action="store_true")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args()

    bodies = payloads(args.cases)
    proc = None
    with tempfile.TemporaryDirectory() as tmpdir:
        if args.url:
            host = urlparse(args.url).hostname
            if host not in {"127.0.0.1", "localhost", "::1"}:
                raise SystemExit("loopback only")
            url, startup = args.url, wait_ready(args.url, None, 30)
        else:
            extra = {"REASONER_RETRIEVAL": "false"} if args.no_retrieval else {}
            proc, url = start_server(args.workers, Path(tmpdir), extra)
            startup = wait_ready(url, proc, 300)
        try:
            # Warm-up: every distinct row once, so each case's prior notes are
            # indexed (first sight of a case embeds its notes: the cold cost).
            cold: list[float] = []
            for body in bodies[: args.warmup]:
                t0 = time.perf_counter()
                httpx.post(f"{url}/reason", json=body, timeout=300).raise_for_status()
                cold.append((time.perf_counter() - t0) * 1000)
            results = [
                asyncio.run(
                    run_level(url, bodies, int(c), args.duration, args.max_requests)
                )
                for c in args.levels.split(",")
            ]
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=30)
    report = {
        "machine": f"{os.cpu_count()} vCPU {platform.machine()}",
        "load_avg_before": os.getloadavg(),
        "python": platform.python_version(),
        "workers": args.workers,
        "retrieval": not args.no_retrieval,
        "startup_s": round(startup, 1),
        "cold_first_request_ms": {
            "n": len(cold),
            "p50": round(statistics.median(cold), 1) if cold else None,
            "max": round(max(cold), 1) if cold else None,
        },
        "payload": "demo rows (flat ER-Reason shape)",
        "levels": results,
    }
    print(json.dumps(report, indent=2))
    print("\n| clients | requests | req/s | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['clients']} | {r['requests']} | {r['rps']} | {r['p50_ms']} | "
            f"{r['p99_ms']} | {r['errors']} |"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
