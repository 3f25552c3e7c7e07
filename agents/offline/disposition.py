"""Disposition agent: the MDM updates the ledger; then where the patient goes.

Starts from the working diagnosis' usual disposition (knowledge base) and escalates for
acuity (ESI 1 → ICU admission; ESI 2 → at least observation), for prior-note risk
(ejection fraction ≤ 35 % on a prior echo, home oxygen) and, through the safety
floors, for unaddressed danger-zone vitals or an unexcluded must-not-miss diagnosis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

from agents import ledger as L
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline import differential
from agents.offline.rules import ClinicalFacts
from agents.schemas import DispositionResult, TriageResult
from cases.labels import Disposition
from retrieval.schemas import NoteHit

LOW_EF: Final[float] = 35.0
"""Ejection fraction (%) at or below which discharge needs a second look."""
HOME_O2: Final[re.Pattern[str]] = re.compile(
    r"(?i)\bhome (?:o2|oxygen)\b|\boxygen at baseline\b|\bbaseline (?:o2|oxygen)\b"
    r"|\b\d(?:\.\d)? ?l(?:pm)? (?:nc |nasal cannula |o2 |oxygen )?at home\b"
)
_SEVERITY: Final[dict[Disposition, int]] = {
    "Discharge": 0,
    "Observation": 1,
    "Admit": 2,
}
_MAIN: Final[tuple[Disposition, ...]] = ("Discharge", "Observation", "Admit")


def _escalate(current: Disposition, target: Disposition) -> Disposition:
    if _SEVERITY.get(target, 0) > _SEVERITY.get(current, 0):
        return target
    return current


def disposition_probabilities(choice: Disposition) -> dict[Disposition, float]:
    """Return a distribution centred on ``choice`` over the common dispositions."""
    probs: dict[Disposition, float] = dict.fromkeys(_MAIN, 0.1)
    probs["Transfer to Another Facility"] = 0.03
    probs["AMA"] = 0.02
    probs[choice] = probs.get(choice, 0.0) + 0.65
    total = sum(probs.values())
    return {d: round(p / total, 4) for d, p in probs.items()}


def prior_risk(facts: ClinicalFacts, hits: Sequence[NoteHit] = ()) -> list[str]:
    """Return prior-note risk factors that argue against discharge.

    Ejection fraction comes from the measurements read from retrieved notes (or the
    visible note); home oxygen from retrieved prior-note wording.
    """
    risks = []
    ef = facts.measurements.get("prior_ef_pct", facts.measurements.get("ef_pct"))
    if ef is not None and ef <= LOW_EF:
        risks.append(f"ejection fraction {ef:g}%")
    if facts.known("home_oxygen") or any(HOME_O2.search(h.chunk.text) for h in hits):
        risks.append("home oxygen")
    return risks


def reason_disposition(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Update the ledger from the MDM and choose a disposition."""
    ledger, rules, cites, facts = differential.restage(
        ctx.knowledge, inp.view, inp.hits, inp.ledger, "disposition", mention=True
    )
    working = L.working(ledger)
    spec = differential.spec_for(ctx.knowledge, working.diagnosis) if working else None
    triage = inp.previous.get("triage")
    esi = triage.esi if isinstance(triage, TriageResult) else None
    if spec is None and esi is None:
        return StageOutcome(
            status="abstained", error="no working diagnosis and no triage acuity"
        )
    choice: Disposition = spec.disposition if spec else "Discharge"
    level: Literal["ward", "icu"] | None = spec.admit_level if spec else None
    why = [f"usual disposition of {spec.name}: {choice}" if spec else "no KB diagnosis"]
    if esi == 1:
        choice, level = _escalate(choice, "Admit"), "icu"
        why.append("ESI 1")
    elif esi == 2:
        choice = _escalate(choice, "Observation")
        why.append("ESI 2")
    risks = prior_risk(facts, inp.hits)
    if risks:
        choice = _escalate(choice, "Observation")
        why.append("prior-note risk: " + ", ".join(risks))
    if choice in ("Admit", "Observation") and level is None:
        level = "ward"
    if choice == "Discharge":
        level = None
    result = DispositionResult(
        disposition=choice,
        probabilities=disposition_probabilities(choice),
        admit_level=level,
        rationale="; ".join(why),
    )
    return differential.ok_outcome(result, cites, rules, ledger)
