"""Compiled regular expressions kept on disk: patterns built from stored code.

Start-up compiles ~11,600 patterns (the readers', the knowledge base's lexicons, the
scanners' guarded copies): ~11 s of the API's ~25 s of CPU to ready on one core, and
the same again in every test process and subprocess (perf49, benchmarks/RESULTS.md).
CPython's ``re`` parses and generates a pattern's code in Python and keeps only 512
patterns in memory. This module keeps what ``re._compiler.compile`` hands to
``_sre.compile`` (the final flags, the code, the groups) per ``(pattern, flags)`` in
one file per interpreter build, and builds the ``Pattern`` from it: the same object
a fresh compile gives (patterns compare equal by flags, source and code), without
the parse. A pattern not in the file is compiled as before and added when the
process exits. One difference only: a pattern's compile-time warnings (a
``FutureWarning`` about a nested set, say) are raised by the process that compiled
it, not by those that read its code.

The file holds patterns only, never the texts they are matched against. A pattern
built from data (the gold labels :mod:`cases.redaction` hides) is compiled inside
:func:`unrecorded` and never kept; a server stops keeping patterns once it is ready
(:func:`seal`), so what it writes is its start-up's. Several processes (API workers,
xdist workers) read and write the file at once: a writer replaces it whole
(``os.replace`` of a temporary file), a reader takes either version. A file that is
truncated, damaged (its CRC-32), of another interpreter or ``re`` (its stamp: the
Python build, ``_sre.MAGIC``, the code size) or of another layout is read as empty
and rewritten by the next save; an entry ``_sre`` refuses is compiled as before.

:func:`install` runs when ``import cases`` imports this module, first (every package of
this project imports ``cases`` before its own patterns). ``ER_REASONER_RE_CACHE``
names the file (default: in ``REASONER_MODEL_CACHE``, ``~/.cache/er-reasoner``, beside
the exported MiniLM); ``off`` compiles as before. A file that cannot be read or
written is ignored.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:  # CPython's compiler (``re._compiler`` since 3.11)
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another implementation: compile as before
    _sre = _compiler = _parser = None

ENV = "ER_REASONER_RE_CACHE"
MAX_BYTES = 32_000_000
"""Past this many bytes, the file's least recently saved entries are dropped (the
patterns this process used are kept). Every tree on a machine adds its own versions
of the knowledge base's large alias patterns (~180 kB each): the file had grown to
164 MB of 18,400 entries, 855 of them over 100 kB, read whole by every process
(~1 s of CPU and ~500 MB of peak RSS, perf53); one tree's start-up uses ~12,000."""
STALE_TMP_S = 900.0
"""A writer's temporary file older than this is a killed writer's: removed by the next
save (a whole file is written in one call, in seconds even on a loaded box)."""

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""The final flags, the code (4-byte words, zlib-compressed), groups - 1, the group
names by index and the names in order: ``_sre.compile``'s arguments after the
pattern."""
_codes: dict[tuple[str | bytes, int], Entry] = {}
_added: dict[tuple[str | bytes, int], Entry] = {}
_used: set[tuple[str | bytes, int]] = set()
_seen: set[tuple[str | bytes, int]] = set()
"""``(pattern, final flags)`` of the patterns this process compiled through the file
while keeping patterns (not sealed, not :func:`unrecorded`): ``recorded``."""
_hooks: list[Any] = []
_state: dict[str, Any] = {"path": None, "original": None, "sealed": False}
_lock = threading.Lock()
_local = threading.local()
_LAYOUT = 2
"""The file's layout: 4 bytes of CRC-32, then ``marshal`` of ``(stamp, codes)``."""


def _stamp() -> tuple[Any, ...]:
    """What a compiled code depends on: the layout, the interpreter build, ``_sre``."""
    return (_LAYOUT, sys.implementation.name, sys.version, _sre.MAGIC, _sre.CODESIZE)


def default_path() -> Path | None:
    """The cache file for this interpreter build, or None when turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() and chosen != "off" else None
    # the exported MiniLM's folder (retrieval.onnx_minilm.cache_dir)
    env = os.environ.get("REASONER_MODEL_CACHE")
    base = Path(env) if env else Path.home() / ".cache" / "er-reasoner"
    tag = f"{sys.implementation.cache_tag}-{sys.version_info.micro}-sre{_sre.MAGIC}"
    return base / f"re-code-{tag}.marshal"


def _read(path: Path) -> dict[tuple[str | bytes, int], Entry]:
    """The file's entries; empty when it is missing, damaged or of another build."""
    try:
        raw = path.read_bytes()
        if len(raw) < 4 or zlib.crc32(raw[4:]) != int.from_bytes(raw[:4], "little"):
            return {}
        stamp, codes = marshal.loads(raw[4:])
    except Exception:  # any unreadable file is an empty cache
        return {}
    if stamp != _stamp() or not isinstance(codes, dict):
        return {}
    return codes


def _dumps(codes: dict[tuple[str | bytes, int], Entry]) -> bytes:
    payload = marshal.dumps((_stamp(), codes))
    return zlib.crc32(payload).to_bytes(4, "little") + payload


@contextlib.contextmanager
def unrecorded() -> Iterator[None]:
    """Patterns compiled inside (in this thread) are compiled as before, never kept.

    For patterns built from data (a case's gold labels): the file holds the
    project's patterns only.
    """
    depth = getattr(_local, "depth", 0)
    _local.depth = depth + 1
    try:
        yield
    finally:
        _local.depth = depth


def _entry(pattern: str | bytes, flags: int) -> Entry:
    """Compile as ``re._compiler.compile`` does, keeping what ``_sre.compile`` takes."""
    parsed = _parser.parse(pattern, flags)
    code = array.array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        zlib.compress(code, 1),
        int(parsed.state.groups - 1),
        groupindex,
        tuple(indexgroup),
    )


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` with the code read from the cache when present."""
    original = _state["original"]
    if (
        not isinstance(pattern, (str, bytes))
        or flags & re.DEBUG
        or _local.__dict__.get("depth", 0) > 0
    ):
        return original(pattern, flags)
    key = (pattern, int(flags))  # an int, as re.compile passes (marshal: no enums)
    entry = _codes.get(key)
    if entry is not None:
        try:
            final, packed, groups, groupindex, indexgroup = entry
            code = array.array("I", zlib.decompress(packed)).tolist()
            built = _sre.compile(
                pattern, final, code, groups, dict(groupindex), indexgroup
            )
        except Exception:  # an entry _sre refuses: compile it again
            with _lock:
                _codes.pop(key, None)
        else:
            if not _state["sealed"]:
                _used.add(key)
                _seen.add((pattern, built.flags))
            return built
    if _state["sealed"]:
        return original(pattern, flags)
    entry = _entry(pattern, key[1])  # raises re.error as a compile does
    with _lock:
        _codes[key] = _added[key] = entry
    _used.add(key)
    final, packed, groups, groupindex, indexgroup = entry
    _seen.add((pattern, final))
    code = array.array("I", zlib.decompress(packed)).tolist()
    return _sre.compile(pattern, final, code, groups, dict(groupindex), indexgroup)


def recorded(pattern: str | bytes, flags: int) -> bool:
    """Whether this process compiled ``pattern`` (final ``flags``) through the file.

    True for the project's patterns compiled while patterns are kept; False for one
    compiled inside :func:`unrecorded` (built from data), after :func:`seal`, or
    never. What is stored about a pattern elsewhere (``cases.rx_answers``) is stored
    only when this holds.
    """
    return (pattern, flags) in _seen


def on_save(hook: Any) -> None:
    """Run ``hook()`` at each :func:`save` (at exit and when a server seals).

    For stores kept beside this file (``cases.rx_answers``); a failing hook is
    ignored.
    """
    if hook not in _hooks:
        _hooks.append(hook)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole (a temporary file, then ``os.replace``).

    Readers see the old file or the new one. Temporary files of writers killed
    mid-write (older than ``STALE_TMP_S``) are removed first. OSError when the
    folder cannot be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_tmp(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_tmp(path: Path, now: float | None = None) -> int:
    """Remove ``path``'s temporary files older than ``STALE_TMP_S``; how many.

    Only this file's own temporary files (its name, then ``mkstemp``'s 8 characters,
    then ``.tmp``) and only old ones: a live writer's file is seconds old.
    """
    now = time.time() if now is None else now
    removed = 0
    name = path.name
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        # plain string tests: a pattern compiled here would be kept (glob compiles)
        for tmp in entries:
            if not (
                tmp.name.startswith(name)
                and tmp.name.endswith(".tmp")
                and len(tmp.name) == len(name) + 12  # not a longer name's
            ):
                continue
            with contextlib.suppress(OSError):
                if now - tmp.stat(follow_symlinks=False).st_mtime > STALE_TMP_S:
                    os.unlink(tmp.path)
                    removed += 1
    return removed


def bounded(
    merged: dict[Any, Any],
    keep: set[Any],
    size: Any,
    max_bytes: int,
) -> dict[Any, Any]:
    """``merged`` in least-recently-saved order, oldest dropped past ``max_bytes``.

    The entries of ``keep`` (this process's) move to the end, as the most recent;
    then entries are dropped from the start until the sizes (``size(key, value)``)
    fit, never one of ``keep``.
    """
    ordered = {k: v for k, v in merged.items() if k not in keep}
    ordered.update((k, merged[k]) for k in merged if k in keep)
    sizes = {k: size(k, v) for k, v in ordered.items()}
    total = sum(sizes.values())
    if total <= max_bytes:
        return ordered
    for k in list(ordered):
        if total <= max_bytes:
            break
        if k not in keep:
            total -= sizes[k]
            del ordered[k]
    return ordered


def _size(key: tuple[str | bytes, int], entry: Any) -> int:
    """An entry's bytes in the file, about: its pattern and its compressed code."""
    try:
        return len(key[0]) + len(entry[1]) + 64
    except (TypeError, IndexError):
        return 64


def save() -> None:
    """Write the patterns compiled here into the file (merged, replaced atomically).

    The save hooks (``on_save``) run first. Past ``MAX_BYTES`` the least recently
    saved entries are dropped; the patterns this process used or added are kept.
    """
    for hook in list(_hooks):
        with contextlib.suppress(Exception):
            hook()
    path = _state["path"]
    if path is None or not _added:
        return
    with _lock:
        added = dict(_added)
        _added.clear()
    merged = _read(path)
    merged.update(added)
    merged = bounded(merged, set(_used) | set(added), _size, MAX_BYTES)
    with contextlib.suppress(OSError, ValueError):
        write_atomically(path, _dumps(merged))


def seal() -> None:
    """Save, then keep no more patterns in this process (a server once ready).

    Patterns compiled later still read the file's code; new ones are compiled as
    before and not written.
    """
    save()
    _state["sealed"] = True


def release() -> None:
    """Seal, then drop the file's entries from memory (a server process once ready).

    The entries (~3 kB each: the pattern, its compressed code) are only needed to
    build a pattern again; a ready server compiles none while serving (measured: 0
    over three passes of new notes on the demo cases, perf51), and the 11,800 its
    start-up built are held by their owners. A file of 15,000 entries held ~45 MB
    in every worker (perf51, benchmarks/RESULTS.md). A pattern compiled after this
    is compiled as before.
    """
    seal()
    with _lock:
        _codes.clear()
        _used.clear()
        _seen.clear()


def install(path: Path | None = None) -> bool:
    """Read the file and route ``re`` compiles through it (once a process).

    Returns:
        Whether the cache is in use.
    """
    if _compiler is None or array.array("I").itemsize != _sre.CODESIZE:
        return False
    if _state["original"] is not None:
        return _state["original"] is not None
    path = path or default_path()
    if path is None:
        return False
    _codes.update(_read(path))
    _state["path"] = path
    _state["original"] = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)
    return True


install()  # on import: ``import cases`` imports this module first
