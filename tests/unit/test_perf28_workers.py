"""``python -m api`` runs one worker per core unless requests write to an on-disk index.

Measured on 2 cores (benchmarks/RESULTS.md, perf28): two workers served 1.15-1.6x the
requests of one. The API's requests index their notes in memory (the on-disk Chroma
folder is only opened at start-up), so workers are safe on it once its creation is
serialised between processes; with ``REASONER_PERSIST_REQUEST_NOTES`` requests write
to it, which Chroma's on-disk client does not support from several processes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.__main__ import default_workers, disk_writes, main
from graph.settings import Settings


def test_one_worker_per_core_unless_requests_write_to_disk() -> None:
    assert default_workers(False, 2) == 2
    assert default_workers(False, 8) == 8
    assert default_workers(True, 2) == 1
    assert default_workers(False, None) == 1


@pytest.mark.parametrize(
    ("env", "writes"),
    [
        ({}, False),
        ({"REASONER_PERSIST_REQUEST_NOTES": "true"}, True),
        ({"REASONER_PERSIST_REQUEST_NOTES": "1"}, True),
        ({"REASONER_PERSIST_REQUEST_NOTES": "false"}, False),
        (
            {
                "REASONER_PERSIST_REQUEST_NOTES": "true",
                "REASONER_CHROMA_URL": "http://127.0.0.1:8001",
            },
            False,
        ),
        (
            {"REASONER_PERSIST_REQUEST_NOTES": "true", "REASONER_RETRIEVAL": "false"},
            False,
        ),
    ],
)
def test_disk_writes_reads_the_settings(
    env: dict[str, str], writes: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "REASONER_PERSIST_REQUEST_NOTES",
        "REASONER_CHROMA_URL",
        "REASONER_RETRIEVAL",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert disk_writes(Settings()) is writes


def test_default_start_follows_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from api import supervisor

    for name in ("REASONER_WORKERS", "REASONER_PERSIST_REQUEST_NOTES"):
        monkeypatch.delenv(name, raising=False)
    started: dict[str, int] = {}
    monkeypatch.setattr(supervisor, "supported", lambda: False)  # uvicorn's own
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: started.update(kw))
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    main([])
    assert started["workers"] == 2
    monkeypatch.setenv("REASONER_PERSIST_REQUEST_NOTES", "true")
    main([])
    assert started["workers"] == 1


def test_on_disk_store_is_opened_under_a_process_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import retrieval.store as store_mod

    held: list[Path] = []

    @contextlib.contextmanager
    def recording(path: Path) -> Iterator[None]:
        held.append(path)
        yield

    class _Embedder:
        model_id = "probe-model"

    monkeypatch.setattr(store_mod, "locked", recording)
    folder = tmp_path / "chroma"
    store = store_mod.NoteStore(str(folder), embedder=_Embedder())  # type: ignore[arg-type]
    assert held == [folder] and store.count() == 0
    store_mod.NoteStore(ephemeral=True, embedder=_Embedder())  # type: ignore[arg-type]
    assert held == [folder]  # no lock for an in-memory client
