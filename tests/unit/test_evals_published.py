"""Published v3 figures and trivial baselines beside a run's figures."""

from __future__ import annotations

import pytest

from cases.models import GoldLabels
from evals.erreason.icd import CCSRMap
from evals.erreason.published import (
    beside_paper_lines,
    load_published,
    trivial_baselines,
)


def test_published_table_has_the_papers_best_zero_shot_acuity():
    rows = [r for r in load_published() if r.table == "1" and r.task == "acuity"]
    assert len(rows) == 8
    assert max(float(r.value) for r in rows) == pytest.approx(63.15)


def test_trivial_baselines_are_computed_on_the_runs_own_gold():
    golds = [
        GoldLabels(acuity="Urgent", disposition="Admit", icd10_codes=("J18.9",)),
        GoldLabels(acuity="Urgent", disposition="Discharge", icd10_codes=("J18.9",)),
        GoldLabels(acuity="Emergent", disposition="Admit", icd10_codes=("I21.4",)),
        GoldLabels(acuity="Less Urgent", disposition="Admit"),
    ]
    ccsr = CCSRMap()
    ccsr.add("J18.9", "Pneumonia", "Y", "Y")
    ccsr.add("I21.4", "Acute MI", "Y", "N")
    base = trivial_baselines(golds, ccsr)
    assert base["acuity"] == {"label": "Urgent", "accuracy": 0.5, "n": 4}
    assert base["disposition"]["label"] == "Admit"
    assert base["always_admit"] == pytest.approx(0.75)
    assert base["ccsr"]["label"] == "Pneumonia"
    assert base["ccsr"]["accuracy"] == pytest.approx(2 / 3)


def _metrics() -> dict:
    return {
        "modes": {"paper": {"triage": {"classification": {"accuracy": 0.6}}}},
        "trivial_baselines": {"acuity": {"label": "Urgent", "accuracy": 0.55}},
    }


def test_er_reason_runs_show_the_published_columns():
    text = "\n".join(beside_paper_lines(_metrics(), "er_reason"))
    assert "63.15% (GPT-5.2)" in text and "60.0%" in text and "55.0%" in text


def test_other_datasets_keep_only_the_trivial_baselines():
    text = "\n".join(beside_paper_lines(_metrics(), "ktas"))
    assert "paper best" not in text and "55.0% (always Urgent)" in text
