"""The compose.yaml topology on loopback: two API replicas, a Chroma server, PostgreSQL.

All REAL: ``chroma run`` (the chromadb CLI), a throwaway PostgreSQL 15 cluster
(tests/pg.py) and two ``python -m api`` processes (the Dockerfile's command) with
``REASONER_CHROMA_URL`` and ``REASONER_CHECKPOINT_URL`` pointing at them. A case's
prior notes indexed through one replica are found on the shared index by the other,
and a review thread paused on one replica is read, reviewed and resumed on the other
over HTTP, with one audit trail in PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.schemas import DEMO_CASE
from tests.integration._startup import StartBudget
from tests.pg import pg_bin, postgres_server

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(pg_bin() is None, reason="no PostgreSQL server binaries"),
]

REPO = Path(__file__).resolve().parents[2]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chroma_cli() -> str | None:
    local = Path(sys.executable).with_name("chroma")
    return str(local) if local.exists() else shutil.which("chroma")


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Wait for ``url`` within the server's start-up budget (CPU time, hangs)."""
    budget = StartBudget(proc.pid)
    while (why := budget.exceeded()) is None:
        if proc.poll() is not None:
            pytest.fail(f"{url} exited:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} not ready ({why}):\n{log.read_text(errors='replace')[-3000:]}")


@dataclass
class Deployment:
    replicas: list[str]
    chroma_url: str
    pg_url: str


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    cli = _chroma_cli()
    if cli is None:
        pytest.skip("the `chroma` CLI (shipped with chromadb) is not installed")
    tmp = tmp_path_factory.mktemp("deploy")
    procs: list[subprocess.Popen[bytes]] = []
    with postgres_server() as pg_url:
        try:
            chroma_port = _port()
            chroma_log = tmp / "chroma.log"
            procs.append(
                subprocess.Popen(
                    [
                        cli,
                        "run",
                        "--path",
                        str(tmp / "chroma"),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        str(chroma_port),
                    ],
                    stdout=chroma_log.open("wb"),
                    stderr=subprocess.STDOUT,
                )
            )
            chroma_url = f"http://127.0.0.1:{chroma_port}"
            _wait(f"{chroma_url}/api/v2/heartbeat", procs[-1], chroma_log)
            env = {
                k: v for k, v in os.environ.items() if not k.startswith("REASONER_")
            } | {
                "HF_HUB_OFFLINE": "1",
                "ANONYMIZED_TELEMETRY": "False",
                "REASONER_CHROMA_URL": chroma_url,
                "REASONER_CHECKPOINT_URL": pg_url,
            }
            replicas = []
            for i in (1, 2):
                port = _port()
                log = tmp / f"api-{i}.log"
                procs.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "api",
                            "--port",
                            str(port),
                            "--workers",
                            "1",
                        ],
                        cwd=REPO,
                        env=env,
                        stdout=log.open("wb"),
                        stderr=subprocess.STDOUT,
                    )
                )
                replicas.append((f"http://127.0.0.1:{port}", procs[-1], log))
            for url, proc, log in replicas:
                _wait(f"{url}/readyz", proc, log)
            yield Deployment([url for url, _, _ in replicas], chroma_url, pg_url)
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()


def _case_with_notes(encounter: str) -> dict[str, Any]:
    note = {
        "note_key": "dep-prior-1",
        "note_type": "discharge_summary",
        "patient_id": "dep-patient",
        "year": 2021,
        "text": "Discharge summary: admitted for NSTEMI, drug-eluting stent to the "
        "LAD. Discharged on aspirin, ticagrelor and atorvastatin.",
    }
    return DEMO_CASE | {
        "patient_id": "dep-patient",
        "encounter_id": encounter,
        "prior_notes": [note],
    }


def _chunks(chroma_url: str) -> int:
    from retrieval.client import make_client

    return int(make_client(url=chroma_url).get_collection("prior_notes").count())


def test_replicas_cite_request_notes_without_persisting_them(
    deployment: Deployment,
) -> None:
    """Each replica retrieves and cites the request's own notes; by default none of
    them is written to the shared Chroma server (request notes are PHI: issue 16)."""
    a, b = deployment.replicas
    before = _chunks(deployment.chroma_url)
    answers = [
        httpx.post(f"{url}/reason", json={"case": _case_with_notes(e)}, timeout=120)
        for url, e in ((a, "e1"), (b, "e2"))
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
    assert _chunks(deployment.chroma_url) == before
    cited = {
        c["note_key"]
        for body in (r.json() for r in answers)
        for s in body["stages"]
        for c in s.get("citations", [])
    }
    assert cited == {"dep-prior-1"}


def test_thread_paused_on_one_replica_resumes_on_the_other(
    deployment: Deployment,
) -> None:
    a, b = deployment.replicas
    body = {"case": DEMO_CASE, "review_before": ["treatment", "disposition"]}
    started = httpx.post(f"{a}/threads", json=body, timeout=120)
    assert started.status_code == 201, started.text
    tid = started.json()["thread_id"]
    assert started.json()["pending"]["stage"] == "treatment"
    # Replica B has never seen this thread: it reads it from PostgreSQL.
    seen = httpx.get(f"{b}/threads/{tid}", timeout=30).json()
    assert seen["status"] == "waiting" and seen["pending"]["stage"] == "treatment"
    approve = {"action": "approve", "stage": "treatment", "reviewer": "dr.b"}
    r = httpx.post(f"{b}/threads/{tid}/review", json=approve, timeout=120)
    assert r.status_code == 200, r.text
    assert r.json()["pending"]["stage"] == "disposition"
    # ... and back on replica A for the second review, to the end.
    edit = {
        "action": "edit",
        "stage": "disposition",
        "reviewer": "dr.a",
        "output": {
            "stage": "disposition",
            "disposition": "Observation",
            "rationale": "serial troponins",
        },
    }
    r = httpx.post(f"{a}/threads/{tid}/review", json=edit, timeout=120)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "done"
    assert r.json()["stages"][-1]["stage"] == "diagnosis"
    # One audit trail in PostgreSQL, written by both replicas, read from either.
    for replica in (a, b):
        trail = httpx.get(f"{replica}/threads/{tid}/audit", timeout=30).json()
        assert [(x["stage"], x["reviewer"]) for x in trail["records"]] == [
            ("treatment", "dr.b"),
            ("disposition", "dr.a"),
        ]
    # Again on B: the thread is done everywhere (409, not a stale pause).
    again = httpx.post(f"{b}/threads/{tid}/review", json=approve, timeout=30)
    assert again.status_code == 409
