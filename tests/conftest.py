"""Shared test fixtures: offline environment, anyio backend, the real embedder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
DEMO_DIR = REPO / "cases" / "demo"


@pytest.fixture(autouse=True)
def _offline_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every test offline, keyless and free of retry backoff."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENROUTER_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    for key in list(os.environ):
        if key.startswith("REASONER_"):
            monkeypatch.delenv(key, raising=False)
    yield
    # The harness CLI installs a process-global LangChain LLM cache (--cache-dir):
    # left in place, later tests' scripted FAKE models would be answered from it.
    lc_globals = sys.modules.get("langchain_core.globals")
    if lc_globals is not None:
        lc_globals.set_llm_cache(None)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    """Run async tests on asyncio only."""
    return "asyncio"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public data folder, or skip when this machine has none."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} not present (public data used only when available)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    """The real offline MiniLM embedder, loaded once per test session."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from retrieval.embeddings import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Integration tests: a wall-clock timeout past the servers' own start-up budgets.

    Their servers' start-ups are bounded in CPU time (tests/integration/_startup.py);
    the suite-wide 600 s, which counts a module's server set-up in its first test,
    failed the set-up of four servers at once on a box at a load of 15-35.
    """
    for item in items:
        if item.get_closest_marker("integration") and not item.get_closest_marker(
            "timeout"
        ):
            item.add_marker(pytest.mark.timeout(3600))
