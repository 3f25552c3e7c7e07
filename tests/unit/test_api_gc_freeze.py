"""``REASONER_GC_FREEZE``: the start-up heap leaves the collector after the warm-up.

A FAKE reasoner (tests.fakes) under the real app lifespan; the process's collector
state is restored afterwards.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from api.app import GC_GEN0_THRESHOLD, create_app
from api.settings import APISettings
from cases import re_cache
from tests.fakes import FakeReasoner

pytestmark = pytest.mark.anyio


async def _start(freeze: bool) -> tuple[int, int]:
    app = create_app(
        api_settings=APISettings(gc_freeze=freeze),
        reasoner_factory=lambda: FakeReasoner(),
    )
    async with app.router.lifespan_context(app):
        return gc.get_freeze_count(), gc.get_threshold()[0]


async def test_freeze_after_warm_up_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a frozen server releases the regex code file's entries (test_perf51_release):
    # this worker's own are kept for the tests after this one
    monkeypatch.setattr(re_cache, "_codes", dict(re_cache._codes))
    monkeypatch.setattr(re_cache, "_used", set(re_cache._used))
    monkeypatch.setitem(re_cache._state, "sealed", re_cache._state["sealed"])
    threshold = gc.get_threshold()
    gc.unfreeze()
    try:
        assert await _start(False) == (0, threshold[0])
        frozen, gen0 = await _start(True)
        assert frozen > 1000  # the imported libraries and the app
        assert gen0 == GC_GEN0_THRESHOLD
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_python_m_api_turns_it_on() -> None:
    code = (
        "import os, api.__main__ as m, uvicorn; "
        "uvicorn.run = lambda *a, **k: print(os.environ['REASONER_GC_FREEZE']); "
        "m.main(['--workers', '1'])"
    )
    env = {k: v for k, v in os.environ.items() if k != "REASONER_GC_FREEZE"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )
    assert out.stdout.strip() == "true", out.stderr[-500:]
