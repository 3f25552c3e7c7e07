"""Typed stage failures and the one mapping from an exception to an ``ErrorKind``.

``agents.stage.run_stage`` records every exception of a stage as a record with status
``error`` and ``error_kind = error_kind(exc)``; the API turns the endpoint kinds into
502 / 504 and the harness retries those cases, both reading the kind, never the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from agents.schemas import ErrorKind, StageRecord

__all__ = [
    "ENDPOINT_KINDS",
    "ErrorKind",
    "ModelEndpointError",
    "ModelTimeoutError",
    "RetrievalError",
    "endpoint_failure",
    "error_kind",
]


class ModelEndpointError(RuntimeError):
    """The endpoint is unreachable or failed (connection, HTTP 5xx) after retries."""


class ModelTimeoutError(TimeoutError):
    """The model endpoint did not answer within ``LLMSettings.timeout_s``."""


class RetrievalError(RuntimeError):
    """Searching the case's prior notes failed (the stage records it, never raises)."""


ENDPOINT_KINDS: Final[frozenset[ErrorKind]] = frozenset(
    {"model_timeout", "model_error"}
)
"""Faults of the model endpoint, not answers: 504 / 502 in the API, retried by the
harness."""

_KINDS: Final[tuple[tuple[type[BaseException], ErrorKind], ...]] = (
    (ModelTimeoutError, "model_timeout"),
    (ModelEndpointError, "model_error"),
    (RetrievalError, "retrieval_error"),
)
"""In priority order: a timeout anywhere in the chain wins over an endpoint error."""


def _chain(exc: BaseException, depth: int = 0) -> Iterator[BaseException]:
    """Yield ``exc``, the members of exception groups and the cause chain."""
    if depth > 8:
        return
    yield exc
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            yield from _chain(sub, depth + 1)
    nxt = exc.__cause__ or exc.__context__
    if nxt is not None and nxt is not exc:
        yield from _chain(nxt, depth + 1)


def error_kind(exc: BaseException) -> ErrorKind:
    """Classify an exception raised by a stage or by a whole run.

    The exception itself, the members of an exception group and its cause chain
    are searched for the typed errors above (the LLM backend raises them through
    ``agents.llm.invoke.invoke_model``); anything else is ``internal``.

    Args:
        exc: The exception.

    Returns:
        Its kind.
    """
    found = tuple(_chain(exc))
    for cls, kind in _KINDS:
        if any(isinstance(e, cls) for e in found):
            return kind
    return "internal"


def endpoint_failure(records: Iterable[StageRecord]) -> ErrorKind | None:
    """Return the kind of the first record that failed at the model endpoint.

    Args:
        records: Stage records, in trace order.

    Returns:
        ``model_timeout`` or ``model_error``; ``None`` when no endpoint failed.
    """
    for rec in records:
        if rec.error_kind in ENDPOINT_KINDS:
            return rec.error_kind
    return None
