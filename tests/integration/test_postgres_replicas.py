"""Replicas that share state: a REAL PostgreSQL, threads moving between processes.

A throwaway PostgreSQL cluster (Debian's server binaries, tests/pg.py) backs LangGraph's
``AsyncPostgresSaver`` through ``REASONER_CHECKPOINT_URL``. Two separate Python
processes play two replicas: the first starts a review thread that pauses before
treatment, the second (a new process: nothing shared but the database) reads it,
approves the paused stage and resumes it to the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg import pg_bin, postgres_server

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(pg_bin() is None, reason="no PostgreSQL server binaries"),
]

REPO = Path(__file__).resolve().parents[2]

_REPLICA = """
import asyncio, json, sys
from api.schemas import DEMO_CASE
from cases.models import Case
from graph.runtime import Reasoner
from graph.settings import Settings

async def main(step: str, thread: str) -> None:
    reasoner = Reasoner.from_settings(Settings())
    try:
        if step == "start":
            out = await reasoner.run(Case.model_validate(DEMO_CASE), thread_id=thread)
        else:
            paused = await reasoner.state(thread)
            assert paused.meta["interrupted_before"] == "treatment", paused.meta
            out = await reasoner.review(thread, "assessment", "approve",
                                        reviewer="dr-b")
        print(json.dumps({"meta": out.meta, "stages": [r.stage for r in out.trace],
                          "backends": [r.backend for r in out.trace]}))
    finally:
        await reasoner.aclose()

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def _replica(url: str, step: str, thread: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REASONER_")} | {
        "REASONER_CHECKPOINT_URL": url,
        "REASONER_RETRIEVAL": "false",
        "REASONER_INTERRUPT_BEFORE": '["treatment"]',
        "HF_HUB_OFFLINE": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", _REPLICA, step, thread],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_thread_paused_in_one_process_resumes_in_another(pg_url: str) -> None:
    first = _replica(pg_url, "start", "thread-pg-1")
    assert first["stages"] == ["triage", "assessment"]
    assert first["meta"]["interrupted_before"] == "treatment"  # type: ignore[index]
    second = _replica(pg_url, "resume", "thread-pg-1")
    assert second["stages"] == [
        "triage",
        "assessment",
        "assessment",  # the review record (backend "review")
        "treatment",
        "disposition",
        "diagnosis",
    ]
    assert "review" in second["backends"]  # type: ignore[operator]
    assert second["meta"]["interrupted_before"] is None  # type: ignore[index]
