"""A replacement worker whose start outlasts the health check is not killed for it.

REAL processes: ``python -m api --workers 2`` (offline backend, no retrieval). A
spawned worker answers the supervisor's pings only once its imports are done; at a
load of 25 they took 98-287 s of wall and the 60 s ping killed the replacement of a
killed worker, then its replacement (perf50, benchmarks/RESULTS.md). Here the
replacement's start is slowed by 20 s of wall while its CPU time moves (a
``sitecustomize`` on its path, active once a marker file exists: only workers
started after the first two are ready), with a 10 s health check: a worker not warm
yet is judged by its progress (its CPU time moves), not by the ping's clock.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from api import supervisor
from api.schemas import DEMO_CASE
from tests.integration._startup import StartBudget
from tests.integration.test_api_workers import (
    _listening,
    _start,
    _stop,
    _wait_ready,
    _wait_workers_ready,
    _workers,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not supervisor.supported(), reason="SO_REUSEPORT is Linux-only"),
]

_SLOW_START = """\
import os, sys, time
_marker = os.environ.get("PERF51_SLOW_WORKER_MARKER")
if _marker and "--multiprocessing-fork" in sys.argv and os.path.exists(_marker):
    # A slow import (20 s of wall) that makes progress: 20 ms of CPU every half
    # second, so its CPU time moves at every check (a tick is 10 ms), as a
    # CPU-starved import's does, for ~0.8 s of CPU instead of 20 s of a core.
    _end = time.monotonic() + 20.0
    while time.monotonic() < _end:
        _tick = time.process_time() + 0.02
        while time.process_time() < _tick:
            pass
        time.sleep(0.5)
"""


def test_a_slowly_starting_replacement_is_not_killed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_SLOW_START)
    marker = tmp_path / "slow-start"
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH")) if p)
    served = _start(
        tmp_path,
        PYTHONPATH=path,
        PERF51_SLOW_WORKER_MARKER=str(marker),
        REASONER_WORKER_HEALTHCHECK_S="10",
    )
    try:
        _wait_ready(served)
        old = _wait_workers_ready(served, 2)
        marker.touch()  # workers started from now on start slowly
        os.kill(old[0], signal.SIGKILL)
        budget = StartBudget(served.proc.pid)
        while (why := budget.exceeded()) is None:
            log = served.log.read_text(errors="replace")
            # the first replacement killed in turn: its own replacement started
            assert log.count("starting a new one") <= 1, log
            workers = _workers(served.proc.pid)
            replaced = old[0] not in workers and len(workers) == 2
            if replaced and _listening(served.port) == 2:
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"no replacement listening ({why}):\n{log}")
        ok = httpx.post(f"{served.url}/reason", json={"case": DEMO_CASE}, timeout=120)
        assert ok.status_code == 200
        log = served.log.read_text(errors="replace")
    finally:
        _stop(served)
    assert log.count("starting a new one") == 1
    assert "(exit -9)" in log  # the one killed by the test, and only it
    assert log.count("(exit -9)") == 1
