"""Keep-alive connections spread evenly over the server processes.

With one ``SO_REUSEPORT`` socket per worker (:mod:`api.supervisor`) the kernel
places each new connection by a hash of its addresses: 16 connections land on two
workers like 16 coin tosses (11/5 or worse one time in five), and keep-alive keeps
them there. Each worker serves its own connections on one core, so with closed-loop
clients the busier worker's requests wait about twice as long as the other's: the
p99 is set by the worse split (measured: p50 183 ms, p99 390 ms at 16 clients;
benchmarks/RESULTS.md, api34).

Each worker publishes its count of open connections in a slot of an array shared
by the supervisor's processes (:class:`ConnectionShare`), every
:data:`PUBLISH_EVERY_S` from a thread while it serves: a worker that judged by a
sibling's count from its last response closed connections the sibling had just
taken over (a burst's first responses came before the sibling had answered any).
A worker that holds more
than its share (``ceil(total / listening workers)``) answers the response it is
sending with ``Connection: close`` (RFC 9112 section 9.6): the client opens its
next request's connection anew and the kernel places it again. Only a worker over
its share closes, one connection per response, so the counts settle at most one
apart. A connection so marked stays open until its response is sent; it is not
counted again meanwhile (counting it closed two or more connections for one
excess: a burst's responses, back to back, emptied a worker). Nothing else about
the response changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Hashable, MutableSequence
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

NOT_LISTENING = -1
"""A slot's value while its worker does not serve (starting, dead, replaced)."""

PUBLISH_EVERY_S = 0.02
"""Seconds between a serving worker's publications of its open connections."""

_CLOSE = (b"connection", b"close")


@dataclass
class ConnectionShare:
    """One worker's view of the workers' open connections.

    ``counts`` is shared by every worker process (a ``multiprocessing`` raw array
    of ints, one slot per worker; :data:`NOT_LISTENING` for a worker not serving):
    each worker writes only its own ``slot``. Picklable until :meth:`attach`.
    """

    counts: MutableSequence[int]
    slot: int
    _open: Callable[[], Collection[Hashable]] | None = field(default=None, repr=False)
    _stop: threading.Event | None = field(default=None, repr=False)
    _closing: set[Hashable] = field(default_factory=set, repr=False)

    def attach(self, open_connections: Callable[[], Collection[Hashable]]) -> None:
        """Read this worker's open connections (their client addresses)."""
        self._open = open_connections

    def publish(self) -> int:
        """Write this worker's open connections to its slot; return the count.

        Connections already answered with ``Connection: close`` are not counted.
        """
        if self._open is None:
            mine = 0
        else:
            open_now = set(self._open())
            self._closing &= open_now
            mine = len(open_now) - len(self._closing)
        self.counts[self.slot] = mine
        return mine

    def start(self, every_s: float = PUBLISH_EVERY_S) -> None:
        """Publish now and then every ``every_s`` from a daemon thread (serving)."""
        self.publish()
        self._stop = stop = threading.Event()

        def run() -> None:
            while not stop.wait(every_s):
                self.publish()

        threading.Thread(target=run, name="connection-share", daemon=True).start()

    def stop(self) -> None:
        """Stop publishing; the slot says this worker no longer serves."""
        if self._stop is not None:
            self._stop.set()
        self.counts[self.slot] = NOT_LISTENING

    def over_share(self, connection: Hashable) -> bool:
        """Whether this worker holds more than its share of the open connections.

        When it does, ``connection`` (the client address of the response about to
        close it) is no longer counted, so neither the next response nor the next
        publication closes a second one for the same excess. A worker not serving
        yet (its warm-up request) neither closes nor publishes: a count in its slot
        would tell the others it serves.
        """
        if self._open is None or self.counts[self.slot] == NOT_LISTENING:
            return False
        mine = self.publish()
        live = [n for n in self.counts if n != NOT_LISTENING]
        share = -(-sum(live) // max(1, len(live)))  # ceil
        if mine <= share:
            return False
        self._closing.add(connection)
        self.counts[self.slot] = mine - 1
        return True


class BalanceMiddleware:
    """Add ``Connection: close`` to a response when this worker is over its share."""

    def __init__(self, app: ASGIApp, *, share: ConnectionShare) -> None:
        """Wrap ``app``; ``share`` reads and publishes the connection counts."""
        self.app = app
        self.share = share

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request; mark its response when the connection should move."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_marked(message: Message) -> None:
            if message["type"] == "http.response.start" and self.share.over_share(
                scope.get("client")
            ):
                message = {**message, "headers": [*message.get("headers", ()), _CLOSE]}
            await send(message)

        await self.app(scope, receive, send_marked)
