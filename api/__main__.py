"""Serve the API: ``python -m api`` (uvicorn, settings from ``REASONER_*``).

The same as ``uvicorn api.app:create_app --factory`` plus the two uvicorn settings
this service needs: the worker count (``REASONER_WORKERS``; by default one per CPU
core when the note index is a Chroma server, else one, because Chroma's on-disk
client is not process-safe; see benchmarks/RESULTS.md) and a worker
health-check timeout long enough for the start-up warm-up
(``REASONER_WORKER_HEALTHCHECK_S``): uvicorn's default of 5 s killed workers whose
interpreter was busy loading torch, and the in-flight requests of a killed worker
end in "Connection reset by peer"; and a keep-alive timeout
(``REASONER_KEEP_ALIVE_S``, 75 s) longer than the clients' idle expiry, so an idle
connection is not closed by both ends at the moment a client reuses it.
"""

from __future__ import annotations

import argparse
import logging
import os

from api.settings import APISettings


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
        help="server processes; 0 (default: %(default)s) = one per CPU core with a "
        "Chroma server (REASONER_CHROMA_URL) or without retrieval, else 1",
    )
    ap.add_argument("--log-level", default="info", help="uvicorn log level")
    args = ap.parse_args(argv)
    retrieval = os.environ.get("REASONER_RETRIEVAL", "true").lower() != "false"
    on_disk = retrieval and not os.environ.get("REASONER_CHROMA_URL")
    workers = args.workers or (1 if on_disk else os.cpu_count() or 1)
    if workers > 1 and on_disk:
        logging.getLogger("api").warning(
            "%d server processes share the on-disk Chroma folder; Chroma's on-disk "
            "client is not process-safe: set REASONER_CHROMA_URL to a `chroma run` "
            "server (see compose.yaml) or use one worker",
            workers,
        )
    # Served processes freeze the start-up heap after the warm-up (see APISettings);
    # spawned workers inherit the environment.
    os.environ.setdefault("REASONER_GC_FREEZE", "true")
    import uvicorn

    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        timeout_worker_healthcheck=cfg.worker_healthcheck_s,
        timeout_keep_alive=cfg.keep_alive_s,
        log_level=args.log_level,
        access_log=False,  # the app logs its own access lines without identifiers
    )


if __name__ == "__main__":
    main()
