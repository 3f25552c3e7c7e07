"""Bounded memo tables keyed by a SHA-256 of their inputs (no input text is kept).

A request's stages ask the same pure questions of the same texts several times
(scrub this note part, the facts of this view); :class:`HashMemo` answers the repeats
from memory. Keys are digests, so no note text or identifier is kept as a key; values
are the function's result and leave the table in least-recently-used order.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar, cast

V = TypeVar("V")

_MISSING = object()


def digest(parts: Iterable[str | bytes | None]) -> bytes:
    """SHA-256 of ``parts``, length-prefixed so that no two part lists share a key.

    Args:
        parts: Texts (``None`` allowed) or bytes, in a fixed order.

    Returns:
        The 32-byte digest.
    """
    h = hashlib.sha256()
    for part in parts:
        if part is None:
            h.update(b"N")
            continue
        raw = part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")
        h.update(b"T%d:" % len(raw))
        h.update(raw)
    return h.digest()


class HashMemo(Generic[V]):
    """A thread-safe LRU from input digests to results, at most ``size`` entries."""

    def __init__(self, size: int) -> None:
        """Keep at most ``size`` results."""
        self.size = size
        self._data: OrderedDict[bytes, V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """Results held."""
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        """Whether a result is stored under ``key``."""
        with self._lock:
            return key in self._data

    def get_or_compute(self, key: bytes, compute: Callable[[], V]) -> V:
        """Return the result stored under ``key``, computing and storing it if absent.

        Two threads missing the same key both compute; the results are equal because
        the memoised functions are pure.
        """
        with self._lock:
            found = self._data.get(key, _MISSING)
            if found is not _MISSING:
                self._data.move_to_end(key)
                return cast("V", found)
        value = compute()
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def clear(self) -> None:
        """Drop every result."""
        with self._lock:
            self._data.clear()


class RecentByIdentity(Generic[V]):
    """The last ``size`` results of a function, found by the identity of its inputs.

    For pure functions of frozen objects asked about the very same objects several
    times in one request (a run's case, a stage's facts): comparing identities costs
    nothing, hashing or comparing the objects' contents would cost about what the
    function does. Holds strong references to the inputs of at most ``size`` entries,
    so an ``id`` is never reused while its entry lives.
    """

    def __init__(self, size: int) -> None:
        """Keep the last ``size`` results."""
        self.size = size
        self._data: OrderedDict[tuple[int, ...], tuple[tuple[object, ...], V]] = (
            OrderedDict()
        )
        self._lock = threading.Lock()

    def get_or_compute(self, inputs: tuple[object, ...], compute: Callable[[], V]) -> V:
        """Return the result for the very same ``inputs``, computing it if absent."""
        key = tuple(map(id, inputs))
        with self._lock:
            found = self._data.get(key)
            # The entry holds its inputs, so no other live object has their ids:
            # equal ids are the very same objects.
            if found is not None:
                self._data.move_to_end(key)
                return found[1]
        value = compute()
        with self._lock:
            self._data[key] = (inputs, value)
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def clear(self) -> None:
        """Drop every result."""
        with self._lock:
            self._data.clear()


_TEXT_DIGESTS: RecentByIdentity[bytes] = RecentByIdentity(64)


def text_digest(text: str) -> bytes:
    """``digest((text,))``, computed once per text object among the last 64 asked.

    A request's stages pass the very same note strings to many per-text memos.
    """
    return _TEXT_DIGESTS.get_or_compute((text,), lambda: digest((text,)))
