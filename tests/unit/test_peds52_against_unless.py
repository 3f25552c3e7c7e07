"""peds52 (session 52): a finding against a diagnosis voided by a documented condition.

NICE NG126 2023; Clayton HB et al. Obstet Gynecol 2006;107:595: an intrauterine
pregnancy on the scan argues an ectopic away after a spontaneous conception
(heterotopic ~1 in 30,000), not after assisted reproduction (~1 in 100)
(``DiagnosisSpec.findings_against_unless``, ``differential.against_voided``).
"""

from __future__ import annotations

from functools import cache

from agents.offline.differential import _against, against_voided
from agents.offline.knowledge import DiagnosisSpec, KnowledgeBase
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import ClinicalFacts


@cache
def _kb() -> KnowledgeBase:
    return load_knowledge()


def _ectopic() -> DiagnosisSpec:
    return _kb().diagnoses["ectopic_pregnancy"]


def _facts(*present: str) -> ClinicalFacts:
    return ClinicalFacts(age=34, sex="F", present=frozenset(present))


def test_an_iup_after_ivf_no_longer_argues_the_ectopic_away() -> None:
    facts = _facts("pregnancy", "intrauterine_pregnancy", "assisted_reproduction")
    assert against_voided(_ectopic(), facts) == frozenset({"intrauterine_pregnancy"})
    assert _against(_ectopic(), facts) == 0


def test_an_iup_after_a_spontaneous_conception_still_does() -> None:
    facts = _facts("pregnancy", "intrauterine_pregnancy")
    assert against_voided(_ectopic(), facts) == frozenset()
    assert _against(_ectopic(), facts) <= -3.9


def test_a_diagnosis_without_the_field_voids_nothing() -> None:
    facts = _facts("pregnancy", "assisted_reproduction")
    assert against_voided(_kb().diagnoses["threatened_abortion"], facts) == frozenset()
