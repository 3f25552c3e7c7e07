"""Weigh a diagnosis' knowledge-base findings and rule criteria against case facts.

A small, explicit helper so every stage reads ``findings_for`` / ``findings_against``
and ``rule_out`` / ``rule_in`` the same way (research use only):

- a ``findings_for`` weight applies when the concept is present, or only in the
  history when it is a history concept (``KnowledgeBase.history_concepts``);
- a ``findings_against`` weight applies the same way, except ``absent:<concept>``
  keys, which apply when the concept is documented absent.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from agents.offline.knowledge import (
    ABSENT_PREFIX,
    DiagnosisSpec,
    KnowledgeBase,
    RuleCriterion,
)
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.registry import RULES, criterion_met
from agents.offline.rules.rule_scope import out_of_scope
from agents.schemas import RuleResult

__all__ = ["DxWeighing", "WeightedFinding", "weigh_diagnosis"]


class WeightedFinding(BaseModel):
    """One finding that moved a diagnosis, with its weight and source text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    concept: str
    status: str
    weight: float
    text: str


class DxWeighing(BaseModel):
    """Evidence for and against one diagnosis, and the rule criteria met."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    diagnosis_id: str
    log_weight: float
    evidence_for: tuple[WeightedFinding, ...]
    evidence_against: tuple[WeightedFinding, ...]
    ruled_out_by: tuple[RuleResult, ...]
    ruled_in_by: tuple[RuleResult, ...]
    rules: tuple[RuleResult, ...]


def _match(
    kb: KnowledgeBase, facts: ClinicalFacts, key: str, weight: float
) -> WeightedFinding | None:
    if key.startswith(ABSENT_PREFIX):
        concept = key.removeprefix(ABSENT_PREFIX)
        if facts.denied(concept):
            text = facts.evidence.get(concept, concept)
            return WeightedFinding(
                concept=concept, status="absent", weight=weight, text=f"no {text}"
            )
        return None
    if facts.has(key):
        status = "present"
    elif key in facts.historical and key in kb.history_concepts:
        status = "historical"
    else:
        return None
    return WeightedFinding(
        concept=key, status=status, weight=weight, text=facts.evidence.get(key, key)
    )


def _holds(
    crit: RuleCriterion, facts: ClinicalFacts, cache: dict[str, RuleResult]
) -> bool:
    """All-of: the rule (in its scope), findings, ``also``; no ``without_findings``."""
    if out_of_scope(crit.rule, facts) is not None:
        return False
    if crit.rule not in cache:
        cache[crit.rule] = RULES[crit.rule](facts)
    return (
        criterion_met(crit, cache[crit.rule])
        and all(facts.has(c) for c in crit.with_findings)
        and not any(facts.has(c) for c in crit.without_findings)
        and all(_holds(a, facts, cache) for a in crit.also)
    )


def _criteria(
    criteria: list[RuleCriterion], facts: ClinicalFacts, cache: dict[str, RuleResult]
) -> tuple[RuleResult, ...]:
    return tuple(cache[c.rule] for c in criteria if _holds(c, facts, cache))


def weigh_diagnosis(
    dx: DiagnosisSpec,
    facts: ClinicalFacts,
    kb: KnowledgeBase,
    rule_cache: Mapping[str, RuleResult] | None = None,
) -> DxWeighing:
    """Weigh one diagnosis against the facts.

    Args:
        dx: The diagnosis spec.
        facts: Case facts.
        kb: The knowledge base (for history concepts).
        rule_cache: Rule results already computed (rule key -> result); new results
            are computed here and not written back.

    Returns:
        ``log_weight`` = ln(prior) + sum of matched weights, the matched findings,
        and the rule results whose rule_out / rule_in criteria are met.
    """
    cache = dict(rule_cache or {})
    pro = [w for k, v in dx.findings_for.items() if (w := _match(kb, facts, k, v))]
    void = {
        k
        for k, voiders in dx.findings_against_unless.items()
        if any(facts.has(x) for x in voiders)
    }
    con = [
        w
        for k, v in dx.findings_against.items()
        if k not in void and (w := _match(kb, facts, k, v))
    ]
    total = math.log(dx.prior) + sum(w.weight for w in pro) + sum(w.weight for w in con)
    out_by = _criteria(dx.rule_out, facts, cache)
    in_by = _criteria(dx.rule_in, facts, cache)
    used = {c.rule for c in [*dx.rule_out, *dx.rule_in]}
    return DxWeighing(
        diagnosis_id=dx.id,
        log_weight=total,
        evidence_for=tuple(pro),
        evidence_against=tuple(con),
        ruled_out_by=out_by,
        ruled_in_by=in_by,
        rules=tuple(cache[r] for r in sorted(used) if r in cache),
    )
