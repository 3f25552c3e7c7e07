"""Safety floors applied after every backend (offline, LLM, hybrid, review edits).

Treatment plans pass the order-safety layer (``agents.order_safety``: required
resuscitation and pathway orders, the contraindication/allergy/pregnancy/population
gate, a pregnancy test before radiation imaging, weight-based doses). Two further
floors, each recorded as a ``FloorEvent`` when it changes an answer:

- ``esi_decision_point``: the acuity is never less urgent than the ESI v4 decision-point
  floor computed from the view (life-saving intervention → 1; high-risk situation,
  altered mental status, severe pain or danger-zone vitals → 2).
- ``no_unsafe_discharge``: never ``Discharge`` while triage danger-zone vitals are not
  documented as addressed in the visible ED note, or while a must-not-miss diagnosis is
  ``cannot_exclude`` at or above ``agents.ledger.TEST_THRESHOLD``. Danger-zone vitals
  lift the answer to ``Admit``; an open must-not-miss lifts it to ``Observation``
  (the place for serial testing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from agents import ledger as L
from agents import order_safety
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline.rules import danger_zone_vitals, esi_triage, plausible_vitals
from agents.offline.stage_facts import facts_with_notes
from agents.schemas import (
    DifferentialEntry,
    DispositionResult,
    FloorEvent,
    StageName,
    StageResult,
    TreatmentResult,
    TriageResult,
)
from cases.labels import ACUITY_WORDS, ESI_TO_ACUITY, Acuity
from cases.views import StageView
from retrieval.schemas import NoteHit

ADDRESSED_PATTERNS: Final[re.Pattern[str]] = re.compile(
    r"(vital signs?|vitals|tachycardia|hypotension|hypoxia|hypoxemia|fever)"
    r"[^.\n]{0,40}(normali[sz]ed|resolved|improved to normal|within normal limits|wnl)"
    r"|repeat vitals?[^.\n]{0,40}(normal|stable|wnl)"
    r"|hemodynamically stable",
    re.IGNORECASE,
)
"""ED-note wording that documents triage danger-zone vitals as addressed."""


def esi_floor(view: StageView, ctx: AgentContext) -> tuple[int, str]:
    """Return the ESI decision-point floor (1..5) and its reason for ``view``."""
    complaint = ctx.knowledge.match_complaint(view.chief_complaint)
    esi = esi_triage(facts_with_notes(view, ()), complaint)
    return esi.floor, f"decision point {esi.decision_point}: {esi.rule.interpretation}"


def danger_zone(view: StageView) -> tuple[str, ...]:
    """Return the triage danger-zone vital findings of ``view`` (may be empty)."""
    vitals, _ = plausible_vitals(view.vitals)
    return danger_zone_vitals(vitals, view.demographics.age)


def enforce(
    stage: StageName,
    result: StageResult | None,
    view: StageView,
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    hits: Sequence[NoteHit] = (),
) -> tuple[StageResult | None, tuple[FloorEvent, ...]]:
    """Return ``result`` raised to the floors, plus the events of floors that fired.

    A treatment plan passes the order-safety layer (``agents.order_safety``): required
    resuscitation/pathway orders, contraindication gate, pregnancy test, doses.
    """
    if isinstance(result, TreatmentResult):
        return order_safety.check(result, view, ledger, hits)
    if isinstance(result, TriageResult):
        return _triage_floor(result, view, ctx)
    if isinstance(result, DispositionResult) and stage == "disposition":
        return _discharge_floor(result, view, ledger)
    return result, ()


def apply(inp: StageInput, outcome: StageOutcome, ctx: AgentContext) -> StageOutcome:
    """Apply the floors to a backend's outcome and record the events."""
    ledger = outcome.ledger or inp.ledger
    result, events = enforce(inp.stage, outcome.result, inp.view, ledger, ctx, inp.hits)
    if inp.stage == "treatment" and outcome.result is None:
        # A backend that abstained still leaves the patient needing resuscitation and
        # pathway orders; the stage stays "abstained", with those orders only.
        plan = TreatmentResult(
            working_diagnosis=None,
            orders=(),
            rationale="backend abstained; safety-layer orders only",
        )
        result, events = order_safety.check(plan, inp.view, ledger, inp.hits)
        if not result.orders:
            return outcome
    if not events:
        return outcome
    return replace(outcome, result=result, floors=(*outcome.floors, *events))


def _triage_floor(
    result: TriageResult, view: StageView, ctx: AgentContext
) -> tuple[TriageResult, tuple[FloorEvent, ...]]:
    floor, why = esi_floor(view, ctx)
    if result.esi <= floor:
        return result, ()
    acuity = ESI_TO_ACUITY[floor]
    probs = _clip_probabilities(result.probabilities, floor)
    raised = result.model_copy(
        update={"esi": floor, "acuity": acuity, "probabilities": probs}
    )
    event = FloorEvent(
        floor="esi_decision_point",
        before=f"ESI {result.esi} ({result.acuity})",
        after=f"ESI {floor} ({acuity})",
        reason=f"ESI v4 decision point: {why}",
    )
    return raised, (event,)


def _clip_probabilities(
    probs: dict[Acuity, float] | None, floor: int
) -> dict[Acuity, float] | None:
    if not probs:
        return probs
    kept = {w: p for w, p in probs.items() if ACUITY_WORDS.index(w) + 1 <= floor}
    total = sum(kept.values())
    if total <= 0:
        return {w: (1.0 if i + 1 == floor else 0.0) for i, w in enumerate(ACUITY_WORDS)}
    return {w: round(kept.get(w, 0.0) / total, 4) for w in ACUITY_WORDS}


def _discharge_floor(
    result: DispositionResult,
    view: StageView,
    ledger: Sequence[DifferentialEntry],
) -> tuple[DispositionResult, tuple[FloorEvent, ...]]:
    if result.disposition != "Discharge":
        return result, ()
    vitals = danger_zone(view)
    addressed = bool(view.ed_text and ADDRESSED_PATTERNS.search(view.ed_text))
    if vitals and not addressed:
        target, reason = "Admit", "unaddressed danger-zone vitals: " + ", ".join(vitals)
    else:
        open_mnm = L.unexcluded_must_not_miss(ledger)
        if not open_mnm:
            return result, ()
        names = ", ".join(e.diagnosis for e in open_mnm[:3])
        target, reason = "Observation", f"must-not-miss not excluded: {names}"
    changed = result.model_copy(
        update={
            "disposition": target,
            "admit_level": result.admit_level or "ward",
            "probabilities": None,
        }
    )
    event = FloorEvent(
        floor="no_unsafe_discharge", before="Discharge", after=target, reason=reason
    )
    return changed, (event,)
