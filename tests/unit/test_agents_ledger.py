"""Rule-out ledger: pure updates, change records, history, evidence rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from agents import ledger as L
from agents.schemas import DifferentialEntry, Evidence, StageRecord


def _entry(name: str, p: float, *, mnm: bool = False, status: str = "considered"):
    return DifferentialEntry(
        diagnosis=name,
        probability=p,
        must_not_miss=mnm,
        status=status,
        changed_by="assessment",
    )


def test_ruled_out_without_evidence_is_rejected():
    with pytest.raises(ValidationError):
        _entry("Pulmonary embolism", 0.01, status="ruled_out")
    with pytest.raises(ValidationError):
        L.update(
            _entry("Pulmonary embolism", 0.2), stage="treatment", status="ruled_out"
        )


def test_ruled_out_with_evidence_is_accepted_and_recorded():
    before = (_entry("Pulmonary embolism", 0.2, mnm=True), _entry("Pneumonia", 0.4))
    ev = Evidence(kind="rule", text="PERC 0: negative", rule="PERC")
    pe = L.update(
        before[0], stage="treatment", status="ruled_out", evidence_against=[ev]
    )
    after = L.upsert(before, pe)
    changes = L.diff(before, after, "treatment")
    assert [(c.diagnosis, c.before, c.after) for c in changes] == [
        ("Pulmonary embolism", "considered", "ruled_out")
    ]
    assert "PERC" in changes[0].reason
    assert pe.changed_by == "treatment"


def test_rank_puts_ruled_out_last_and_orders_by_probability():
    ev = Evidence(kind="finding", text="CT negative")
    ranked = L.rank(
        [
            _entry("A", 0.1),
            DifferentialEntry(
                diagnosis="B",
                probability=0.9,
                status="ruled_out",
                evidence_against=(ev,),
                changed_by="disposition",
            ),
            _entry("C", 0.5),
        ]
    )
    assert [e.diagnosis for e in ranked] == ["C", "A", "B"]
    assert L.working(ranked).diagnosis == "C"


def test_update_deduplicates_evidence():
    ev = Evidence(kind="finding", text="fever")
    e = L.update(_entry("Sepsis", 0.3), stage="assessment", evidence_for=[ev])
    e2 = L.update(e, stage="treatment", evidence_for=[ev])
    assert len(e2.evidence_for) == 1


def test_unexcluded_must_not_miss_respects_test_threshold():
    low = _entry(
        "Aortic dissection", L.TEST_THRESHOLD / 2, mnm=True, status="cannot_exclude"
    )
    high = _entry("Pulmonary embolism", 0.3, mnm=True, status="cannot_exclude")
    plain = _entry("Costochondritis", 0.6)
    assert L.unexcluded_must_not_miss([low, high, plain]) == (high,)


def test_history_collects_changes_in_trace_order():
    first = (_entry("A", 0.5),)
    second = (_entry("A", 0.5), _entry("B", 0.2))
    recs = [
        StageRecord(
            stage=s,
            status="ok",
            prompt_version="t",
            latency_ms=1.0,
            started_at=datetime.now(UTC),
            ledger_changes=L.diff(b, a, s),
        )
        for s, b, a in (("assessment", (), first), ("treatment", first, second))
    ]
    hist = L.history(recs)
    assert [(c.stage, c.diagnosis, c.before) for c in hist] == [
        ("assessment", "A", None),
        ("treatment", "B", None),
    ]
    assert L.find(second, "  b ") is not None


def test_rank_orders_by_probability_and_breaks_ties_by_status():
    """The cause outranks the ruled-in syndrome it comes with (text16, issue 10).

    The docstring used to promise "ruled in, then by probability"; the callers
    (working diagnosis, summary, explained, treatment) rely on probability first:
    hypovolaemic shock ruled in by criteria must not displace a GI bleed at p 0.6.
    """
    ev = Evidence(kind="rule", text="shock index > 1 and SBP < 90")
    shock = DifferentialEntry(
        diagnosis="Hypovolemic shock",
        probability=0.3,
        status="ruled_in",
        evidence_for=(ev,),
        changed_by="triage",
    )
    ranked = L.rank([_entry("Upper GI bleed", 0.6, mnm=True), shock])
    assert L.working(ranked).diagnosis == "Upper GI bleed"
    tied = L.rank(
        [
            _entry("Considered", 0.3),
            _entry("Open", 0.3, mnm=True, status="cannot_exclude"),
            shock,
        ]
    )
    assert [e.status for e in tied] == ["ruled_in", "cannot_exclude", "considered"]
