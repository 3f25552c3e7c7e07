"""Servers shared by several integration modules (started once per test process)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.integration.test_api_server import Server

SHARED_API_GROUP = "api_main"
"""The xdist group (``--dist loadgroup``) of the modules that share :func:`api_main`:
one worker runs them all, so the server starts once (tests/conftest.py)."""


@pytest.fixture(scope="session")
def api_main(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``python -m api`` with the offline reasoner, retrieval on a temp Chroma
    directory and the default limits: the ``main`` server of test_api_server and
    test_api_hardening_server (their tests only send requests to it and read its log;
    each reads the log from its own starting point where it needs to)."""
    from tests.integration.test_api_server import start, wait_healthy

    server = start("main", tmp_path_factory.mktemp("api-main"), {})
    try:
        wait_healthy(server)
        yield server
    finally:
        server.proc.terminate()
        try:
            server.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.proc.kill()
