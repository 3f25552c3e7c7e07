"""What the HTTP/JSON path costs per ``POST /reason``, apart from the reasoning.

1. In process, per demo row (CPU time, ``time.process_time``): the request body
   parsed (stdlib ``json.loads``, what Starlette uses; ``orjson.loads`` for
   comparison) and validated (``ReasonRequest``), the row read into a ``Case``, the
   reasoning itself (offline, retrieval on, warm), and the response built, validated
   (FastAPI's ``TypeAdapter.validate_python``) and serialised (pydantic's
   ``dump_json``, what FastAPI uses; ``orjson.dumps`` of ``model_dump`` for comparison).
2. Over real HTTP: ``uvicorn`` (uvloop + httptools when installed) serving the real
   app, middleware and offload thread, but with a reasoner that replays the outputs
   recorded in step 1; 16 closed-loop keep-alive clients. The server's CPU per
   request is then everything but the reasoning.

    .venv/bin/python -m benchmarks.api_http_path
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.api_load import Payloads, free_port, rows, run_level

REPO = Path(__file__).resolve().parents[1]


def _ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


async def _in_process(repeats: int) -> tuple[dict[str, float], dict[str, Any]]:
    """Median CPU ms per part over the demo rows; the recorded outputs."""
    import orjson
    from pydantic import TypeAdapter

    from api.convert import read_input
    from api.schemas import ReasonRequest, ReasonResponse, ResponseMeta
    from graph.runtime import Reasoner
    from graph.settings import Settings

    reasoner = Reasoner.from_settings(Settings())
    await reasoner.warm_up()
    adapter = TypeAdapter(ReasonResponse)
    parts: dict[str, list[float]] = {}
    outputs: dict[str, Any] = {}
    bodies = [json.dumps({"row": r}).encode() for r in rows(41)]
    for rep in range(repeats + 1):
        for raw in bodies:
            t = time.process_time()
            data = json.loads(raw)
            t_json = time.process_time()
            orjson.loads(raw)
            t_orjson = time.process_time()
            body = ReasonRequest.model_validate(data)
            t_validate = time.process_time()
            inp = read_input(body, 200_000)
            t_read = time.process_time()
            out = await reasoner.run(inp.case, top_k=body.top_k)
            t_run = time.process_time()
            resp = ReasonResponse(
                case_id=out.case_id,
                stages=list(out.trace),
                final=out.final,
                meta=ResponseMeta(
                    request_id="r",
                    input_shape=inp.shape,
                    elapsed_ms=1.0,
                    settings={},
                    run=dict(out.meta),
                    input_report=inp.report,
                ),
            )
            t_build = time.process_time()
            checked = adapter.validate_python(resp, from_attributes=True)
            t_check = time.process_time()
            adapter.dump_json(checked, by_alias=True)
            t_dump = time.process_time()
            orjson.dumps(resp.model_dump(mode="json", by_alias=True))
            t_orjson_dump = time.process_time()
            outputs[inp.case.encounter_id] = out
            if rep == 0:  # the first pass fills caches (query vectors, notes)
                continue
            for name, took in (
                ("request json.loads", t_json - t),
                ("request orjson.loads (alternative)", t_orjson - t_json),
                ("request validation (ReasonRequest)", t_validate - t_orjson),
                ("row -> Case (read_input)", t_read - t_validate),
                ("reasoning (Reasoner.run, warm)", t_run - t_read),
                ("response model built", t_build - t_run),
                ("response validation (FastAPI)", t_check - t_build),
                ("response dump_json (FastAPI)", t_dump - t_check),
                ("response orjson of model_dump (alternative)", t_orjson_dump - t_dump),
            ):
                parts.setdefault(name, []).append(took)
    await reasoner.aclose()
    return {k: _ms(v) for k, v in parts.items()}, outputs


class ReplayReasoner:
    """Returns the output recorded for the case's encounter (no reasoning)."""

    def __init__(self, outputs: dict[str, Any]) -> None:
        self.outputs = outputs

    async def run(self, case: Any, top_k: int = 5) -> Any:  # noqa: ARG002
        """The recorded output of the row the case was made from."""
        return self.outputs[case.encounter_id.split("-u")[0]]

    async def warm_up(self) -> dict[str, float]:
        """Nothing to load."""
        return {}

    async def ready(self) -> bool:
        """Always ready."""
        return True

    async def aclose(self) -> None:
        """Nothing to close."""


def replay_app() -> Any:
    """``uvicorn benchmarks.api_http_path:replay_app --factory`` (REPLAY_FILE)."""
    from api.app import create_app
    from api.settings import APISettings

    outputs = pickle.loads(Path(os.environ["REPLAY_FILE"]).read_bytes())  # our own file
    return create_app(
        api_settings=APISettings(log_requests=False, gc_freeze=True),
        reasoner_factory=lambda: ReplayReasoner(outputs),  # type: ignore[arg-type,return-value]
    )


def _over_http(outputs: dict[str, Any], duration: float) -> list[dict[str, Any]]:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        replay = Path(tmp) / "outputs.pickle"
        replay.write_bytes(pickle.dumps(outputs))
        env = os.environ | {"REPLAY_FILE": str(replay)}
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "benchmarks.api_http_path:replay_app",
            "--factory",
            "--port",
            str(port),
            "--no-access-log",
            "--timeout-keep-alive",
            "75",
            "--log-level",
            "warning",
        ]
        proc = subprocess.Popen(cmd, cwd=REPO, env=env)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            results = []
            for mode in ("cycled", "unique"):
                payloads = Payloads(rows(41), unique=mode == "unique")
                level = asyncio.run(
                    run_level(url, payloads, 16, duration, 100_000, proc.pid)
                )
                results.append({"mode": mode, **level})
            return results
        finally:
            proc.terminate()
            proc.wait(timeout=60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3, help="passes over the 41 rows")
    ap.add_argument("--duration", type=float, default=15.0, help="HTTP seconds")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("REASONER_CHROMA_PATH", str(Path(tmp) / "chroma"))
        os.environ.setdefault("REASONER_CHECKPOINT_PATH", str(Path(tmp) / "cp.sqlite"))
        parts, outputs = asyncio.run(_in_process(args.repeats))
    import uvicorn.config

    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print("| part (in process) | CPU ms per request, median |\n|---|---|")
    for name, ms in parts.items():
        print(f"| {name} | {ms} |")
    http = _over_http(outputs, args.duration)
    loop = "uvloop" if "uvloop" in sys.modules or _has("uvloop") else "asyncio"
    proto = "httptools" if _has("httptools") else "h11"
    print(f"\nuvicorn {uvicorn.__version__}: loop auto -> {loop}, http auto -> {proto}")
    print("| replayed reasoning | req/s | p50 ms | p99 ms | server CPU ms/req |")
    print("|---|---|---|---|---|")
    for r in http:
        print(
            f"| {r['mode']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | "
            f"{r['server_cpu_ms_per_request']} |"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


if __name__ == "__main__":
    main()
