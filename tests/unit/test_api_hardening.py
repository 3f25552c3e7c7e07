"""Issue 16 in process: strict wire models, bounds, text caps, key and 504 texts.

The app runs with the REAL offline reasoner (retrieval off) through TestClient, except
where a FAKE reasoner scripts a failure (named as such). Server-level behaviour
(stalls, SSE disconnects, readiness, data use) is tested under uvicorn in
tests/integration/test_api_hardening_server.py.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr, ValidationError

from agents.llm import ModelTimeoutError
from api.app import create_app
from api.schemas import DEMO_CASE
from api.settings import APISettings
from tests.fakes import FakeReasoner

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    from graph.settings import Settings

    app = create_app(
        Settings(retrieval=False, checkpoint_path=":memory:"),
        api_settings=APISettings(max_text_chars=5_000),
    )
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def post_case(client: TestClient, **changes: Any) -> Any:
    return client.post("/reason", json={"case": {**DEMO_CASE, **changes}})


def locs(r: Any) -> list[list[Any]]:
    return [d["loc"] for d in r.json()["details"]]


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("vitals", "heart_rate", True),  # a boolean is not a number
        ("vitals", "spo2", "92"),  # nor is a numeric string
        ("demographics", "age", "67"),
        ("demographics", "age", False),
    ],
)
def test_strict_models_refuse_coercion(client, section, field, value):
    r = post_case(client, **{section: {field: value}})
    assert r.status_code == 422, r.text
    assert ["body", "case", section, field] in locs(r)


def test_row_cells_and_top_k_are_strict(client):
    row = {"patientdurablekey": "P", "encounterkey": "E", "Age": True}
    r = client.post("/reason", json={"row": row})
    assert r.status_code == 422, r.text
    r = client.post("/reason", json={"case": DEMO_CASE, "top_k": "5"})
    assert r.status_code == 422 and ["body", "top_k"] in locs(r)
    # an integral JSON number is an integer (JSON Schema): accepted
    r = client.post(
        "/reason", json={"case": {**DEMO_CASE, "demographics": {"age": 67.0}}}
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(client, token):
    body = json.dumps({"case": {**DEMO_CASE, "vitals": {"heart_rate": 0}}})
    body = body.replace('"heart_rate": 0', f'"heart_rate": {token}')
    r = client.post(
        "/reason", content=body, headers={"content-type": "application/json"}
    )
    assert r.status_code == 422, r.text
    assert ["body", "case", "vitals", "heart_rate"] in locs(r)


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("demographics", "age", -5),
        ("demographics", "age", 200),
        ("vitals", "spo2", 300),
        ("vitals", "heart_rate", -1),
        ("vitals", "temperature_c", 98.6),  # Fahrenheit sent as Celsius
    ],
)
def test_out_of_range_values_are_refused(client, section, field, value):
    r = post_case(client, **{section: {field: value}})
    assert r.status_code == 422, r.text
    assert ["body", "case", section, field] in locs(r)


def test_lone_surrogate_is_cleaned_not_a_500(client):
    body = json.dumps({"case": {**DEMO_CASE, "chief_complaint": "CHEST \ud800 PAIN"}})
    r = client.post(
        "/reason", content=body, headers={"content-type": "application/json"}
    )
    assert r.status_code == 200, r.text


def test_text_field_over_the_cap_gets_422_naming_it(client):
    r = post_case(client, ed_note="chest pain " * 1000)
    assert r.status_code == 422, r.text
    assert r.json()["details"][0]["loc"] == ["body", "case", "ed_note"]
    assert "REASONER_MAX_TEXT_CHARS" in r.json()["details"][0]["msg"]
    note = {
        "note_key": "n1",
        "note_type": "progress_note",
        "patient_id": "P",
        "text": "",
    }
    note["text"] = "x" * 6000
    r = post_case(client, prior_notes=[note])
    assert r.status_code == 422
    assert ["body", "case", "prior_notes", 0, "text"] in locs(r)
    row = {"patientdurablekey": "P", "encounterkey": "E", "ED_Provider_Notes_Text": ""}
    row["ED_Provider_Notes_Text"] = "y" * 6000
    r = client.post("/reason", json={"row": row})
    assert r.status_code == 422
    assert ["body", "row", "ED_Provider_Notes_Text"] in locs(r)


@pytest.mark.parametrize("key", ["", "   "])
def test_empty_api_key_refuses_to_start(monkeypatch, key):
    monkeypatch.setenv("REASONER_API_KEY", key)
    with pytest.raises(ValidationError, match="REASONER_API_KEY is set but empty"):
        create_app()
    with pytest.raises(ValidationError):
        APISettings(api_key=SecretStr(key))


def test_504_says_which_timeout_fired():
    def call(model_timeout: bool) -> Any:
        app = create_app(
            api_settings=APISettings(request_timeout_s=0.5),
            reasoner_factory=lambda: (
                FakeReasoner(exc=ModelTimeoutError("model did not answer"))
                if model_timeout
                else FakeReasoner(delay=5.0)
            ),
        )
        with TestClient(app, raise_server_exceptions=False) as c:
            return c.post("/reason", json={"case": DEMO_CASE})

    model = call(True)
    assert model.status_code == 504
    assert "model endpoint timed out" in model.json()["message"]
    assert "0.5 s" not in model.json()["message"]
    budget = call(False)
    assert budget.status_code == 504
    assert "0.5 s budget" in budget.json()["message"]


def test_make_serve_turns_uvicorns_access_log_off(monkeypatch):
    out = subprocess.run(
        ["make", "-n", "-W", ".venv/.installed", "serve"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert any("-m api" in x for x in out.splitlines())  # the launcher below
    import uvicorn

    from api.__main__ import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: seen.update(kw))
    main(["--workers", "1"])
    assert seen["access_log"] is False and seen["workers"] == 1


def test_log_phi_setting_is_gone():
    """Decided in issue 16: note text is never logged, so no switch pretends to."""
    from graph.settings import Settings

    assert "log_phi" not in Settings.model_fields


def test_keep_alive_outlives_the_clients_idle_expiry(monkeypatch):
    """With uvicorn's 5 s default both ends closed idle connections at once: 15 and
    19 ReadErrors in two 64-client runs, 0 and 0 with 75 s (benchmarks/RESULTS.md)."""
    import uvicorn

    from api.__main__ import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: seen.update(kw))
    monkeypatch.delenv("REASONER_KEEP_ALIVE_S", raising=False)
    main(["--workers", "1"])
    assert seen["timeout_keep_alive"] == 75 > 5  # httpx's keepalive_expiry is 5 s
    monkeypatch.setenv("REASONER_KEEP_ALIVE_S", "20")
    main(["--workers", "1"])
    assert seen["timeout_keep_alive"] == 20
