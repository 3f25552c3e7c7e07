"""HTTP routes: ``POST /reason``, ``POST /reason/stream``, ``/healthz``, ``/readyz``."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from agents.errors import endpoint_failure
from agents.schemas import StageRecord
from api.convert import CaseInput, read_input
from api.deps import (
    APISettingsDep,
    PublicSettingsDep,
    ReasonerDep,
    RequestIdDep,
)
from api.errors import APIError, backend_api_error, budget_exceeded, kind_api_error
from api.schemas import (
    DEMO_RESPONSE,
    ErrorBody,
    HealthBody,
    ReasonRequest,
    ReasonResponse,
    ResponseMeta,
)
from graph.state import FinalSummary, ReasoningOutput

logger = logging.getLogger(__name__)

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Body is not decodable (e.g. not UTF-8)"},
    401: {"model": ErrorBody, "description": "API key missing or wrong"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Invalid case (field path + message)"},
    500: {"model": ErrorBody, "description": "Internal error (request id only)"},
    502: {"model": ErrorBody, "description": "Model backend failed"},
    503: {
        "model": ErrorBody,
        "description": "Server busy (more than REASONER_MAX_PENDING requests in "
        "progress); retry after the Retry-After header's seconds",
    },
    504: {
        "model": ErrorBody,
        "description": "Model endpoint timed out, or the request budget was spent",
    },
}

_FHIR_BODY: dict[str, Any] = {
    "requestBody": {
        "content": {
            "application/fhir+json": {
                "schema": {
                    "type": "object",
                    "description": 'A FHIR R4 Bundle (the same as {"fhir": Bundle})',
                    "properties": {"resourceType": {"const": "Bundle"}},
                    "required": ["resourceType"],
                }
            }
        }
    }
}
"""``POST /reason`` also takes a bare Bundle as ``application/fhir+json``."""

_SSE_EVENT: dict[str, Any] = {
    "type": "object",
    "description": "One SSE event; `data` is a JSON document",
    "properties": {
        "event": {"type": "string", "enum": ["stage", "final", "error"]},
        "data": {"type": "string"},
    },
    "required": ["event", "data"],
}

health_router = APIRouter(tags=["health"])
router = APIRouter(tags=["reasoning"], responses=_ERRORS)
"""Reasoning routes; ``create_app`` adds the API-key dependency when a key is set."""

ReasonBody = ReasonRequest


def _meta(
    rid: str,
    inp: CaseInput,
    started: float,
    settings: dict[str, object],
    output: ReasoningOutput,
    body: ReasonRequest,
) -> ResponseMeta:
    run: dict[str, object] = dict(output.meta)
    if body.encounter_id is not None and inp.shape != "fhir":
        run["ignored_options"] = ["encounter_id"]
    return ResponseMeta(
        request_id=rid,
        input_shape=inp.shape,
        elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
        settings=settings,
        run=run,
        input_report=inp.report,
    )


@router.post(
    "/reason",
    summary="Reason over one case; returns the staged trace",
    responses={200: {"content": {"application/json": {"example": DEMO_RESPONSE}}}},
    openapi_extra=_FHIR_BODY,
)
async def reason(
    body: ReasonRequest,
    reasoner: ReasonerDep,
    api_settings: APISettingsDep,
    public: PublicSettingsDep,
    request_id: RequestIdDep,
) -> ReasonResponse:
    """Run triage → assessment → treatment → disposition → diagnosis on one case.

    Send exactly one of ``case`` (nested), ``row`` (flat ER-Reason) or ``fhir`` (a
    FHIR R4 Bundle; or the bare Bundle as ``application/fhir+json``). A stage that
    fails is reported in the trace with status ``error`` and the call still returns
    200. Research software, not for clinical use.
    """
    started = time.perf_counter()
    inp = read_input(body, api_settings.max_text_chars)
    timeout = api_settings.request_timeout_s
    budget = asyncio.timeout(timeout)
    try:
        async with budget:
            output = await reasoner.run(inp.case, top_k=body.top_k)
    except APIError:
        raise
    except Exception as exc:
        logger.warning(
            "reason failed: %s request_id=%s", type(exc).__name__, request_id
        )
        if budget.expired():
            raise budget_exceeded(timeout) from None
        raise backend_api_error(exc) from None
    failed = endpoint_failure(output.trace)
    if failed is not None:
        raise kind_api_error(failed)
    return ReasonResponse(
        case_id=output.case_id,
        stages=list(output.trace),
        final=output.final,
        meta=_meta(request_id, inp, started, public, output, body),
    )


class _StreamDone(BaseModel):
    case_id: str
    final: FinalSummary
    meta: ResponseMeta


def _sse(event: str, data: str) -> bytes:
    return f"event: {event}\ndata: {data}\n\n".encode()


StreamItem = StageRecord | ReasoningOutput


async def _aclose(agen: AsyncIterator[StreamItem]) -> None:
    closer = getattr(agen, "aclose", None)
    if closer is not None:
        await closer()


async def _next(agen: AsyncIterator[StreamItem], deadline: float) -> StreamItem:
    """Next item of ``agen`` by ``deadline`` (loop time), awaited in this task.

    No ``wait_for``: a wrapper task around ``__anext__`` can still be running when
    the stream is closed after a client disconnect ("aclose(): asynchronous
    generator is already running"). Cancelling this task cancels the generator in
    its own frame instead.
    """
    budget = asyncio.timeout_at(deadline)
    try:
        async with budget:
            return await anext(agen)
    except TimeoutError as exc:
        if budget.expired():
            raise _BudgetSpentError from exc
        raise


class _BudgetSpentError(Exception):
    """The stream ran past the request budget."""


def _stream_error(exc: BaseException, timeout: float) -> APIError:
    if isinstance(exc, APIError):
        return exc
    if isinstance(exc, _BudgetSpentError):
        return budget_exceeded(timeout)
    return backend_api_error(exc)


@router.post(
    "/reason/stream",
    summary="Reason over one case; Server-Sent Events, one per stage, then final",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"text/event-stream": {"schema": _SSE_EVENT}},
            "description": "`event: stage` (a StageRecord JSON) per completed stage, "
            "then `event: final` ({case_id, final, meta}); `event: error` "
            "(ErrorBody JSON) if the backend fails mid-stream",
        }
    },
)
async def reason_stream(
    reasoner: ReasonerDep,
    api_settings: APISettingsDep,
    public: PublicSettingsDep,
    request_id: RequestIdDep,
    body: ReasonRequest = Body(),  # noqa: B008 - FastAPI idiom
) -> StreamingResponse:
    """Stream the staged trace as Server-Sent Events.

    Errors before the first stage completes get a normal status code (502, 504);
    later ones arrive as an ``error`` event because the status is already sent.
    """
    started = time.perf_counter()
    inp = read_input(body, api_settings.max_text_chars)
    timeout = api_settings.request_timeout_s
    deadline = asyncio.get_running_loop().time() + timeout
    agen = reasoner.stream(inp.case, top_k=body.top_k)

    def checked(item: StreamItem) -> StreamItem:
        failed = endpoint_failure([item]) if isinstance(item, StageRecord) else None
        if failed is not None:
            raise kind_api_error(failed)
        return item

    first: StreamItem | None
    try:
        first = checked(await _next(agen, deadline))
    except StopAsyncIteration:
        first = None
    except Exception as exc:
        logger.warning(
            "stream failed: %s request_id=%s", type(exc).__name__, request_id
        )
        await _aclose(agen)
        raise _stream_error(exc, timeout) from None

    async def events() -> AsyncIterator[bytes]:
        output: ReasoningOutput | None = None
        item = first
        try:
            while item is not None:
                if isinstance(item, StageRecord):
                    yield _sse("stage", item.model_dump_json())
                else:
                    output = item
                try:
                    item = checked(await _next(agen, deadline))
                except StopAsyncIteration:
                    item = None
            if output is None:  # the reasoner always ends with its output
                raise RuntimeError("stream ended without the run's output")
        except Exception as exc:
            err = _stream_error(exc, timeout)
            sent = ErrorBody(error=err.code, message=err.message, request_id=request_id)
            yield _sse("error", sent.model_dump_json())
            return
        finally:
            await _aclose(agen)
        done = _StreamDone(
            case_id=output.case_id,
            final=output.final,
            meta=_meta(request_id, inp, started, public, output, body),
        )
        yield _sse("final", done.model_dump_json())

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@health_router.get("/healthz", summary="Liveness: the process is up")
async def healthz() -> HealthBody:
    """Return 200 while the process serves requests."""
    return HealthBody(status="ok")


@health_router.get(
    "/readyz",
    summary="Readiness: index and model reachable",
    responses={503: {"model": ErrorBody, "description": "Not ready"}},
)
async def readyz(
    request: Request, reasoner: ReasonerDep, api_settings: APISettingsDep
) -> HealthBody:
    """Return 200 once warm-up is done and the index and model are reachable.

    The server accepts connections only after its start-up warm-up (embedding
    model, tables, lexicons), so a refused connection also means "not ready". With
    several worker processes (``python -m api --workers N``) it is also 503 until
    every warm worker listens.
    """
    warm = getattr(request.app.state, "warm_up", None)
    if isinstance(warm, dict) and "error" in warm:
        raise APIError(503, f"start-up warm-up failed ({warm['error']})")
    gate = getattr(request.app.state, "start_gate", None)
    if gate is not None and not gate.peers_listening():
        raise APIError(503, "waiting for the other server processes to listen")
    try:
        ok = await asyncio.wait_for(reasoner.ready(), api_settings.ready_timeout_s)
    except Exception as exc:
        logger.warning("readiness probe failed: %s", type(exc).__name__)
        ok = False
    if not ok:
        raise APIError(503, "index or model backend not reachable")
    return HealthBody(status="ready")
