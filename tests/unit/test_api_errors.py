"""Error kinds: one exception → kind mapping (agents.errors), kinds → 502/504/500."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from pydantic import ValidationError

from agents.errors import (
    ModelEndpointError,
    ModelTimeoutError,
    RetrievalError,
    endpoint_failure,
    error_kind,
)
from agents.schemas import ErrorKind, StageRecord, StageStatus
from api.errors import backend_api_error, kind_api_error


def _wrapped(inner: BaseException) -> BaseException:
    try:
        try:
            raise inner
        except BaseException as e:
            raise RuntimeError("graph node failed") from e
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (ModelTimeoutError("slow"), "model_timeout"),
        (ModelEndpointError("HTTP 500"), "model_error"),
        (RetrievalError("ChromaError"), "retrieval_error"),
        (_wrapped(ModelEndpointError("refused")), "model_error"),
        (
            ExceptionGroup("tg", [ModelEndpointError("x"), ModelTimeoutError("t")]),
            "model_timeout",
        ),
        # Raw transport errors never leave the LLM backend (agents.llm.invoke turns
        # them into the typed ones), so one reaching here is a bug: internal.
        (httpx.ConnectError("refused"), "internal"),
        (TimeoutError(), "internal"),
        (RuntimeError("bug"), "internal"),
        (KeyError("k"), "internal"),
    ],
)
def test_error_kind_and_its_status(exc: BaseException, kind: ErrorKind) -> None:
    assert error_kind(exc) == kind
    status = {"model_timeout": 504, "model_error": 502}.get(kind, 500)
    err = backend_api_error(exc)
    assert err.status_code == status == kind_api_error(kind).status_code
    assert "Error" not in err.message  # no exception names leak to clients


def _rec(status: StageStatus, kind: ErrorKind | None) -> StageRecord:
    return StageRecord(
        stage="triage",
        status=status,
        prompt_version="t",
        started_at=datetime.now(UTC),
        latency_ms=0.0,
        # The message is for people; only the kind is read.
        error="ModelTimeoutError in triage stage" if status == "error" else None,
        error_kind=kind,
    )


def test_endpoint_failure_reads_the_kind_not_the_message() -> None:
    assert endpoint_failure([_rec("ok", None)]) is None
    assert endpoint_failure([_rec("error", "internal")]) is None
    assert endpoint_failure([_rec("error", "output_invalid")]) is None
    assert endpoint_failure([_rec("error", "model_error")]) == "model_error"
    assert (
        endpoint_failure([_rec("ok", None), _rec("error", "model_timeout")])
        == "model_timeout"
    )


def test_error_kind_only_on_error_records_and_absent_when_none() -> None:
    with pytest.raises(ValidationError, match="error_kind"):
        _rec("ok", "internal")
    assert "error_kind" not in _rec("ok", None).model_dump(mode="json")
    dumped = _rec("error", "model_timeout").model_dump(mode="json")
    assert dumped["error_kind"] == "model_timeout"
    assert StageRecord.model_validate(dumped).error_kind == "model_timeout"
