"""Graph wiring, routers and settings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agents.schemas import StageRecord
from cases.models import Case
from graph import routing
from graph.build import build_graph, compile_graph
from graph.settings import Settings


def _rec(stage: str, status: str) -> StageRecord:
    return StageRecord(
        stage=stage,
        status=status,
        prompt_version="t",
        started_at=datetime.now(UTC),
        latency_ms=0.0,
    )


def _state(*records: StageRecord):
    return {"case": Case(patient_id="p", encounter_id="e"), "trace": list(records)}


def test_routers_stop_on_error_and_continue_on_abstain():
    assert routing.route_after_triage(_state(_rec("triage", "error"))) == "__end__"
    assert (
        routing.route_after_triage(_state(_rec("triage", "abstained"))) == "assessment"
    )
    assert (
        routing.route_after_assessment(_state(_rec("assessment", "ok"))) == "treatment"
    )
    assert (
        routing.route_after_treatment(_state(_rec("treatment", "error"))) == "__end__"
    )
    assert (
        routing.route_after_disposition(_state(_rec("disposition", "ok")))
        == "diagnosis"
    )
    # a later review record of the same stage supersedes its error
    fixed = _state(_rec("treatment", "error"), _rec("treatment", "ok"))
    assert routing.route_after_treatment(fixed) == "disposition"


def test_graph_nodes_follow_stage_order():
    g = build_graph()
    assert list(g.nodes) == [
        "retrieve",
        "triage",
        "assessment",
        "treatment",
        "disposition",
        "diagnosis",
    ]
    with pytest.raises(ValueError):
        compile_graph(interrupt_before=("triage",))  # interrupts need a checkpointer


def test_settings_read_prefixed_nested_env(monkeypatch):
    monkeypatch.setenv("REASONER_BACKEND", "hybrid")
    monkeypatch.setenv("REASONER_TOP_K", "7")
    monkeypatch.setenv("REASONER_LLM__BASE_URL", "http://127.0.0.1:8080/v1")
    monkeypatch.setenv("REASONER_LLM__API_KEY", "sk-secret")
    s = Settings()
    assert s.backend == "hybrid" and s.top_k == 7
    assert s.llm.base_url == "http://127.0.0.1:8080/v1"
    assert s.chroma_path == ".er_reasoner/chroma"
    assert s.checkpoint_path == ".er_reasoner/checkpoints.sqlite"
    assert (
        "sk-secret" not in str(s.public()) and s.public()["llm"]["api_key_set"] is True
    )
    # log_phi was removed (issue 16): note text is never logged, at any level.
    assert "log_phi" not in Settings.model_fields
