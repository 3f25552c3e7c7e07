"""perf54: view-only pathways replayed run by run when no recorded variant replays.

A returning patient's new complaint words change the answers of a few pathways'
asks, not of all of them: when no recorded variant replays whole, the newest is
replayed pathway by pathway (a pathway whose own asks answer alike keeps its
verdict, the others run again under record), and the verdicts equal a run with
every memo empty. A variant that replays is tried first next time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from agents import _reads, pathways
from agents._text import asserted, visible_texts
from agents.pathway_orders import required
from cases.rx import word_start
from cases.views import StageView
from tests.unit._memo import emptied_memos, fired, fresh
from tests.unit._memo import fired_names as _names
from tests.unit._memo import seen_once as _seen
from tests.unit._memo import sprain_view as _view


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    yield from emptied_memos()


_FALL = word_start(r"fell|fall")
_POOL = word_start(r"pool")
RUNS: Counter[str] = Counter()


def _asking(name: str, pattern: object) -> Callable[..., list]:
    def run(view: StageView, _pop: object, _ledger: object) -> list:
        RUNS[name] += 1
        if asserted(pattern, visible_texts(view)):  # type: ignore[arg-type]
            return [required("diagnostic", name, "test", name)]
        return []

    return run


def _reads_raw(view: StageView, _pop: object, _ledger: object) -> list:
    RUNS["raw"] += 1
    if any("pool" in t.lower() for t in visible_texts(view)):
        return [required("diagnostic", "raw pool", "test", r"raw pool")]
    return []


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    runs = (
        ("fall", _asking("fall", _FALL)),
        ("pool", _asking("pool", _POOL)),
        ("raw", _reads_raw),
    )
    monkeypatch.setattr(pathways, "_VIEW_ONLY", runs)
    monkeypatch.setattr(pathways, "PATHWAYS", runs)
    monkeypatch.setattr(pathways, "_LEDGER_FREE", frozenset(n for n, _ in runs))
    RUNS.clear()
    return RUNS


def test_only_the_runs_whose_own_asks_differ_run_again(probes: Counter[str]) -> None:
    _seen(_view("ankle injury #1", "Twisted ankle."))
    assert _names(fired(_view("ankle injury #1", "Twisted ankle."))) == []
    probes.clear()
    got = fired(_view("fell on the ankle #2", "Twisted ankle.", "E-2"))
    assert _names(got) == ["fall"]
    assert probes == {"fall": 1, "raw": 1}  # "pool" kept: its own ask answers alike
    newest = next(iter(pathways._BY_READS._data.values()))[0]
    assert set(newest.own) == {"fall", "pool"} and newest.raw == {"raw"}
    probes.clear()
    again = _view("a fall, ankle #3", "Twisted ankle.", "E-3")
    assert _names(fired(again)) == ["fall"]
    assert probes == {"raw": 1}  # the merged record replays whole
    pool = _view("ankle injury #4", "Slipped by the pool.", "E-4")
    assert _names(fired(pool)) == ["pool", "raw"]
    assert fired(pool) == fresh(pool)


def test_a_replayed_variant_is_tried_first(probes: Counter[str]) -> None:
    _seen(_view("ankle injury #1", "Twisted ankle."))
    fired(_view("ankle injury #1", "Twisted ankle."))
    fired(_view("fell #2", "Twisted ankle.", "E-2"))
    reuses = next(iter(pathways._BY_READS._data.values()))
    fell_first = reuses[0]
    fired(_view("ankle injury #3", "Twisted ankle.", "E-3"))
    assert reuses[0] is not fell_first and reuses[1] is fell_first
    assert len(reuses) == 2


@pytest.mark.parametrize(
    "complaint",
    [
        "ANKLE INJURY drowning #2",
        "ANKLE INJURY fell from a ladder #2",
        "ANKLE INJURY took 20 paracetamol tablets #2",
        "ANKLE INJURY severe sudden onset #2",
        "ANKLE INJURY, chest pain and collapsed #2",
    ],
)
def test_run_by_run_replay_equals_a_fresh_run(complaint: str) -> None:
    """The project's pathways: a new complaint's verdicts equal an empty memo's."""
    _seen(_view("ANKLE INJURY #1", "Twisted right ankle."))
    fired(_view("ANKLE INJURY #1", "Twisted right ankle."))
    view = _view(complaint, "Twisted right ankle (visit 2).", "E-2")
    got = fired(view)
    assert len(next(iter(pathways._BY_READS._data.values()))) == 2
    assert got == fresh(view)


def test_a_log_keeps_each_runs_own_keys() -> None:
    log = _reads.ReadLog()
    _reads.tracking(log)
    try:
        texts = _reads.tracked_texts(("fell", "note"), "fell", None)
        log.run_keys = {}
        assert asserted(_FALL, texts)
        assert len(log.run_keys) == 1 and set(log.run_keys) == set(log.asks)
        log.run_keys = {}
        asserted(_POOL, texts)
        assert len(log.run_keys) == 1 and len(log.asks) == 2
    finally:
        _reads.tracking(None)
