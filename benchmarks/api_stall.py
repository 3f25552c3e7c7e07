"""Benchmark: /healthz latency while a maximal /reason request runs (issue 16).

Starts the API under a real uvicorn process (offline reasoner, retrieval on a temp
index), sends one maximal request and polls ``/healthz`` every 0.2 s until it ends.
"Maximal": concept-dense synthetic text without sentence breaks (invented) in every
text field up to the caps: ``ed_note`` and ``one_liner`` at REASONER_MAX_TEXT_CHARS
(200,000 characters) and four prior notes of 200,000 characters, about 1.2 MB, under
the 2 MB body limit. Prints one JSON line.

Usage: python -m benchmarks.api_stall [--fields-kb 195]
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.findings_scaling import dense_text

REPO = Path(__file__).resolve().parents[1]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _body(chars: int) -> dict[str, object]:
    from api.schemas import DEMO_CASE

    notes = [
        {
            "note_key": f"N{i}",
            "note_type": "progress_note",
            "patient_id": DEMO_CASE["patient_id"],
            "text": dense_text(chars),
            "year": 2020,
        }
        for i in range(4)
    ]
    case = {
        **DEMO_CASE,
        "ed_note": dense_text(chars),
        "one_liner": dense_text(chars),
        "prior_notes": notes,
    }
    return {"case": case}


def main() -> None:
    """Start a server, run one maximal request, report /healthz latencies."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fields-kb", type=int, default=195)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="api_stall_"))
    port = _port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REASONER_")}
    env |= {
        "HF_HUB_OFFLINE": "1",
        "REASONER_CHROMA_PATH": str(tmp / "chroma"),
        "REASONER_CHECKPOINT_PATH": str(tmp / "ck.sqlite"),
    }
    cmd = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory"]
    cmd += ["--port", str(port), "--no-access-log"]
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        body = _body(args.fields_kb * 1024)
        size = len(json.dumps(body))
        lat: list[float] = []
        with cf.ThreadPoolExecutor(1) as pool:
            t0 = time.perf_counter()
            fut = pool.submit(httpx.post, f"{url}/reason", json=body, timeout=300)
            while not fut.done():
                t = time.perf_counter()
                ok = httpx.get(f"{url}/healthz", timeout=10).status_code == 200
                lat.append((time.perf_counter() - t) * 1000 if ok else float("inf"))
                time.sleep(0.2)
            answer = fut.result()
            took = time.perf_counter() - t0
        lat.sort()
        print(
            json.dumps(
                {
                    "loadavg_1m": round(os.getloadavg()[0], 1),
                    "body_bytes": size,
                    "status": answer.status_code,
                    "request_s": round(took, 2),
                    "healthz_polls": len(lat),
                    "healthz_ms_p50": round(lat[len(lat) // 2], 1) if lat else None,
                    "healthz_ms_p95": round(lat[int(len(lat) * 0.95)], 1)
                    if lat
                    else None,
                    "healthz_ms_max": round(lat[-1], 1) if lat else None,
                }
            )
        )
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
