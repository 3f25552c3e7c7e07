"""A ready server drops the regex code file's entries and gives the heap back.

``python -m api`` (``REASONER_GC_FREEZE``) releases ``cases.re_cache``'s entries
before freezing its start-up heap: they are needed only to build a pattern again,
and held ~45 MB in every worker. The real app lifespan with a FAKE reasoner
(tests.fakes); the process's cache and collector state are restored afterwards.
"""

from __future__ import annotations

import ctypes
import gc
import re
from collections.abc import Iterator

import pytest

from api import app as app_module
from api.app import create_app
from api.settings import APISettings
from cases import re_cache
from tests.fakes import FakeReasoner

needs_cache = pytest.mark.skipif(
    re_cache._state["original"] is None, reason="cache not installed"
)


@pytest.fixture
def own_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This xdist worker's entries, sealed state and collector, restored after."""
    # the app's own patterns (its routes') compiled once before: on a cold regex code
    # file they would otherwise be added by the first start below
    create_app(reasoner_factory=lambda: FakeReasoner())
    monkeypatch.setattr(re_cache, "_codes", dict(re_cache._codes))
    monkeypatch.setattr(re_cache, "_used", set(re_cache._used))
    monkeypatch.setattr(re_cache, "_added", {})
    monkeypatch.setitem(re_cache._state, "path", None)  # nothing written
    monkeypatch.setitem(re_cache._state, "sealed", False)
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


async def _start(freeze: bool) -> int:
    app = create_app(
        api_settings=APISettings(gc_freeze=freeze),
        reasoner_factory=lambda: FakeReasoner(),
    )
    async with app.router.lifespan_context(app):
        return len(re_cache._codes)


@needs_cache
@pytest.mark.anyio
async def test_a_frozen_server_holds_no_entries_and_still_compiles(
    own_cache: None,
) -> None:
    pattern = r"perf51-(?P<kept>released)-\d+"
    re_cache._codes[(pattern, 0)] = re_cache._entry(pattern, 0)
    assert await _start(False) > 0  # in-process apps (tests) keep them
    assert await _start(True) == 0
    assert not re_cache._used and re_cache._state["sealed"]
    re.purge()
    rx = re.compile(pattern)  # compiled as before: the same pattern
    assert rx == re_cache._state["original"](pattern, 0)
    assert rx.match("perf51-released-7")["kept"] == "released"
    assert (pattern, 0) not in re_cache._codes and not re_cache._added


def test_the_heap_trim_is_skipped_without_glibc(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_libc(name: object) -> object:
        raise OSError(name)

    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    app_module._trim_heap()  # nothing to call: no error


def test_the_heap_trim_calls_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    class Trim:
        argtypes: object = None

        def __call__(self, pad: int) -> int:
            calls.append(pad)
            return 1

    class Libc:
        malloc_trim = Trim()

    monkeypatch.setattr(ctypes, "CDLL", lambda name: Libc())
    app_module._trim_heap()
    assert calls == [0]
