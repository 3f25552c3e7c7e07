"""The scanners' per-pattern answers kept on disk (cases.rx_answers), the bounded file.

``cases.rx`` reads three answers from each pattern's parse tree; they are stored
beside the regex code (perf53) so a process reads them instead of parsing again.
A stored answer must be exactly the computed one (type and value), a file of other
code or a damaged one must read as empty, a pattern built from a case's data must
never be stored, and the regex code file is bounded by bytes (least recently saved
entries dropped, this process's kept) with killed writers' temporary files removed.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cases import re_cache, rx, rx_answers, rx_words

needs_cache = pytest.mark.skipif(
    re_cache._state["original"] is None, reason="cache not installed"
)


def _identical(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down (a set is no frozenset)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple):
        return len(a) == len(b) and all(  # type: ignore[arg-type]
            _identical(x, y)
            for x, y in zip(a, b, strict=True)  # type: ignore[call-overload]
        )
    if isinstance(a, frozenset):
        return a == b and all(type(x) is str for x in a)
    return a == b


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty answers file of this process's own, the regex code one untouched."""
    path = tmp_path / "answers"
    rx_answers._load()
    monkeypatch.setitem(rx_answers._state, "path", path)
    monkeypatch.setattr(rx_answers, "_answers", {})
    monkeypatch.setattr(rx_answers, "_new", set())
    monkeypatch.setattr(rx_answers, "_asked", set())
    monkeypatch.setitem(re_cache._state, "sealed", False)
    monkeypatch.setattr(re_cache, "_added", {})
    yield path


_COMPUTE = (
    (rx_answers.FIRST, rx.first_chars, rx._first_chars),
    (rx_answers.STRINGS, rx.required_strings, rx._required_strings),
    (rx_answers.FORMULA, rx_words.required_formula, rx_words._required_formula),
)


@needs_cache
def test_a_fresh_process_records_the_project_patterns() -> None:
    """The readers' patterns compiled at import are recorded (so their answers may be
    stored); checked in a fresh process: a server test in this one may have released
    the file's entries (``re_cache.release``)."""
    code = (
        "import graph.runtime\n"
        "from cases import re_cache\n"
        "from graph._warm_patterns import project_patterns\n"
        "print(sum(re_cache.recorded(p.pattern, p.flags) for p in project_patterns()))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert int(run.stdout.split()[-1]) > 1000


@needs_cache
def test_stored_answers_are_the_computed_ones_for_the_project_patterns(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.runtime  # noqa: F401  (the readers' modules: their patterns)
    from graph._warm_patterns import project_patterns

    every = list(project_patterns())
    assert len(every) > 1000
    # recorded as a fresh process records them (the test above), whatever this
    # process released before
    monkeypatch.setattr(re_cache, "_seen", {(p.pattern, p.flags) for p in every})
    # every 10th and the 12 longest (the knowledge base's alias patterns)
    longest = sorted(every, key=lambda p: -len(p.pattern))[:12]
    patterns = list({id(p): p for p in [*every[::10], *longest]}.values())
    for pattern in patterns:
        for _slot, public, _compute in _COMPUTE:
            public(pattern)
    rx_answers.save()
    stored = rx_answers.read(store)
    assert len(stored) >= len({(p.pattern, p.flags) for p in patterns})
    # a fresh process's view: every answer read back from the file
    for pattern in patterns:
        slots = stored[rx_answers.key(pattern.pattern, pattern.flags)]
        for slot, _public, compute in _COMPUTE:
            assert _identical(slots[slot], compute(pattern)), pattern.pattern[:80]
    # and what a reader of the file is given is the stored answer, not a new parse
    rx_answers._answers.clear()
    rx_answers._answers.update(stored)
    for pattern in patterns[::5]:
        for slot, public, _compute in _COMPUTE:
            assert _identical(
                public(pattern),
                stored[rx_answers.key(pattern.pattern, pattern.flags)][slot],
            )


@needs_cache
def test_a_stored_answer_is_what_the_scanners_are_given(store: Path) -> None:
    pattern = re.compile(r"(?i)\bperf53 (?:stored|kept) answer\b")
    key = rx_answers.key(pattern.pattern, pattern.flags)
    # a file's answers are used as they are (here: a made-up required string)
    rx_answers._answers[key] = [..., (frozenset({"zzz-not-in-text"}), True), ...]
    assert rx.required_strings(pattern) == (frozenset({"zzz-not-in-text"}), True)
    assert not rx.may_match(pattern, "perf53 stored answer")
    assert rx.first_chars(pattern) == rx._first_chars(pattern)  # not stored: computed


@needs_cache
def test_files_of_other_code_or_damaged_read_empty(store: Path) -> None:
    pattern = re.compile(r"perf53-(?:damaged|foreign) file")
    rx.required_strings(pattern)
    rx_answers.save()
    whole = store.read_bytes()
    assert rx_answers.read(store)
    for cut in (0, 3, len(whole) // 2, len(whole) - 1):
        store.write_bytes(whole[:cut])
        assert rx_answers.read(store) == {}
    damaged = bytearray(whole)
    damaged[len(whole) // 2] ^= 0xFF
    store.write_bytes(bytes(damaged))
    assert rx_answers.read(store) == {}
    import marshal
    import zlib

    stamp = rx_answers._stamp()
    for foreign in ((stamp[0], stamp[1], "another code"), (stamp[0] + 1, *stamp[1:])):
        payload = marshal.dumps((foreign, {b"k" * 16: (None, None, None)}))
        store.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
        assert rx_answers.read(store) == {}
    # another version of the modules writes another file
    assert rx_answers.CODE in str(rx_answers.default_path() or rx_answers.CODE)


@needs_cache
def test_a_pattern_built_from_a_cases_data_is_never_stored(store: Path) -> None:
    with re_cache.unrecorded():
        private = re.compile(r"(?i)\bqzxperf53itis of the left gland\b")
    public = re.compile(r"(?i)\bperf53 public (?:pattern|reader)\b")
    for pattern in (private, public):
        for _slot, ask, _compute in _COMPUTE:
            ask(pattern)
    # nor held in memory (a server's per-request patterns would accumulate)
    assert rx_answers.key(private.pattern, private.flags) not in rx_answers._answers
    rx_answers.save()
    stored = rx_answers.read(store)
    assert rx_answers.key(public.pattern, public.flags) in stored
    assert rx_answers.key(private.pattern, private.flags) not in stored
    assert b"qzxperf53" not in store.read_bytes()


@needs_cache
def test_saves_of_two_processes_merge(store: Path) -> None:
    first = re.compile(r"perf53-first-(?:writer|saver)")
    rx.required_strings(first)
    rx_answers.save()
    # another process: its own answers, the file's kept
    rx_answers._answers.clear()
    rx_answers._asked.clear()
    second = re.compile(r"perf53-second-(?:writer|saver)")
    rx.first_chars(second)
    rx_answers.save()
    stored = rx_answers.read(store)
    one = stored[rx_answers.key(first.pattern, first.flags)]
    two = stored[rx_answers.key(second.pattern, second.flags)]
    assert one[rx_answers.STRINGS] == rx._required_strings(first)
    assert two[rx_answers.FIRST] == rx._first_chars(second)
    assert two[rx_answers.STRINGS] is ...  # not read by that process: not stored


def test_bounded_drops_the_least_recently_saved_and_keeps_this_processs() -> None:
    merged = {f"k{i}": "x" * 10 for i in range(10)}  # oldest first
    keep = {"k0", "k5"}
    out = re_cache.bounded(merged, keep, lambda k, v: len(v), 45)
    assert list(out) == ["k8", "k9", "k0", "k5"]  # the newest, then this process's
    assert re_cache.bounded(merged, keep, lambda k, v: len(v), 1_000) == {
        **{k: v for k, v in merged.items() if k not in keep},
        "k0": "x" * 10,
        "k5": "x" * 10,
    }
    # this process's entries stay even past the bound
    assert set(re_cache.bounded(merged, keep, lambda k, v: len(v), 5)) == keep


@needs_cache
def test_the_code_file_is_bounded_by_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "re.marshal"
    monkeypatch.setitem(re_cache._state, "path", path)
    monkeypatch.setitem(re_cache._state, "sealed", False)
    monkeypatch.setattr(re_cache, "_added", {})
    monkeypatch.setattr(re_cache, "_used", set())
    old = {
        (f"perf53-old-{i}-" + "y" * 1000, 0): re_cache._entry(f"perf53-old-{i}", 0)
        for i in range(40)
    }
    path.write_bytes(re_cache._dumps(old))
    monkeypatch.setattr(re_cache, "MAX_BYTES", 20_000)
    pattern = r"perf53-(?P<b>bounded)+"
    re_cache._codes.pop((pattern, 0), None)
    re.compile(pattern)
    re_cache.save()
    stored = re_cache._read(path)
    assert (pattern, 0) in stored
    kept_old = [k for k in stored if k[0].startswith("perf53-old-")]
    assert 10 <= len(kept_old) < 40
    assert kept_old == list(old)[-len(kept_old) :]  # the newest of the old ones
    assert sum(len(k[0]) + len(v[1]) + 64 for k, v in stored.items()) <= 20_000


def test_stale_temporary_files_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "re-code.marshal"
    path.write_bytes(b"x")
    stale = tmp_path / f"{path.name}ab3_x9zq.tmp"
    live = tmp_path / f"{path.name}cd4_y8wp.tmp"
    other = tmp_path / f"{path.name}.answers-0123456789abcdef"
    another_tmp = tmp_path / "re-code.marshal.answers-0123456789abcdefab3_x9zq.tmp"
    for f in (stale, live, other, another_tmp):
        f.write_bytes(b"partial")
    old = time.time() - re_cache.STALE_TMP_S - 60
    for f in (stale, other, another_tmp):
        os.utime(f, (old, old))
    assert re_cache.remove_stale_tmp(path) == 1
    assert not stale.exists()
    assert live.exists() and other.exists() and another_tmp.exists() and path.exists()


def test_the_diagnosis_alias_pattern_is_the_same_in_every_process() -> None:
    """Its source was built from a set: a new 180 kB pattern compiled in every process.

    This process's pattern against one of a process with another string hash seed.
    """
    from agents.offline.diagnosis import _alias_rx
    from agents.offline.knowledge import load_knowledge

    here = hashlib.sha256(_alias_rx(load_knowledge()).pattern.encode()).hexdigest()
    code = (
        "import hashlib;from agents.offline.diagnosis import _alias_rx;"
        "from agents.offline.knowledge import load_knowledge;"
        "print(hashlib.sha256(_alias_rx(load_knowledge()).pattern.encode()).hexdigest())"
    )
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONHASHSEED": seed},
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == here


@needs_cache
def test_stored_answers_are_not_parsed_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process that finds a pattern's answers in the file parses nothing for it."""
    source = r"(?i)\b(?:perf53 stored|kept (?:once|twice))\b"
    first = re.compile(source)
    rx.prepare([first])  # computed and stored by "another process"
    rx_answers.save()
    stored = rx_answers.read(store)
    rx_answers._answers.clear()
    rx_answers._answers.update(stored)
    calls: list[str] = []
    parse = rx_words._P.parse

    def counted(src: str, flags: int = 0) -> object:
        calls.append(src)
        return parse(src, flags)

    monkeypatch.setattr(rx_words._P, "parse", counted)
    rx_words.tree_of.cache_clear()
    # a new pattern object with the same source (another process's): no parse
    again = re_cache._compile(source, 0)
    assert again is not first and rx.prepare([again]) == 1
    assert not [c for c in calls if c == source]
    assert rx.may_match(again, "kept once") and not rx.may_match(again, "nothing")
