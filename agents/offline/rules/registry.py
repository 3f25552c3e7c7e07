"""Registry of deterministic clinical decision rules and criterion evaluation.

Every rule has the uniform signature ``rule(facts: ClinicalFacts) -> RuleResult`` and
cites its published source; missing inputs are listed, never invented.
Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from agents.offline.knowledge.models import RuleCriterion, RuleName
from agents.offline.rules.cardio import (
    heart_score,
    perc,
    san_francisco_syncope,
    wells_dvt,
    wells_pe,
)
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.medical import (
    abcd2,
    alvarado,
    burch_wartofsky,
    centor_mcisaac,
    curb65,
    glasgow_blatchford,
)
from agents.offline.rules.rule_scope import out_of_scope
from agents.offline.rules.trauma import (
    canadian_ct_head,
    nexus,
    nice_head_ct,
    ottawa_ankle,
    ottawa_knee,
    pecarn_head,
)
from agents.offline.rules.vitals import qsofa, shock_index, sirs
from agents.population import rule_excluded
from agents.schemas import RuleResult

__all__ = [
    "POSITIVE_AT",
    "RULES",
    "criterion_met",
    "rule_positive",
    "run_in_scope",
    "run_rules",
]

Rule = Callable[[ClinicalFacts], RuleResult]

RULES: dict[RuleName, Rule] = {
    "shock_index": shock_index,
    "qsofa": qsofa,
    "sirs": sirs,
    "heart": heart_score,
    "wells_pe": wells_pe,
    "perc": perc,
    "wells_dvt": wells_dvt,
    "curb65": curb65,
    "canadian_ct_head": canadian_ct_head,
    "nice_head_ct": nice_head_ct,
    "nexus": nexus,
    "ottawa_ankle": ottawa_ankle,
    "ottawa_knee": ottawa_knee,
    "sf_syncope": san_francisco_syncope,
    "centor": centor_mcisaac,
    "alvarado": alvarado,
    "glasgow_blatchford": glasgow_blatchford,
    "abcd2": abcd2,
    "burch_wartofsky": burch_wartofsky,
    "pecarn_head": pecarn_head,
}
"""Rule key (``RuleName``, used in the knowledge base) -> rule function."""

POSITIVE_AT: Mapping[RuleName, float] = {
    "shock_index": 1.0,
    "qsofa": 2,
    "sirs": 2,
    "heart": 4,
    "wells_pe": 4.5,
    "perc": 1,
    "wells_dvt": 2,
    "curb65": 2,
    "canadian_ct_head": 1,
    "nice_head_ct": 1,
    "nexus": 1,
    "ottawa_ankle": 1,
    "ottawa_knee": 1,
    "sf_syncope": 1,
    "centor": 4,
    "alvarado": 7,
    "glasgow_blatchford": 1,
    "abcd2": 4,
    "burch_wartofsky": 45,
    "pecarn_head": 1,
}
"""Score at or above which a rule counts as 'positive' (for RuleCriterion ops)."""


def run_rules(
    facts: ClinicalFacts, names: list[RuleName] | tuple[RuleName, ...]
) -> dict[str, RuleResult]:
    """Run the named rules (unknown names are skipped).

    Args:
        facts: The clinical facts.
        names: Rule keys from ``RULES``.

    Returns:
        Rule key -> result, in the given order.
    """
    return {n: RULES[n](facts) for n in names if n in RULES}


def run_in_scope(name: RuleName, facts: ClinicalFacts) -> RuleResult | None:
    """Run rule ``name`` only inside its validated population and declared scope.

    Returns:
        The result, or None for an unknown rule, a patient outside the rule's
        population (``agents.population``) or a presentation outside its scope
        (``rule_scope``): such a rule is never shown as evidence.
    """
    fn = RULES.get(name)
    if (
        fn is None
        or rule_excluded(name, facts.population) is not None
        or out_of_scope(name, facts) is not None
    ):
        return None
    return fn(facts)


def rule_positive(key: RuleName, result: RuleResult) -> bool | None:
    """Whether a rule result is positive; None when it has no score.

    Args:
        key: Rule key in ``RULES``.
        result: The rule's result.
    """
    if result.score is None or key not in POSITIVE_AT:
        return None
    return result.score >= POSITIVE_AT[key]


def criterion_met(criterion: RuleCriterion, result: RuleResult) -> bool:
    """Evaluate a knowledge-base ``RuleCriterion`` against a rule result.

    A criterion with ``requires_all_inputs`` is never met by a non-applicable result.

    Args:
        criterion: An ``agents.offline.knowledge.RuleCriterion``.
        result: The result of ``RULES[criterion.rule]``.

    Returns:
        True when the criterion holds.
    """
    if criterion.requires_all_inputs and not result.applicable:
        return False
    if criterion.op in ("negative", "positive"):
        pos = rule_positive(criterion.rule, result)
        return pos is not None and pos == (criterion.op == "positive")
    if result.score is None or criterion.value is None:
        return False
    if criterion.op == "<=":
        return result.score <= criterion.value
    if criterion.op == ">=":
        return result.score >= criterion.value
    return result.score == criterion.value
