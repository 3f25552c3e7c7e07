"""The typed ``cases.jsonl`` record: round trip, optional fields, bad lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evals.erreason.records import (
    CaseRecord,
    RecordError,
    append_record,
    read_records,
    to_line,
)


def _data(case_id: str = "E1", **over: Any) -> dict[str, Any]:
    score = {
        "value": 1.0,
        "answer": "Urgent",
        "target": "Urgent",
        "explanation": "correct",
        "no_answer": False,
        "metadata": {"typed": "Urgent", "esi_error": 0},
    }
    data: dict[str, Any] = {
        "case_id": case_id,
        "source": "er_reason",
        "stages": ["triage"],
        "oracle": [],
        "trace": [],
        "gold": {"acuity": "Urgent"},
        "scores": {"paper": {"triage": score}, "corrected": {"triage": score}},
        "per_stage": {},
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "cost_usd": 0.0,
        "wall_ms": 12.5,
        "error": None,
        "one_liner": None,
    }
    return {**data, **over}


def test_a_written_line_reads_back_and_rewrites_byte_identically(tmp_path: Path):
    path = tmp_path / "cases.jsonl"
    append_record(path, CaseRecord.model_validate(_data()))
    text = path.read_text()
    (rec,) = read_records(path)
    assert to_line(rec) + "\n" == text
    assert rec.score("corrected", "triage") is not None
    assert rec.score("corrected", "triage").value == 1.0  # type: ignore[union-attr]
    assert rec.score("paper", "diagnosis") is None


def test_optional_fields_are_written_only_when_the_run_set_them():
    plain = json.loads(to_line(CaseRecord.model_validate(_data())))
    assert not {"sct", "endpoint_failure", "ehr_review"} & set(plain)
    failed = CaseRecord.model_validate(_data(ehr_review=None))
    assert failed.ran_ehr_review and failed.ehr_review is None
    assert json.loads(to_line(failed))["ehr_review"] is None
    retry = CaseRecord.model_validate(_data(endpoint_failure="model_timeout"))
    assert (
        retry.retryable and list(json.loads(to_line(retry)))[-1] == "endpoint_failure"
    )


def test_a_malformed_line_names_the_line_and_the_field(tmp_path: Path):
    path = tmp_path / "cases.jsonl"
    bad = _data("E2")
    del bad["gold"]
    bad["scores"]["corrected"]["triage"] = {"value": "high"}
    lines = [json.dumps(_data()), json.dumps(bad)]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(
        RecordError, match=r"cases\.jsonl line 2: .*gold: Field required"
    ):
        read_records(path)
    path.write_text(json.dumps(_data()) + "\n{not json\n")
    with pytest.raises(RecordError, match=r"cases\.jsonl line 2: not JSON"):
        read_records(path)


def test_a_torn_last_line_is_ignored_and_cut_off_with_repair(tmp_path: Path):
    path = tmp_path / "cases.jsonl"
    whole = json.dumps(_data()) + "\n"
    path.write_text(whole + '{"case_id": "E2", "tra')
    assert [r.case_id for r in read_records(path)] == ["E1"]
    assert path.read_text() != whole
    read_records(path, repair=True)
    assert path.read_text() == whole


def test_the_last_line_of_a_case_wins(tmp_path: Path):
    path = tmp_path / "cases.jsonl"
    append_record(
        path, CaseRecord.model_validate(_data(endpoint_failure="model_error"))
    )
    append_record(path, CaseRecord.model_validate(_data(wall_ms=3.0)))
    (rec,) = read_records(path)
    assert not rec.retryable and rec.wall_ms == 3.0
