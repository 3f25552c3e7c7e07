"""Load benchmark for the API: a real uvicorn server on loopback, closed-loop clients.

Phases, all closed-loop (each client sends its next request when the last answered):

1. ``first-minute``: from the moment ``/readyz`` first answers 200, ``--first-minute``
   seconds at ``--first-clients`` clients, no client-side warm-up (cold cases: each
   case's prior notes are indexed on first sight, as with real traffic);
2. one level per ``--levels`` entry, ``--duration`` seconds each.

Payloads are the bundled SYNTHETIC demo rows (cases/demo/er_reason_demo.csv), sent as
flat ER-Reason rows to ``POST /reason`` with the offline default backend, either
``unique`` (every request gets a new encounter id and two extra complaint words, so
every retrieval query is embedded afresh: no query-cache hits, as with real traffic)
or ``novel`` (the default: as ``unique``, and every note text, the ED note and the
prior notes, gets a visit sentence and a visit tag closing each paragraph
(``fresh_note``), so nothing derived from a note or from a part of one is cached:
each request is a patient the server has never seen, as with real traffic;
``unique`` keeps the 41 patients' note texts, whose embeddings and note-derived work
are cached after first sight, so it measures a returning patient's cost, about a
fifth of a new one's), or ``cycled`` (the 41 rows as they are: mostly cache hits).
503 answers with ``Retry-After`` (bounded admission) are counted apart from errors.

The load generator runs on the same cores as the server, so its own CPU is part of
what the machine spends per request (``client_cpu_ms_per_request``). The default
client (``--client raw``) is a minimal HTTP/1.1 keep-alive client on asyncio streams
(one connection per closed-loop client, the body serialised once per request, the
response read by its ``Content-Length``): it sends the same requests over the same
loopback connections as ``--client httpx`` (the general-purpose client used before
2026-12-02), at a fraction of its CPU (benchmarks/RESULTS.md, perf15 s15).

    .venv/bin/python benchmarks/api_load.py                     # default workers, novel
    .venv/bin/python benchmarks/api_load.py --workers 2 --mode cycled
    .venv/bin/python benchmarks/api_load.py --url http://127.0.0.1:8000  # existing

Records start-to-ready time, RSS per server process and the 1-min load average.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import itertools
import json
import os
import platform
import socket
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
_WORDS = (
    "worse today",
    "since morning",
    "intermittent",
    "after lunch",
    "while walking",
    "at rest",
    "with nausea",
    "mild",
    "severe",
    "on and off",
    "getting worse",
    "sudden onset",
)


def rows(limit: int) -> list[dict[str, Any]]:
    with DEMO_CSV.open(newline="") as fh:
        found = list(csv.DictReader(fh))[:limit]
    return [{k: (v if v != "" else None) for k, v in r.items()} for r in found]


class Payloads:
    """Request bodies: the demo rows cycled, or made unique per request."""

    def __init__(
        self, base: list[dict[str, Any]], unique: bool, novel: bool = False
    ) -> None:
        self.base = base
        self.unique = unique or novel
        self.novel = novel
        self.counter = itertools.count()

    def next(self, i: int) -> dict[str, Any]:
        """The body for the i-th request of a client (row i, made unique)."""
        row = dict(self.base[i % len(self.base)])
        if self.unique:
            n = next(self.counter)
            words = f"{_WORDS[n % len(_WORDS)]} {_WORDS[(n // 12) % len(_WORDS)]}"
            row["encounterkey"] = f"{row['encounterkey']}-u{n}"
            row["primarychiefcomplaintname"] = (
                f"{row.get('primarychiefcomplaintname') or ''} {words} #{n}"
            )
            if row.get("One_Sentence_Extracted"):
                row["One_Sentence_Extracted"] += f" Symptoms {words} (visit {n})."
            if self.novel:  # every note text differs: nothing note-derived is cached
                for key, text in row.items():
                    if key.endswith("_Text") and text:
                        row[key] = fresh_note(text, n)
        return {"row": row}


def fresh_note(text: str, n: int) -> str:
    """``text`` as the note of visit ``n``: new in every paragraph, same findings.

    A visit sentence first, and a "(visit n)" tag closing every paragraph (the line
    before each blank line, and the last): every part a reader keeps per text (the
    ED note's H&P part and the rest, each section) and every retrieval chunk of a
    prior note is new, as in a patient the server has never seen. A prefix alone
    left a note's later parts and chunks equal to the cycled row's, so their
    memoised readings and cached vectors were reused (perf27).
    """
    paragraphs = text.rstrip().split("\n\n")
    tagged = "\n\n".join(
        f"{p.rstrip()} (visit {n})" if p.strip() else p for p in paragraphs
    )
    return f"Visit {n}. {tagged}"


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
        "REASONER_WORKERS": str(workers),
        "REASONER_PORT": str(port),
        **extra_env,
    }
    cmd = [sys.executable, "-m", "api", "--log-level", "info"]
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=log)
    return proc, f"http://127.0.0.1:{port}"


def start_chroma(tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A `chroma run` server (what several server processes must share)."""
    port = free_port()
    cli = Path(sys.executable).with_name("chroma")
    log = (tmp / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [str(cli), "run", "--path", str(tmp / "chroma-server"), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("chroma server did not start")


def wait_ready(url: str, proc: subprocess.Popen[bytes] | None, timeout: float) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"server exited during startup (exit {proc.returncode})")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return time.monotonic() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"server not ready in {timeout}s")


def server_pids(root_pid: int) -> list[int]:
    """The server process and its children (uvicorn workers)."""
    pids = [root_pid]
    try:
        children = Path(f"/proc/{root_pid}/task/{root_pid}/children").read_text()
        pids += [int(p) for p in children.split()]
    except OSError:
        pass
    return pids


def cpu_by_pid(root_pid: int | None) -> dict[int, float]:
    """CPU seconds (user + system) used so far by each of the server's processes."""
    if root_pid is None:
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, float] = {}
    for pid in server_pids(root_pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return out


def cpu_s(root_pid: int | None) -> float:
    """CPU seconds (user + system) used so far by the server's processes."""
    return sum(cpu_by_pid(root_pid).values())


def rss_mb(root_pid: int) -> list[float]:
    """RSS (MiB) of the server process and its children (uvicorn workers)."""
    out: list[float] = []
    for pid in server_pids(root_pid):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out.append(round(int(line.split()[1]) / 1024, 1))
        except OSError:
            continue
    return out


def pct(values: list[float], p: float) -> float:
    lat = sorted(values)
    return round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else 0.0


class HTTPStatusError(Exception):
    """The server's answer could not be read as HTTP/1.1."""


class RawConnection:
    """One HTTP/1.1 keep-alive connection for ``POST`` with a JSON body.

    What a closed-loop load client needs and nothing more: the request is written in
    one piece, the response's head is read up to the blank line and its body by
    ``Content-Length`` (or chunks), and the connection is reopened when the server
    closes it (``Connection: close``) or it breaks. Errors surface as exceptions
    (``ConnectionError``, ``asyncio.IncompleteReadError``, ``HTTPStatusError``,
    ``TimeoutError``), counted by their class name like httpx's.
    """

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._head = (
            f"Host: {host}:{port}\r\nContent-Type: application/json\r\n"
            "Accept: application/json\r\nConnection: keep-alive\r\n"
        ).encode()

    async def post(self, path: str, body: bytes) -> tuple[int, dict[str, str]]:
        """Send one request; return the status and the headers (body read, dropped)."""
        async with asyncio.timeout(self.timeout):
            if self._writer is None:
                self._reader, self._writer = await asyncio.open_connection(
                    self.host, self.port
                )
            reader, writer = self._reader, self._writer
            assert reader is not None
            try:
                writer.write(
                    b"POST %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s"
                    % (path.encode(), self._head, len(body), body)
                )
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                parts = lines[0].split(" ", 2)
                if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
                    raise HTTPStatusError(lines[0][:40])
                headers = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                if "content-length" in headers:
                    await reader.readexactly(int(headers["content-length"]))
                elif headers.get("transfer-encoding", "").lower() == "chunked":
                    while size := int((await reader.readuntil(b"\r\n"))[:-2], 16):
                        await reader.readexactly(size + 2)
                    await reader.readuntil(b"\r\n")
                if headers.get("connection", "").lower() == "close":
                    await self.close()
                return int(parts[1]), headers
            except BaseException:
                await self.close()
                raise

    async def close(self) -> None:
        """Close the connection (the next request opens a new one)."""
        writer, self._writer, self._reader = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def run_level(
    url: str,
    payloads: Payloads,
    clients: int,
    duration: float,
    cap: int,
    server_pid: int | None = None,
    timeline: list[tuple[float, float, str]] | None = None,
    client_kind: str = "raw",
) -> dict[str, Any]:
    latencies: list[float] = []
    ok_latencies: list[float] = []
    errors: dict[str, int] = {}
    busy = 0
    retry_after: list[int] = []
    issued = 0
    first_10s: list[float] = []
    t_start = time.perf_counter()
    deadline = t_start + duration
    cpu_before = cpu_s(server_pid)
    per_pid_before = cpu_by_pid(server_pid)
    load_before = os.getloadavg()[0]
    client_cpu_before = time.process_time()

    async with contextlib.AsyncExitStack() as stack:
        if client_kind == "httpx":
            limits = httpx.Limits(
                max_connections=clients, max_keepalive_connections=clients
            )
            client = await stack.enter_async_context(
                httpx.AsyncClient(base_url=url, timeout=120, limits=limits)
            )

            async def post_httpx(body: dict[str, Any], wid: int) -> tuple[int, str]:
                del wid  # one pool for all clients
                r = await client.post("/reason", json=body)
                return r.status_code, r.headers.get("retry-after", "0")

            post = post_httpx

        else:
            parsed = urlparse(url)
            conns = [
                RawConnection(parsed.hostname or "127.0.0.1", parsed.port or 80, 120)
                for _ in range(clients)
            ]
            for conn in conns:
                stack.push_async_callback(conn.close)

            async def post_raw(body: dict[str, Any], wid: int) -> tuple[int, str]:
                status, headers = await conns[wid].post(
                    "/reason", json.dumps(body).encode()
                )
                return status, headers.get("retry-after", "0")

            post = post_raw

        async def worker(wid: int) -> None:
            nonlocal issued, busy
            i = wid
            while time.perf_counter() < deadline and issued < cap:
                issued += 1
                body = payloads.next(i)
                i += clients
                t0 = time.perf_counter()
                status: int | None
                try:
                    status, retry = await post(body, wid)
                    key = str(status)
                except (httpx.HTTPError, OSError, EOFError, HTTPStatusError) as exc:
                    status, retry, key = None, "0", type(exc).__name__
                ms = (time.perf_counter() - t0) * 1000
                latencies.append(ms)
                if timeline is not None:
                    timeline.append((t0, ms, key))
                if status == 200:
                    ok_latencies.append(ms)
                    if t0 - t_start < 10:
                        first_10s.append(ms)
                elif status == 503:
                    busy += 1
                    retry_after.append(int(retry))
                    await asyncio.sleep(min(int(retry or 1), 2))
                else:
                    errors[key] = errors.get(key, 0) + 1

        await asyncio.gather(*(worker(w) for w in range(clients)))
        elapsed = time.perf_counter() - t_start
    server_cpu = cpu_s(server_pid) - cpu_before
    client_cpu = time.process_time() - client_cpu_before
    per_pid = {
        pid: round(cpu - per_pid_before.get(pid, 0.0), 2)
        for pid, cpu in cpu_by_pid(server_pid).items()
    }

    return {
        "clients": clients,
        "requests": len(latencies),
        "ok": len(ok_latencies),
        "elapsed_s": round(elapsed, 2),
        "rps": round(len(ok_latencies) / elapsed, 1),
        "p50_ms": pct(ok_latencies, 0.50),
        "p99_ms": pct(ok_latencies, 0.99),
        "max_ms": round(max(ok_latencies), 1) if ok_latencies else 0.0,
        "p99_first_10s_ms": pct(first_10s, 0.99),
        "busy_503": busy,
        "retry_after_s": sorted(set(retry_after))[:5],
        "errors": sum(errors.values()),
        "error_kinds": errors,
        # CPU the server spent per answered request (503s included, they are cheap):
        # the load-independent figure on a shared machine; 0 with --url.
        "server_cpu_ms_per_request": round(
            server_cpu * 1000 / max(1, len(latencies) - sum(errors.values())), 1
        ),
        "server_cpu_share": round(server_cpu / elapsed, 2) if elapsed else 0.0,
        # The load generator shares the cores: its own CPU per request (httpx).
        "client_cpu_ms_per_request": round(
            client_cpu * 1000 / max(1, len(latencies)), 1
        ),
        # Per process (the supervisor first): how evenly the workers share the load.
        "server_cpu_s_by_process": list(per_pid.values()),
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="an already running server (loopback only)")
    ap.add_argument(
        "--workers",
        type=int,
        default=0,
        help="server processes (0: the server's default, one per core)",
    )
    ap.add_argument(
        "--mode",
        choices=("novel", "unique", "cycled"),
        default="novel",
        help="novel (default): new patient and note texts per request; unique: "
        "new complaint and encounter, the rows' notes kept; cycled: rows as they are",
    )
    ap.add_argument("--first-minute", type=float, default=60.0, help="seconds")
    ap.add_argument("--first-clients", type=int, default=16)
    ap.add_argument("--levels", default="16,64")
    ap.add_argument("--duration", type=float, default=20.0, help="seconds per level")
    ap.add_argument("--max-requests", type=int, default=20000, help="cap per level")
    ap.add_argument("--cases", type=int, default=41, help="distinct demo rows")
    ap.add_argument("--max-pending", type=int, help="REASONER_MAX_PENDING")
    ap.add_argument("--no-retrieval", action="store_true")
    ap.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="load client: a minimal HTTP/1.1 keep-alive client (default: least "
        "CPU on the shared cores) or httpx.AsyncClient (as before 2026-12-02)",
    )
    ap.add_argument(
        "--chroma-server",
        action="store_true",
        help="index on a `chroma run` server (REASONER_CHROMA_URL), as several "
        "processes must: Chroma's on-disk client is not process-safe",
    )
    ap.add_argument(
        "--server-env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment of the server (repeatable), e.g. "
        "REASONER_KEEP_ALIVE_S=5",
    )
    ap.add_argument(
        "--timeline",
        type=Path,
        help="write every request (phase, start s after ready, latency ms, status) "
        "as CSV here and print p50/p99/max per 5 s window",
    )
    ap.add_argument("--log", type=Path, help="copy the server log here")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args()

    payloads = Payloads(
        rows(args.cases), unique=args.mode == "unique", novel=args.mode == "novel"
    )
    proc = chroma = None
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmpdir:
        if args.url:
            host = urlparse(args.url).hostname
            if host not in {"127.0.0.1", "localhost", "::1"}:
                raise SystemExit("loopback only")
            url, startup = args.url, wait_ready(args.url, None, 30)
        else:
            extra = {"REASONER_RETRIEVAL": "false"} if args.no_retrieval else {}
            if args.chroma_server:
                chroma, extra["REASONER_CHROMA_URL"] = start_chroma(Path(tmpdir))
            if args.max_pending is not None:
                extra["REASONER_MAX_PENDING"] = str(args.max_pending)
            for item in args.server_env:
                key, _, value = item.partition("=")
                extra[key] = value
            proc, url = start_server(args.workers, Path(tmpdir), extra)
            startup = wait_ready(url, proc, 600)
        ready_at = time.perf_counter()
        timeline: list[tuple[str, float, float, str]] = []
        try:
            results: list[dict[str, Any]] = []
            events: list[tuple[float, float, str]] = []
            if args.first_minute > 0:
                first = asyncio.run(
                    run_level(
                        url,
                        payloads,
                        args.first_clients,
                        args.first_minute,
                        args.max_requests,
                        proc.pid if proc is not None else None,
                        events,
                        args.client,
                    )
                )
                timeline += [("first-minute", *e) for e in events]
                results.append({"phase": "first-minute", **first})
            for c in args.levels.split(","):
                events = []
                level = asyncio.run(
                    run_level(
                        url,
                        payloads,
                        int(c),
                        args.duration,
                        args.max_requests,
                        proc.pid if proc is not None else None,
                        events,
                        args.client,
                    )
                )
                timeline += [(f"steady-{c}", *e) for e in events]
                results.append({"phase": "steady", **level})
            rss = rss_mb(proc.pid) if proc is not None else []
        finally:
            for p in (proc, chroma):
                if p is not None:
                    p.terminate()
                    p.wait(timeout=60)
            if args.log and (Path(tmpdir) / "server.log").exists():
                args.log.write_bytes((Path(tmpdir) / "server.log").read_bytes())
    report = {
        "machine": f"{os.cpu_count()} vCPU {platform.machine()}",
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_after": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "workers": args.workers or os.cpu_count(),
        "mode": args.mode,
        "retrieval": not args.no_retrieval,
        "chroma": "server" if args.chroma_server else "on-disk (PersistentClient)",
        "start_to_ready_s": round(startup, 1),
        "server_env": args.server_env,
        "rss_mb_per_process": rss,
        "payload": f"demo rows (flat ER-Reason shape), {args.mode}",
        "client": args.client,
        "levels": results,
    }
    print(json.dumps(report, indent=2))
    print(
        "\n| phase | clients | requests | req/s | p50 ms | p99 ms | "
        "p99 first 10 s | 503 | errors | server CPU ms/req | client CPU ms/req | "
        "load 1 min |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['phase']} | {r['clients']} | {r['requests']} | {r['rps']} | "
            f"{r['p50_ms']} | {r['p99_ms']} | {r['p99_first_10s_ms']} | "
            f"{r['busy_503']} | {r['errors']} | {r['server_cpu_ms_per_request']} | "
            f"{r['client_cpu_ms_per_request']} | {r['load_avg_1m'][1]} |"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    if args.timeline:
        write_timeline(args.timeline, timeline, ready_at)


def write_timeline(
    path: Path, events: list[tuple[str, float, float, str]], ready_at: float
) -> None:
    """Write the per-request CSV and print latency per 5 s window after ready."""
    rows = sorted((t0 - ready_at, phase, ms, key) for phase, t0, ms, key in events)
    with path.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["start_s", "phase", "latency_ms", "status"])
        out.writerows((round(t, 3), ph, round(ms, 1), k) for t, ph, ms, k in rows)
    print("\n| window (s after ready) | phase | started | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    windows: dict[int, list[tuple[str, float]]] = {}
    for t, ph, ms, _ in rows:
        windows.setdefault(int(t // 5) * 5, []).append((ph, ms))
    for w, got in sorted(windows.items()):
        lat = [ms for _, ms in got]
        print(
            f"| {w}-{w + 5} | {got[0][0]} | {len(lat)} | {pct(lat, 0.5)} | "
            f"{pct(lat, 0.99)} | {round(max(lat), 1)} |"
        )


if __name__ == "__main__":
    main()
