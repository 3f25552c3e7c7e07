"""Backend-error classification and the stage-error → 502/504 mapping."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import openai
import pytest

from agents.llm import ModelEndpointError, ModelTimeoutError
from agents.schemas import StageRecord
from api.convert import endpoint_failure
from api.errors import backend_api_error, classify_backend_error


def _req() -> httpx.Request:
    return httpx.Request("POST", "http://127.0.0.1:1/v1/chat/completions")


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
        (TimeoutError(), "timeout"),
        (openai.APITimeoutError(request=_req()), "timeout"),
        (httpx.ReadTimeout("slow"), "timeout"),
        (ModelTimeoutError("slow"), "timeout"),
        (openai.APIConnectionError(request=_req()), "upstream"),
        (httpx.ConnectError("refused"), "upstream"),
        (ConnectionRefusedError(), "upstream"),
        (ModelEndpointError("HTTP 500"), "upstream"),
        (_wrapped(httpx.ConnectError("refused")), "upstream"),
        (ExceptionGroup("tg", [ValueError("x"), httpx.ReadTimeout("t")]), "timeout"),
        (RuntimeError("bug"), None),
        (KeyError("k"), None),
    ],
)
def test_classify_backend_error(exc: BaseException, kind: str | None) -> None:
    assert classify_backend_error(exc) == kind
    status = {"timeout": 504, "upstream": 502, None: 500}[kind]
    assert backend_api_error(exc).status_code == status


def _rec(status: str, error: str | None) -> StageRecord:
    return StageRecord(
        stage="triage",
        status=status,  # type: ignore[arg-type]
        prompt_version="t",
        started_at=datetime.now(UTC),
        latency_ms=0.0,
        error=error,
    )


def test_endpoint_failure_from_stage_records() -> None:
    assert endpoint_failure([_rec("ok", None)]) is None
    assert endpoint_failure([_rec("error", "ValueError in triage stage")]) is None
    assert (
        endpoint_failure([_rec("error", "ModelEndpointError in triage stage")])
        == "upstream"
    )
    assert (
        endpoint_failure([_rec("ok", None), _rec("error", "ModelTimeoutError in x")])
        == "timeout"
    )
