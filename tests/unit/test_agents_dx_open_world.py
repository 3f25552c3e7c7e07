"""The open world at the final diagnosis (issue 10, dx10 session 12).

INTERNIST-1 (Miller RA et al. N Engl J Med 1982;307:468) penalised a hypothesis for
the manifestations it leaves unexplained; here every discriminating finding no
candidate explains grows the mass of diagnoses outside the knowledge base.
"""

from __future__ import annotations

from agents.offline import differential as D
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts

KB = load_knowledge()
STROKE = KB.diagnoses["ischemic_stroke"]


def _facts(*present: str) -> ClinicalFacts:
    return ClinicalFacts(present=frozenset(present))


def test_findings_outside_every_candidates_picture_are_unexplained() -> None:
    """A rash and a swollen joint are in no stroke picture."""
    got = D.unexplained(KB, [STROKE], _facts("facial_droop", "rash", "joint_swelling"))
    assert got == ["joint_swelling", "rash"]


def test_constitutional_background_and_implied_findings_need_no_explaining() -> None:
    """Fever and leukocytosis (SIRS), known asthma (a comorbidity), a risk factor,
    a normal result and a broader concept implied by a narrower present one are not
    manifestations a diagnosis must explain."""
    facts = _facts(
        "fever",
        "wbc_high",
        "asthma",
        "smoking",
        "ecg_normal",
        "rlq_pain",
        "abdominal_pain",
    )
    appendicitis = KB.diagnoses["appendicitis"]
    assert D.unexplained(KB, [appendicitis], facts) == []


def test_unexplained_findings_move_mass_outside_the_list() -> None:
    """Each unexplained finding multiplies the other mass by e^UNEXPLAINED_LR."""
    facts = _facts("facial_droop", "focal_deficit")
    closed, other0 = D.score([STROKE], facts, {}, {}, stage="diagnosis", previous=())
    opened, other1 = D.score(
        [STROKE], facts, {}, {}, stage="diagnosis", previous=(), other_factor=7.389
    )
    assert other1 > other0
    assert (opened[0].probability or 0) < (closed[0].probability or 0)
    odds0 = other0 / (closed[0].probability or 1)
    odds1 = other1 / (opened[0].probability or 1)
    assert abs(odds1 / odds0 - 7.389) < 0.1
