"""The must-not-miss coverage audit (docs/mnm_coverage_audit.md); clinical criteria."""

from __future__ import annotations

from pathlib import Path

from agents.offline.knowledge import ClinicalCriteria, load_knowledge
from agents.offline.knowledge.audit import CRITICAL, render

DOC = Path(__file__).resolve().parents[2] / "docs" / "mnm_coverage_audit.md"


def test_audit_document_is_the_generators_output() -> None:
    """Regenerate with `python -m agents.offline.knowledge.audit > docs/...md`."""
    assert DOC.read_text(encoding="utf-8") == render(load_knowledge())


def test_audit_names_only_known_complaints_and_diagnoses() -> None:
    kb = load_knowledge()
    for cid, critical in CRITICAL.items():
        assert cid in kb.complaints
        for _, dx in critical:
            assert dx is None or dx in kb.diagnoses, dx


def test_criteria_need_every_group_and_no_exclusion() -> None:
    crit = ClinicalCriteria(
        name="t",
        all_of=[["a", "b"], ["c"]],
        none_of=["x"],
        source="test",
    )
    assert crit.met({"b", "c"}.__contains__) == ["b", "c"]
    assert crit.met({"a"}.__contains__) is None
    assert crit.met({"a", "c", "x"}.__contains__) is None
