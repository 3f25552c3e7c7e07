"""Chroma client construction (on-disk, HTTP server, or in-memory), telemetry off."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

DEFAULT_DB_PATH = Path(".er_reasoner/chroma")


def make_client(
    path: str | Path | None = DEFAULT_DB_PATH,
    *,
    url: str | None = None,
    ephemeral: bool = False,
) -> ClientAPI:
    """Build a Chroma client with telemetry off.

    Args:
        path: Folder of the on-disk PersistentClient (the default mode).
        url: ``http://host:port`` of a Chroma server; wins over ``path``.
        ephemeral: In-memory client (tests only; clients in one process share state).

    Returns:
        The client.
    """
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if url:
        from urllib.parse import urlparse

        parsed = urlparse(url if "://" in url else f"http://{url}")
        return chromadb.HttpClient(
            host=parsed.hostname or "localhost",
            port=parsed.port or 8000,
            ssl=parsed.scheme == "https",
            settings=settings,
        )
    if ephemeral:
        return chromadb.EphemeralClient(settings=settings)
    Path(path or DEFAULT_DB_PATH).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)
