"""The app factory: ``uvicorn api.app:create_app --factory``.

The lifespan builds the reasoner (graph, retriever, model) once and keeps it on
``app.state``; handlers reach it through ``api.deps``.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Protocol, cast

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.admission import AdmissionMiddleware
from api.balance import BalanceMiddleware, ConnectionShare
from api.deps import require_api_key
from api.errors import install_handlers
from api.middleware import RequestContextMiddleware
from api.offload import OffloadedReasoner, ReasoningWorker
from api.routes import health_router, router
from api.settings import DISCLAIMER, APISettings
from api.threads import router as threads_router
from cases import re_cache
from graph.runtime import Reasoner
from ui import mount_ui

if TYPE_CHECKING:
    from graph.settings import Settings

logger = logging.getLogger(__name__)

_DATA_USE_SETTINGS = (
    "Settings: REASONER_LLM__ALLOWED_HOSTS='[\"host\"]' or "
    "REASONER_LLM__ALLOW_REMOTE_WITH_CREDENTIALED_DATA=true (environment or .env)."
)

ReasonerFactory = Callable[[], "Reasoner | Awaitable[Reasoner]"]

DESCRIPTION = f"""\
**{DISCLAIMER}** Outputs are machine-generated and must not guide patient care.

Staged emergency-department reasoning: triage → initial assessment → treatment →
disposition → final diagnosis. `POST /reason` returns the whole staged trace (typed
output, status, fields and prior-note keys seen, citations, rule-out ledger changes,
timing and tokens per stage) and a final summary; `POST /reason/stream` sends the
same as Server-Sent Events. `/threads` runs a case that pauses for clinician review
(approve or edit a stage's typed output, audit trail per thread). The page at `/ui/`
shows the staged trace and the review controls. Send `X-API-Key` when the server has
a key configured.
"""


class StartGate(Protocol):
    """Holds a warm server process back until its sibling processes are warm too.

    ``python -m api --workers N`` passes one (:mod:`api.supervisor`) so that no worker
    listens before the others: with ``SO_REUSEPORT`` the kernel spreads connections
    only over listening sockets, and keep-alive keeps a first client's connections
    on the worker that happened to listen first.
    """

    def wait_for_peers(self) -> None:
        """Report this process warm; block until the others are (or a timeout)."""

    def peers_listening(self) -> bool:
        """Whether every warm worker listens (``/readyz`` is 503 until then)."""


def _public_settings(
    settings: Settings | None, api_settings: APISettings
) -> dict[str, object]:
    reasoner = settings.public() if settings is not None else {}
    return {"reasoner": reasoner, "api": api_settings.public()}


async def _warm_up(reasoner: Reasoner) -> dict[str, float | str]:
    """Run the reasoner's warm-up; a failure is recorded (``/readyz`` reports it)."""
    started = time.perf_counter()
    try:
        parts = await reasoner.warm_up()
    except Exception as exc:  # the server still starts; readiness says why not
        logger.error("warm-up failed: %s", type(exc).__name__)
        return {"error": type(exc).__name__}
    total = round(time.perf_counter() - started, 2)
    logger.info("warm-up done in %.1f s %s", total, parts)
    return {"total_s": total, **parts}


async def _warm_request(
    app: FastAPI, api_cfg: APISettings, cfg: Settings | None
) -> dict[str, float | int]:
    """One SYNTHETIC ``POST /reason`` in process (``api.warm_request``)."""
    from api.warm_request import warm_request

    key = api_cfg.api_key.get_secret_value() if api_cfg.api_key else None
    persist = bool(cfg is not None and cfg.persist_request_notes)
    try:
        return await warm_request(app, api_key=key, with_notes=not persist)
    except Exception as exc:  # the server still starts; the first request pays
        logger.error("warm-up request failed: %s", type(exc).__name__)
        return {"request_status": 0}


GC_GEN0_THRESHOLD = 7_000
"""Net allocations between young-generation collections once the heap is frozen
(CPython's default 700 ran ~0.6 collections per request; 7,000 ran 2 in 287
requests; benchmarks/RESULTS.md)."""


def _trim_heap() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``).

    Freed small objects leave the heap's pages resident: dropping the regex code
    file's entries alone lowered a worker's RSS by 1 MB, with the trim by 44 MB
    (perf51). Elsewhere (no glibc) nothing is done.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)


def _freeze_heap() -> None:
    """Exempt the start-up heap from garbage collection; collect the young less often.

    Everything loaded by start-up and warm-up (libraries, knowledge base, index
    clients, model session) lives as long as the process: a full collection re-scans
    it all (0.2-0.5 s with the GIL held, every request in the process waits).
    Request objects are still collected (by reference counts, cycles by the GC).
    First the regex code file's entries leave memory (``re_cache.release``: the
    patterns are built) and the freed heap goes back to the system.
    """
    re_cache.release()
    gc.collect()
    _trim_heap()
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GC_GEN0_THRESHOLD, gen1, gen2)
    logger.info("start-up heap frozen: %d objects", gc.get_freeze_count())


def _ensure_logging() -> None:
    """Give the ``api`` loggers a stderr handler when nothing configured logging.

    Under uvicorn only uvicorn's own loggers have handlers, so the access log would
    otherwise vanish. Deployments that configure logging themselves are left alone.
    """
    api_logger = logging.getLogger("api")
    if api_logger.handlers or logging.getLogger().handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s %(message)s"))
    api_logger.addHandler(handler)
    api_logger.setLevel(logging.INFO)
    api_logger.propagate = False


def create_app(
    settings: Settings | None = None,
    *,
    api_settings: APISettings | None = None,
    reasoner_factory: ReasonerFactory | None = None,
    start_gate: StartGate | None = None,
    balance: ConnectionShare | None = None,
) -> FastAPI:
    """Build the FastAPI app.

    Args:
        settings: Reasoner settings; read from ``REASONER_*`` env vars when omitted.
        api_settings: HTTP-layer settings; read from the environment when omitted.
        reasoner_factory: Builds the reasoner instead of
            ``graph.runtime.Reasoner.from_settings`` (tests inject a ``Reasoner``
            subclass with scripted answers here).
        start_gate: After the warm-up, wait for the sibling worker processes
            before listening (the supervisor passes one; ``/readyz`` waits for it).
        balance: The worker processes' shared connection counts (the supervisor
            passes one): a worker over its share closes connections after their
            response, so keep-alive clients spread evenly (``api.balance``).

    Returns:
        The app; the reasoner is built when the lifespan starts.
    """
    api_cfg = api_settings or APISettings()
    _ensure_logging()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        cfg = settings
        built: Reasoner | Awaitable[Reasoner]
        if reasoner_factory is not None:
            built = reasoner_factory()
        else:
            from agents.llm import DataUseError
            from graph.settings import Settings as _Settings

            cfg = cfg or _Settings()
            try:
                built = Reasoner.from_settings(cfg)
            except DataUseError as exc:
                logger.error("refusing to start: %s %s", exc, _DATA_USE_SETTINGS)
                raise
        reasoner = await built if inspect.isawaitable(built) else built
        worker = ReasoningWorker() if api_cfg.offload else None
        if worker is not None:  # the proxy keeps the reasoner's method signatures
            reasoner = cast(Reasoner, OffloadedReasoner(reasoner, worker))
        app.state.warm_up = await _warm_up(reasoner) if api_cfg.warm_up else None
        app.state.reasoner = reasoner
        app.state.api_settings = api_cfg
        app.state.public_settings = _public_settings(cfg, api_cfg)
        app.state.start_gate = start_gate
        if api_cfg.warm_request and app.state.warm_up is not None:
            app.state.warm_up.update(await _warm_request(app, api_cfg, cfg))
        # The patterns compiled by start-up, for the next process (uvicorn ends on
        # SIGTERM by the signal: the cache's exit hook does not run), then no more:
        # nothing compiled while serving requests is written.
        await asyncio.to_thread(re_cache.seal)
        if api_cfg.gc_freeze:
            _freeze_heap()
        logger.info("reasoner ready: %s", type(reasoner).__name__)
        if start_gate is not None:  # uvicorn listens when the lifespan has started
            await asyncio.to_thread(start_gate.wait_for_peers)
        if balance is not None:  # counted among the serving workers from now on
            balance.start()
        try:
            yield
        finally:
            if balance is not None:
                balance.stop()
            await reasoner.aclose()
            if worker is not None:
                worker.close()

    app = FastAPI(
        title="ER Reasoner API",
        version="0.1.0",
        summary=f"Staged ED clinical reasoning. {DISCLAIMER}",
        description=DESCRIPTION,
        lifespan=lifespan,
        license_info={"name": "Apache-2.0"},
        openapi_tags=[
            {"name": "reasoning", "description": "Staged reasoning over one case"},
            {"name": "review", "description": "Threads that pause for review"},
            {"name": "ui", "description": "Data for the /ui page"},
            {"name": "health", "description": "Liveness and readiness probes"},
        ],
    )
    install_handlers(app)
    if api_cfg.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=api_cfg.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID"],
        )
    app.add_middleware(AdmissionMiddleware, max_pending=api_cfg.max_pending)
    if balance is not None:
        app.add_middleware(BalanceMiddleware, share=balance)
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=api_cfg.max_body_bytes,
        log=api_cfg.log_requests,
    )
    app.include_router(health_router)
    # Auth only when a key is configured, so the OpenAPI spec matches the behaviour.
    auth = [Depends(require_api_key)] if api_cfg.api_key is not None else []
    app.include_router(router, dependencies=auth)
    app.include_router(threads_router, dependencies=auth)
    mount_ui(app)  # static pages only; their data calls carry the API key
    return app
