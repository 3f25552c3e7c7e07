"""Triage agent: ESI v4 decision points (and the site's scale) → acuity, red flags.

The offline reasoner follows the ESI v4 algorithm through
``agents.offline.rules.esi_triage`` (life-saving intervention → high-risk / altered
mental status / severe pain → expected resources → danger-zone vitals) over the triage
view only: demographics, chief complaint, arrival mode, triage vitals and the
background conditions the nurse asks at the door (``agents.offline.door``). It reads no
prior notes. When the site grades in KTAS or CTAS (``Case.triage_scale``), the level in
that scale is computed too (``agents.offline.rules.ctas.ctas_triage``: CTAS first- and
second-order modifiers, with ESI's life-threat and high-risk criteria kept) and the
acuity follows it; the ESI level is still given (``TriageResult.esi``) and traced.
"""

from __future__ import annotations

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline.differential import complaint_in_context
from agents.offline.door import triage_facts
from agents.offline.rules import ALTERED_MENTAL_STATUS_FLAG, esi_triage
from agents.offline.rules.ctas import (
    ctas_triage,
    fever_graded_by_temperature,
    ideation_without_plan,
    late_stroke_symptoms,
    site_graded_reasons,
    site_mandatory_floor,
)
from agents.schemas import RuleResult, TriageResult
from agents.triage_pathways import pathway_high_risk
from cases.labels import ACUITY_WORDS, ESI_TO_ACUITY, Acuity


def triage_probabilities(
    level: int, floor: int, confidence: float
) -> dict[Acuity, float]:
    """Spread belief around ``level``; no mass on levels less urgent than ``floor``.

    Args:
        level: The assigned ESI level.
        floor: The least urgent level the decision points allow.
        confidence: Mass on ``level`` before renormalisation (0.5..0.9).

    Returns:
        Probabilities over the five acuity words, summing to 1.
    """
    rest = (1.0 - confidence) / 2.0
    raw = dict.fromkeys(range(1, 6), 0.0)
    raw[level] = confidence
    for nb in (level - 1, level + 1):
        if 1 <= nb <= floor:
            raw[nb] = rest
    total = sum(raw.values())
    return {ESI_TO_ACUITY[lvl]: round(p / total, 4) for lvl, p in raw.items()}


def _paediatric(rule_name: str) -> str:
    """The rationale suffix naming paediatric modifiers, when they graded a child."""
    return " (paediatric modifiers)" if "aed" in rule_name else ""


def reason_triage(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Assign acuity from the triage view by the ESI v4 decision points."""
    view = inp.view
    vitals = view.vitals.model_dump(exclude={"raw"})
    if not view.chief_complaint and all(v is None for v in vitals.values()):
        return StageOutcome(
            status="abstained",
            error="no chief complaint and no vital signs: nothing to triage on",
        )
    facts = triage_facts(view, ctx.knowledge)
    complaint = complaint_in_context(
        ctx.knowledge,
        ctx.knowledge.match_complaint(view.chief_complaint),
        view.chief_complaint,
        facts,
    )
    esi = esi_triage(facts, complaint, pathway_high_risk(view))
    level = int(esi.level)
    floor = min(int(esi.floor), 5)
    red_flags: list[str] = [r.split(" [")[0] for r in esi.high_risk_reasons]
    red_flags += [str(v) for v in esi.danger_zone_vitals]
    if esi.altered_mental_status:
        red_flags.append(ALTERED_MENTAL_STATUS_FLAG)
    if esi.severe_pain:
        red_flags.append("severe pain/distress")
    ignored = {label.split(" ", 1)[0] for label in view.implausible_vitals}
    missing = [
        k for k, v in vitals.items() if v is None and k not in ("pain", *ignored)
    ]
    confidence = 0.7 if not missing else 0.55
    rules: tuple[RuleResult, ...] = (esi.rule,)
    cc = "unrecognised complaint" if complaint is None else complaint.id
    trail = f" ({', '.join(esi.resource_trail)})" if esi.decision_point == "C" else ""
    rationale = (
        f"ESI {level} ({ESI_TO_ACUITY[level]}) at decision point {esi.decision_point}"
        f" [set by {esi.decided_by}]: {esi.rule.interpretation}; complaint {cc}; "
        f"expected resources {esi.expected_resources}{trail}"
    )
    site_level: int | None = None
    final, final_floor = level, max(floor, level)
    if view.triage_scale != "ESI":
        site = ctas_triage(facts, complaint, esi, view.triage_scale)
        site_level = site.level
        rules += (site.rule,)
        late = late_stroke_symptoms(facts, complaint)
        floor_site = site_mandatory_floor(
            esi,
            late,
            ideation_without_plan(facts),
            fever_graded_by_temperature(facts),
            site_graded_reasons(facts, complaint),
        )
        final, final_floor = site.level, max(floor_site, site.level)
        rationale = (
            f"{view.triage_scale} {site.level} ({ESI_TO_ACUITY[site.level]}), the "
            f"site's scale{_paediatric(site.rule.name)} [set by {site.decided_by}]: "
            f"{site.rule.interpretation.split(': ', 1)[-1]}; "
            f"{rationale}"
        )
    if missing:
        rationale += f"; vitals not recorded: {', '.join(missing)}"
    if view.implausible_vitals:
        rationale += f"; ignored {', '.join(view.implausible_vitals)}"
    result = TriageResult(
        acuity=ESI_TO_ACUITY[final],
        esi=level,
        scale=view.triage_scale,
        site_level=site_level,
        probabilities=triage_probabilities(final, final_floor, confidence),
        red_flags=tuple(dict.fromkeys(red_flags)),
        expected_resources=esi.expected_resources,
        missing_vitals=esi.rule.missing,
        vitals_to_obtain=esi.unassessable_vitals,
        rationale=rationale,
    )
    return StageOutcome(status="ok", result=result, rules=rules)


__all__ = ["ACUITY_WORDS", "reason_triage", "triage_probabilities"]
