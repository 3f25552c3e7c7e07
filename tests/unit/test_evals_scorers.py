"""Per-stage scorers: explicit no-answer, paper vs corrected, name-matched diagnoses."""

from __future__ import annotations

from datetime import UTC, datetime

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    StageRecord,
    TriageResult,
)
from cases.models import GoldLabels
from evals.erreason.scorers import (
    ledger_of,
    score_assessment,
    score_diagnosis,
    score_disposition,
    score_stages,
    score_triage,
)


def _rec(stage, output, status="ok"):
    return StageRecord(
        stage=stage,
        status=status,
        output=output,
        prompt_version="t",
        started_at=datetime.now(UTC),
        latency_ms=1.0,
    )


def test_triage_paper_bug_and_no_answer():
    rec = _rec("triage", TriageResult(acuity="Less Urgent", esi=4, rationale="r"))
    gold = GoldLabels(acuity="Less Urgent")
    assert score_triage(rec, gold, "corrected").value == 1.0
    paper = score_triage(rec, gold, "paper")
    assert (paper.value, paper.answer) == (0.0, "Urgent")
    missing = score_triage(_rec("triage", None, "abstained"), gold, "corrected")
    assert missing.no_answer and missing.value == 0.0 and missing.answer is None
    assert score_triage(rec, GoldLabels(), "corrected").value is None


def test_disposition_uses_raw_gold_when_off_list():
    rec = _rec("disposition", DispositionResult(disposition="Admit", rationale="r"))
    s = score_disposition(rec, GoldLabels(raw_disposition="Admit to ICU"), "corrected")
    assert s.value == 0.0 and s.target == "Admit to ICU"


def test_diagnosis_code_set_and_name_fallback():
    rec = _rec("diagnosis", DiagnosisResult(icd10="I21.4", name="NSTEMI"))
    s = score_diagnosis(rec, GoldLabels(icd10_codes=("E11.9", "I21.4")), "paper")
    assert s.value == 1.0 and s.metadata["category3"] is True
    named = score_diagnosis(rec, GoldLabels(diagnosis_name="Acute MI, NSTEMI"), "paper")
    assert named.metadata == {"match": "name", "code": "I214"}
    assert named.value == 1.0
    other = score_diagnosis(rec, GoldLabels(diagnosis_name="Appendicitis"), "paper")
    assert other.value == 0.0


def test_assessment_rule_out_recall():
    ledger = (
        DifferentialEntry(diagnosis="Pulmonary embolism", changed_by="assessment"),
        DifferentialEntry(diagnosis="Pneumonia", changed_by="assessment"),
    )
    rec = _rec(
        "assessment",
        AssessmentResult(problem_representation="p", differential=ledger),
    )
    s = score_assessment(rec, GoldLabels(rule_out="PE; aortic dissection"))
    assert s.value == 0.5


def test_score_stages_only_requested_stages():
    rec = _rec("triage", TriageResult(acuity="Urgent", esi=3, rationale="r"))
    out = score_stages([rec], GoldLabels(acuity="Urgent"), ["triage"], "corrected")
    assert set(out) == {"triage"} and out["triage"].value == 1.0


def test_ledger_of_addressed_only_keeps_flagged_or_worked_entries():
    from agents.schemas import Evidence

    against = (Evidence(kind="rule", text="PERC negative", rule="PERC"),)
    ledger = (
        DifferentialEntry(diagnosis="Pneumonia", changed_by="assessment"),
        DifferentialEntry(
            diagnosis="Pulmonary embolism",
            status="ruled_out",
            evidence_against=against,
            changed_by="assessment",
        ),
        DifferentialEntry(
            diagnosis="Aortic dissection", must_not_miss=True, changed_by="assessment"
        ),
    )
    rec = _rec(
        "assessment", AssessmentResult(problem_representation="p", differential=ledger)
    )
    assert [d for d, _ in ledger_of([rec])] == [e.diagnosis for e in ledger]
    assert [d for d, _ in ledger_of([rec], addressed_only=True)] == [
        "Pulmonary embolism",
        "Aortic dissection",
    ]
