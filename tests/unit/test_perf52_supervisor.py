"""The supervisor pings its warm workers at once (perf52, issue 15).

``_Worker.ask`` sent a ping and waited up to the health-check timeout (60 s) for its
answer, one worker after the other: a hung worker held the supervisor's loop, and the
checks of every other worker, for the whole timeout. ``ask_all`` sends every ping
first, then waits for the answers against one deadline. Real pipes; the worker
processes are stand-ins (no server is started).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import threading
from multiprocessing.connection import Connection
from typing import Any

import pytest

from api import supervisor


class _Process:
    def __init__(self, alive: bool) -> None:
        self.alive = alive

    def is_alive(self) -> bool:
        return self.alive


def _worker(alive: bool = True) -> tuple[supervisor._Worker, Connection]:
    """A ``_Worker`` on a real pipe (its child end returned), no process spawned."""
    parent, child = multiprocessing.Pipe()
    w = object.__new__(supervisor._Worker)
    w.parent = parent
    w.process = _Process(alive)  # type: ignore[assignment]
    return w, child


def _answer(child: Connection, listening: bool) -> threading.Thread:
    def run() -> None:
        child.recv()
        child.send(listening)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_every_worker_is_pinged_before_any_answer_is_awaited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    silent, silent_child = _worker()
    ready, ready_child = _worker()
    waited: list[list[Any]] = []
    real_wait = multiprocessing.connection.wait

    def recording_wait(conns: list[Any], timeout: float | None = None) -> Any:
        waited.append(list(conns))
        if len(waited) == 1:  # both pings were sent before the first wait
            assert silent_child.poll(0) and ready_child.poll(0)
            assert ready_child.recv() == b"ping"
            ready_child.send(True)  # one worker answers, the other stays silent
        return real_wait(conns, timeout)

    monkeypatch.setattr(supervisor, "wait", recording_wait)
    answers = supervisor.ask_all([silent, ready], 0.5)
    assert answers == {silent: None, ready: True}
    assert set(waited[0]) == {silent.parent, ready.parent}  # one wait for both
    assert silent_child.recv() == b"ping"


def test_a_dead_worker_is_not_pinged_and_has_no_answer() -> None:
    dead, dead_child = _worker(alive=False)
    up, up_child = _worker()
    _answer(up_child, False)
    assert supervisor.ask_all([dead, up], 5.0) == {dead: None, up: False}
    assert not dead_child.poll(0)


def test_ask_answers_as_before() -> None:
    w, child = _worker()
    _answer(child, True)
    assert w.ask(5.0) is True
    silent, _silent_child = _worker()
    assert silent.ask(0.2) is None


def test_keep_alive_pings_the_warm_workers_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One ``ask_all`` for all warm workers; a starting one is judged by progress."""
    sup = supervisor.Supervisor(supervisor.WorkerSpec("127.0.0.1", 0), 3)
    workers = [_worker()[0] for _ in range(3)]
    for w, warm in zip(workers, (True, True, False), strict=True):
        w.gate = supervisor.WorkerGate(
            multiprocessing.Event(), sup._go, sup._listening, 1.0
        )
        if warm:
            w.gate.warm.set()
    sup.workers = workers
    calls: list[list[supervisor._Worker]] = []

    def fake_ask_all(ws: list[supervisor._Worker], timeout: float) -> Any:
        calls.append(list(ws))
        return dict.fromkeys(ws, True)

    monkeypatch.setattr(supervisor, "ask_all", fake_ask_all)
    monkeypatch.setattr(supervisor._Worker, "starting", lambda self, s, c: True)
    assert sup._keep_alive(ping=True) == 0
    assert calls == [workers[:2]]
    assert sup.workers == workers  # nobody replaced
