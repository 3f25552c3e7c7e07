"""perf33: criteria entrants found through an index of their first groups.

``criteria_entrants`` checks only the diagnoses one of whose criteria's first
``all_of`` group names a documented concept; the result must equal checking every
diagnosis with criteria, in the knowledge base's order.
"""

from __future__ import annotations

import random

from agents.offline.differential import criteria_entrants
from agents.offline.knowledge import (
    ABSENT_PREFIX,
    KNOWN_PREFIX,
    DiagnosisSpec,
    KnowledgeBase,
    load_knowledge,
)
from agents.offline.rules import ClinicalFacts


def _every(kb: KnowledgeBase, facts: ClinicalFacts) -> list[DiagnosisSpec]:
    """The reference: every diagnosis with criteria checked, in the KB's order."""
    return [
        s
        for s in kb.diagnoses.values()
        if s.criteria and any(c.met(facts.has) is not None for c in s.criteria)
    ]


def _facts(present: set[str], absent: set[str], historical: set[str]) -> ClinicalFacts:
    return ClinicalFacts(
        present=frozenset(present),
        absent=frozenset(absent),
        historical=frozenset(historical),
    )


def _criteria_concepts(kb: KnowledgeBase) -> list[str]:
    return sorted(
        {
            c
            for s in kb.diagnoses.values()
            for cr in s.criteria
            for group in (*cr.all_of, cr.none_of)
            for c in group
        }
    )


def test_each_met_criteria_set_is_found_as_checking_every_diagnosis() -> None:
    kb = load_knowledge()
    met = 0
    for spec in kb.diagnoses.values():
        for crit in spec.criteria:
            # one concept of each group, in turn the first and the last of it
            for pick in (0, -1):
                facts = _facts({g[pick] for g in crit.all_of}, set(), set())
                got = criteria_entrants(kb, facts)
                assert got == _every(kb, facts)
                met += spec in got
    assert met > 100  # the picks did meet criteria sets


def test_random_documentation_gives_the_reference_list() -> None:
    kb = load_knowledge()
    concepts = _criteria_concepts(kb)
    rng = random.Random(33)
    for _ in range(300):
        present = set(rng.sample(concepts, rng.randint(0, 40)))
        absent = set(rng.sample(concepts, rng.randint(0, 10))) - present
        historical = set(rng.sample(concepts, rng.randint(0, 10)))
        facts = _facts(present, absent, historical)
        assert criteria_entrants(kb, facts) == _every(kb, facts)


def test_prefixed_keys_are_anchored_like_facts_has() -> None:
    """``absent:`` and ``known:`` first-group keys are looked up as ``has`` reads."""
    kb = load_knowledge()
    spec = next(s for s in kb.diagnoses.values() if s.criteria)
    crit = spec.criteria[0]
    rest = {g[0] for g in crit.all_of[1:]}
    concept = "perf33_test_concept"
    for key, facts in (
        (f"{ABSENT_PREFIX}{concept}", _facts(rest, {concept}, set())),
        (f"{KNOWN_PREFIX}{concept}", _facts(rest, set(), {concept})),
        (f"{KNOWN_PREFIX}{concept}", _facts(rest | {concept}, set(), set())),
    ):
        first = [key]
        changed = crit.model_copy(update={"all_of": [first, *crit.all_of[1:]]})
        fake = spec.model_copy(update={"criteria": [changed]})
        diagnoses = {**kb.diagnoses, spec.id: fake}
        other = kb.model_copy(
            update={"diagnoses": diagnoses, "version": f"{kb.version}-perf33-{key}"}
        )
        assert fake in criteria_entrants(other, facts)
        assert criteria_entrants(other, facts) == _every(other, facts)
