"""NoteStore against a real ``chroma run`` server on loopback (HttpClient)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from cases.models import ClinicalNote
from retrieval.citations import cite, verify_citation
from retrieval.store import NoteStore

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chroma_cli() -> str | None:
    local = Path(sys.executable).with_name("chroma")
    return str(local) if local.exists() else shutil.which("chroma")


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    cli = _chroma_cli()
    if cli is None:
        pytest.skip("the `chroma` CLI (shipped with chromadb) is not installed")
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            cli,
            "run",
            "--path",
            str(path / "data"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                pytest.skip(
                    f"chroma server exited with {proc.returncode} at start "
                    f"(see {path / 'server.log'})"
                )
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.skip("chroma server did not answer its heartbeat within 60 s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_ingest_and_search_through_http_client(chroma_url, embedder):
    notes = [
        ClinicalNote(
            note_key="EC1",
            note_type="echo",
            patient_id="P1",
            year=2019,
            text="Conclusions: LVEF 30%. Severe mitral regurgitation.",
        ),
        ClinicalNote(
            note_key="ED9",
            note_type="hp_note",
            patient_id="P1",
            year=2021,
            text="HPI: dyspnea today, LVEF unknown.",
        ),
        ClinicalNote(
            note_key="X1",
            note_type="echo",
            patient_id="P2",
            year=2018,
            text="Conclusions: LVEF 60%, normal study.",
        ),
    ]
    store = NoteStore(url=chroma_url, embedder=embedder, collection="it_notes")
    assert store.ping()
    first = store.add_notes(notes)
    assert first.added == first.chunks == 3
    assert store.add_notes(notes).added == 0  # idempotent through the server too
    hits = store.search(
        ["LVEF ejection fraction"],
        patient_id="P1",
        before_year=2021,
        exclude_note_keys={"ED9"},
        k=5,
    )
    assert [h.chunk.note_key for h in hits] == ["EC1"]
    assert verify_citation(cite(hits[0], "LVEF 30%"), store)
    # A second client (another process would see the same) reads the same data.
    other = NoteStore(url=chroma_url, embedder=embedder, collection="it_notes")
    assert other.count() == 3
