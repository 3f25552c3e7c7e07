"""Handler tests through TestClient with a FAKE reasoner (scripted records, no model).

The real reasoner is exercised by tests/integration/test_api_server.py under uvicorn.
"""

from __future__ import annotations

import inspect
import json
import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.errors import ModelEndpointError, ModelTimeoutError
from agents.offline.knowledge import load_knowledge
from agents.schemas import ErrorKind
from api.app import create_app
from api.schemas import DEMO_CASE, DEMO_ROW, ReasonResponse
from api.settings import APISettings
from cases.models import Case
from graph.runtime import Reasoner
from tests.fakes import FakeReasoner

NOTE_SENTINEL = "ZEBRA-NOTE-TEXT-4242"


def make_client(fake: FakeReasoner, **api: Any) -> TestClient:
    app = create_app(api_settings=APISettings(**api), reasoner_factory=lambda: fake)
    return TestClient(app, raise_server_exceptions=False)


def case_body(**changes: Any) -> dict[str, Any]:
    case = {**DEMO_CASE, "ed_note": f"{NOTE_SENTINEL} chest pain", **changes}
    return {"case": case}


def test_reason_happy_path_nested_case() -> None:
    fake = FakeReasoner()
    with make_client(fake, api_key=SecretStr("k-secret-123")) as client:
        r = client.post(
            "/reason",
            json=case_body(),
            headers={"X-API-Key": "k-secret-123", "X-Request-ID": "req-abc.1"},
        )
    assert fake.closed
    assert r.status_code == 200, r.text
    body = r.json()
    assert [s["stage"] for s in body["stages"]] == [
        "triage",
        "assessment",
        "treatment",
        "disposition",
        "diagnosis",
    ]
    assert body["case_id"] == DEMO_CASE["encounter_id"]
    assert body["final"]["icd10"] == "I21.9"
    assert body["meta"]["request_id"] == "req-abc.1" == r.headers["x-request-id"]
    assert "not for clinical use" in body["meta"]["disclaimer"]
    assert body["meta"]["settings"]["api"]["api_key_set"] is True
    assert "k-secret-123" not in r.text
    assert isinstance(fake.cases[0], Case)


def test_reason_generates_request_id_and_rejects_bad_one() -> None:
    with make_client(FakeReasoner()) as client:
        r = client.post("/reason", json=case_body(), headers={"X-Request-ID": "a b\n"})
    rid = r.headers["x-request-id"]
    assert rid != "a b\n" and len(rid) == 32
    assert r.json()["meta"]["request_id"] == rid


def test_stage_failure_is_reported_in_trace_with_200() -> None:
    with make_client(FakeReasoner(fail_stage="treatment")) as client:
        r = client.post("/reason", json=case_body())
    assert r.status_code == 200
    statuses = {s["stage"]: s["status"] for s in r.json()["stages"]}
    assert statuses["treatment"] == "error"


@pytest.mark.parametrize(
    ("payload", "loc"),
    [
        ({}, ["body"]),
        ({"case": DEMO_CASE, "row": DEMO_ROW}, ["body"]),
        (
            case_body(vitals={"heart_rate": "fast"}),
            ["body", "case", "vitals", "heart_rate"],
        ),
        (case_body(patient_id=None), ["body", "case", "patient_id"]),
        ({"case": DEMO_CASE, "top_k": 0}, ["body", "top_k"]),
        ({"case": DEMO_CASE, "surprise": 1}, ["body", "surprise"]),
    ],
)
def test_invalid_input_gives_422_with_field_path(
    payload: dict[str, Any], loc: list[str]
) -> None:
    fake = FakeReasoner()
    with make_client(fake) as client:
        r = client.post("/reason", json=payload)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "validation_error" and body["request_id"]
    assert any(d["loc"][: len(loc)] == loc for d in body["details"]), body
    assert all(d["msg"] for d in body["details"])
    assert NOTE_SENTINEL not in r.text  # no input echo
    assert "Traceback" not in r.text
    assert fake.cases == []


def test_malformed_json_is_422_not_500() -> None:
    with make_client(FakeReasoner()) as client:
        r = client.post(
            "/reason",
            content=b'{"case": ',
            headers={"content-type": "application/json"},
        )
    assert r.status_code == 422
    assert r.json()["details"][0]["type"] == "json_invalid"


def test_body_limit_413_by_content_length_and_by_stream() -> None:
    fake = FakeReasoner()
    with make_client(fake, max_body_bytes=2000) as client:
        big = case_body(ed_note="x" * 5000)
        r1 = client.post("/reason", json=big)

        def chunks():  # no Content-Length: chunked transfer encoding
            data = json.dumps(big).encode()
            for i in range(0, len(data), 512):
                yield data[i : i + 512]

        r2 = client.post(
            "/reason", content=chunks(), headers={"content-type": "application/json"}
        )
        small = client.post("/reason", json=case_body())
    for r in (r1, r2):
        assert r.status_code == 413, r.text
        assert r.json()["error"] == "payload_too_large"
        assert r.headers["x-request-id"]
    assert small.status_code == 200
    assert len(fake.cases) == 1


def test_timeout_gives_504() -> None:
    with make_client(FakeReasoner(delay=2.0), request_timeout_s=0.05) as client:
        r = client.post("/reason", json=case_body())
    assert r.status_code == 504
    assert r.json()["error"] == "gateway_timeout"


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (ModelEndpointError("refused"), 502),
        (ModelTimeoutError("slow"), 504),
        (RuntimeError(f"boom {NOTE_SENTINEL}"), 500),
    ],
)
def test_backend_errors_map_to_status(exc: BaseException, status: int) -> None:
    with make_client(FakeReasoner(exc=exc)) as client:
        r = client.post("/reason", json=case_body())
    assert r.status_code == status, r.text
    body = r.json()
    assert body["request_id"] == r.headers["x-request-id"]
    assert NOTE_SENTINEL not in r.text and "Traceback" not in r.text


def test_auth_required_when_key_configured() -> None:
    with make_client(FakeReasoner(), api_key=SecretStr("s3")) as client:
        missing = client.post("/reason", json=case_body())
        wrong = client.post("/reason", json=case_body(), headers={"X-API-Key": "s4"})
        stream = client.post("/reason/stream", json=case_body())
        ok = client.post("/reason", json=case_body(), headers={"X-API-Key": "s3"})
        health = client.get("/healthz")
    assert missing.status_code == wrong.status_code == stream.status_code == 401
    assert missing.json()["error"] == "unauthorized"
    assert ok.status_code == 200 and health.status_code == 200


def test_auth_off_by_default() -> None:
    with make_client(FakeReasoner()) as client:
        r = client.post("/reason", json=case_body(), headers={"X-API-Key": "x"})
    assert r.status_code == 200


def test_cors_off_by_default_and_on_when_configured() -> None:
    pre = {"Origin": "http://ui.test", "Access-Control-Request-Method": "POST"}
    with make_client(FakeReasoner()) as client:
        off = client.options("/reason", headers=pre)
        off_get = client.get("/healthz", headers={"Origin": "http://ui.test"})
    with make_client(FakeReasoner(), cors_origins=["http://ui.test"]) as client:
        on = client.options("/reason", headers=pre)
    assert "access-control-allow-origin" not in off.headers
    assert "access-control-allow-origin" not in off_get.headers
    assert on.headers["access-control-allow-origin"] == "http://ui.test"


def parse_sse(text: str) -> list[tuple[str, Any]]:
    events = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_stream_one_event_per_stage_then_final() -> None:
    with make_client(FakeReasoner()) as client:
        r = client.post("/reason/stream", json=case_body())
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(r.text)
    assert [e for e, _ in events] == ["stage"] * 5 + ["final"]
    assert events[0][1]["stage"] == "triage"
    final = events[-1][1]
    assert final["final"]["esi"] == 2 and final["final"]["disposition"] == "Admit"
    assert final["meta"]["request_id"] == r.headers["x-request-id"]


def test_stream_errors_before_and_after_first_stage() -> None:
    err = ModelEndpointError("refused")
    with make_client(FakeReasoner(exc=err)) as client:
        before = client.post("/reason/stream", json=case_body())
    with make_client(FakeReasoner(exc=err, exc_after=2)) as client:
        after = client.post("/reason/stream", json=case_body())
    with make_client(FakeReasoner(delay=1.0), request_timeout_s=0.05) as client:
        slow = client.post("/reason/stream", json=case_body())
    assert before.status_code == 502
    assert slow.status_code == 504
    assert after.status_code == 200
    kinds = [e for e, _ in parse_sse(after.text)]
    assert kinds == ["stage", "stage", "error"]
    assert parse_sse(after.text)[-1][1]["error"] == "bad_gateway"


def test_readyz_reflects_reasoner() -> None:
    with make_client(FakeReasoner(ready=True)) as client:
        assert client.get("/readyz").status_code == 200
    with make_client(FakeReasoner(ready=False)) as client:
        r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["error"] == "not_ready"


def test_access_log_has_no_note_text_or_ids(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with make_client(FakeReasoner(exc=RuntimeError(NOTE_SENTINEL))) as client:
        client.post("/reason", json=case_body())
        client.post("/reason", json=case_body(vitals={"heart_rate": "x"}))
    access = [r for r in caplog.records if r.name == "api.access"]
    assert any("POST /reason 500" in r.getMessage() for r in access)
    text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (NOTE_SENTINEL, DEMO_CASE["patient_id"], DEMO_CASE["encounter_id"]):
        assert secret not in text


def test_openapi_has_disclaimer_and_examples() -> None:
    with make_client(FakeReasoner()) as client:
        spec = client.get("/openapi.json").json()
    assert "not for clinical use" in spec["info"]["description"]
    req = spec["components"]["schemas"]["ReasonRequest"]
    assert req["examples"][0]["case"]["chief_complaint"] == "CHEST PAIN"
    ok = spec["paths"]["/reason"]["post"]["responses"]["200"]["content"]
    example = ok["application/json"]["example"]
    assert ReasonResponse.model_validate(example).final.icd10 == "I21.4"
    assert "securitySchemes" not in spec.get("components", {})  # auth off
    with make_client(FakeReasoner(), api_key=SecretStr("k")) as client:
        spec = client.get("/openapi.json").json()
    assert "APIKeyHeader" in spec["components"]["securitySchemes"]


def test_flat_row_gold_columns_never_reach_the_reasoner() -> None:
    row = {
        **DEMO_ROW,
        "ED_Provider_Notes_Text": "Chest pain. Concern for pulmonary embolism. "
        "Triage Vital Signs: BP 94/58 | Pulse 112",
        "acuitylevel": "Emergent",
        "eddisposition": "Admit",
        "primaryeddiagnosisname": "Pulmonary embolism",
        "Treatment_Plan": "GOLDPLAN heparin",
    }
    fake = FakeReasoner()
    with make_client(fake) as client:
        r = client.post("/reason", json={"row": row})
    assert r.status_code == 200, r.text
    assert r.json()["meta"]["input_shape"] == "row"
    (case,) = fake.cases
    assert isinstance(case, Case)
    dumped = case.model_dump_json().lower()
    assert "goldplan" not in dumped
    assert "pulmonary embolism" not in dumped  # gold diagnosis redacted from the note
    assert case.encounter_id == DEMO_ROW["encounterkey"]
    assert case.chief_complaint == "CHEST PAIN"


def test_flat_row_missing_identifier_is_422() -> None:
    row = {k: v for k, v in DEMO_ROW.items() if k != "encounterkey"}
    fake = FakeReasoner()
    with make_client(fake) as client:
        r = client.post("/reason", json={"row": row})
    assert r.status_code == 422, r.text
    assert r.json()["details"][0]["loc"] == ["body", "row", "encounterkey"]
    assert fake.cases == []


@pytest.mark.parametrize("method", ["run", "stream", "ready", "warm_up", "aclose"])
def test_the_fake_reasoner_has_the_real_signatures(method: str) -> None:
    real, fake = getattr(Reasoner, method), getattr(FakeReasoner, method)
    assert inspect.signature(fake) == inspect.signature(real)
    assert inspect.iscoroutinefunction(fake) == inspect.iscoroutinefunction(real)
    assert inspect.isasyncgenfunction(fake) == inspect.isasyncgenfunction(real)


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("model_timeout", 504),
        ("model_error", 502),
        ("output_invalid", 200),
        ("retrieval_error", 200),
        ("internal", 200),
    ],
)
def test_stage_error_kind_decides_the_status(kind: ErrorKind, status: int) -> None:
    with make_client(FakeReasoner(fail_stage="disposition", fail_kind=kind)) as c:
        r = c.post("/reason", json=case_body())
        first = c.post("/reason/stream", json=case_body())
    with make_client(FakeReasoner(fail_stage="triage", fail_kind=kind)) as c:
        at_once = c.post("/reason/stream", json=case_body())
    assert r.status_code == status, r.text
    if status == 200:
        assert r.json()["stages"][3]["error_kind"] == kind
        assert "error_kind" not in r.json()["stages"][0]
    # A failed endpoint before the first event is the status; later, an error event.
    assert at_once.status_code == status
    events = [e for e, _ in parse_sse(first.text)]
    assert events[-1] == ("final" if status == 200 else "error")


def test_top_k_reaches_the_reasoner_and_stream_final_matches() -> None:
    fake = FakeReasoner()
    with make_client(fake) as client:
        r = client.post("/reason", json={**case_body(), "top_k": 7})
        s = client.post("/reason/stream", json={**case_body(), "top_k": 3})
    assert fake.top_ks == [7, 3]
    final = parse_sse(s.text)[-1][1]
    assert final["final"] == r.json()["final"]
    assert final["meta"]["run"] == r.json()["meta"]["run"] == {"backend": "fake"}


class _TimingOutRefiner:
    """A FAKE LLM refiner whose endpoint times out."""

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        raise ModelTimeoutError("no answer")


def test_real_reasoner_model_timeout_is_504_end_to_end() -> None:
    ctx = AgentContext(
        knowledge=load_knowledge(), backend="llm", refiner=_TimingOutRefiner()
    )
    app = create_app(reasoner_factory=lambda: Reasoner(ctx))
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post("/reason", json=case_body())
        s = client.post("/reason/stream", json=case_body())
    assert r.status_code == s.status_code == 504
    assert "model endpoint timed out" in r.json()["message"]


def test_a_reason_call_hands_nothing_to_the_thread_pool(monkeypatch) -> None:
    """Dependencies are ``async def``: a sync one is a thread hand-off per request."""
    import anyio.to_thread

    handed: list[object] = []
    original = anyio.to_thread.run_sync

    async def counting(func: Any, *args: Any, **kwargs: Any) -> Any:
        handed.append(func)
        return await original(func, *args, **kwargs)

    with make_client(FakeReasoner(), offload=False) as client:
        monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
        assert client.post("/reason", json=case_body()).status_code == 200
        assert client.post("/reason", json={"row": DEMO_ROW}).status_code == 200
        assert client.get("/readyz").status_code == 200
    assert handed == []
