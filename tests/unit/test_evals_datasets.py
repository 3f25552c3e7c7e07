"""Dataset selection: stages per dataset, notices, hashing, errors."""

from __future__ import annotations

import pytest

from evals.erreason.datasets import DatasetError, hash_path, load_dataset


def test_demo_declares_stages_and_hash():
    ds = load_dataset("demo", stages=("triage", "diagnosis", "treatment"))
    assert ds.stages == ("triage", "treatment", "diagnosis")
    assert len(ds.cases) >= 2 and len(ds.sha256) == 64


def test_hash_changes_with_content(tmp_path):
    (tmp_path / "a.csv").write_text("x\n1\n")
    before = hash_path(tmp_path)
    (tmp_path / "a.csv").write_text("x\n2\n")
    assert hash_path(tmp_path) != before


def test_er_reason_needs_data_and_reports_missing_csv(tmp_path):
    with pytest.raises(DatasetError, match="--data"):
        load_dataset("er_reason")
    with pytest.raises(DatasetError, match="main CSV not found"):
        load_dataset("er_reason", tmp_path)
    with pytest.raises(DatasetError, match="unknown dataset"):
        load_dataset("nope")


@pytest.mark.shared_data
def test_ktas_has_nurse_baseline_and_only_its_stages(shared_data):
    ds = load_dataset("ktas", stages=("triage", "assessment"))
    assert ds.stages == ("triage",)
    assert any("cannot score" in n for n in ds.notices)
    assert sum(lc.gold.human_acuity is not None for lc in ds.cases) > 100


@pytest.mark.shared_data
def test_esi_handbook_is_triage_only(shared_data):
    ds = load_dataset("esi_handbook")
    assert ds.stages == ("triage",)
