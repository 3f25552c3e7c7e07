"""Start-up warm-up, readiness and bounded admission (503 + Retry-After).

The admission tests use a FAKE reasoner that sleeps, under a REAL uvicorn-free ASGI
client (httpx ASGITransport), so concurrency is real but nothing heavy runs.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.schemas import DEMO_CASE
from api.settings import APISettings
from tests.fakes import FakeReasoner

pytestmark = pytest.mark.anyio


async def _client(reasoner: FakeReasoner, **api: Any) -> tuple[Any, httpx.AsyncClient]:
    app = create_app(api_settings=APISettings(**api), reasoner_factory=lambda: reasoner)
    ctx = app.router.lifespan_context(app)
    await ctx.__aenter__()
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    )
    return ctx, client


async def test_warm_up_runs_before_serving_and_readyz_reports_failure() -> None:
    ok = FakeReasoner(delay=0.3)
    ctx, client = await _client(ok)
    assert ok.warmed  # done inside the lifespan, before any request
    assert (await client.get("/readyz")).status_code == 200
    await ctx.__aexit__(None, None, None)

    bad = FakeReasoner(warm_fails=True)
    ctx, client = await _client(bad)
    r = await client.get("/readyz")
    assert r.status_code == 503 and "RuntimeError" in r.json()["message"]
    assert (await client.get("/healthz")).status_code == 200
    await ctx.__aexit__(None, None, None)


async def test_excess_requests_get_503_with_retry_after() -> None:
    ctx, client = await _client(FakeReasoner(delay=0.5), max_pending=3)
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
    ctx, client = await _client(FakeReasoner(delay=0.2), max_pending=0)
    results = await asyncio.gather(
        *(client.post("/reason", json={"case": DEMO_CASE}) for _ in range(6))
    )
    assert {r.status_code for r in results} == {200}
    await ctx.__aexit__(None, None, None)
