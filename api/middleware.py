"""Pure ASGI middleware: request ids, access log, body-size limit, last-resort 500.

The access log records method, path, status, latency and request id only: never a
body, a query string, note text or a patient/encounter identifier.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("api.access")

_RID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def _incoming_request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            text = bytes(value).decode("latin-1")
            if _RID_OK.match(text):
                return text
    return uuid.uuid4().hex


def _error_bytes(code: str, message: str, rid: str) -> bytes:
    body = {"error": code, "message": message, "request_id": rid, "details": []}
    return json.dumps(body).encode()


class BodyTooLargeError(HTTPException):
    """The request body exceeded ``max_body_bytes`` (rendered as a 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body exceeds {limit} bytes")


class RequestContextMiddleware:
    """Assign request ids, enforce the body limit, log, and catch any escaped error."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, log: bool = True) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run one HTTP request through the wrapped app."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _incoming_request_id(scope)
        scope.setdefault("state", {})["request_id"] = rid
        started = time.perf_counter()
        status_holder: dict[str, Any] = {"status": None}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = rid
            await send(message)

        async def plain_error(status: int, code: str, msg: str) -> None:
            body = _error_bytes(code, msg, rid)
            await send_wrapper(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})

        try:
            declared = self._declared_length(scope)
            if declared is not None and declared > self.max_body_bytes:
                await plain_error(
                    413,
                    "payload_too_large",
                    f"request body exceeds {self.max_body_bytes} bytes",
                )
                return
            await self.app(scope, self._limited(receive), send_wrapper)
        except BodyTooLargeError as exc:
            if status_holder["status"] is None:
                await plain_error(413, "payload_too_large", str(exc.detail))
        except Exception as exc:
            logger.error(
                "unhandled %s request_id=%s",
                type(exc).__name__,
                rid,
                exc_info=logger.isEnabledFor(logging.DEBUG),
            )
            if status_holder["status"] is None:
                await plain_error(500, "internal_error", "internal error")
        finally:
            if self.log:
                logger.info(
                    "%s %s %s %.1fms request_id=%s",
                    scope.get("method", "-"),
                    scope.get("path", "-"),
                    status_holder["status"],
                    (time.perf_counter() - started) * 1000,
                    rid,
                )

    @staticmethod
    def _declared_length(scope: Scope) -> int | None:
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return None
        return None

    def _limited(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.max_body_bytes

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLargeError(limit)
            return message

        return wrapped
