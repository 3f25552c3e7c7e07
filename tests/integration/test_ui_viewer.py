"""The run viewer in a REAL headless Chromium against ``python -m evals.erreason view``.

The run is a real harness run (offline reasoner, no retrieval) over twelve bundled
synthetic demo cases. Test data: the gold acuity of the first three is raised to
Immediate (ESI 1), so any less urgent answer there is an under-triage and the filter
has something to find whatever the reasoner answers. One browser session per module;
``ER_UI_SCREENSHOTS=DIR`` saves the screenshots used in the README.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.integration.browser import (
    Server,
    chromium,
    free_port,
    start_server,
    stop,
    wait_up,
)

pytestmark = pytest.mark.integration

SHOTS = os.environ.get("ER_UI_SCREENSHOTS")


def make_run(out: Path) -> None:
    from agents.context import AgentContext
    from agents.offline.knowledge import load_knowledge
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason
    from cases.labels import STAGE_ORDER
    from evals.erreason.report import build_report
    from evals.erreason.runner import RunOptions, run_cases
    from graph.runtime import Reasoner

    cases = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases[:12]
    cases = [
        lc.model_copy(
            update={"gold": lc.gold.model_copy(update={"acuity": "Immediate"})}
        )
        if i < 3
        else lc
        for i, lc in enumerate(cases)
    ]
    reasoner = Reasoner(AgentContext(knowledge=load_knowledge()))
    opts = RunOptions(out=out, stages=STAGE_ORDER, progress=False)
    asyncio.run(run_cases(reasoner, cases, opts, None))
    header = {"dataset": "demo (test copy)", "backend": "rules", "n_cases": 12}
    (out / "run.json").write_text(json.dumps(header))
    build_report(out, None, plots=False)


@pytest.fixture(scope="module")
def viewer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("ui-viewer")
    run = tmp / "demo-run"
    make_run(run)
    port = free_port()
    cmd = ["-m", "evals.erreason", "view", str(run), "--port", str(port)]
    srv = start_server(cmd, tmp / "viewer.log", {}, port)
    try:
        wait_up(srv, "/api/runs")
        yield srv
    finally:
        stop(srv)


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium-viewer")) as d:
        yield d


def wait(driver: Any, cond: Any, timeout: float = 60) -> Any:
    return WebDriverWait(driver, timeout).until(cond)


def shot(driver: Any, name: str, height: int) -> None:
    if SHOTS:
        driver.set_window_size(1366, height)
        driver.save_screenshot(str(Path(SHOTS) / name))
        driver.set_window_size(1366, 900)


def caption(driver: Any) -> str:
    return str(driver.find_element(By.ID, "cases-caption").text)


def rows(driver: Any) -> list[Any]:
    return list(driver.find_elements(By.CSS_SELECTOR, "#cases tbody tr"))


def test_filter_by_under_triage_then_open_a_case(driver: Any, viewer: Server) -> None:
    counts = httpx.get(f"{viewer.url}/api/runs", timeout=120).json()["counts"]
    assert counts["under_triage"] >= 1
    driver.get(f"{viewer.url}/")
    wait(driver, lambda d: len(rows(d)) == 12)
    assert "ACUITY ACCURACY" in driver.find_element(By.ID, "run-info").text.upper()

    Select(driver.find_element(By.ID, "flag")).select_by_value("under_triage")
    wait(driver, lambda d: caption(d).startswith("Under-triage"))
    wait(driver, lambda d: len(rows(d)) == counts["under_triage"])
    for row in rows(driver):
        assert "Under-triage" in row.text
        assert " / Immediate" in row.find_elements(By.TAG_NAME, "td")[0].text
    assert "flag=under_triage" in driver.current_url
    shot(driver, "ui-viewer.png", 1000)

    rows(driver)[0].find_element(By.TAG_NAME, "a").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".compare")) == 5)
    triage = driver.find_element(By.CSS_SELECTOR, ".stage .compare").text
    assert "GOLD" in triage.upper() and "Immediate" in triage and "disagrees" in triage
    assert driver.find_elements(By.CSS_SELECTOR, "#run-info table")
    shot(driver, "ui-viewer-case.png", 1800)
    driver.find_element(By.ID, "back").click()
    wait(driver, lambda d: "Under-triage" in caption(d))
