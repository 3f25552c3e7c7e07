"""Evidence weights of the differential and the rule-in requirement (issue 10, dx10)."""

from __future__ import annotations

import math

from agents.offline import differential as D
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import DifferentialEntry, DxStatus

KB = load_knowledge()


def _score(spec_id: str, facts: ClinicalFacts) -> float:
    spec = KB.diagnoses[spec_id]
    (entry,), _other = D.score([spec], facts, {}, {}, stage="assessment", previous=())
    assert entry.probability is not None
    return entry.probability


def test_a_denied_weak_finding_barely_moves_the_probability() -> None:
    """LR- from the LR+ (sensitivity bounded), not a fixed half of the LR+.

    Cough supports asthma weakly (weight 0.3, LR+ 1.35); its absence is no
    evidence against asthma worth a half of that (review: denied findings subtracted
    half weight whatever the finding).
    """
    base = _score("asthma_exacerbation", ClinicalFacts(present=frozenset({"wheezing"})))
    denied = _score(
        "asthma_exacerbation",
        ClinicalFacts(present=frozenset({"wheezing"}), absent=frozenset({"cough"})),
    )
    odds = (denied / (1 - denied)) / (base / (1 - base))
    assert 0.9 < odds < 1.0


def test_a_declared_lr_minus_is_not_counted_twice() -> None:
    """Absent Kussmaul breathing has a declared LR- for DKA: applied once.

    One diagnosis against the fixed other mass: its log-odds move by exactly the
    declared weight (before: the declared LR- plus half the LR+ again).
    """
    declared = KB.diagnoses["dka"].findings_against["absent:ketosis"]
    p0 = _score("dka", ClinicalFacts(present=frozenset({"glucose_high"})))
    p1 = _score(
        "dka",
        ClinicalFacts(
            present=frozenset({"glucose_high"}), absent=frozenset({"ketosis"})
        ),
    )
    moved = math.log((p1 / (1 - p1)) / (p0 / (1 - p0)))
    assert math.isclose(moved, declared, abs_tol=0.02)


def test_denied_weight_bounds() -> None:
    assert D.denied_weight(math.log(1.65)) > math.log(0.9)
    assert D.denied_weight(math.log(50.0)) >= math.log(0.5 / 0.9) - 1e-9


def _entry(spec_id: str, status: DxStatus = "considered") -> DifferentialEntry:
    spec = KB.diagnoses[spec_id]
    return DifferentialEntry(
        diagnosis=spec.name,
        icd10=spec.icd10,
        probability=0.4,
        status=status,
        changed_by="assessment",
    )


def test_risk_factors_and_nonspecific_findings_do_not_rule_in() -> None:
    """GOLD 2024: smoking with dyspnoea and cough is no COPD exacerbation."""
    facts = ClinicalFacts(present=frozenset({"smoking", "dyspnea", "cough"}))
    spec = KB.diagnoses["copd_exacerbation"]
    assert not D.rule_in_met(_entry("copd_exacerbation"), spec, facts)


def test_known_copd_with_wheeze_rules_in() -> None:
    facts = ClinicalFacts(
        present=frozenset({"wheezing", "dyspnea"}), historical=frozenset({"copd"})
    )
    spec = KB.diagnoses["copd_exacerbation"]
    assert D.rule_in_met(_entry("copd_exacerbation"), spec, facts)


def test_a_name_in_the_note_alone_does_not_rule_in() -> None:
    """MDM wording is evidence only beside a discriminating finding."""
    spec = KB.diagnoses["appendicitis"]
    named = ClinicalFacts(present=frozenset({"appendicitis", "vomiting"}))
    assert not D.rule_in_met(_entry("appendicitis"), spec, named)
    with_sign = ClinicalFacts(present=frozenset({"appendicitis", "rlq_tenderness"}))
    assert D.rule_in_met(_entry("appendicitis"), spec, with_sign)
