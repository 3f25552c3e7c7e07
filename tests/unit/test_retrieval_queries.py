"""Per-stage query builders use only the stage's view and stay bounded."""

from __future__ import annotations

from cases.models import Arrival, Demographics, Vitals
from cases.views import StageView
from retrieval.queries import MAX_QUERIES, build_queries


def _view(stage, sex="female", age=34, cc="Shortness of breath"):
    return StageView(
        stage=stage,
        patient_id="P",
        encounter_id="E",
        demographics=Demographics(age=age, sex=sex),
        chief_complaint=cc,
        arrival=Arrival(),
        vitals=Vitals(),
        one_liner="34F with dyspnea" if stage != "triage" else None,
    )


def test_triage_high_risk_history_and_pregnancy_only_when_possible():
    female = build_queries(_view("triage"))
    assert female[0] == "Shortness of breath"
    joined = " ".join(female)
    for term in ("CAD", "CHF", "warfarin", "PE", "cancer", "transplant", "pregnan"):
        assert term in joined
    male = " ".join(build_queries(_view("triage", sex="Male", age=70)))
    assert "pregnan" not in male


def test_assessment_uses_each_candidate_diagnosis():
    qs = build_queries(_view("assessment"), ["Pulmonary embolism", "Pneumonia"])
    assert "history of Pulmonary embolism" in qs and "history of Pneumonia" in qs
    assert "Shortness of breath" in qs and "34F with dyspnea" in qs


def test_treatment_disposition_diagnosis_topics():
    treat = " ".join(build_queries(_view("treatment")))
    for term in ("allerg", "home medications", "creatinine", "anticoagulants"):
        assert term in treat
    dispo = " ".join(build_queries(_view("disposition")))
    for term in (
        "admissions",
        "functional status",
        "home oxygen",
        "social support",
        "code status",
        "ejection fraction",
    ):
        assert term in dispo
    dx = build_queries(_view("diagnosis"), ["Asthma exacerbation"])
    assert dx[0] == "Asthma exacerbation" and any("problem list" in q for q in dx)


def test_bounded_distinct_and_blank_free():
    many = [f"Dx {i}" for i in range(30)] + ["", "  ", "dx 1"]
    for stage in ("triage", "assessment", "treatment", "disposition", "diagnosis"):
        qs = build_queries(_view(stage, cc=None), many)
        assert 0 < len(qs) <= MAX_QUERIES
        assert all(q.strip() for q in qs)
        assert len({q.lower() for q in qs}) == len(qs)
