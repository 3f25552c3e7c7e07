"""FHIR R4 input through ``POST /reason`` and ``Reasoner.run`` with the REAL graph.

The reasoner is real (offline rules backend, real MiniLM embedder, on-disk Chroma), so
the bundle's DocumentReference notes are indexed, retrieved and cited.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from api.app import create_app
from cases.fhir import FHIRValidationError
from graph.runtime import Reasoner

DATA = Path(__file__).resolve().parents[1] / "data" / "fhir"


def _bundle(name: str = "synthea_style_bundle.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text())
    return data


@pytest.fixture(scope="module")
def reasoner(embedder, tmp_path_factory) -> Reasoner:  # type: ignore[no-untyped-def]
    from retrieval.store import NoteStore

    path = tmp_path_factory.mktemp("fhir") / "chroma"
    store = NoteStore(path=str(path), embedder=embedder)
    return Reasoner(AgentContext(knowledge=load_knowledge(), store=store))


@pytest.fixture(scope="module")
def client(reasoner: Reasoner) -> Iterator[TestClient]:
    app = create_app(reasoner_factory=lambda: reasoner)
    with TestClient(app) as c:
        yield c


def _cited_keys(body: dict[str, Any]) -> set[str]:
    return {c["note_key"] for s in body["stages"] for c in s.get("citations", [])}


def test_bare_bundle_as_fhir_json(client: TestClient) -> None:
    r = client.post(
        "/reason",
        content=json.dumps(_bundle()),
        headers={"content-type": "application/fhir+json"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["meta"]["input_shape"] == "fhir"
    report = body["meta"]["input_report"]
    assert report["unknown_types"] == {"SyntheaCustomThing": 1}
    assert report["unused"]["Claim"] == 1
    assert report["withheld"]["Condition: recorded during or after this visit"] == 1
    assert [s["stage"] for s in body["stages"]] == [
        "triage",
        "assessment",
        "treatment",
        "disposition",
        "diagnosis",
    ]
    # hypoxic, febrile, tachycardic: never a low-acuity triage
    assert body["final"]["esi"] in (1, 2)
    # The bundle's prior notes are retrieved and cited with their FHIR keys.
    cited = _cited_keys(body)
    assert cited and all(k.startswith("DocumentReference/") for k in cited)


def test_bundle_from_a_ktas_site_is_answered_in_ktas(client: TestClient) -> None:
    # a KTAS site sends its bundle with its scale: acuity in KTAS, ESI still traced
    r = client.post("/reason", json={"fhir": _bundle(), "triage_scale": "KTAS"})
    assert r.status_code == 200, r.text
    final = r.json()["final"]
    assert final["triage_scale"] == "KTAS" and final["site_level"] in (1, 2)
    assert final["esi"] in (1, 2)
    bad = client.post("/reason", json={"fhir": _bundle(), "triage_scale": "MTS"})
    assert bad.status_code == 422 and "triage_scale" in json.dumps(bad.json())


def test_bundle_inside_json_body_with_encounter_choice(client: TestClient) -> None:
    enc = "00000000-0000-0000-0000-00000000000c"
    r = client.post("/reason", json={"fhir": _bundle(), "encounter_id": enc})
    assert r.status_code == 200, r.text
    assert r.json()["case_id"] == enc


def test_invalid_bundle_is_422_naming_resource_and_path(client: TestClient) -> None:
    bundle = _bundle("vital_signs_bundle.json")
    bundle["entry"][2]["resource"]["valueQuantity"]["value"] = "fast"
    r = client.post("/reason", json={"fhir": bundle})
    assert r.status_code == 422
    detail = r.json()["details"][0]
    assert detail["loc"] == [
        "body",
        "fhir",
        "entry",
        2,
        "resource",
        "valueQuantity",
        "value",
    ]
    assert detail["msg"].startswith("Observation/heart-rate valueQuantity.value:")
    assert "fast" not in r.text  # input never echoed


def test_fhir_cannot_mix_with_other_inputs(client: TestClient) -> None:
    r = client.post("/reason", json={"fhir": _bundle(), "case": {"x": 1}})
    assert r.status_code == 422


def test_openapi_documents_fhir_json(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/reason"]["post"]["requestBody"]["content"]
    assert {"application/json", "application/fhir+json"} <= set(content)


@pytest.mark.anyio
async def test_python_api_takes_a_bundle(reasoner: Reasoner) -> None:
    out = await reasoner.run(_bundle("vital_signs_bundle.json"))
    assert out.case_id == "ed-1"
    assert out.meta["input"] == "fhir"
    assert out.final.esi in (1, 2)  # BP 88/50, HR 124, chest pain
    bad = _bundle("vital_signs_bundle.json")
    bad["entry"][1]["resource"]["period"] = {}
    with pytest.raises(FHIRValidationError, match=r"period\.start"):
        await reasoner.run(bad)
