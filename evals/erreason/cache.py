"""A content-addressed SQLite response cache for LangChain model calls.

LangChain keys its cache on the serialised prompt and the ``llm_string`` (model id and
every invocation parameter: temperature, max_tokens, response_format, tools...), so a
hit means same model + prompt + params. We hash both into one key. Installed with
:func:`install_cache`; re-scoring and report rebuilds then make no model calls.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.caches import RETURN_VAL_TYPE, BaseCache
from langchain_core.load import Serializable, dumps, loads
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, Generation

_ALLOWED: list[type[Serializable]] = [
    Generation,
    ChatGeneration,
    ChatGenerationChunk,
    AIMessage,
    AIMessageChunk,
]


def cache_key(prompt: str, llm_string: str) -> str:
    """sha256 over the model string (model id + params) and the prompt."""
    return hashlib.sha256(f"{llm_string}\x00{prompt}".encode()).hexdigest()


class SQLiteResponseCache(BaseCache):
    """Thread-safe SQLite cache; counts hits and misses for accounting and tests."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the cache database at ``path``."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT)"
        )
        self._db.commit()
        self.hits = 0
        self.misses = 0

    def lookup(self, prompt: str, llm_string: str) -> RETURN_VAL_TYPE | None:
        """Return the cached generations, or None (a miss)."""
        with self._lock:
            row = self._db.execute(
                "SELECT value FROM responses WHERE key = ?",
                (cache_key(prompt, llm_string),),
            ).fetchone()
            if row is None:
                self.misses += 1
                return None
            self.hits += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # loads() is marked beta
            value: Sequence[Any] = loads(row[0], allowed_objects=_ALLOWED)
        return list(value)

    def update(self, prompt: str, llm_string: str, return_val: RETURN_VAL_TYPE) -> None:
        """Store the generations for this model + prompt + params."""
        payload = dumps(list(return_val))
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses (key, value) VALUES (?, ?)",
                (cache_key(prompt, llm_string), payload),
            )
            self._db.commit()

    def clear(self, **kwargs: Any) -> None:  # noqa: ARG002
        """Delete every cached response."""
        with self._lock:
            self._db.execute("DELETE FROM responses")
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])


def install_cache(path: Path) -> SQLiteResponseCache:
    """Create the cache at ``path`` and make it LangChain's global LLM cache."""
    from langchain_core.globals import set_llm_cache

    cache = SQLiteResponseCache(path)
    set_llm_cache(cache)
    return cache
