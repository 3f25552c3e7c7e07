"""Error bodies and exception handlers: clean JSON, never a stack trace."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from agents.errors import error_kind
from agents.schemas import ErrorKind
from api.schemas import ErrorBody, ErrorDetail

logger = logging.getLogger(__name__)

_MAX_MSG = 300
_STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    502: "bad_gateway",
    503: "not_ready",
    504: "gateway_timeout",
}


class APIError(Exception):
    """An error with a status and a safe, client-facing message."""

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None = None,
        details: list[ErrorDetail] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.code = code or _STATUS_CODES.get(status_code, "error")
        self.details = details or []
        self.headers = headers


def request_id_of(request: Request) -> str | None:
    """Return the request id the middleware stored, if any."""
    rid = getattr(request.state, "request_id", None)
    return rid if isinstance(rid, str) else None


def error_response(
    status_code: int,
    code: str,
    message: str,
    request_id: str | None,
    *,
    details: list[ErrorDetail] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Build a JSON response holding an :class:`ErrorBody`."""
    body = ErrorBody(
        error=code, message=message, request_id=request_id, details=details or []
    )
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status_code, headers=headers
    )


def clean_errors(errors: Any) -> list[ErrorDetail]:
    """Turn pydantic error dicts into details without the input echo or context."""
    out: list[ErrorDetail] = []
    for err in list(errors or [])[:50]:
        loc = [p if isinstance(p, int) else str(p) for p in err.get("loc", ())]
        msg = str(err.get("msg", "invalid value"))[:_MAX_MSG]
        out.append(ErrorDetail(loc=loc, msg=msg, type=str(err.get("type", "value"))))
    return out


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = clean_errors(exc.errors())
    return error_response(
        422,
        "validation_error",
        "invalid request",
        request_id_of(request),
        details=details,
    )


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else code
    return error_response(
        exc.status_code,
        code,
        message[:_MAX_MSG],
        request_id_of(request),
        headers=dict(exc.headers) if exc.headers else None,
    )


async def _api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, APIError)
    return error_response(
        exc.status_code,
        exc.code,
        exc.message,
        request_id_of(request),
        details=exc.details,
        headers=exc.headers,
    )


def install_handlers(app: FastAPI) -> None:
    """Register the handlers for validation, HTTP and API errors."""
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(APIError, _api_error_handler)


def budget_exceeded(timeout_s: float) -> APIError:
    """The 504 for a request that ran past ``REASONER_REQUEST_TIMEOUT_S``."""
    return APIError(
        504,
        f"request exceeded the {timeout_s:g} s budget (REASONER_REQUEST_TIMEOUT_S)",
    )


def kind_api_error(kind: ErrorKind) -> APIError:
    """Map a stage's or a run's :data:`~agents.schemas.ErrorKind` to a safe error.

    A model timeout is 504 (naming the model's setting), another model-endpoint
    failure 502; every other kind is a 500 that says nothing more.
    """
    if kind == "model_timeout":
        return APIError(504, "model endpoint timed out (see REASONER_LLM__TIMEOUT_S)")
    if kind == "model_error":
        return APIError(502, "model backend failed or is unreachable")
    return APIError(500, "internal error")


def backend_api_error(exc: BaseException) -> APIError:
    """Map an exception the reasoner raised to a safe error (``agents.errors``)."""
    return kind_api_error(error_kind(exc))
