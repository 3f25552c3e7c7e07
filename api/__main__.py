"""Serve the API: ``python -m api`` (uvicorn, settings from ``REASONER_*``).

The same as ``uvicorn api.app:create_app --factory`` plus what this service needs:

- the worker count (``REASONER_WORKERS``; by default one per CPU core: on 2 cores two
  workers served 1.15-1.6x the requests of one, benchmarks/RESULTS.md perf28. One only
  when requests write to an on-disk Chroma index (``REASONER_PERSIST_REQUEST_NOTES``
  without ``REASONER_CHROMA_URL``): Chroma's on-disk client is not process-safe for
  writes. Otherwise the API only reads the folder, which the workers create one at a
  time);
- with several workers on Linux, one ``SO_REUSEPORT`` socket per worker
  (:mod:`api.supervisor`) instead of uvicorn's shared socket, which let one worker
  accept a client's whole burst of keep-alive connections
  (``REASONER_REUSE_PORT=false``: uvicorn's own supervisor);
- a worker health-check timeout long enough for the start-up warm-up
  (``REASONER_WORKER_HEALTHCHECK_S``): uvicorn's default of 5 s killed workers whose
  interpreter was busy loading torch, and the in-flight requests of a killed worker
  end in "Connection reset by peer";
- a keep-alive timeout (``REASONER_KEEP_ALIVE_S``, 75 s) longer than the clients'
  idle expiry, so an idle connection is not closed by both ends at the moment a
  client reuses it.
"""

from __future__ import annotations

import argparse
import logging
import logging.config
import os
import sys
from typing import Any

from api import supervisor
from api.settings import APISettings
from graph.settings import Settings


def main(argv: list[str] | None = None) -> None:
    """Parse flags (they win over ``REASONER_*``) and run uvicorn."""
    cfg = APISettings()
    ap = argparse.ArgumentParser(
        prog="python -m api",
        description="Serve the ER Reasoner API (research software, not for "
        "clinical use). Flags override REASONER_HOST, REASONER_PORT, "
        "REASONER_WORKERS.",
    )
    ap.add_argument("--host", default=cfg.host, help=f"bind address ({cfg.host})")
    ap.add_argument("--port", type=int, default=cfg.port, help=f"({cfg.port})")
    ap.add_argument(
        "--workers",
        type=int,
        default=cfg.workers,
        help="server processes; 0 (default: %(default)s) = one per CPU core, or 1 "
        "when requests write to an on-disk Chroma index "
        "(REASONER_PERSIST_REQUEST_NOTES without REASONER_CHROMA_URL)",
    )
    ap.add_argument("--log-level", default="info", help="uvicorn log level")
    args = ap.parse_args(argv)
    writes_on_disk = disk_writes(Settings())
    workers = args.workers or default_workers(writes_on_disk, os.cpu_count())
    if workers > 1 and writes_on_disk:
        logging.getLogger("api").warning(
            "%d server processes write request notes to the on-disk Chroma folder; "
            "Chroma's on-disk client is not process-safe: set REASONER_CHROMA_URL to "
            "a `chroma run` server (see compose.yaml) or use one worker",
            workers,
        )
    # Served processes send one warm-up request and freeze the start-up heap after
    # the warm-up (see APISettings); spawned workers inherit the environment.
    os.environ.setdefault("REASONER_GC_FREEZE", "true")
    os.environ.setdefault("REASONER_WARM_REQUEST", "true")
    import uvicorn

    options: dict[str, Any] = {
        "timeout_keep_alive": cfg.keep_alive_s,
        "log_level": args.log_level,
        "access_log": False,  # the app logs its own access lines without identifiers
    }
    if workers > 1 and cfg.reuse_port and supervisor.supported():
        sys.exit(_supervise(args.host, args.port, workers, cfg, options))
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        timeout_worker_healthcheck=cfg.worker_healthcheck_s,
        **options,
    )


def disk_writes(settings: Settings) -> bool:
    """Whether requests write to an on-disk Chroma folder.

    Only with ``persist_request_notes`` (off for the API), retrieval on and no
    ``chroma_url``; otherwise requests index their notes in memory and the folder is
    only opened (created under a lock) at start-up.
    """
    return (
        settings.retrieval
        and settings.persist_request_notes
        and not settings.chroma_url
    )


def default_workers(writes_on_disk: bool, cpus: int | None) -> int:
    """Processes for ``--workers 0``: one per core, 1 if requests write to disk."""
    return 1 if writes_on_disk else max(1, cpus or 1)


def _supervise(
    host: str, port: int, workers: int, cfg: APISettings, options: dict[str, Any]
) -> int:
    """Run ``workers`` uvicorn servers, one ``SO_REUSEPORT`` socket each."""
    import uvicorn.config

    logging.config.dictConfig(uvicorn.config.LOGGING_CONFIG)
    logging.getLogger("uvicorn.error").setLevel(str(options["log_level"]).upper())
    try:
        port = supervisor.claim_port(host, port)
    except OSError as exc:
        logging.getLogger("uvicorn.error").error(
            "cannot bind %s:%d: %s", host, port, exc
        )
        return supervisor.STARTUP_FAILURE
    spec = supervisor.WorkerSpec(host=host, port=port, uvicorn=options)
    return supervisor.Supervisor(
        spec,
        workers,
        healthcheck_s=cfg.worker_healthcheck_s,
        start_barrier_s=cfg.start_barrier_s,
        balance=cfg.balance_connections,
    ).run()


if __name__ == "__main__":
    main()
