"""The regex code cache's file under several processes, damage and private data.

Two API workers and the xdist workers start together and read and write the one
file (cases.re_cache): a reader must get either the old or the new file whole,
a truncated, damaged or foreign file must read as empty (and be rewritten), an
entry ``_sre`` refuses must be compiled again, ``ER_REASONER_RE_CACHE=off`` must
write nothing, and a pattern built from a case's gold labels must never be kept.
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from cases import re_cache
from cases.models import GoldLabels
from cases.redaction import redact_gold_text

_MODULE = Path(re_cache.__file__)
_ALONE = f"""
import importlib.util, re, sys
spec = importlib.util.spec_from_file_location("re_cache_alone", {str(_MODULE)!r})
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
"""
"""The module loaded by path in a fresh interpreter (without the ``cases`` package)."""

needs_cache = pytest.mark.skipif(
    re_cache._state["original"] is None, reason="cache not installed"
)


@pytest.fixture(autouse=True)
def _open_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # an in-process app's lifespan may have sealed this worker (api/app.py)
    monkeypatch.setitem(re_cache._state, "sealed", False)
    monkeypatch.setattr(re_cache, "_added", {})
    yield


def _run(code: str, env: dict[str, str], timeout: float = 600) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _ALONE + code],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@needs_cache
def test_a_truncated_file_reads_empty_and_is_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "re.marshal"
    monkeypatch.setitem(re_cache._state, "path", path)
    pattern = r"perf50-(?P<t>truncated)+"
    re_cache._codes.pop((pattern, 0), None)
    re.compile(pattern)
    re_cache.save()
    whole = path.read_bytes()
    assert (pattern, 0) in re_cache._read(path)
    for cut in (0, 3, 4, len(whole) // 2, len(whole) - 1):
        path.write_bytes(whole[:cut])
        assert re_cache._read(path) == {}
    # one changed byte inside: the CRC-32 no longer matches
    damaged = bytearray(whole)
    damaged[len(whole) // 2] ^= 0xFF
    path.write_bytes(bytes(damaged))
    assert re_cache._read(path) == {}
    # the next save rewrites a readable file
    other = r"perf50-(?P<t>rewritten)+"
    re_cache._codes.pop((other, 0), None)
    re.compile(other)
    re_cache.save()
    assert (other, 0) in re_cache._read(path)


@needs_cache
def test_a_file_of_another_interpreter_or_layout_reads_empty(tmp_path: Path) -> None:
    path = tmp_path / "re.marshal"
    entry = re_cache._entry(r"perf50-foreign", 0)
    codes = {(r"perf50-foreign", 0): entry}
    stamp = re_cache._stamp()
    for foreign in (
        (stamp[0] + 1, *stamp[1:]),  # another layout
        (*stamp[:2], "3.11.0 (another build)", *stamp[3:]),  # another Python
        (*stamp[:3], stamp[3] - 1, stamp[4]),  # another _sre
    ):
        payload = marshal.dumps((foreign, codes))
        path.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
        assert re_cache._read(path) == {}
    path.write_bytes(marshal.dumps(codes))  # perf49's layout: a bare dict
    assert re_cache._read(path) == {}
    payload = marshal.dumps((stamp, codes))
    path.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
    assert re_cache._read(path) == codes


@needs_cache
def test_an_entry_sre_refuses_is_compiled_again() -> None:
    pattern = r"perf50-(?P<bad>entry)\d+"
    key = (pattern, 0)
    fresh = re_cache._state["original"](pattern, 0)
    final, _packed, groups, groupindex, indexgroup = re_cache._entry(pattern, 0)
    bad_code = zlib.compress(b"\xff\xff\xff\x7f" * 3, 1)  # not valid SRE code
    for bad in (
        (final, bad_code, groups, groupindex, indexgroup),
        (final, b"not zlib", groups, groupindex, indexgroup),
        ("wrong", "shape"),
    ):
        re_cache._codes[key] = bad  # type: ignore[assignment]
        built = re_cache._compile(pattern, 0)
        assert built == fresh
        assert built.match("perf50-entry42") is not None
        assert re_cache._codes[key] == re_cache._entry(pattern, 0)


@needs_cache
def test_writers_and_readers_at_once_never_see_a_partial_file(tmp_path: Path) -> None:
    """Four processes save their own patterns 15 times each while this one reads."""
    path = tmp_path / "re.marshal"
    env = {re_cache.ENV: str(path)}
    writer = """
n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
for i in range(15):
    re.compile(rf"perf50-writer-{{n}}-{{i}}-(?P<w>\\w+)")
    mod.save()
"""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _ALONE + writer.format(), str(n)],
            env={**os.environ, **env},
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    reads = seen = 0
    while any(p.poll() is None for p in procs):
        if path.exists():
            codes = re_cache._read(path)
            reads += 1
            # os.replace: a file once written is always read whole
            assert codes, "a reader saw an unreadable cache file"
            seen = max(seen, len(codes))
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    final = re_cache._read(path)
    assert final and all(
        isinstance(k[0], str)
        and re.fullmatch(r"perf50-writer-\d-\d+-\(\?P<w>\\w\+\)", k[0])
        for k in final
    )
    assert not list(tmp_path.glob("*.tmp"))  # no temporary file left behind


def test_off_writes_nothing_and_compiles_as_before(tmp_path: Path) -> None:
    out = _run(
        """
import re._compiler as rc
print(mod.install(), mod._compiler.compile is mod._compile if mod._compiler else False)
re.compile(r"perf50-off-(?P<x>\\d+)")
mod.save()
""",
        {re_cache.ENV: "off", "REASONER_MODEL_CACHE": str(tmp_path)},
    )
    assert out.split() == ["False", "False"]
    assert list(tmp_path.iterdir()) == []


@needs_cache
def test_unrecorded_patterns_are_not_kept() -> None:
    pattern = r"perf50-unrecorded-(?P<u>\d+)"
    re_cache._codes.pop((pattern, 0), None)
    with re_cache.unrecorded():
        with re_cache.unrecorded():
            rx = re.compile(pattern)
        assert re.compile(pattern + "x") is not None  # still inside the outer one
    assert rx.match("perf50-unrecorded-7") is not None
    assert (pattern, 0) not in re_cache._codes
    assert (pattern + "x", 0) not in re_cache._codes
    assert not re_cache._added
    re.purge()  # re's own in-memory cache holds it
    re.compile(pattern)  # outside: kept again
    assert (pattern, 0) in re_cache._added


@needs_cache
def test_a_cases_gold_labels_never_reach_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "re.marshal"
    monkeypatch.setitem(re_cache._state, "path", path)
    gold = GoldLabels(
        diagnosis_name="Qzxperfitis of the left perf50 gland", icd10_codes=("Q99.87",)
    )
    text, counts = redact_gold_text(
        "Likely qzxperfitis of the left perf50 gland, code Q99.87.", gold
    )
    assert text is not None and "qzxperfitis" not in text.lower() and counts
    re_cache.save()
    kept = list(re_cache._codes) + list(re_cache._added) + list(re_cache._read(path))
    for pattern, _flags in kept:
        source = pattern if isinstance(pattern, str) else pattern.decode("latin-1")
        assert "qzxperf" not in source.lower()
        assert "Q99" not in source


@needs_cache
def test_a_sealed_process_keeps_no_new_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "re.marshal"
    monkeypatch.setitem(re_cache._state, "path", path)
    before = r"perf50-before-seal-(?P<s>\d+)"
    after = r"perf50-after-seal-(?P<s>\d+)"
    for p in (before, after):
        re_cache._codes.pop((p, 0), None)
    re.compile(before)
    re_cache.seal()  # saves what start-up compiled
    assert (before, 0) in re_cache._read(path)
    rx = re.compile(after)
    assert rx.match("perf50-after-seal-3") is not None
    assert re.compile(before).match("perf50-before-seal-1") is not None  # a hit
    assert (after, 0) not in re_cache._codes and not re_cache._added
    re_cache.save()
    assert (after, 0) not in re_cache._read(path)
