"""EHR-review suite: hand-checked ROUGE, official/all-rows summary, hook and report."""

from __future__ import annotations

import json

import pytest

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from cases.models import Case, ClinicalNote, Demographics, GoldLabels, LabelledCase
from evals.erreason.records import CaseRecord
from evals.erreason.report import build_report
from evals.erreason.runner import RunOptions, run_cases
from evals.erreason.summary import compute_metrics
from evals.erreason.text import rouge_row
from evals.erreason.wiring import make_ehr_review_hook

REF = "67 y.o. male presenting with chest pain."
HYP = "67 y.o. male with chest pain"


def test_rouge_row_hand_checked():
    # ref tokens: 67 y o male present with chest pain (8); hyp: 67 y o male with
    # chest pain (7). R-1: P=7/7, R=7/8 -> F=14/15. R-2: 5 shared bigrams of 6 hyp /
    # 7 ref -> F=2*(5/6)(5/7)/((5/6)+(5/7))=10/13. R-L: LCS 7 -> same as R-1.
    s = rouge_row(HYP, REF)
    assert s is not None
    assert s["rouge1"] == pytest.approx(14 / 15)
    assert s["rouge2"] == pytest.approx(10 / 13)
    assert s["rougeL"] == pytest.approx(14 / 15)
    assert rouge_row(HYP, None) is None
    # preprocessing: case and punctuation do not matter
    assert rouge_row("67 Y.O. MALE, WITH CHEST-PAIN", REF) == s


def _record(cid, hyp, ref, has_ds):
    return CaseRecord.model_validate(
        {
            "case_id": cid,
            "source": "er_reason",
            "stages": [],
            "oracle": [],
            "trace": [],
            "gold": {},
            "scores": {"paper": {}, "corrected": {}},
            "per_stage": {},
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "cost_usd": 0.0,
            "wall_ms": 0.0,
            "error": None,
            "one_liner": ref,
            "ehr_review": {"one_liner": hyp, "has_discharge_summary": has_ds},
        }
    )


def test_summary_reports_official_and_all_rows():
    recs = [
        _record("A", REF, REF, True),  # exact: 1.0 everywhere
        _record("B", HYP, REF, False),  # 14/15, 10/13, 14/15
        _record("C", None, REF, True),  # failed suite run: "nan" scores 0
    ]
    m = compute_metrics(recs, None)["ehr_review"]
    assert m["official"]["n"] == 2
    assert m["official"]["rouge1"] == pytest.approx(0.5)
    assert m["official"]["rouge2"] == pytest.approx(0.5)
    assert m["all_rows"]["n"] == 3
    assert m["all_rows"]["rouge1"] == pytest.approx((1 + 14 / 15) / 3)
    assert m["all_rows"]["rouge2"] == pytest.approx((1 + 10 / 13) / 3)
    assert m["all_rows"]["rougeL"] == pytest.approx((1 + 14 / 15) / 3)


class FakeReasoner:
    """FAKE reasoner: no stages (empty trace); carries a real AgentContext."""

    def __init__(self):
        self.context = AgentContext(knowledge=load_knowledge())

    async def run(self, case, *, thread_id=None, overrides=None):
        class Out:
            trace: tuple = ()

        return Out()


def _cases():
    ds = ClinicalNote(
        note_key="DS1",
        note_type="discharge_summary",
        patient_id="P1",
        text="Diagnoses: coronary artery disease. Type 2 diabetes.",
        year=2020,
    )
    base = {
        "demographics": Demographics(age=67, sex="Male"),
        "chief_complaint": "CHEST PAIN",
        "ed_note": "SENTINELX in the ED note",
    }
    return [
        LabelledCase(
            case=Case(
                patient_id="P1",
                encounter_id="E1",
                one_liner="67 y.o. male with CAD and DM2 presenting with chest pain.",
                prior_notes=(ds,),
                **base,
            ),
            gold=GoldLabels(),
        ),
        LabelledCase(
            case=Case(
                patient_id="P2",
                encounter_id="E2",
                one_liner="67 y.o. male with SENTINELX presenting with chest pain.",
                **base,
            ),
            gold=GoldLabels(),
        ),
    ]


@pytest.mark.anyio
async def test_run_stores_per_case_rouge_and_report(tmp_path):
    reasoner = FakeReasoner()
    hook = make_ehr_review_hook(reasoner)
    assert hook is not None
    opts = RunOptions(out=tmp_path, stages=(), progress=False, ehr_review=hook)
    await run_cases(reasoner, _cases(), opts, None)
    lines = [json.loads(x) for x in (tmp_path / "cases.jsonl").read_text().splitlines()]
    by_id = {r["case_id"]: r["ehr_review"] for r in lines}
    e1, e2 = by_id["E1"], by_id["E2"]
    assert e1["one_liner"] == (
        "67 y.o. male with history of CAD, DM2 presenting with chest pain."
    )
    assert e1["has_discharge_summary"] and not e2["has_discharge_summary"]
    assert "SENTINELX" not in json.dumps(by_id)
    assert e1["rouge"] == rouge_row(e1["one_liner"], _cases()[0].case.one_liner)
    # hand-checked: E1 13 hyp / 12 ref tokens, 11 shared -> 22/25; E2 (template
    # only, the sentinel one-liner is the reference) 8 / 10 tokens, 8 shared -> 16/18
    assert e1["rouge"]["rouge1"] == pytest.approx(22 / 25)
    assert e2["rouge"]["rouge1"] == pytest.approx(16 / 18)
    metrics = build_report(tmp_path, None, plots=False)
    ehr = metrics["ehr_review"]
    assert ehr["official"]["n"] == 1
    assert ehr["official"]["rouge1"] == pytest.approx(e1["rouge"]["rouge1"])
    assert ehr["all_rows"]["n"] == 2
    md = (tmp_path / "report.md").read_text()
    assert "## EHR review" in md
    assert f"{ehr['official']['rougeL']:.3f}" in md
    saved = json.loads((tmp_path / "report.json").read_text())
    assert saved["metrics"]["ehr_review"]["all_rows"]["n"] == 2
