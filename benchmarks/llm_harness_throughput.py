"""Harness throughput vs a raw ``AsyncOpenAI`` client on the bundled local server.

Research software, not for clinical use. Usage::

    python -m benchmarks.llm_harness_throughput [--max-tokens 32] [--budget-s 150]

One real triage ``StageInput`` (first demo case, offline rules outcome) is refined
N times at concurrency 1, 4 and 16 through our LLM stage path
(``agents.llm.refiner.LLMRefiner``: prompt render → ``ChatOpenAI`` structured output
→ mapping). The raw side sends the *identical* request body (captured from the
harness's first request on the wire: same messages, ``response_format`` json_schema,
``max_completion_tokens``, temperature, seed) with ``openai.AsyncOpenAI`` at the same
concurrency, in the same run. Rounds alternate raw/harness (and which goes first)
to cancel load drift. Both sides use the default ``max_retries=2``; failed requests
are counted. The ratio is harness req/s ÷ raw req/s (goal ≥ 0.9).

llama.cpp's server has ``n_parallel=1`` in ``start_local_server``: the server reports
its slot count (``/props`` ``total_slots``) and requests beyond it queue server-side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections.abc import Awaitable, Callable, Sequence

import httpx
import openai

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.llm import LLMSettings
from agents.llm.refiner import LLMRefiner, make_refiner
from agents.offline.knowledge import load_knowledge

LEVELS = (1, 4, 16)
ROUNDS = {1: 12, 4: 3, 16: 1}
"""Alternating raw/harness rounds per level; each round sends ``concurrency``
requests per side (80 requests per side in all, ~2 min at 32 tokens)."""
RETRIES = 2
"""Client retries on both sides (the ``LLMSettings`` default). With 0, a pooled
keep-alive connection that llama.cpp's HTTP server closed while idle surfaces as
``RemoteProtocolError`` → ``ModelEndpointError`` (seen at concurrency 4)."""


async def _triage_input() -> tuple[StageInput, StageOutcome]:
    from benchmarks.llm_prompt_tokens import CapturingRefiner
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason
    from graph.runtime import Reasoner

    lc = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv", limit=1).cases[0]
    cap = CapturingRefiner()
    ctx = AgentContext(knowledge=load_knowledge(), backend="hybrid", refiner=cap)
    await Reasoner(ctx).run(lc.case)
    return next((i, o) for i, o in cap.seen if i.stage == "triage")


async def _timed(
    n: int, conc: int, call: Callable[[], Awaitable[object]], failures: list[str]
) -> float:
    """Run ``call`` ``n`` times with ``conc`` in flight; return wall seconds."""
    sem = asyncio.Semaphore(conc)

    async def one() -> None:
        async with sem:
            try:
                await call()
            except Exception as exc:  # counted, not fatal: the run stays bounded
                failures.append(type(exc).__name__)

    t0 = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    return time.perf_counter() - t0


async def run(base_url: str, max_tokens: int, budget_s: float) -> dict[str, object]:
    """Measure both clients at each concurrency level; return the summary."""
    inp, offline = await _triage_input()
    settings = LLMSettings(
        base_url=base_url,
        model="local",
        max_tokens=max_tokens,
        structured_output_method="json_schema",
        timeout_s=120,
        max_retries=RETRIES,
    )
    refiner = make_refiner(settings, "llm")
    assert isinstance(refiner, LLMRefiner)
    bodies: list[bytes] = []

    async def grab(request: httpx.Request) -> None:
        bodies.append(request.content)

    http = refiner.model.http_async_client  # type: ignore[attr-defined]
    http.event_hooks["request"].append(grab)
    warm = await refiner(inp, offline)  # warm-up + capture (prompt cache filled)
    http.event_hooks["request"].remove(grab)
    body = json.loads(bodies[0])
    raw = openai.AsyncOpenAI(
        base_url=base_url,
        api_key="not-needed",
        max_retries=RETRIES,
        timeout=120,
        http_client=openai.DefaultAsyncHttpxClient(),
    )
    await raw.chat.completions.create(**body)  # warm the raw client too

    completion: dict[str, list[int]] = {"raw": [], "harness": []}
    failures: dict[str, list[str]] = {"raw": [], "harness": []}

    async def harness_call() -> object:
        out = await refiner(inp, offline)
        completion["harness"].append(out.tokens.completion)
        return out

    async def raw_call() -> object:
        resp = await raw.chat.completions.create(**body)
        completion["raw"].append(resp.usage.completion_tokens if resp.usage else 0)
        return resp

    root = base_url.removesuffix("/v1")
    async with httpx.AsyncClient(base_url=root) as c:
        props = (await c.get("/props")).json()
    started = time.perf_counter()
    levels: dict[str, dict[str, object]] = {}
    for conc in LEVELS:
        t_raw = t_har = 0.0
        round_ratios: list[float] = []
        rounds = 0
        for r in range(ROUNDS[conc]):
            if time.perf_counter() - started > budget_s and rounds:
                break
            # Alternate which side goes first so drift and ordering cancel out.
            if r % 2 == 0:
                dr = await _timed(conc, conc, raw_call, failures["raw"])
                dh = await _timed(conc, conc, harness_call, failures["harness"])
            else:
                dh = await _timed(conc, conc, harness_call, failures["harness"])
                dr = await _timed(conc, conc, raw_call, failures["raw"])
            t_raw, t_har = t_raw + dr, t_har + dh
            round_ratios.append(dr / dh)
            rounds += 1
        done = conc * rounds
        levels[str(conc)] = {
            "requests_each": done,
            "raw_rps": round(done / t_raw, 3),
            "harness_rps": round(done / t_har, 3),
            "ratio": round(t_raw / t_har, 3),
            "round_ratio_min_max": [
                round(min(round_ratios), 3),
                round(max(round_ratios), 3),
            ],
        }
    return {
        "server_total_slots": props.get("total_slots"),
        "max_tokens": max_tokens,
        "prompt_tokens": warm.tokens.prompt,
        "warmup_status": warm.status,
        "warmup_error": warm.error,
        "response_format": body.get("response_format", {}).get("type"),
        "levels": levels,
        "mean_completion_tokens": {
            k: round(sum(v) / len(v), 1) for k, v in completion.items() if v
        },
        "failures": {k: len(v) for k, v in failures.items()},
        "elapsed_s": round(time.perf_counter() - started, 1),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: start the bundled server (1 thread) and print JSON."""
    from agents.llm.local_server import start_local_server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--budget-s", type=float, default=150.0)
    args = parser.parse_args(argv)
    with start_local_server(threads=args.threads) as srv:
        res = asyncio.run(run(srv.base_url, args.max_tokens, args.budget_s))
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
