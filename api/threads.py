"""Review-thread routes: start, read, approve / edit, audit trail; the demo cases.

``POST /threads`` runs a case until the first stage listed in ``review_before`` has
proposed its output; ``POST /threads/{id}/review`` approves or edits that output and
runs on to the next pause. State lives in the reasoner's LangGraph checkpointer and
every review in its audit store. Reviewer comments and case text are never logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Annotated, Any, TypeVar, cast

from fastapi import APIRouter, Body, Path, Request

from api.convert import read_input
from api.deps import APISettingsDep, RequestIdDep, get_reasoner
from api.errors import APIError, backend_api_error, budget_exceeded
from api.schemas import ErrorBody, ErrorDetail
from api.thread_schemas import (
    THREAD_ID_PATTERN,
    AuditTrail,
    DemoCase,
    DemoCases,
    EditReview,
    PendingReview,
    ReviewRequest,
    ThreadMeta,
    ThreadRequest,
    ThreadResponse,
)
from graph.threads import ThreadNotWaitingError, ThreadView

logger = logging.getLogger(__name__)

T = TypeVar("T")

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Body is not decodable (e.g. not UTF-8)"},
    401: {"model": ErrorBody, "description": "API key missing or wrong"},
    404: {"model": ErrorBody, "description": "No thread with this id"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Invalid input (field path + message)"},
    500: {"model": ErrorBody, "description": "Internal error (request id only)"},
    502: {"model": ErrorBody, "description": "Model backend failed"},
    504: {"model": ErrorBody, "description": "Model backend exceeded the timeout"},
}
_CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorBody, "description": "The thread is not waiting for this stage"}
}

router = APIRouter(tags=["review"], responses=_ERRORS)
"""Thread routes; ``create_app`` adds the API-key dependency when a key is set."""

ThreadId = Annotated[
    str, Path(pattern=THREAD_ID_PATTERN, description="Id from POST /threads")
]


def _response(view: ThreadView, request_id: str) -> ThreadResponse:
    out = view.output
    pending = None
    if view.pending_stage is not None:
        record = out.trace[-1]
        pending = PendingReview(
            stage=view.pending_stage, proposed=record.output, record=record
        )
    return ThreadResponse(
        thread_id=view.thread_id,
        case_id=out.case_id,
        status=view.status,
        review_before=list(view.review_before),
        pending=pending,
        stages=list(out.trace),
        final=out.final,
        meta=ThreadMeta(request_id=request_id, run=dict(out.meta)),
    )


async def _guarded(call: Awaitable[T], timeout: float, request_id: str) -> T:
    """Await a thread call; map a missing thread to 404, backend faults to 502/504."""
    budget = asyncio.timeout(timeout)
    try:
        async with budget:
            return await call
    except KeyError:
        raise APIError(404, "no thread with this id") from None
    except ThreadNotWaitingError as exc:
        raise APIError(409, str(exc)) from None
    except APIError:
        raise
    except Exception as exc:
        logger.warning(
            "thread call failed: %s request_id=%s", type(exc).__name__, request_id
        )
        if budget.expired():
            raise budget_exceeded(timeout) from None
        raise backend_api_error(exc) from None


@router.post(
    "/threads",
    status_code=201,
    summary="Start a review thread; runs to the first review pause",
)
async def start_thread(
    body: ThreadRequest,
    request: Request,
    api_settings: APISettingsDep,
    request_id: RequestIdDep,
) -> ThreadResponse:
    """Reason over one case, pausing after each stage in ``review_before``.

    The answer is the thread as it stands: ``waiting`` with the pending stage's
    proposed output, or ``done`` when no review was asked for. Research software,
    not for clinical use.
    """
    case = read_input(body, api_settings.max_text_chars).case
    view = await _guarded(
        get_reasoner(request).start_thread(case, body.review_before),
        api_settings.request_timeout_s,
        request_id,
    )
    return _response(view, request_id)


@router.get("/threads/{thread_id}", summary="Read a thread: status, trace, pending")
async def get_thread(
    thread_id: ThreadId, request: Request, request_id: RequestIdDep
) -> ThreadResponse:
    """Return the thread's status, its trace so far and the pending stage's output."""
    view = await _guarded(get_reasoner(request).thread(thread_id), 30.0, request_id)
    return _response(view, request_id)


@router.post(
    "/threads/{thread_id}/review",
    summary="Approve or edit the pending stage, then resume the thread",
    responses=_CONFLICT,
)
async def review_thread(
    thread_id: ThreadId,
    body: Annotated[ReviewRequest, Body()],
    request: Request,
    api_settings: APISettingsDep,
    request_id: RequestIdDep,
) -> ThreadResponse:
    """Record the review (trace + audit trail) and run on to the next pause.

    An edit carries the stage's typed output; the safety floors apply to it as to
    any backend (what they changed is in the review record and the audit record).
    """
    reasoner = get_reasoner(request)
    await _guarded(reasoner.thread(thread_id), 30.0, request_id)  # 404 first
    edited = body.output if isinstance(body, EditReview) else None
    if edited is not None and edited.stage != body.stage:
        raise APIError(
            422,
            "invalid review",
            details=[
                ErrorDetail(
                    loc=["body", "output", "stage"],
                    msg=f"the edited output must be of stage '{body.stage}'",
                    type="value_error",
                )
            ],
        )
    view = await _guarded(
        reasoner.review_thread(
            thread_id,
            body.stage,
            body.action,
            edited,
            reviewer=body.reviewer,
            comment=body.comment,
        ),
        api_settings.request_timeout_s,
        request_id,
    )
    return _response(view, request_id)


@router.get("/threads/{thread_id}/audit", summary="The thread's review audit trail")
async def thread_audit(
    thread_id: ThreadId, request: Request, request_id: RequestIdDep
) -> AuditTrail:
    """Return every approval and edit of the thread: who, when, before and after."""
    records = await _guarded(
        get_reasoner(request).audit_trail(thread_id), 30.0, request_id
    )
    return AuditTrail(thread_id=thread_id, records=records)


@router.get(
    "/demo/cases", summary="The bundled synthetic demo cases (for /ui)", tags=["ui"]
)
async def demo_cases(request: Request) -> DemoCases:
    """Return the bundled synthetic demo cases (invented; no real patient)."""
    cached = getattr(request.app.state, "demo_cases", None)
    if cached is None:
        cached = await asyncio.to_thread(_load_demo)
        request.app.state.demo_cases = cached
    return cast(DemoCases, cached)


def _load_demo() -> DemoCases:
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason

    loaded = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases
    out = []
    for lc in loaded:
        c = lc.case
        who = f"{c.demographics.age or '?'} {(c.demographics.sex or '?')[:1]}"
        label = f"{who}, {c.chief_complaint or 'no complaint'}"
        out.append(DemoCase(case_id=c.encounter_id, label=label, case=c))
    return DemoCases(cases=out)
