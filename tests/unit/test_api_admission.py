"""Start-up warm-up, readiness and bounded admission (503 + Retry-After).

The admission tests use a FAKE reasoner that sleeps, under a REAL uvicorn-free ASGI
client (httpx ASGITransport), so concurrency is real but nothing heavy runs.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.schemas import DEMO_CASE
from api.settings import APISettings

pytestmark = pytest.mark.anyio


class SlowReasoner:
    """A FAKE reasoner: each run takes ``delay`` seconds; records warm-up."""

    def __init__(self, delay: float = 0.3, warm_fails: bool = False) -> None:
        self.delay = delay
        self.warm_fails = warm_fails
        self.warmed = False

    async def warm_up(self) -> dict[str, float]:
        if self.warm_fails:
            raise RuntimeError("model file missing")
        self.warmed = True
        return {"store_s": 0.0}

    async def run(self, case: Any, **_: Any) -> Any:
        await asyncio.sleep(self.delay)
        return SimpleNamespace(case_id=case.encounter_id, trace=[], final=None, meta={})

    async def stream(self, case: Any, **_: Any) -> Any:
        if False:
            yield case

    async def ready(self) -> bool:
        return True


async def _client(reasoner: SlowReasoner, **api: Any) -> tuple[Any, httpx.AsyncClient]:
    app = create_app(api_settings=APISettings(**api), reasoner_factory=lambda: reasoner)
    ctx = app.router.lifespan_context(app)
    await ctx.__aenter__()
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    )
    return ctx, client


async def test_warm_up_runs_before_serving_and_readyz_reports_failure() -> None:
    ok = SlowReasoner()
    ctx, client = await _client(ok)
    assert ok.warmed  # done inside the lifespan, before any request
    assert (await client.get("/readyz")).status_code == 200
    await ctx.__aexit__(None, None, None)

    bad = SlowReasoner(warm_fails=True)
    ctx, client = await _client(bad)
    r = await client.get("/readyz")
    assert r.status_code == 503 and "RuntimeError" in r.json()["message"]
    assert (await client.get("/healthz")).status_code == 200
    await ctx.__aexit__(None, None, None)


async def test_excess_requests_get_503_with_retry_after() -> None:
    ctx, client = await _client(SlowReasoner(delay=0.5), max_pending=3)
    results = await asyncio.gather(
        *(client.post("/reason", json={"case": DEMO_CASE}) for _ in range(8))
    )
    codes = sorted(r.status_code for r in results)
    assert codes.count(200) == 3 and codes.count(503) == 5
    busy = next(r for r in results if r.status_code == 503)
    assert int(busy.headers["retry-after"]) >= 1
    assert busy.json()["error"] == "overloaded"
    assert busy.headers["x-request-id"]
    # probes are never limited, and slots free up again
    assert (await client.get("/healthz")).status_code == 200
    assert (await client.post("/reason", json={"case": DEMO_CASE})).status_code == 200
    await ctx.__aexit__(None, None, None)


async def test_unbounded_when_zero() -> None:
    ctx, client = await _client(SlowReasoner(delay=0.2), max_pending=0)
    results = await asyncio.gather(
        *(client.post("/reason", json={"case": DEMO_CASE}) for _ in range(6))
    )
    assert {r.status_code for r in results} == {200}
    await ctx.__aexit__(None, None, None)
