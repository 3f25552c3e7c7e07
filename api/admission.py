"""Bounded admission: a fast 503 with ``Retry-After`` instead of a timeout storm.

Each server process admits at most ``max_pending`` reasoning requests at a time
(running plus waiting for the reasoner). One more gets an immediate 503 whose
``Retry-After`` estimates when a slot frees up (the recent mean time in the server
divided by the requests in it: one finishes about that often), so a burst beyond
capacity costs the client one round trip, not a queue of requests that all miss
their deadline. The rejected request's body is read first, so the connection stays
usable (closing it with unread data would reset the client's next request). Health
probes and docs are never limited.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Collection

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_ALPHA = 0.1
"""Weight of the newest request in the mean service time."""


async def _drain(receive: Receive) -> None:
    """Read the request body to its end (the outer middleware caps its size)."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


class AdmissionMiddleware:
    """Limit concurrent requests to ``paths``; reject the excess with 503."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_pending: int,
        paths: Collection[str] = ("/reason", "/reason/stream"),
        prefixes: Collection[str] = ("/threads",),
    ) -> None:
        """Wrap ``app``.

        Args:
            app: The ASGI app.
            max_pending: Requests admitted at once per process (0 = no limit).
            paths: Exact paths that are limited.
            prefixes: Path prefixes that are limited (POST only).
        """
        self.app = app
        self.max_pending = max_pending
        self.paths = frozenset(paths)
        self.prefixes = tuple(prefixes)
        self.pending = 0
        self.rejected = 0
        self._mean_s = 0.05

    def _limited(self, scope: Scope) -> bool:
        if scope["type"] != "http" or self.max_pending <= 0:
            return False
        path = str(scope.get("path", ""))
        if path in self.paths:
            return True
        return scope.get("method") == "POST" and path.startswith(self.prefixes)

    def retry_after(self) -> int:
        """Seconds until a slot is likely free (at least 1)."""
        return max(1, math.ceil(self._mean_s / max(1, self.pending)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Admit, or answer 503 with Retry-After when ``max_pending`` are in."""
        if not self._limited(scope):
            await self.app(scope, receive, send)
            return
        if self.pending >= self.max_pending:
            self.rejected += 1
            await _drain(receive)
            await self._reject(scope, send)
            return
        self.pending += 1
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send)
        finally:
            self.pending -= 1
            took = time.perf_counter() - started
            self._mean_s += _ALPHA * (took - self._mean_s)

    async def _reject(self, scope: Scope, send: Send) -> None:
        rid = scope.get("state", {}).get("request_id")
        body = json.dumps(
            {
                "error": "overloaded",
                "message": f"server busy ({self.max_pending} requests in progress); "
                "retry after the Retry-After seconds",
                "request_id": rid,
                "details": [],
            }
        ).encode()
        start: Message = {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(self.retry_after()).encode()),
            ],
        }
        await send(start)
        await send({"type": "http.response.body", "body": body})
