"""The API's typed flag for a record with no presentation (readers40).

Schema addition: the TraceFlag value 'no_presentation' and the optional
TraceSummary.critical_results, in the OpenAPI document and on a real /reason call.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.schemas import DEMO_CASE
from api.settings import APISettings


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    from graph.settings import Settings

    app = create_app(
        Settings(retrieval=False, checkpoint_path=":memory:"),
        api_settings=APISettings(),
    )
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_openapi_documents_the_flag_and_the_critical_results(client) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    summary = schemas["TraceSummary"]["properties"]
    assert "critical_results" in summary
    assert "no_presentation" in str(summary["flags"])
    assert "no_presentation" in str(schemas["StageRecord"]["properties"]["flags"])


def test_reason_labs_only_record_returns_the_flag(client) -> None:
    case = {
        **DEMO_CASE,
        "chief_complaint": None,
        "vitals": {},
        "one_liner": None,
        "ed_note": "ED laboratory results:\nPotassium 6.9 mEq/L (abnormal)\n"
        "Sodium 137 mEq/L",
    }
    r = client.post("/reason", json={"case": case})
    assert r.status_code == 200, r.text
    body = r.json()
    summary = body["final"]["summary"]
    assert "no_presentation" in summary["flags"]
    assert any("potassium" in c.lower() for c in summary["critical_results"])
    assert all("no_presentation" in s["flags"] for s in body["stages"])


def test_reason_demo_case_has_no_such_flag(client) -> None:
    r = client.post("/reason", json={"case": DEMO_CASE})
    assert r.status_code == 200, r.text
    summary = r.json()["final"]["summary"]
    assert "no_presentation" not in summary["flags"]
    assert summary.get("critical_results", []) == []
