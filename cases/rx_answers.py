"""What the scanners read of a pattern, kept on disk beside the regex code.

``cases.rx`` reads three answers from a pattern's parse tree: the characters a match
can start with (``first_chars``), the strings one of which every match contains
(``required_strings``) and the formula of strings and word starts a match needs
(``required_formula``). Each is a pure function of the pattern's source and flags
and of the code of ``cases.rx`` and ``cases.rx_words``, yet every process (each
xdist worker, each API worker's warm-up) parsed ~12,000 patterns again to compute
them: ~3.5 s of CPU of a warm-up's ``patterns_s`` and ~3 s of its first graph run,
~10 % of a test process's collection (perf52, perf53).

This module keeps them in one file beside the regex code file
(``cases.re_cache``), keyed by a 16-byte digest of the pattern's source and flags;
the file's stamp holds the regex code file's (interpreter build, ``_sre``) and a
digest of the two modules' source, so answers computed by other code are never
read (another tree's version of them uses another file). An answer is stored only
for a pattern ``cases.re_cache.recorded`` knows (compiled by this process while it
keeps patterns, not from data): the file holds what patterns say, never a text
they are matched against nor a pattern built from a case. It is written when the
regex code file is (``re_cache.on_save``: at exit, and when a server seals), merged
with what another process wrote, replaced atomically, bounded by bytes like it.
A missing, damaged or foreign file reads as empty. ``ER_REASONER_RE_CACHE=off``
turns it off with the regex code file.
"""

from __future__ import annotations

import hashlib
import marshal
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

from cases import re_cache

_LAYOUT: Final = 1
FIRST: Final = 0
"""Slot of ``cases.rx.first_chars``."""
STRINGS: Final = 1
"""Slot of ``cases.rx.required_strings``."""
FORMULA: Final = 2
"""Slot of ``cases.rx_words.required_formula``."""
_UNREAD: Final = ...
"""A slot not read yet (``marshal`` keeps ``Ellipsis``)."""
MAX_BYTES: Final = 16_000_000
"""Past this many bytes, the least recently saved answers are dropped (one tree's
~12,000 patterns take ~4 MB)."""

_T = TypeVar("_T")
_lock = threading.Lock()
_state: dict[str, Any] = {"path": None, "loaded": False}
_answers: dict[bytes, list[Any]] = {}
"""Digest -> the three slots, as read from the file and computed here."""
_new: set[bytes] = set()
"""Digests whose answers this process computed and may store (``recorded``): only
those are kept in memory besides the file's, so a server's per-request patterns do
not accumulate."""
_asked: set[bytes] = set()
"""Digests this process asked about (kept when the file is bounded)."""


def _code_digest() -> str:
    here = Path(__file__).resolve().parent
    h = hashlib.blake2b(digest_size=8)
    for name in ("rx.py", "rx_words.py", "rx_answers.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:  # pragma: no cover - installed without sources
            return ""
    return h.hexdigest()


CODE: Final = _code_digest()
"""The digest of the modules whose functions compute the answers."""


def default_path() -> Path | None:
    """The answers file beside the regex code file, None when that is off."""
    code_path = re_cache.default_path()
    if code_path is None or not CODE or re_cache._state["original"] is None:
        return None
    return code_path.with_name(f"{code_path.name}.answers-{CODE}")


def _stamp() -> tuple[Any, ...]:
    return (_LAYOUT, re_cache._stamp(), CODE)


def read(path: Path) -> dict[bytes, list[Any]]:
    """The file's answers; empty when it is missing, damaged or of other code."""
    try:
        raw = path.read_bytes()
        if len(raw) < 4 or zlib.crc32(raw[4:]) != int.from_bytes(raw[:4], "little"):
            return {}
        stamp, answers = marshal.loads(raw[4:])
    except Exception:  # any unreadable file is an empty store
        return {}
    if stamp != _stamp() or not isinstance(answers, dict):
        return {}
    return {
        k: list(v)
        for k, v in answers.items()
        if isinstance(k, bytes) and isinstance(v, tuple) and len(v) == 3
    }


def _dumps(answers: dict[bytes, list[Any]]) -> bytes:
    payload = marshal.dumps((_stamp(), {k: tuple(v) for k, v in answers.items()}))
    return zlib.crc32(payload).to_bytes(4, "little") + payload


def _load() -> None:
    with _lock:
        if _state["loaded"]:
            return
        path = default_path()
        _state["path"] = path
        if path is not None:
            for k, v in read(path).items():
                _answers.setdefault(k, v)
            re_cache.on_save(save)
        _state["loaded"] = True


def key(source: str, flags: int) -> bytes:
    """The digest of a pattern's source and flags."""
    h = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16)
    h.update(b"\0%d" % flags)
    return h.digest()


def answer(slot: int, pattern: Any, compute: Callable[[Any], _T]) -> _T:
    """``compute(pattern)``, read from the file when it holds it.

    Args:
        slot: ``FIRST``, ``STRINGS`` or ``FORMULA``: which answer.
        pattern: A compiled ``str`` pattern.
        compute: The function whose answer this is (pure in the pattern's source
            and flags).
    """
    if not _state["loaded"]:
        _load()
    if _state["path"] is None or not isinstance(pattern.pattern, str):
        return compute(pattern)
    k = key(pattern.pattern, pattern.flags)
    slots = _answers.get(k)
    if slots is not None and slots[slot] is not _UNREAD:
        _asked.add(k)
        return slots[slot]  # type: ignore[no-any-return]
    got = compute(pattern)
    # kept (in memory and in the file) only for the project's patterns: one built
    # per request or from data is answered as before, by the scanners' own tables
    if re_cache.recorded(pattern.pattern, pattern.flags):
        if slots is None:
            slots = _answers.setdefault(k, [_UNREAD, _UNREAD, _UNREAD])
        slots[slot] = got
        _new.add(k)
        _asked.add(k)
    return got


def _size(_key: bytes, slots: Any) -> int:
    try:
        return 16 + len(marshal.dumps(tuple(slots)))
    except (TypeError, ValueError):
        return 64


def save() -> None:
    """Merge the answers computed here into the file (replaced atomically)."""
    path = _state["path"]
    if path is None or not _new:
        return
    with _lock:
        new = {k: list(_answers[k]) for k in _new if k in _answers}
        _new.clear()
        asked = set(_asked)
    merged = read(path)
    for k, slots in new.items():
        old = merged.get(k)
        if old is not None:  # another process's slots this one did not read
            slots = [o if s is _UNREAD else s for s, o in zip(slots, old, strict=True)]
        merged[k] = slots
    merged = re_cache.bounded(merged, asked | set(new), _size, MAX_BYTES)
    try:
        re_cache.write_atomically(path, _dumps(merged))
    except (OSError, ValueError):
        return
