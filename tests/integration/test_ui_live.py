"""The /ui live trace page in a REAL headless Chromium against a REAL uvicorn server.

One server (offline reasoner, retrieval on a temp Chroma directory, an API key) and
one browser session for the module. Set ``ER_UI_SCREENSHOTS=DIR`` to save the page
screenshots used in the README.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.integration.browser import (
    Server,
    chromium,
    free_port,
    request_urls,
    start_server,
    stop,
    wait_up,
)

pytestmark = pytest.mark.integration

API_KEY = "ui-browser-key-5150"
SHOTS = os.environ.get("ER_UI_SCREENSHOTS")
TREAT, DISPO = "treatment", "disposition"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("ui-live")
    port = free_port()
    env = {
        "REASONER_API_KEY": API_KEY,
        "REASONER_CHROMA_PATH": str(tmp / "chroma"),
        "REASONER_CHECKPOINT_PATH": str(tmp / "checkpoints.sqlite"),
    }
    cmd = ["-m", "uvicorn", "api.app:create_app", "--factory", "--port", str(port)]
    srv = start_server(cmd, tmp / "server.log", env, port)
    try:
        wait_up(srv, "/healthz")
        yield srv
    finally:
        stop(srv)


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium-live")) as d:
        yield d


@pytest.fixture(scope="module")
def demo(server: Server) -> list[dict[str, Any]]:
    r = httpx.get(
        f"{server.url}/demo/cases", headers={"X-API-Key": API_KEY}, timeout=120
    )
    assert r.status_code == 200
    cases: list[dict[str, Any]] = r.json()["cases"]
    return cases


def wait(driver: Any, cond: Any, timeout: float = 120) -> Any:
    return WebDriverWait(driver, timeout).until(cond)


def shot(driver: Any, name: str, height: int, at: str | None = None) -> None:
    if SHOTS:
        driver.set_window_size(1366, height)
        if at is None:
            driver.execute_script("window.scrollTo(0, 0)")
        else:
            driver.execute_script(
                "document.querySelector(arguments[0]).scrollIntoView()", at
            )
        driver.save_screenshot(str(Path(SHOTS) / name))
        driver.set_window_size(1366, 900)


def open_page(driver: Any, server: Server) -> None:
    driver.get(f"{server.url}/ui/")
    key = driver.find_element(By.ID, "api-key")
    if key.get_attribute("value") != API_KEY:
        key.clear()
        key.send_keys(API_KEY)
        driver.execute_script("arguments[0].dispatchEvent(new Event('change'))", key)
        driver.find_element(By.ID, "load-demo").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#demo option")) > 1)


def set_case(driver: Any, case: dict[str, Any]) -> None:
    box = driver.find_element(By.ID, "case-json")
    driver.execute_script("arguments[0].value = arguments[1]", box, json.dumps(case))


def stage_cards(driver: Any) -> list[Any]:
    return list(driver.find_elements(By.CSS_SELECTOR, "section.stage"))


def test_demo_case_streams_five_stages_ledger_and_cited_note(
    driver: Any, server: Server, demo: list[dict[str, Any]]
) -> None:
    open_page(driver, server)
    Select(driver.find_element(By.ID, "demo")).select_by_index(1)
    assert demo[0]["case"]["prior_notes"]
    driver.find_element(By.ID, "run").click()
    wait(
        driver,
        lambda d: (
            len(stage_cards(d)) == 5
            and d.find_element(By.ID, "final-box").is_displayed()
        ),
    )
    stages = [c.get_attribute("data-stage") for c in stage_cards(driver)]
    assert stages == ["triage", "assessment", "treatment", "disposition", "diagnosis"]
    ledger_rows = driver.find_elements(By.CSS_SELECTOR, "table.ledger tbody tr")
    assert ledger_rows, "no rule-out ledger rendered"
    final = driver.find_element(By.ID, "final-box").text.lower()
    assert "top diagnoses" in final and "next decisive step" in final
    shot(driver, "ui-live.png", 1900)

    cite = driver.find_elements(By.CSS_SELECTOR, "button.cite")
    assert cite, "no citation rendered"
    cite[0].click()
    mark = wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "dialog[open] mark"))
    note_text = driver.find_element(By.CSS_SELECTOR, "dialog[open] pre").text
    assert mark.text.strip() and mark.text.strip() in note_text
    notes = [n["text"] for n in demo[0]["case"]["prior_notes"]]
    assert any(mark.text.strip() in " ".join(n.split()) for n in notes) or any(
        mark.text.strip() in n for n in notes
    )
    shot(driver, "ui-citation.png", 900)
    driver.find_element(By.CSS_SELECTOR, "dialog[open] header button").click()

    # The key travels in a header only: never in a URL, never in the server log.
    assert not [u for u in request_urls(driver) if API_KEY in u]
    assert API_KEY not in server.text_log()


def test_review_approve_then_edit_resumes_with_audit_trail(
    driver: Any, server: Server
) -> None:
    open_page(driver, server)
    assert driver.find_element(By.ID, "api-key").get_attribute("value") == API_KEY
    Select(driver.find_element(By.ID, "demo")).select_by_index(1)
    for stage in ("treatment", "disposition"):
        driver.find_element(
            By.CSS_SELECTOR, f"#review-stages input[value={stage}]"
        ).click()
    driver.find_element(By.ID, "run").click()
    pending = 'section.stage.pending[data-stage="{}"]'
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, pending.format(TREAT)))
    assert len(stage_cards(driver)) == 3
    driver.find_element(By.ID, "reviewer").send_keys("dr.browser")
    driver.find_element(By.ID, "approve").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, pending.format(DISPO)))

    driver.find_element(By.ID, "edit-toggle").click()
    shot(driver, "ui-review.png", 1350, at=pending.format("disposition"))
    edit = driver.find_element(By.ID, "edit-json")
    bad = {"stage": "disposition", "disposition": "Home", "rationale": "x"}
    driver.execute_script("arguments[0].value = arguments[1]", edit, json.dumps(bad))
    driver.find_element(By.ID, "submit-edit").click()
    errors = wait(driver, lambda d: d.find_element(By.ID, "review-errors").text)
    assert "output" in errors and "disposition" in errors  # names the field

    edit = driver.find_element(By.ID, "edit-json")
    unsafe = {"stage": "disposition", "disposition": "Discharge", "rationale": "home"}
    driver.execute_script("arguments[0].value = arguments[1]", edit, json.dumps(unsafe))
    driver.find_element(By.ID, "comment").send_keys("wants to go home")
    driver.find_element(By.ID, "submit-edit").click()
    wait(driver, lambda d: "Done" in d.find_element(By.ID, "status").text)
    assert len(stage_cards(driver)) == 5
    banners = [b.text for b in driver.find_elements(By.CSS_SELECTOR, ".reviewed")]
    assert len(banners) == 2
    assert "Approved by dr.browser" in banners[0]
    assert "Edited by dr.browser" in banners[1] and "no_unsafe_discharge" in banners[1]
    rows = wait(
        driver,
        lambda d: d.find_elements(By.CSS_SELECTOR, "#audit-table tbody tr"),
    )
    cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")] for r in rows]
    assert [(c[1], c[2], c[3]) for c in cells] == [
        ("Treatment", "approve", "dr.browser"),
        ("Disposition", "edit", "dr.browser"),
    ]
    assert cells[1][5].startswith("Discharge") and cells[1][6] != cells[1][5]
    assert "no_unsafe_discharge" in cells[1][7] and cells[1][8] == "wants to go home"
    assert "wants to go home" not in server.text_log()
    shot(driver, "ui-audit.png", 700, at="#audit")


def test_case_text_with_script_tags_shows_as_text(
    driver: Any, server: Server, demo: list[dict[str, Any]]
) -> None:
    open_page(driver, server)
    case = copy.deepcopy(demo[0]["case"])
    case["patient_id"] += "-xss"
    case["encounter_id"] += "-xss"
    case["chief_complaint"] = "<script>window.__xss=1</script>SHORTNESS OF BREATH"
    case["one_liner"] = '<img src=x onerror="window.__xss=2"> ' + case["one_liner"]
    for note in case["prior_notes"]:
        note["note_key"] += "-xss"
        note["patient_id"] = case["patient_id"]
        note["text"] = "<script>window.__xss=3</script>\n" + note["text"]
    set_case(driver, case)
    driver.find_element(By.ID, "run").click()
    wait(driver, lambda d: len(stage_cards(d)) == 5)
    head = driver.find_element(By.ID, "case-head").text
    assert "<script>window.__xss=1</script>" in head
    assert '<img src=x onerror="window.__xss=2">' in head
    cite = driver.find_elements(By.CSS_SELECTOR, "button.cite")
    assert cite
    cite[0].send_keys(Keys.ENTER)  # keyboard: Enter opens, Escape closes
    pre = wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "dialog[open] pre"))
    assert "<script>window.__xss=3</script>" in pre.text
    assert driver.execute_script("return window.__xss") is None
    assert not driver.find_elements(By.CSS_SELECTOR, "#main script, #main img")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "dialog[open]"))
