"""differential.with_cause: a ruled-in entry far below a ruled-in cause (Sepsis-3)."""

from __future__ import annotations

from agents.offline.differential import COMPLICATION_RULE, with_cause
from agents.schemas import DifferentialEntry, Evidence

EV = (Evidence(kind="finding", text="fever"),)


def _e(name: str, status: str, p: float, icd: str = "K83.09") -> DifferentialEntry:
    return DifferentialEntry(
        diagnosis=name,
        icd10=icd,
        status=status,  # type: ignore[arg-type]
        probability=p,
        evidence_for=EV,
        changed_by="diagnosis",
    )


def test_syndrome_beside_its_cause_is_stated_just_below_it() -> None:
    cause = _e("Acute cholangitis", "ruled_in", 0.95)
    sepsis = _e("Sepsis", "ruled_in", 0.02, "A41.9")
    out = with_cause([cause, sepsis])
    assert out[0] == cause
    assert out[1].probability == 0.9499
    assert any(ev.rule == COMPLICATION_RULE for ev in out[1].evidence_for)


def test_nothing_changes_without_a_ruled_in_cause() -> None:
    ledger = [_e("Sepsis", "ruled_in", 0.02, "A41.9"), _e("UTI", "considered", 0.5)]
    assert with_cause(ledger) == tuple(ledger)


def test_considered_entries_and_probable_rule_ins_are_left_alone() -> None:
    ledger = [
        _e("Acute cholangitis", "ruled_in", 0.6),
        _e("Sepsis", "ruled_in", 0.3, "A41.9"),
        _e("Pancreatitis", "considered", 0.01),
    ]
    assert with_cause(ledger) == tuple(ledger)
