"""The run viewer's index: flags, paging, a second run, torn lines, the viewer API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from evals.erreason.runindex import RunIndex
from evals.erreason.viewer import create_viewer_app

STAGES = ("triage", "assessment", "treatment", "disposition", "diagnosis")


def record(case_id: str, acuity: tuple[str, str], dispo: tuple[str, str], **kw: Any):
    def score(pred: str | None, gold: str | None) -> dict[str, Any]:
        value = None if gold is None else float(pred == gold)
        return {"value": value, "answer": pred, "target": gold, "explanation": ""}

    scores = {s: score(None, None) for s in STAGES}
    scores["triage"] = score(*acuity)
    scores["disposition"] = score(*dispo)
    trace = [
        {
            "stage": s,
            "status": kw.get("status", "ok"),
            "prompt_version": "test",
            "started_at": "2026-01-01T00:00:00Z",
            "latency_ms": 1.0,
        }
        for s in STAGES
    ]
    return {
        "case_id": case_id,
        "source": "er_reason",
        "stages": list(STAGES),
        "oracle": [],
        "trace": trace,
        "gold": {},
        "scores": {"corrected": scores, "paper": scores},
        "per_stage": {},
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "cost_usd": 0.0,
        "wall_ms": 1.0,
        "error": None,
        "one_liner": None,
    }


def write_run(path: Path, records: list[dict[str, Any]], torn: bool = False) -> Path:
    path.mkdir(parents=True)
    body = "".join(json.dumps(r) + "\n" for r in records)
    if torn:
        body += '{"case_id": "half'
    (path / "cases.jsonl").write_text(body)
    return path


@pytest.fixture
def run_a(tmp_path: Path) -> Path:
    recs = [
        # c1's endpoint failed; the resumed run wrote it again (the last line wins).
        record("c1", ("Immediate", "Emergent"), ("Admit", "Admit"), status="error"),
        record("c2", ("Emergent", "Urgent"), ("Discharge", "Admit")),  # unsafe
        record("c3", ("Urgent", "Urgent"), ("Admit", "Admit"), status="error"),
        *[record(f"n{i}", ("Urgent", "Urgent"), ("Admit", "Admit")) for i in range(7)],
        record("c1", ("Urgent", "Emergent"), ("Admit", "Admit")),  # under-triage
    ]
    return write_run(tmp_path / "a", recs, torn=True)


def test_flags_paging_and_torn_line(run_a: Path) -> None:
    idx = RunIndex(run_a)
    assert len(idx.rows) == 10  # c1 once, at its first position; torn line skipped
    assert idx.rows[0].case_id == "c1"
    assert idx.record("c1")["scores"]["corrected"]["triage"]["answer"] == "Urgent"
    assert idx.counts() == {
        "stage_error": 1,
        "under_triage": 1,
        "unsafe_discharge": 1,
        "disagrees_gold": 2,
        "disagrees_run": 0,
    }
    total, page = idx.page("under_triage", "", 1, 50)
    assert total == 1 and page[0].case_id == "c1"
    total, page = idx.page(None, "", 2, 4)
    assert total == 10 and [r.case_id for r in page] == ["n1", "n2", "n3", "n4"]
    assert idx.page(None, "N", 1, 50)[0] == 7  # case-insensitive id search
    assert idx.record("c2")["scores"]["corrected"]["disposition"]["answer"] == (
        "Discharge"
    )


def test_second_run_flags_disagreements_and_viewer_api(
    run_a: Path, tmp_path: Path
) -> None:
    recs = [
        record("c1", ("Urgent", "Emergent"), ("Admit", "Admit")),
        record("c2", ("Emergent", "Urgent"), ("Admit", "Admit")),  # differs
    ]
    run_b = write_run(tmp_path / "b", recs)
    client = TestClient(create_viewer_app([run_a, run_b]))
    runs = client.get("/api/runs").json()
    assert [r["name"] for r in runs["runs"]] == ["a", "b"]
    assert runs["counts"]["disagrees_run"] == 1
    page = client.get("/api/cases", params={"flag": "disagrees_run"}).json()
    assert [i["case_id"] for i in page["items"]] == ["c2"]
    case = client.get("/api/cases/c2").json()
    assert case["other"]["scores"]["corrected"]["disposition"]["answer"] == "Admit"
    assert client.get("/api/cases/nope").status_code == 404
    assert client.get("/api/cases", params={"size": 500}).status_code == 422
    page = client.get("/ui/run.html")
    assert page.status_code == 200 and "viewer.js" in page.text


def test_not_a_run_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not a run directory"):
        RunIndex(tmp_path)


def test_view_cli_refuses_bad_arguments(tmp_path: Path, capsys) -> None:
    from evals.erreason.__main__ import main

    assert main(["view", str(tmp_path), str(tmp_path), str(tmp_path)]) == 2
    assert "one or two run directories" in capsys.readouterr().err
    assert main(["view", str(tmp_path / "missing")]) == 2
    assert "not a run directory" in capsys.readouterr().err
