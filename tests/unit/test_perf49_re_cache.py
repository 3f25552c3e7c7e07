"""The on-disk regex code cache (cases.re_cache) builds the patterns a compile builds.

Patterns compare equal in CPython when their source, flags and compiled code are
equal, so each check below compares a pattern built from stored code with a fresh
compile by ``re``'s own compiler.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cases import re_cache

VARIED: list[tuple[str | bytes, int]] = [
    (r"\bchest (?:pain|pressure)\b", re.IGNORECASE),
    (r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg)", 0),
    (r"(?i)(?<!no )\bfever\b(?=\s|$)", 0),
    (
        r"""
        (?P<sbp>\d{2,3})   # systolic
        \s*/\s*
        (?P<dbp>\d{2,3})   # diastolic
    """,
        re.VERBOSE,
    ),
    (r"^\s*(?:hpi|history)\s*:", re.MULTILINE | re.IGNORECASE),
    (r"[^\W\d_]+ü", re.UNICODE),
    (r"(a)(b)?(?(2)c|d)", 0),
    (r"x{2,}?y*+z++", 0),
]
BYTES: list[tuple[str | bytes, int]] = [
    (rb"\x00[\x80-\xff]+", 0),
    (rb"(?P<k>key)=(?P<v>\w+)", re.ASCII),
]


@pytest.fixture(autouse=True)
def _open_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # an in-process app's lifespan may have sealed this worker (api/app.py)
    monkeypatch.setitem(re_cache._state, "sealed", False)


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes]:
    original = re_cache._state["original"] or re_cache._compiler.compile
    return original(pattern, flags)  # type: ignore[no-any-return]


def _built(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes]:
    return re_cache._compile(pattern, flags)  # type: ignore[no-any-return]


def _same(
    a: re.Pattern[str] | re.Pattern[bytes], b: re.Pattern[str] | re.Pattern[bytes]
) -> None:
    assert a == b  # source, flags and code
    assert (a.groups, dict(a.groupindex), a.flags) == (
        b.groups,
        dict(b.groupindex),
        b.flags,
    )


def test_the_cache_is_in_use_for_this_process() -> None:
    # conftest leaves the default on; re.compile goes through the cache
    if re_cache.default_path() is None:
        pytest.skip("turned off by ER_REASONER_RE_CACHE")
    assert re_cache._compiler.compile is re_cache._compile


@pytest.mark.parametrize(("pattern", "flags"), VARIED + BYTES)
def test_a_pattern_from_stored_code_equals_a_fresh_compile(
    pattern: str | bytes, flags: int
) -> None:
    if re_cache._state["original"] is None:
        pytest.skip("cache not installed")
    entry = re_cache._entry(pattern, flags)
    re_cache._codes.pop((pattern, flags), None)
    built = _built(pattern, flags)  # a miss: compiled, kept
    again = _built(pattern, flags)  # a hit: built from the kept code
    _same(built, _fresh(pattern, flags))
    _same(again, _fresh(pattern, flags))
    assert re_cache._codes[(pattern, int(flags))] == entry


_FRESH_PROCESS_CHECK = """
import graph.runtime
from cases import re_cache
from graph._warm_patterns import project_patterns

assert len(project_patterns()) > 1000  # the project's modules are imported
keys = sorted(re_cache._codes, key=lambda k: (str(type(k[0])), k[0], k[1]))
longest = sorted(keys, key=lambda k: -len(k[0]))[:12]
chosen = set(keys[::16]) | set(longest)
for pattern, flags in chosen:
    a = re_cache._compile(pattern, flags)
    b = re_cache._state["original"](pattern, flags)
    assert a == b, pattern
    assert (a.groups, dict(a.groupindex), a.flags) == (
        b.groups, dict(b.groupindex), b.flags
    ), pattern
print(len(chosen))
"""


def test_the_project_patterns_read_from_the_file_equal_fresh_compiles() -> None:
    """Every 16th pattern of the cache (sorted) and the 12 longest, recompiled.

    In a fresh process: a server test in this one may have released the file's
    entries (``re_cache.release`` at readiness), leaving nothing to compare (CI,
    session 54).
    """
    if re_cache._state["original"] is None:
        pytest.skip("cache not installed")
    run = subprocess.run(
        [sys.executable, "-c", _FRESH_PROCESS_CHECK],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout.split()[-1]) >= 40


def test_save_merges_into_the_file_and_a_bad_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if re_cache._state["original"] is None:
        pytest.skip("cache not installed")
    path = tmp_path / "re.marshal"
    monkeypatch.setitem(re_cache._state, "path", path)
    monkeypatch.setattr(re_cache, "_added", {})
    pattern = r"perf49-(?P<w>saved)+"
    re_cache._codes.pop((pattern, 0), None)
    re.compile(pattern)  # through re: a miss, added
    re_cache.save()
    stored = re_cache._read(path)
    assert stored[(pattern, 0)] == re_cache._entry(pattern, 0)
    # a second process's additions merge with what the file holds
    other = r"perf49-(?P<w>merged)+"
    re_cache._codes.pop((other, 0), None)
    re.compile(other)
    re_cache.save()
    assert {(pattern, 0), (other, 0)} <= set(re_cache._read(path))
    path.write_bytes(b"not marshal data")
    assert re_cache._read(path) == {}


def test_invalid_patterns_still_raise() -> None:
    with pytest.raises(re.error):
        re.compile(r"perf49(unclosed")
    with pytest.raises(re.error):
        _built(r"perf49[unclosed", 0)


def test_off_turns_it_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(re_cache.ENV, "off")
    assert re_cache.default_path() is None
    monkeypatch.setenv(re_cache.ENV, str(tmp_path / "x.marshal"))
    assert re_cache.default_path() == tmp_path / "x.marshal"
