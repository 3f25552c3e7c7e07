"""Run viewer at scale: a synthetic 4,000-case run served and opened in Chromium.

Builds a real harness run over the bundled demo (offline reasoner, no retrieval),
replicates its lines to ``--cases`` case ids (a SYNTHETIC run: same traces, new ids),
writes its report, then starts ``python -m evals.erreason view`` and measures:
server start until ready (index build), server RSS, API latency and payload size of
the first page, a filtered page, the last page and one case, and in headless Chromium
the time until the list page and a case page have rendered.

    python benchmarks/viewer_scale.py [--cases 4000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.integration.browser import chromium, free_port  # noqa: E402


def demo_run(out: Path) -> None:
    from agents.context import AgentContext
    from agents.offline.knowledge import load_knowledge
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason
    from cases.labels import STAGE_ORDER
    from evals.erreason.runner import RunOptions, run_cases
    from graph.runtime import Reasoner

    cases = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    reasoner = Reasoner(AgentContext(knowledge=load_knowledge()))
    opts = RunOptions(out=out, stages=STAGE_ORDER, progress=False)
    asyncio.run(run_cases(reasoner, cases, opts, None))


def replicate(src: Path, dst: Path, n: int) -> int:
    lines = (src / "cases.jsonl").read_bytes().splitlines()
    dst.mkdir(parents=True, exist_ok=True)
    with (dst / "cases.jsonl").open("wb") as fh:
        for i in range(n):
            rec = json.loads(lines[i % len(lines)])
            rec["case_id"] = f"{rec['case_id']}-{i:05d}"
            fh.write(json.dumps(rec).encode() + b"\n")
    header = {"dataset": f"demo x{n} (synthetic copy)", "backend": "rules"}
    (dst / "run.json").write_text(json.dumps({**header, "n_cases": n}))
    return (dst / "cases.jsonl").stat().st_size


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(url: str, reps: int = 20) -> tuple[float, float, int]:
    times, size = [], 0
    with httpx.Client() as client:
        for _ in range(reps):
            t0 = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            size = len(r.content)
            r.raise_for_status()
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], size


def browser(url: str, case_id: str) -> tuple[float, float, int]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with tempfile.TemporaryDirectory() as prof, chromium(Path(prof)) as d:
        d.get(f"{url}/ui/run.html")  # warm the cache of static files
        t0 = time.perf_counter()
        d.get(f"{url}/ui/run.html?flag=disagrees_gold")
        WebDriverWait(d, 60).until(
            lambda x: x.find_elements(By.CSS_SELECTOR, "#cases tbody tr")
        )
        list_ms = (time.perf_counter() - t0) * 1000
        rows = len(d.find_elements(By.CSS_SELECTOR, "#cases tbody tr"))
        t0 = time.perf_counter()
        d.get(f"{url}/ui/case.html?id={case_id}")
        WebDriverWait(d, 60).until(
            lambda x: len(x.find_elements(By.CSS_SELECTOR, ".stage .compare")) == 5
        )
        case_ms = (time.perf_counter() - t0) * 1000
    return list_ms, case_ms, rows


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=4000)
    args = p.parse_args()
    from evals.erreason.report import build_report

    with tempfile.TemporaryDirectory() as tmp:
        base, big = Path(tmp) / "demo", Path(tmp) / "big"
        demo_run(base)
        size = replicate(base, big, args.cases)
        t0 = time.perf_counter()
        build_report(big, None, plots=False)
        report_s = time.perf_counter() - t0
        port = free_port()
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        cmd = [sys.executable, "-m", "evals.erreason", "view", str(big)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*cmd, "--port", str(port)], cwd=REPO, env=env, stdout=subprocess.DEVNULL
        )
        url = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    if httpx.get(f"{url}/api/runs", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            ready_s = time.perf_counter() - t0
            first = httpx.get(f"{url}/api/cases?size=50").json()["items"][0]
            case_id = first["case_id"]
            api = {
                "runs + metrics": timed(f"{url}/api/runs"),
                "page 1 (50 rows)": timed(f"{url}/api/cases?size=50"),
                "filtered page": timed(f"{url}/api/cases?flag=disagrees_gold&size=50"),
                "last page": timed(f"{url}/api/cases?page=80&size=50"),
                "one case": timed(f"{url}/api/cases/{case_id}"),
            }
            list_ms, case_ms, rows = browser(url, case_id)
            rss = rss_mib(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
    load = os.getloadavg()
    print(f"cases: {args.cases}, cases.jsonl {size / 2**20:.1f} MiB")
    print(f"report.json build: {report_s:.1f} s")
    print(f"viewer start until ready: {ready_s:.1f} s")
    print(f"viewer RSS after the run: {rss:.0f} MiB")
    for name, (p50, p95, nbytes) in api.items():
        print(f"{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, {nbytes / 1024:.1f} KiB")
    print(f"browser: list page {list_ms:.0f} ms ({rows} rows)")
    print(f"browser: case page {case_ms:.0f} ms")
    print(f"load average: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")


if __name__ == "__main__":
    main()
