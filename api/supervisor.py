"""Several server processes, each with its own listening socket (``SO_REUSEPORT``).

uvicorn's ``--workers`` binds one socket in the parent and shares it: whichever
worker wakes first accepts every pending connection, and keep-alive keeps them there,
so a client's burst of 16 connections often lands on one worker while the other idles
(measured: 33.4 s vs 0.27 s of CPU; benchmarks/RESULTS.md). Here each worker binds its
own socket to the same address with ``SO_REUSEPORT`` and the kernel spreads new
connections over the listening sockets by a hash of their addresses (Linux; the same
design as nginx's ``reuseport``; uvicorn has it only as an open proposal,
encode/uvicorn#2472).

A worker binds its socket at start but listens only after its lifespan (the warm-up)
is done, so connections reach warm workers only. The first workers also wait for each
other (a start barrier, :class:`WorkerGate`): the kernel spreads connections only over
sockets that listen, and keep-alive keeps a client's connections where they first
landed, so a worker that listened seconds before the others took the first minute's
whole load (measured: 62.5 s vs 0.2 s of CPU; benchmarks/RESULTS.md). The barrier
opens when every worker is warm, when one dies, or ``start_barrier_s`` after the first
is warm (a broken worker cannot hold the others); ``/readyz`` is 503 until every
warm worker listens. A worker started later (a replacement) finds the barrier open
and joins at once.

The kernel's hash places connections unevenly (16 over two workers: 11/5 or worse
one time in five) and keep-alive keeps them there; the workers share their counts of
open connections and one over its share closes a connection after its response, so
the client reconnects and is placed again (:mod:`api.balance`).

The supervisor restarts a worker that dies (or does not answer a ping within the
health-check timeout), stops when a worker fails to start, and forwards
SIGINT/SIGTERM as SIGTERM: each worker finishes its in-flight requests (uvicorn's
graceful shutdown) before the supervisor exits. A worker is pinged once it is warm
(its warm-up done); until then it is starting and is judged by its progress, not by
a clock: it is replaced only when its CPU time has not moved for the health-check
timeout (a hang), or past ``start_cpu_s`` of CPU (a start-up loop). At a load of 25
a replacement's imports took 98-287 s of wall (it answers pings only after them),
and the 60 s ping killed it, and its replacement, in turn; at a load of 40 one that
had answered was killed during its warm-up (perf50, perf51; benchmarks/RESULTS.md).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnProcess
from multiprocessing.synchronize import Event
from types import FrameType
from typing import Any

from api.balance import NOT_LISTENING, ConnectionShare

logger = logging.getLogger("uvicorn.error")

STARTUP_FAILURE = 3
"""uvicorn's exit code for a worker that could not start (app, bind)."""

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system, all threads) of ``pid``; None when unreadable."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError, ValueError):
        return None


_spawn = multiprocessing.get_context("spawn")


def supported() -> bool:
    """Whether the kernel spreads connections over ``SO_REUSEPORT`` sockets (Linux)."""
    return sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")


def reuseport_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``(host, port)`` with ``SO_REUSEPORT``, not listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def claim_port(host: str, port: int) -> int:
    """Check that ``(host, port)`` is free; return it (a free port for 0).

    Bound without ``SO_REUSEPORT``, so a server already listening there (even one of
    ours with ``SO_REUSEPORT``) makes this fail instead of silently sharing its
    connections with it.

    Raises:
        OSError: The address is in use or cannot be bound.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker process needs to build its uvicorn server (picklable)."""

    host: str
    port: int
    uvicorn: dict[str, Any] = field(default_factory=dict)
    """Keyword arguments of ``uvicorn.Config`` besides the app, host and port."""


@dataclass(frozen=True)
class WorkerGate:
    """A worker's side of the start barrier (an :class:`api.app.StartGate`).

    Picklable (multiprocessing events), so a spawned worker receives it.
    """

    warm: Event
    """Set by the worker when its warm-up is done."""
    go: Event
    """Set by the supervisor: listen now (shared by all workers)."""
    listening: Event
    """Set by the supervisor once every warm worker listens (shared)."""
    timeout_s: float
    """Longest wait for ``go`` (the supervisor opens it by then anyway)."""

    def wait_for_peers(self) -> None:
        """Report this worker warm; block until the supervisor opens the barrier."""
        self.warm.set()
        if not self.go.is_set():
            logger.info(
                "warm; waiting for the other workers (at most %.0f s)", self.timeout_s
            )
        self.go.wait(self.timeout_s)

    def peers_listening(self) -> bool:
        """Whether every warm worker listens."""
        return self.listening.is_set()


def _pong(conn: Connection, server: Any) -> None:
    """Answer the supervisor's pings (from a thread: independent of the loop)."""
    with contextlib.suppress(EOFError, OSError):
        while True:
            conn.recv()
            conn.send(bool(server.started))


def serve_worker(
    spec: WorkerSpec,
    conn: Connection,
    gate: WorkerGate,
    share: ConnectionShare | None = None,
) -> None:
    """Run one uvicorn server on its own ``SO_REUSEPORT`` socket (child process)."""
    import uvicorn

    from api.app import create_app

    config = uvicorn.Config(
        functools.partial(create_app, start_gate=gate, balance=share),
        factory=True,
        host=spec.host,
        port=spec.port,
        **spec.uvicorn,
    )  # configures logging in this process
    try:
        sock = reuseport_socket(spec.host, spec.port)
    except OSError as exc:
        logger.error("cannot bind %s:%d: %s", spec.host, spec.port, exc)
        sys.exit(STARTUP_FAILURE)
    server = uvicorn.Server(config)
    if share is not None:  # uvicorn's set of this process's open connections
        share.attach(_client_addresses(server))
    threading.Thread(target=_pong, args=(conn, server), daemon=True).start()
    with contextlib.suppress(KeyboardInterrupt):
        # Listens (asyncio create_server) only after the lifespan: the warm-up, then
        # the start barrier.
        server.run(sockets=[sock])


def _client_addresses(server: Any) -> Callable[[], list[object]]:
    """The client addresses of ``server``'s open connections (from any thread).

    ``set(...)`` copies uvicorn's set of connections in one step under the GIL; a
    comprehension over the live set could see it change size mid-iteration.
    """

    def addresses() -> list[object]:
        return [p.client for p in set(server.server_state.connections)]

    return addresses


class _Worker:
    """A supervised worker process and its ping pipe."""

    def __init__(
        self, spec: WorkerSpec, gate: WorkerGate, share: ConnectionShare | None
    ) -> None:
        self.gate = gate
        self.parent, child = _spawn.Pipe()
        self.process: SpawnProcess = _spawn.Process(
            target=serve_worker, args=(spec, child, gate, share), daemon=False
        )
        self.process.start()
        child.close()
        self._cpu = -1.0
        self._moved = time.monotonic()

    @property
    def pid(self) -> int:
        return self.process.pid or 0

    def ask(self, timeout: float) -> bool | None:
        """Ping: whether the server listens; None when dead or silent ``timeout`` s."""
        return ask_all([self], timeout)[self]

    def send_ping(self) -> bool:
        """Send a ping; False when the process is dead or its pipe is closed."""
        if not self.process.is_alive():
            return False
        try:
            self.parent.send(b"ping")
        except (OSError, EOFError):
            return False
        return True

    def starting(self, stall_s: float, cpu_s: float) -> bool:
        """Whether a worker not warm yet is still making progress (no ping).

        False when dead, when its CPU time has not moved for ``stall_s`` (a hang),
        or past ``cpu_s`` of CPU (a start-up loop).
        """
        if not self.process.is_alive():
            return False
        cpu = cpu_seconds(self.pid)
        now = time.monotonic()
        if cpu is None:  # not readable (no /proc): a clock from its start
            return now - self._moved < stall_s
        if cpu > self._cpu:
            self._cpu, self._moved = cpu, now
        return cpu <= cpu_s and now - self._moved < stall_s

    def signal(self, sig: int) -> None:
        if self.process.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)


def ask_all(workers: list[_Worker], timeout: float) -> dict[_Worker, bool | None]:
    """Ping every worker at once; wait ``timeout`` s in all for their answers.

    Whether each server listens; None for one dead or silent until the deadline. One
    shared deadline: a hung worker no longer holds the supervisor's loop (and the
    other workers' checks) for ``timeout`` s per worker.
    """
    answers: dict[_Worker, bool | None] = dict.fromkeys(workers)
    pending = {w.parent: w for w in workers if w.send_ping()}
    deadline = time.monotonic() + timeout
    while pending:
        left = deadline - time.monotonic()
        ready = wait(list(pending), max(0.0, left))
        for conn in [c for c in pending if c in ready]:
            w = pending.pop(conn)
            with contextlib.suppress(OSError, EOFError):
                answers[w] = bool(conn.recv())
        if not ready and left <= 0:
            break
    return answers


class Supervisor:
    """Start ``workers`` server processes, keep them running, stop them gracefully."""

    def __init__(
        self,
        spec: WorkerSpec,
        workers: int,
        *,
        healthcheck_s: float = 60.0,
        check_every_s: float = 5.0,
        start_barrier_s: float = 60.0,
        balance: bool = True,
        start_cpu_s: float = 900.0,
    ) -> None:
        """Supervise ``workers`` processes serving ``spec``.

        Args:
            spec: The server each worker runs (host, port, uvicorn settings).
            workers: Number of worker processes.
            healthcheck_s: Seconds a worker may take to answer a ping before it is
                killed and replaced; a worker not warm yet is replaced when its
                CPU time has not moved for this long.
            check_every_s: Seconds between pings of each worker.
            start_barrier_s: Longest wait, from the first worker's warm-up on, for
                the others' before the warm ones listen.
            balance: Workers share their open connection counts and one over its
                share closes connections after their response (``api.balance``).
            start_cpu_s: CPU seconds a worker may spend before it is warm (a
                start-up loop past it is replaced).
        """
        self.spec = spec
        self.count = workers
        self.healthcheck_s = healthcheck_s
        self.check_every_s = check_every_s
        self.start_barrier_s = start_barrier_s
        self.workers: list[_Worker] = []
        self.balance = balance
        self.start_cpu_s = start_cpu_s
        self.connections = _spawn.RawArray("i", [NOT_LISTENING] * workers)
        """Open connections per worker slot, written by the workers (api.balance)."""
        self.restarts = 0
        self._go = _spawn.Event()
        self._listening = _spawn.Event()
        self._started = 0.0
        self._first_warm = 0.0
        self._opened = 0.0
        self._stop = threading.Event()
        self._signals = 0

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:  # noqa: ARG002
        self._signals += 1
        if self._signals > 1:  # a second signal: no more waiting
            for w in self.workers:
                w.signal(signal.SIGKILL)
        self._stop.set()

    def run(self) -> int:
        """Serve until SIGINT/SIGTERM or a start-up failure; return the exit code."""
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self._on_signal)
        logger.info(
            "Started supervisor [%d]: %d workers, one SO_REUSEPORT socket each on "
            "http://%s:%d (they listen once all are warm)",
            os.getpid(),
            self.count,
            self.spec.host,
            self.spec.port,
        )
        self._started = time.monotonic()
        self.workers = [self._start_worker(i) for i in range(self.count)]
        code = 0
        last_check = time.monotonic()
        while not self._stop.wait(0.5 if self._listening.is_set() else 0.05):
            if not self._listening.is_set():
                self._start_barrier()
            ping = time.monotonic() - last_check >= self.check_every_s
            if ping:
                last_check = time.monotonic()
            # No health pings before the service listens: a worker stuck in its
            # warm-up is what the barrier's timeout is for.
            code = self._keep_alive(ping and self._listening.is_set())
            if code:
                break
        self._shutdown()
        logger.info("Stopped supervisor [%d]", os.getpid())
        return code

    def _start_worker(self, slot: int) -> _Worker:
        gate = WorkerGate(
            _spawn.Event(), self._go, self._listening, self.start_barrier_s
        )
        self.connections[slot] = NOT_LISTENING  # until the new worker serves
        share = ConnectionShare(self.connections, slot) if self.balance else None
        return _Worker(self.spec, gate, share)

    def _start_barrier(self) -> None:
        """Open the barrier, then mark the service listening.

        The barrier opens when all workers are warm, on a death, or when the first
        warm one has waited ``start_barrier_s``;
        the service is listening once every warm worker's server has started.
        """
        now = time.monotonic()
        warm = [w for w in self.workers if w.gate.warm.is_set()]
        if not self._go.is_set():
            if warm and not self._first_warm:
                self._first_warm = now
            late = bool(warm) and now - self._first_warm >= self.start_barrier_s
            if len(warm) == len(self.workers) or late or self.restarts:
                logger.info(
                    "%d of %d workers warm after %.1f s: listening",
                    len(warm),
                    len(self.workers),
                    now - self._started,
                )
                self._opened = now
                self._go.set()
            return
        late = now - self._opened >= self.start_barrier_s
        if late or (warm and all(ask_all(warm, self.healthcheck_s).values())):
            self._listening.set()

    def _keep_alive(self, ping: bool) -> int:
        """Replace dead or hung workers; non-zero when a worker could not start."""
        warm = [w for w in self.workers if w.gate.warm.is_set()] if ping else []
        answers = ask_all(warm, self.healthcheck_s) if warm else {}
        for i, w in enumerate(self.workers):
            if not ping:
                alive = w.process.is_alive()
            elif w in answers:
                alive = answers[w] is not None
            else:  # still starting (imports, warm-up): judged by its progress
                alive = w.starting(self.healthcheck_s, self.start_cpu_s)
            if alive or self._stop.is_set():
                continue
            w.signal(signal.SIGKILL)  # hung: no answer in time, or no progress
            w.process.join()
            if w.process.exitcode == STARTUP_FAILURE:
                logger.error("worker [%d] failed to start; stopping", w.pid)
                return 1
            logger.warning(
                "worker [%d] ended (exit %s); starting a new one",
                w.pid,
                w.process.exitcode,
            )
            self.restarts += 1
            self.workers[i] = self._start_worker(i)
        return 0

    def _shutdown(self) -> None:
        """SIGTERM every worker (graceful: in-flight requests finish) and wait."""
        self._go.set()  # a worker still at the barrier goes on to shut down
        for w in self.workers:
            w.signal(signal.SIGTERM)
        for w in self.workers:
            w.process.join()
            w.parent.close()
