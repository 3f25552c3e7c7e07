"""perf31: view-only pathway verdicts reused across requests by what they read.

A view with the same content apart from its complaint and one-liner reuses the
verdicts only when every recorded answer on the new texts is the same; a change in a
read input, or a read the log cannot see, runs the pathways again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents import _reads, pathways
from agents._text import asserted, visible_texts
from agents.pathway_orders import required
from cases.rx import word_start
from cases.views import StageView
from tests.unit._memo import (
    emptied_memos,
    fired,
    fresh,
    recorded_reuses,
)
from tests.unit._memo import fired_names as _names
from tests.unit._memo import seen_once as _seen
from tests.unit._memo import sprain_view as _view


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    yield from emptied_memos()


def test_a_first_sight_runs_plainly_and_the_second_records() -> None:
    """perf32: a key seen once holds no reuse; its second sight records one."""
    first = _view("ANKLE INJURY worse today #1", "Twisted right ankle (visit 1).")
    got = fired(first)
    assert list(pathways._BY_READS._data.values()) == [[]]
    fired(_view("ANKLE INJURY at rest #2", "Twisted right ankle (visit 2).", "E-2"))
    assert len(recorded_reuses()) == 1 and recorded_reuses()[0].checks
    assert got == fresh(first)


def test_a_stated_overdose_is_read_through_recorded_asks() -> None:
    """perf32: the overdose work-up no longer re-runs on every reused view."""
    taken = _view("took 30 of her pills #1", "Overdose of her tablets (visit 1).")
    _seen(taken)
    got = fired(taken)
    assert "stated_overdose_workup" in _names(got)
    assert "stated_overdose_workup" not in recorded_reuses()[0].raw
    again = _view("took 30 of her pills #2", "Overdose of her tablets (visit 2).")
    assert fired(again) == got == fresh(again)
    ankle = _view("ANKLE INJURY #3", "Twisted right ankle.", "E-3")
    assert "stated_overdose_workup" not in _names(fired(ankle))


def test_a_new_complaint_answering_alike_reuses_the_verdicts() -> None:
    first = _view("ANKLE INJURY worse today #1", "Twisted right ankle (visit 1).")
    second = _view(
        "ANKLE INJURY since morning #2", "Twisted right ankle (visit 2).", "E-2"
    )
    _seen(first)
    got_first = fired(first)
    got_second = fired(second)
    reuses = recorded_reuses()
    assert len(reuses) == 1 and reuses[0].checks  # replayed, not recorded again
    assert _names(got_second) == _names(got_first)
    assert got_second == fresh(second)


def test_a_change_in_a_read_answer_runs_the_pathways_again() -> None:
    """The same note, a complaint that names a drowning: verdicts change."""
    plain = _view("ANKLE INJURY #1", "Twisted right ankle.")
    _seen(plain)
    fired(plain)
    overdose = _view(
        "drowning, pulled from the pool #2", "Pulled from the pool.", "E-2"
    )
    got = fired(overdose)
    assert "drowning" in _names(got)
    assert len(next(iter(pathways._BY_READS._data.values()))) == 2
    assert got == fresh(overdose)


def test_the_reuse_memo_serves_the_first_view_again_after_a_change() -> None:
    plain = _view("ANKLE INJURY #1", "Twisted right ankle.")
    expected = fresh(plain)
    fired(_view("drowning #2", "Pulled from the pool.", "E-2"))
    again = _view("ANKLE INJURY #3", "Twisted right ankle.", "E-3")
    assert fired(again) == expected


_FALL = word_start(r"fell|fall")


def _reads_complaint(view: StageView, _pop: object, _ledger: object) -> list:
    """A pathway that reads the complaint outside the recorded asks."""
    if "fall" in (view.chief_complaint or "").lower():
        return [required("diagnostic", "fall screen", "test", r"fall screen")]
    return []


def _reads_texts_raw(view: StageView, _pop: object, _ledger: object) -> list:
    """A pathway that iterates the visible texts itself."""
    if any("pool" in t.lower() for t in visible_texts(view)):
        return [required("diagnostic", "pool screen", "test", r"pool screen")]
    return []


def _asks(view: StageView, _pop: object, _ledger: object) -> list:
    """A pathway that reads the texts through a recorded ask."""
    if asserted(_FALL, visible_texts(view)):
        return [required("diagnostic", "asked fall", "test", r"asked fall")]
    return []


@pytest.fixture
def probe_pathways(monkeypatch: pytest.MonkeyPatch) -> None:
    probes = (
        ("reads_complaint", _reads_complaint),
        ("reads_texts_raw", _reads_texts_raw),
        ("asks", _asks),
    )
    monkeypatch.setattr(pathways, "_VIEW_ONLY", probes)
    monkeypatch.setattr(pathways, "PATHWAYS", probes)
    monkeypatch.setattr(pathways, "_LEDGER_FREE", frozenset(n for n, _ in probes))


@pytest.mark.usefixtures("probe_pathways")
def test_reads_outside_the_asks_are_run_again_on_every_view() -> None:
    _seen(_view("ankle injury #1", "Twisted ankle."))
    before = fired(_view("ankle injury #1", "Twisted ankle."))
    assert _names(before) == []
    reuse = next(r for rs in pathways._BY_READS._data.values() for r in rs)
    assert reuse.raw == {"reads_complaint", "reads_texts_raw"}
    after = fired(_view("fall #2", "Twisted ankle.", "E-2"))
    assert _names(after) == ["reads_complaint", "asks"]
    pool = fired(_view("ankle injury #3", "Found in the pool.", "E-3"))
    assert _names(pool) == ["reads_texts_raw"]


def test_watched_reads_beyond_the_key_mark_the_run() -> None:
    view = _view("ANKLE INJURY #1", "Twisted right ankle.")
    seen = _reads.watched(view)
    for read in (
        lambda: seen.chief_complaint,
        lambda: seen.one_liner,
        lambda: seen.encounter_id,
        lambda: seen.presentation,
        lambda: seen.stage,
        lambda: seen.model_dump(),
        lambda: hash(seen),
    ):
        log = _reads.ReadLog()
        _reads.tracking(log)
        try:
            read()
        finally:
            _reads.tracking(None)
        assert log.raw
    log = _reads.ReadLog()
    _reads.tracking(log)
    try:
        assert seen.vitals == view.vitals and seen.ed_text == view.ed_text
    finally:
        _reads.tracking(None)
    assert not log.raw


def test_tracked_texts_record_asks_and_mark_raw_reads() -> None:
    log = _reads.ReadLog()
    _reads.tracking(log)
    try:
        texts = _reads.tracked_texts(("fell", "note"), "fell", None)
        assert asserted(_FALL, texts)
        assert not log.raw
        assert log.replays(("a fall at home", None))
        assert not log.replays(("ankle", None))
        for raw in (list, hash, lambda t: t[0], lambda t: "x" in t, "\n".join):
            log.raw = False
            raw(texts)
            assert log.raw
    finally:
        _reads.tracking(None)


def test_answers_compare_strictly() -> None:
    assert _reads.same((1.0,), (1.0,))
    assert not _reads.same((0.0,), (-0.0,))
    assert not _reads.same(1, 1.0)
    assert not _reads.same(True, 1)
