"""Assessment agent: problem representation and a ranked, worst-first differential.

The offline reasoner maps the chief complaint to the knowledge base's worst-first
differential, reads findings from its view (one-liner) and historical findings from
retrieved prior-note chunks (known CAD, prior PE, EF on the last echo), runs the
complaint's decision rules, and scores each diagnosis (``agents.offline.differential``).
Entries are ruled out only with evidence; must-not-miss entries that cannot be excluded
are marked ``cannot_exclude``. An unknown complaint gets a generic differential from the
findings, or an abstention with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline import differential, stage_facts
from agents.offline.knowledge import DiagnosisSpec, KnowledgeBase
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.esi import time_critical_targets
from agents.offline.rules.facts import vital_sign_findings
from agents.pathway_dx import (
    PathwayVerdict,
    pathway_verdicts,
    triage_pattern_verdict,
)
from agents.schemas import AssessmentResult, DifferentialEntry, TriageResult
from cases.views import StageView

MAX_DIFFERENTIAL = 8
"""Entries kept on the assessment ledger (worst-first list, then by probability)."""


def assessment_queries(
    view: StageView, ledger: Sequence[DifferentialEntry], ctx: AgentContext
) -> list[str]:
    """Return retrieval queries: the complaint plus its diagnoses' retrieval terms."""
    del ledger
    specs = differential.candidate_specs(ctx.knowledge, view.chief_complaint, None)
    return differential.queries_for(view, specs)


def _age_words(facts: ClinicalFacts) -> str:
    """'18-day-old', '10-month-old', '67-year-old' or 'patient of unknown age'."""
    low = facts.population.age_days_min
    if facts.population.age_days is not None and facts.population.age_days < 60:
        return f"{facts.population.age_days}-day-old"
    if low is not None and low < 2 * 365:
        return f"{low // 30}-month-old" if low >= 30 else f"{low}-day-old"
    if facts.age is not None:
        return f"{facts.age}-year-old"
    return "patient of unknown age"


def _sex_word(facts: ClinicalFacts) -> str:
    """'boy' / 'girl' under 18 years, else 'man' / 'woman'; '' when sex is unknown."""
    days = facts.population.age_days
    child = (facts.age is not None and facts.age < 18) or (
        days is not None and days < 18 * 365
    )
    words = {"M": "boy", "F": "girl"} if child else {"M": "man", "F": "woman"}
    return words.get(facts.sex or "", "")


_THRESHOLD_ONLY: Final = frozenset(
    {
        "sbp_under_100",
        "spo2_under_92",
        "hypothermia_moderate",
        "glucose_below_hhs",
        "postnatal_treatment_bp",
        "bp_140_90",
    }
)
"""Criteria thresholds of a measured vital or result, not shown: the value says it
already (metab40: SpO2 < 92 %, < 32 °C, a glucose below the HHS range)."""


def problem_representation(facts: ClinicalFacts, view: StageView) -> str:
    """Return a one-line problem representation (age, sex, complaint, key facts)."""
    who = " ".join(x for x in (_age_words(facts), _sex_word(facts)) if x)
    parts = [f"{who} with {view.chief_complaint or 'an unrecorded complaint'}"]
    shown = sorted(c for c in facts.present if c not in _THRESHOLD_ONLY)
    if shown:
        parts.append("with " + ", ".join(shown[:6]))
    if facts.historical:
        parts.append("history of " + ", ".join(sorted(facts.historical)[:6]))
    # A measured normal temperature is a sign, not the patient's denial: "afebrile
    # (36.8 °C)", and "denies fever" only when the text says so.
    # A finding derived from a measurement has no span in the text (a pressure below
    # the severe range): it is no denial either.
    measured = {f for f in vital_sign_findings(facts.vitals) if f.status == "absent"}
    stated = {
        f.concept
        for f in facts.findings
        if f.status == "absent" and f not in measured and f.end > f.start
    }
    denied = sorted(c for c in facts.absent if c in stated)
    if denied:
        parts.append("denies " + ", ".join(denied[:4]))
    if measured and "fever" in facts.absent and "fever" not in stated:
        parts.append(f"afebrile ({facts.vitals.temperature_c:g} °C)")
    return "; ".join(parts)


def time_critical_verdicts(
    kb: KnowledgeBase, triage: object, facts: ClinicalFacts, have: set[str]
) -> tuple[list[DiagnosisSpec], tuple[PathwayVerdict, ...]]:
    """Diagnoses a time-critical pattern found at triage is about, off the list.

    Issue 10: the time-critical patterns (stroke, ACS, anaphylaxis, GI bleed, ectopic,
    ...) are checked on all the triage text whatever the complaint, and what they are
    about is worked up whatever the complaint: signs of stroke after a fall are a
    suspected stroke (AHA/ASA 2019: imaging for every suspected stroke), a diabetic's
    jaw ache with sweating under "dizziness" a possible ACS (Gulati M et al. AHA/ACC
    2021 chest pain guideline: anginal equivalents), swollen lips and a tight throat
    after nuts under "rash" a possible anaphylaxis (WAO 2020). The complaint's list
    holds them only when the complaint names them, so the patterns' own targets
    (``time_critical_targets``) not on it enter beside it: in the patient's
    population, with their defining event told and nothing documented against them
    ("on apixaban, fell onto her hand, did not hit her head" keeps no subdural
    haematoma open: NICE NG232 images an anticoagulated patient's head injury). Each
    is kept open as by a pathway that ``keeps_open`` (at least the test threshold)
    until its own evidence excludes it: scored on its own findings, never ruled in by
    the pattern.
    """
    if not isinstance(triage, TriageResult):
        return [], ()
    flags = time_critical_targets(triage.red_flags)
    specs = [
        s
        for s in differential.in_population(
            [kb.diagnoses[d] for d in flags if d in kb.diagnoses and d not in have],
            facts,
        )
        if s.must_not_miss
        and not differential.untold(s, facts)
        and not differential.documented_against(s, facts)
    ]
    verdicts = tuple(triage_pattern_verdict(s.id, flags[s.id]) for s in specs)
    return specs, verdicts


def reason_assessment(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Build the working differential from the view and retrieved prior notes."""
    kb = ctx.knowledge
    view = inp.view
    facts = stage_facts.facts_with_notes(view, inp.hits, kb)
    presenting = differential.presenting_complaint(kb, view.chief_complaint, facts)
    specs = differential.candidate_specs(kb, presenting, facts)
    verdicts = pathway_verdicts(view, inp.ledger)
    have = {s.id for s in specs}
    specs += [
        s for s in differential.pathway_specs(kb, verdicts, facts) if s.id not in have
    ]
    at_triage, kept_open = time_critical_verdicts(
        kb, inp.previous.get("triage"), facts, {s.id for s in specs}
    )
    specs += at_triage
    verdicts = (*verdicts, *kept_open)
    if not specs:
        return StageOutcome(
            status="abstained",
            error="outside the knowledge base: chief complaint not in it and no "
            "findings or results support a known diagnosis",
            flags=("out_of_scope",),
        )
    rules = differential.run_rules(kb, presenting, facts, specs)
    cites = stage_facts.citations_for(inp.hits, facts, kb)
    scored, _other = differential.score(
        specs,
        facts,
        rules,
        cites,
        stage="assessment",
        previous=(),
        listed=differential.listed_ids(kb, presenting, facts),
        implies=kb.implies,
        pathways=verdicts,
        past=differential.past_symptoms(kb),
    )
    # Stated as the diagnosis stage states it: an unconfirmed entry at most
    # ``differential.WORKING_MAX`` (the order is kept).
    ledger = differential.temper(
        kb, differential.keep_top(scored, MAX_DIFFERENTIAL), facts
    )
    complaint = kb.match_complaint(presenting)
    why = (
        f"worst-first differential for '{complaint.id}'"
        if complaint is not None
        else "generic differential from the findings (complaint not in the KB)"
    )
    open_mnm = [e.diagnosis for e in ledger if e.status == "cannot_exclude"]
    rationale = why + (
        f"; cannot yet exclude: {', '.join(open_mnm)}" if open_mnm else ""
    )
    result = AssessmentResult(
        problem_representation=problem_representation(facts, view),
        differential=ledger,
        rationale=rationale,
    )
    return differential.ok_outcome(result, cites, rules, ledger)
