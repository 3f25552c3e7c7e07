"""Shared helpers of the browser tests: a headless Debian Chromium via Selenium.

Chromium and ChromeDriver come from Debian's ``chromium`` and ``chromium-driver``
packages (``scripts/system_deps.sh``, run by ``make test``). Each test module opens
one browser session.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.integration._startup import StartBudget

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1366,900",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    def text_log(self) -> str:
        return self.log.read_text(errors="replace")


def start_server(
    cmd: Sequence[str], log: Path, env: dict[str, str], port: int
) -> Server:
    """Start a server process on loopback (the repo as working directory)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("REASONER_")}
    full |= {"HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", **env}
    proc = subprocess.Popen(
        [sys.executable, *cmd],
        cwd=REPO,
        env=full,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    return Server(f"http://127.0.0.1:{port}", proc, log)


def wait_up(server: Server, path: str) -> None:
    """Wait for ``path`` within the server's start-up budget (CPU time, hangs)."""
    budget = StartBudget(server.proc.pid)
    while (why := budget.exceeded()) is None:
        if server.proc.poll() is not None:
            pytest.fail(f"server exited:\n{server.text_log()[-3000:]}")
        try:
            if httpx.get(f"{server.url}{path}", timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    pytest.fail(f"server not up ({why}):\n{server.text_log()[-3000:]}")


def stop(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.proc.kill()


@contextmanager
def chromium(profile: Path) -> Iterator[object]:
    """A headless Chromium session (skips when the Debian packages are absent)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip("chromium / chromium-driver not installed (scripts/system_deps.sh)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=opts)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def request_urls(driver: object) -> list[str]:
    """Every URL the page requested so far (from Chromium's performance log)."""
    import json

    urls = []
    for entry in driver.get_log("performance"):  # type: ignore[attr-defined]
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls
