"""Treatment agent: the H&P updates the ledger; typed orders follow from it.

Orders come from the knowledge base: the working diagnosis' protocol orders (its
treatment only when it meets its rule-in requirement, ``differential.rule_in_met``),
plus the diagnostic workup of every must-not-miss diagnosis that cannot yet be
excluded, plus continuous monitoring when triage found an ESI 1-2 patient at risk of
deteriorating (``monitored``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from agents import ledger as L
from agents import order_concepts, order_safety
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline import differential, second_problem
from agents.offline import relief as relief_for
from agents.offline.diagnosis import named_agent_first
from agents.offline.disposition_paths import gbs_home
from agents.offline.knowledge import DiagnosisSpec, KnowledgeBase, OrderSpec
from agents.offline.rules import (
    ALTERED_MENTAL_STATUS_FLAG,
    ClinicalFacts,
    criterion_met,
    triage_points_to,
)
from agents.offline.rules.registry import run_in_scope
from agents.offline.stage_facts import current_findings
from agents.pathway_dx import pathway_strength, presumed_entry
from agents.population import excluded_reason, years
from agents.schemas import DifferentialEntry, Order, TreatmentResult, TriageResult
from cases.population import Population, view_population
from cases.views import StageView


def ledger_queries(
    view: StageView, ledger: Sequence[DifferentialEntry], ctx: AgentContext
) -> list[str]:
    """Return retrieval queries for the ledger's leading diagnoses."""
    specs = [
        s
        for e in ledger[:5]
        if (s := differential.spec_for(ctx.knowledge, e.diagnosis))
    ]
    if not specs:
        specs = differential.candidate_specs(ctx.knowledge, view.chief_complaint, None)
    return differential.queries_for(view, specs)


def indicated(order: OrderSpec, facts: ClinicalFacts | None) -> bool:
    """Whether the order's indication is documented.

    One of ``OrderSpec.requires`` (any-of), every one of ``requires_all``, one of
    ``requires_cause`` (any-of), none of ``unless``, and its pre-test criterion
    (``pretest_holds``). Without facts (no text read) an order with a precondition is
    not given: its indication cannot be checked.
    """
    if not (
        order.requires
        or order.requires_all
        or order.requires_cause
        or order.unless
        or order.pretest
    ):
        return True
    return (
        facts is not None
        and (not order.requires or any(facts.has(c) for c in order.requires))
        and all(facts.has(c) for c in order.requires_all)
        and (
            not order.requires_cause or any(facts.has(c) for c in order.requires_cause)
        )
        and not any(facts.has(c) for c in order.unless)
        and pretest_holds(order, facts)
    )


def pretest_holds(order: OrderSpec, facts: ClinicalFacts) -> bool:
    """Whether a test of a sequence is due at the documented pre-test probability.

    ESC 2019 PE (Konstantinides SV et al. Eur Heart J 2020;41:543): the clinical
    probability comes first; with PE unlikely a D-dimer, and a CTPA only once it is
    positive; with PE likely a CTPA directly (a negative D-dimer would not exclude
    PE). The rule is read on its documented inputs (an undocumented item counts 0);
    a rule outside its validated population or scope does not gate the order.
    """
    if order.pretest is None or any(facts.has(c) for c in order.after):
        return True
    result = run_in_scope(order.pretest.rule, facts)
    return result is None or criterion_met(order.pretest, result)


THERAPEUTIC: Final = frozenset({"medication", "procedure"})
"""Order kinds that treat (rather than test, consult or monitor)."""
HARMFUL_TEST: Final = re.compile(
    r"(?i)\b(?:ct|cta|ct[- ]?angio\w*|computed tomograph\w*|\w*angiograph\w*|v/q|"
    r"lumbar puncture)\b"
)
"""Tests with radiation, contrast or a needle: their test threshold is higher (Pauker
SG, Kassirer JP. NEJM 1980;302:1109), so a must-not-miss diagnosis that nothing
documented points to gets the cheap tests (ECG, troponin, blood count) but not these
(ACEP clinical policy on syncope 2017: no routine head CT)."""


def supported(entry: DifferentialEntry) -> bool:
    """Whether a documented finding or a decision rule supports ``entry``.

    A working diagnosis that only leads by its prior (nothing in the visit points to
    it, e.g. cellulitis for a pigmented mole) gets its workup, not its treatment.
    """
    return entry.status == "ruled_in" or any(
        e.kind in ("finding", "rule") for e in entry.evidence_for
    )


SYMPTOMATIC: Final = re.compile(
    r"(?i)\b(?:acetaminophen|paracetamol|ibuprofen|naproxen|nsaids?|ketorolac|"
    r"analgesi\w*|antipyretic\w*|ondansetron|metoclopramide|prochlorperazine|"
    r"antiemetic\w*|antacids?|oral rehydration|cetirizine|loratadine|fexofenadine|"
    r"de-?escalation|albuterol|salbutamol)\b"
)
"""Symptom relief (non-opioid analgesics, antipyretics, antiemetics, an antacid for a
burning dyspeptic pain, a non-sedating oral H1 antihistamine for itch: EAACI/GA2LEN
urticaria guideline 2022), and calming an agitated patient (de-escalation, then
oral or IM medication: Project BETA, Wilson MP et al. West J Emerg Med 2012), an
inhaled short-acting bronchodilator for a documented wheeze (BTS/SIGN 158 2019: a
beta-2 agonist first for acute wheeze from 2 years, preschool viral wheeze included;
GINA 2024; lead42): given
for the symptom before a diagnosis is confirmed;
early analgesia does not impair diagnostic accuracy (Manterola C et al. Cochrane
Database Syst Rev 2011;CD005660; ACEP policy on pain management). Safety checks
still apply to each order."""


def treatable(
    entry: DifferentialEntry,
    spec: DiagnosisSpec,
    facts: ClinicalFacts | None,
    kb: KnowledgeBase | None = None,
) -> bool:
    """Whether the working diagnosis' treatment orders may be given.

    A disease protocol is ordered only for a diagnosis that meets its rule-in
    requirement (``differential.rule_in_met``); an unconfirmed one gets its workup,
    not its treatment. A must-not-miss diagnosis that a documented finding supports is
    treated before it is confirmed: its treatment threshold is low because delay
    harms (Pauker SG, Kassirer JP. NEJM 1980;302:1109; e.g. aspirin for suspected
    ACS, antibiotics within 1 h for possible septic shock, SSC 2021); its high-harm
    orders carry their own documented indication (``OrderSpec.requires``). With
    ``kb``, a chief complaint outside it asks for a confirmed disease (``rule_in_met``)
    before a non-urgent protocol; the must-not-miss exception stands (empiric
    treatment of a time-critical diagnosis is not delayed), except for a diagnosis
    whose defining findings a documented other cause explains
    (``differential.requirement_explained``: no antibiotics for the shock of a
    cyanide poisoning or a haemorrhage without a sign of infection, SSC 2021).
    """
    if facts is None:
        return supported(entry)
    if differential.rule_in_met(entry, spec, facts, kb=kb):
        return True
    # a must-not-miss diagnosis with nothing documented that holds it open
    # (``DiagnosisSpec.held_open_by``: alcohol withdrawal without drinking or its
    # signs, ASAM 2020) is not treated on a fast pulse alone
    return (
        entry.must_not_miss
        and supported(entry)
        and not differential.requirement_explained(spec, facts)
        and not differential.unheld(spec, facts)
    )


HARMLESS_RELIEF: Final = re.compile(
    r"(?i)^(?:acetaminophen|paracetamol|antipyretics and fluids)$"
)
"""Symptom relief kept beside a life threat under treatment; other relief (NSAIDs,
the migraine cocktail) from an unconfirmed diagnosis waits (AHA/ACC 2014 NSTE-ACS:
no NSAIDs; the threat's own protocol brings what it needs)."""


TEAM_ON_SUSPICION: Final = frozenset(
    {"ischemic_stroke", "posterior_stroke", "testicular_torsion"}
)
"""Diagnoses whose team is called on suspicion, before any test confirms them: the
stroke team at arrival (AHA/ASA 2019: door-to-needle), urology for suspected torsion
(AUA: exploration is not delayed for imaging when suspicion is high). Other teams
(neurosurgery for haemorrhage) follow the confirming test."""
NOT_POINTING_TO_TESTS: Final = frozenset({"tachycardia"})
"""Findings too common across a complaint's list to point to one diagnosis alone
(tachycardia in asthma, pain, fever or anxiety is not a sign of PE). Narrower than
``differential.NONSPECIFIC``, which decides what may rule a disease in."""


EMBOLIC_SOURCE: Final = frozenset({"atrial_fibrillation"})
"""Atrial fibrillation in the picture of an embolic diagnosis (stroke, TIA, retinal,
mesenteric or limb ischaemia) is its source, a risk factor (CHA2DS2-VA; Van Gelder IC
et al. ESC 2024 AF), not a manifestation of the embolism."""


def _points(concept: str, weight: float) -> bool:
    """Whether a documented supporting concept points a harmful test at a diagnosis.

    A risk factor or background condition (``differential.RISK_FACTORS``,
    ``EMBOLIC_SOURCE``) raises the prior; it is no presenting finding, so it points
    only when it alone is a moderate change in probability (LR >= 5,
    ``differential.MIN_SUPPORT``: an aortic graft for an aortoenteric fistula). AHA/ASA
    2019 (Powers WJ et al. Stroke 2019;50:e344): suspected stroke, the imaging
    indication, is a sudden focal deficit; AF and hypertension beside a generalised
    weakness are not one.
    """
    if concept in differential.RISK_FACTORS or concept in EMBOLIC_SOURCE:
        return differential.w_for(weight) >= differential.MIN_SUPPORT
    return weight > 0 and concept not in NOT_POINTING_TO_TESTS


def pointed_to(
    entry: DifferentialEntry,
    spec: DiagnosisSpec,
    facts: ClinicalFacts | None,
    complaint: frozenset[str] = frozenset(),
    flagged: frozenset[str] = frozenset(),
) -> bool:
    """Whether something beyond the chief complaint points to ``entry``.

    Every diagnosis on a complaint's list shares the complaint itself; a harmful test
    needs a finding, result or rule of its own (e.g. headache for SAH after syncope;
    a risk factor only as ``_points`` allows), or a high-risk situation found at
    triage that is about it (``flagged``, diagnosis ids of ``triage_points_to``:
    signs of stroke point to stroke).
    """
    if entry.status == "ruled_in" or any(e.kind == "rule" for e in entry.evidence_for):
        return True
    if spec.id in flagged:
        return True
    if facts is None:
        return False
    off = differential.beside_nothing(spec, facts)
    return any(
        c not in complaint and c not in off and facts.has(c) and _points(c, w)
        for c, w in spec.findings_for.items()
    )


def flagged_at_triage(
    triage: TriageResult | None, consciousness_explained: bool = False
) -> frozenset[str]:
    """Diagnosis ids that triage's high-risk situations point to.

    With ``consciousness_explained`` (a ruled-in poisoning accounts for it:
    ``explained_by_poisoning``) the altered mental status flag points nowhere: ACR
    2019 images a new *unexplained* confusion or lethargy.
    """
    if triage is None:
        return frozenset()
    return triage_points_to(
        f
        for f in triage.red_flags
        if not (consciousness_explained and f == ALTERED_MENTAL_STATUS_FLAG)
    )


SWITCH_P: Final = differential.SWITCH_P
"""Probability from which an open must-not-miss diagnosis that meets its rule-in
requirement becomes the working diagnosis in place of an unconfirmed leader."""


def _meets_rule_in(
    entry: DifferentialEntry, ctx: AgentContext, facts: ClinicalFacts | None
) -> bool:
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        facts is not None
        and spec is not None
        and differential.rule_in_met(entry, spec, facts, kb=ctx.knowledge)
    )


def _gives_way(
    entry: DifferentialEntry, ctx: AgentContext, facts: ClinicalFacts
) -> bool:
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return spec is not None and differential.gives_way(
        entry, spec, facts, kb=ctx.knowledge
    )


def _sign_first(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    leader: DifferentialEntry | None,
    facts: ClinicalFacts | None,
) -> DifferentialEntry | None:
    """A ruled-in sign (massive haemoptysis) before an unconfirmed leader, if any.

    ICD-10-CM Official Guidelines I.B.4-5: the established sign, not a guess.
    """
    if leader is None or facts is None or _meets_rule_in(leader, ctx, facts):
        return None
    return differential.established_sign(ctx.knowledge, ledger)


def working_diagnosis(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    flagged: frozenset[str] = frozenset(),
    facts: ClinicalFacts | None = None,
) -> DifferentialEntry | None:
    """The diagnosis treated first: the life threat, then the ledger's leader.

    A must-not-miss diagnosis that a validated rule ruled in (qSOFA-positive sepsis)
    is treated first whatever leads the list, and so is an open one that meets its
    rule-in requirement from discriminating findings when the leader does not (a
    tearing back pain with a pulse deficit is worked up and treated as dissection, not
    as low back pain; Pauker & Kassirer NEJM 1980). A leader whose defining
    feature is documented absent (bacteriuria with no urinary symptom nor fever:
    IDSA 2019) is passed over (``differential.working_entry``). A leader by prior
    alone (first seizure for "motor weakness") does not displace an open
    must-not-miss diagnosis that triage flagged (signs of stroke): that one is worked
    up first (AHA/ASA 2019; ESI v4 handbook ch.4).
    """
    # infect49: a stated aspirin or amlodipine overdose is worked as that poisoning
    # (its antidotes and levels), not as "unspecified drugs, intentional self-harm",
    # as the final diagnosis names it (``diagnosis.named_agent_first``; ICD-10-CM
    # FY2024 I.C.19.e.5.b)
    chosen = named_agent_first(ledger, _working_diagnosis(ledger, ctx, flagged, facts))
    if chosen is not None and facts is not None:
        return superseded_by_airway(chosen, ledger, ctx, facts) or chosen
    return chosen


def _working_diagnosis(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    flagged: frozenset[str],
    facts: ClinicalFacts | None,
) -> DifferentialEntry | None:
    threat = next(
        (e for e in ledger if e.must_not_miss and e.status == "ruled_in"), None
    )
    if threat is not None and facts is not None:
        # dx39: the established cause a ruled-in threat declares (the hypoglycaemia
        # of acute liver failure: AASLD 2011) is worked first (ICD-10-CM I.A.13)
        return differential.declared_cause(ctx.knowledge, ledger, threat, facts) or (
            threat
        )
    if threat is not None:
        return threat
    assault = next(
        (
            e
            for e in L.rank(ledger)
            if e.status == "ruled_in" and (e.icd10 or "").startswith(SEXUAL_ABUSE_CODE)
        ),
        None,
    )
    if assault is not None:
        return assault
    leader = (
        L.working(ledger)
        if facts is None
        else differential.working_entry(ctx.knowledge, ledger, facts)
    )
    presumed = presumed_entry(ledger, leader)
    if presumed is not leader:
        return presumed
    if (
        leader is not None
        and facts is not None
        and _gives_way_to_established(leader, ctx, facts)
    ):
        established = _established_disease(ledger, ctx, facts)
        if established is not None:
            return established
    sign = _sign_first(ledger, ctx, leader, facts)
    if sign is not None:
        return sign
    if leader is not None and facts is not None and _gives_way(leader, ctx, facts):
        threat = differential.rule_in_threat(ledger, facts, ctx.knowledge)
        if threat is not None:
            return threat
    if leader is not None and facts is not None:
        # the cause a result-defined leader declares (hypercalcaemia behind its
        # pre-renal kidney injury) is treated first
        leader = (
            differential.declared_cause(ctx.knowledge, ledger, leader, facts) or leader
        )
    # cardio50: an open must-not-miss diagnosis whose pathway criteria are met
    # (``suspects``: an exertional jaw ache now at rest, AHA/ACC 2021 2.1.1) is worked
    # up before a leader by prior alone, as a triage flag's is: "dental pain" with
    # "teeth fine" led an anginal equivalent with T-wave inversion
    # (and one whose support is non-specific only: a "viral infection" held by the
    # fever beside a fever with a new murmur, ESC 2023 endocarditis)
    suspected = [
        e
        for e in L.unexcluded_must_not_miss(ledger)
        if any(pathway_strength(ev) == "suspects" for ev in e.evidence_for)
    ]
    if (
        suspected
        and leader is not None
        and (
            _nonspecific(leader, ctx, facts)
            or _bare_symptom(leader, ctx)
            or _manifestation_of(leader, suspected[0], ctx)
            or _complication_of(suspected[0], leader, ctx)
        )
    ):
        return suspected[0]
    if leader is None or supported(leader) or not (flagged or suspected):
        return leader
    threats = [
        entry
        for entry in L.unexcluded_must_not_miss(ledger)
        if (spec := differential.spec_for(ctx.knowledge, entry.diagnosis)) is not None
        and (spec.id in flagged or entry in suspected)
    ]
    # cardio46: a flagged threat the visit's findings support is worked before one
    # resting on its prior (a tearing pain's dissection before an ACS the complaint
    # flagged with no finding for it: ACC/AHA 2022 aortic disease, no antithrombotic
    # before the aorta is imaged); without one, the first in ledger order
    return next((e for e in threats if supported(e)), None) or next(
        iter(threats), leader
    )


SEXUAL_ABUSE_CODE: Final = "T74.2"
"""trauma54 (lead53's leftover): a disclosed rape with every preventive order was worked
as a "contusion" (the bruises' prior led). A confirmed sexual assault is the visit's
work (forensic examination, emergency contraception, HIV PEP and STI prophylaxis,
safety: Workowski KA et al. CDC STI 2021; WHO 2013) and is sequenced before its
injuries (ICD-10-CM FY2024 I.C.19.f); the injuries keep their own orders."""


def _bare_symptom(entry: DifferentialEntry, ctx: AgentContext) -> bool:
    """Whether ``entry`` is a presenting symptom (ICD-10-CM chapter R) not ruled in.

    peds54: the symptom is the working label only when no disease is acted on
    (ICD-10-CM FY2024 I.B.4-5, IV.D): a pale, puffy, oliguric child after bloody
    diarrhoea, worked up by the HUS pathway, was "abdominal pain, unspecified".
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        spec is not None
        and differential.symptom_level(spec)
        and entry.status != "ruled_in"
    )


def _manifestation_of(
    entry: DifferentialEntry, cause: DifferentialEntry, ctx: AgentContext
) -> bool:
    """Whether ``cause`` declares ``entry`` among what it causes, ``entry`` unproven.

    peds55: a pathway-suspected cause is worked before its own manifestation (ICD-10-CM
    I.A.13; KDIGO 2012 AKI 2.3: treat the cause): the oliguria of a pale, bruised
    child after bloody diarrhoea is HUS's kidney injury (Fakhouri F et al. Lancet
    2017), not an "acute kidney failure" given fluids if pre-renal.
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    mine = differential.spec_for(ctx.knowledge, cause.diagnosis)
    return (
        spec is not None
        and mine is not None
        and spec.id in mine.causes
        and entry.status != "ruled_in"
    )


def _complication_of(
    entry: DifferentialEntry, parent: DifferentialEntry, ctx: AgentContext
) -> bool:
    """Whether ``entry`` declares it complicates ``parent``, ``parent`` unproven.

    peds56: a child pale, puffy and petechial days after bloody diarrhoea has HUS
    until the count says otherwise (UKHSA 2023 STEC; Fakhouri F et al. Lancet 2017):
    the complication its pathway suspects is worked, not the gastroenteritis it
    follows (was "noninfective gastroenteritis" with oral rehydration, observed).
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    mine = differential.spec_for(ctx.knowledge, parent.diagnosis)
    return (
        spec is not None
        and mine is not None
        and mine.id in spec.complicates
        and parent.status != "ruled_in"
    )


def _established_disease(
    ledger: Sequence[DifferentialEntry], ctx: AgentContext, facts: ClinicalFacts
) -> DifferentialEntry | None:
    """The likeliest disease its own published criteria ruled in, if any.

    medgi54: the diagnosis stage states such a disease at least
    ``differential.CONFIRMED_MIN`` (``differential.temper``) and the ED acts on it
    (ICD-10-CM section IV: the established diagnosis), but at treatment its share of
    the closed list could sit below a leader by prior: an Ogilvie syndrome shown on
    CT (Alavi K et al. ASCRS 2021) was worked as a gastroenteritis with oral
    rehydration. Only a leader by prior and non-specific findings (``_nonspecific``)
    gives way; symptom-level entries (chapter R) do not count.
    """
    for entry in L.rank(ledger):
        spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
        if (
            entry.status == "ruled_in"
            and spec is not None
            and not differential.symptom_level(spec)
            and differential.by_criteria(entry, spec)
            and differential.confirmed(entry, spec, facts)
        ):
            return entry
    return None


def _gives_way_to_established(
    leader: DifferentialEntry, ctx: AgentContext, facts: ClinicalFacts
) -> bool:
    """Whether a leader yields to a disease its own criteria established.

    A leader by prior and non-specific findings does (medgi54); trauma55: so does a
    leader that is only considered and not a must-not-miss, beside a disease ruled in
    by its published criteria (ICD-10-CM FY2024 section IV: the established
    diagnosis is worked): a trench foot's "pain in limb", an arc eye's "corneal
    abrasion" and a subconjunctival haemorrhage's "conjunctivitis" were the working
    labels while the final diagnosis was the established one.
    """
    if _nonspecific(leader, ctx, facts):
        return True
    return leader.status == "considered" and not leader.must_not_miss


def _nonspecific(
    entry: DifferentialEntry, ctx: AgentContext, facts: ClinicalFacts | None
) -> bool:
    """Whether ``entry`` leads by its prior and non-specific findings only.

    Not ruled in, not a must-not-miss, and no discriminating finding of its own
    (``differential.specific_support``: risk factors and non-specific findings such
    as a fever do not count).
    """
    if entry.status == "ruled_in" or entry.must_not_miss:
        return False
    if not supported(entry):
        return True
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        facts is not None
        and spec is not None
        and differential.specific_support(spec, facts, ctx.knowledge) <= 0.0
    )


def sepsis_source(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    working: DifferentialEntry | None,
    facts: ClinicalFacts | None,
) -> DifferentialEntry | None:
    """The documented source of a sepsis under treatment, treated with it.

    Surviving Sepsis Campaign 2021 (Evans L et al. Crit Care Med 2021;49:e1063):
    cultures from the suspected source and antimicrobials chosen for the likely
    source and pathogens, with source control. The source is the likeliest other
    diagnosis that meets its own rule-in requirement (pyelonephritis from a positive
    urine nitrite and loin tenderness), so its protocol (urine culture, its
    antibiotic) joins the sepsis bundle.
    """
    if working is None or facts is None:
        return None
    spec = differential.spec_for(ctx.knowledge, working.diagnosis)
    if spec is None or spec.id != differential.SEPSIS_ID:
        return None
    return next(
        (
            e
            for e in L.rank(ledger)
            if e is not working
            and e.status != "ruled_out"
            and _meets_rule_in(e, ctx, facts)
        ),
        None,
    )


TREATED_BESIDE: Final = frozenset({"asthma_exacerbation", "copd_exacerbation"})
"""Problems treated whenever their own findings establish them, whatever leads: an
asthma or COPD exacerbation with active wheeze gets its short-acting bronchodilator
and systemic corticosteroid beside the treatment of the AF, pneumonia or heart failure
it accompanies (GINA 2024 ch. 9; GOLD 2024 ch. 5). Any other diagnosis is a second
problem only when it is no rival explanation of the working one's findings
(``second_problem.not_rival``: another organ system, neither systemic nor the
other's cause, not two infections); hyperkalaemia and hypoglycaemia come through the
must-not-miss route, hypoxaemia, pain and an infiltrate through a safety floor."""


def coexisting_problems(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    facts: ClinicalFacts | None,
    working: DifferentialEntry | None,
) -> list[DifferentialEntry]:
    """The patient's other active problems that need treatment now.

    One that meets its own rule-in requirement (``differential.rule_in_met``) on
    findings the working diagnosis does not account for (active wheeze in a known
    asthmatic whose AF with a rapid response leads the list; dysuria with a positive
    nitrite beside a hip fracture) is a second problem of this visit when it is an
    obstructive airway exacerbation (``TREATED_BESIDE``) or no rival of the working
    diagnosis (``second_problem.not_rival``); each of its orders still passes the
    contraindication gate, and it gets no inpatient care of its own.
    """
    spec = differential.spec_for(ctx.knowledge, working.diagnosis) if working else None
    if facts is None or spec is None:
        return []
    explained = set(spec.findings_for) | {spec.id}
    rest = facts.model_copy(
        update={
            "present": facts.present - explained,
            "historical": facts.historical - explained,
        }
    )
    # any other problem must be active now: its rule-in from today's findings, not
    # from a history (AF before an ablation is no AF of this visit)
    current = rest.model_copy(update={"historical": frozenset()})
    out: list[DifferentialEntry] = []
    taken: list[DiagnosisSpec] = []
    for e in L.rank(ledger):
        other = differential.spec_for(ctx.knowledge, e.diagnosis)
        if (
            e is not working
            and other is not None
            and not differential.symptom_level(other)
            and e.status != "ruled_out"
            and (
                (
                    other.id in TREATED_BESIDE
                    and differential.rule_in_met(e, other, rest, kb=ctx.knowledge)
                )
                or (
                    # each accepted problem is a working diagnosis of its own system:
                    # a later one is no rival of it either (UTI, then pyelonephritis)
                    all(second_problem.not_rival(other, w) for w in (spec, *taken))
                    and differential.rule_in_met(
                        e, other, _unnamed(current, other.id), kb=ctx.knowledge
                    )
                )
            )
        ):
            out.append(e)
            taken.append(other)
    return out


def _rival_explained(
    entry: DifferentialEntry,
    spec: DiagnosisSpec,
    working: DifferentialEntry | None,
    ctx: AgentContext,
    facts: ClinicalFacts,
) -> bool:
    """Whether an open threat is a rival explanation the working diagnosis accounts for.

    When the working diagnosis meets its own rule-in, a rival of it from another
    ICD-10-CM chapter (``second_problem.not_rival`` false, neither the other's cause
    or consequence) is treated only if it meets its rule-in on the findings the
    working diagnosis leaves unexplained; one of the same chapter is often its
    severe form or complication (status epilepticus in epilepsy, a cauda equina
    from a spinal abscess) and keeps its care. The peritonism and shock of a ruptured
    ectopic pregnancy with haemoperitoneum are the ectopic's, not a perforated viscus
    to be given antibiotics, a general surgeon and a CT (Kassirer JP et al. Learning
    Clinical Reasoning, 2nd ed. 2010, ch. 3 and 6; ACOG Practice Bulletin 193, 2018).
    Its exclusion tests stay. A symptom named as the working label (ICD-10-CM chapter
    R: "Fever, unspecified") explains no rival: it names the finding, not its cause
    (lead54: a 6-week-old's bulging fontanelle lost its meningitis regimen to
    "Fever, unspecified"; NICE NG240 2024 1.6).
    """
    if working is None or entry is working or not _meets_rule_in(working, ctx, facts):
        return False
    mine = differential.spec_for(ctx.knowledge, working.diagnosis)
    if (
        mine is None
        or differential.symptom_level(mine)
        or spec.icd10[:1].upper() == mine.icd10[:1].upper()
        or second_problem.not_rival(spec, mine)
        or spec.id in mine.causes
        or mine.id in spec.causes
        # sepsis is an infection's host response, never its rival (Singer M et al.
        # Sepsis-3. JAMA 2016;315:801): a pyelonephritis keeps the sepsis timing
        or (spec.id == differential.SEPSIS_ID and second_problem.treats_infection(mine))
    ):
        return False
    return not _meets_rule_in_beside(entry, spec, mine, facts, ctx)


def _meets_rule_in_beside(
    entry: DifferentialEntry,
    spec: DiagnosisSpec,
    other: DiagnosisSpec,
    facts: ClinicalFacts,
    ctx: AgentContext,
) -> bool:
    """Whether ``entry`` meets its rule-in on the findings ``other`` leaves unexplained.

    A pathway's suspicion (sudden onset with peritonism) screened for it on the same
    findings does not count: on the rest it stands on its discriminating findings only.
    """
    explained = set(other.findings_for) | {other.id}
    rest = facts.model_copy(
        update={
            "present": facts.present - explained,
            "historical": facts.historical - explained,
        }
    )
    own = entry.model_copy(
        update={
            "evidence_for": [
                ev for ev in entry.evidence_for if pathway_strength(ev) != "suspects"
            ]
        }
    )
    return differential.rule_in_met(own, spec, rest, kb=ctx.knowledge)


EPIGLOTTITIS_ID: Final = "epiglottitis"
AIRWAY_ABSCESSES: Final = frozenset(
    {"peritonsillar_abscess", "retropharyngeal_abscess", "ludwig_angina"}
)
"""Upper-airway infections whose plan an open epiglottitis supersedes (one plan for
one threatened airway: Guldfred LA et al. J Laryngol Otol 2008;122:818; ENT UK;
Frerk C et al. DAS 2015: no instrument in the pharynx, the airway team first)."""


def superseded_by_airway(
    entry: DifferentialEntry,
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    facts: ClinicalFacts | None,
) -> DifferentialEntry | None:
    """The open epiglottitis whose plan replaces this abscess's, if any.

    A peritonsillar, retropharyngeal or floor-of-mouth abscess beside an open
    epiglottitis that meets its rule-in is not treated as a second airway problem
    when its own rule-in stands only on the findings epiglottitis accounts for
    (drooling, fever, a sore throat): its drainage, antibiotic and analgesia would
    duplicate or endanger the airway plan (a tongue depressor or needle in the
    pharynx of an epiglottitis). Its own signs (uvular deviation, trismus, a
    prevertebral swelling) keep its plan (Galioto NJ. Am Fam Physician 2017;95:501;
    Tintinalli 9th ed. ch. 246).
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    if facts is None or spec is None or spec.id not in AIRWAY_ABSCESSES:
        return None
    for e in L.unexcluded_must_not_miss(ledger):
        mine = differential.spec_for(ctx.knowledge, e.diagnosis)
        if mine is None or mine.id != EPIGLOTTITIS_ID:
            continue
        if not differential.rule_in_met(e, mine, facts, kb=ctx.knowledge):
            return None
        if not _meets_rule_in_beside(entry, spec, mine, facts, ctx):
            return e
    return None


def _unnamed(facts: ClinicalFacts, dx_id: str) -> ClinicalFacts:
    """The facts without the diagnosis' own name.

    A second problem is established by its findings, not by being mentioned ("after
    her AF ablation").
    """
    return facts.model_copy(update={"present": facts.present - {dx_id}})


def above_treatment_threshold(entry: DifferentialEntry, danger: bool) -> bool:
    """Whether an open must-not-miss diagnosis beside the leader gets inpatient care.

    Below the treatment threshold a diagnosis is tested for, above it treated
    (Pauker SG, Kassirer JP. N Engl J Med 1980;302:1109): one still only open at a
    probability under ``SWITCH_P`` (the obstruction of a constipated patient who
    passes flatus, p 0.02-0.08) keeps its tests and its time-critical drugs (the
    antibiotic of a possible meningitis) but not its inpatient care (nil by mouth
    with IV fluids, a surgical consult: ``inpatient_only``), unless triage found a
    danger sign (ESI 1-2: high risk or danger-zone vitals, ESI v4 handbook).
    """
    return (
        danger or entry.status == "ruled_in" or (entry.probability or 0.0) >= SWITCH_P
    )


def _flagged(
    entry: DifferentialEntry, ctx: AgentContext, flagged: frozenset[str]
) -> bool:
    """Whether triage flagged ``entry`` (a suspected stroke named by the complaint)."""
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return spec is not None and spec.id in flagged


def inpatient_only(order: OrderSpec) -> bool:
    """Whether an order is inpatient care.

    A consult, or an order that cannot continue at home
    (``order_safety.inpatient_need``: nil by mouth with IV fluids, an infusion).
    """
    return (
        order.kind == "consult"
        or order_safety.inpatient_need([_as_order(order)]) is not None
    )


def _protocol_orders(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    fits: Callable[[OrderSpec], bool],
    facts: ClinicalFacts | None,
    flagged: frozenset[str],
    danger: bool = False,
) -> Iterator[Order]:
    """Protocol orders of the diagnoses being treated.

    The working diagnosis, the ledger's leader, every diagnosis a validated rule
    ruled in (hemorrhagic shock with a variceal bleed, qSOFA-positive sepsis with
    pneumonia: both protocols), and every open must-not-miss diagnosis that meets its
    rule-in requirement from discriminating findings (``differential.rule_in_met``)
    and is above its treatment threshold (``above_treatment_threshold``): a
    beta-blocker overdose in shock is treated even when a measured low glucose leads
    the list (treatment threshold: Pauker SG, Kassirer JP. NEJM 1980).
    """
    working = working_diagnosis(ledger, ctx, flagged, facts)
    coexisting = coexisting_problems(ledger, ctx, facts, working)
    leader = L.working(ledger)
    # trauma49: a leader by prior alone, held open by nothing documented ('considered',
    # no finding or rule for it) and passed over for the working diagnosis, gets no
    # protocol: a fall with no injury and no neurological symptom got a stroke CT
    # angiogram and the stroke team (Pauker SG, Kassirer JP. NEJM 1980;302:1109: below
    # the test threshold nothing is ordered; AHA/ASA 2019 1.1: a stroke is suspected on
    # a neurological symptom or sign)
    if (
        leader is not None
        and leader is not working
        and leader.status == "considered"
        and not supported(leader)
        and not _flagged(leader, ctx, flagged)
    ):
        leader = None
    treated = [
        working,
        leader,
        sepsis_source(ledger, ctx, working, facts),
        *(e for e in ledger if e.status == "ruled_in"),
        *(
            e
            for e in L.unexcluded_must_not_miss(ledger)
            if facts is not None
            and (spec := differential.spec_for(ctx.knowledge, e.diagnosis)) is not None
            and differential.rule_in_met(e, spec, facts, kb=ctx.knowledge)
            and not _rival_explained(e, spec, working, ctx, facts)
        ),
    ]
    # a second problem only beside them: one already treated keeps its own care
    coexisting = [e for e in coexisting if e not in treated]
    treated += coexisting
    distinct = {e.diagnosis: e for e in treated[::-1] if e is not None}
    # an open threat beside the leader, below its treatment threshold, and another
    # active problem beside the working one: treatment, no inpatient care of its own
    leading = {x.diagnosis for x in treated[:3] if x is not None}
    tested_only = {
        e.diagnosis
        for e in distinct.values()
        if e.diagnosis not in leading
        and (not above_treatment_threshold(e, danger) or e in coexisting)
    }
    threat_treated = any(
        e.must_not_miss and _meets_rule_in(e, ctx, facts) for e in distinct.values()
    )
    for entry in sorted(distinct.values(), key=treated.index):
        spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
        if spec is None or superseded_by_airway(entry, ledger, ctx, facts):
            continue
        if facts is not None and differential.requirement_explained(spec, facts):
            continue  # its defining findings have a documented other cause
        treat = treatable(entry, spec, facts, ctx.knowledge)
        # No symptom relief from an unconfirmed diagnosis while a life threat is
        # treated (no NSAID "for low back pain" beside a suspected dissection).
        displaced = not treat and (
            threat_treated
            or (working is not None and working.must_not_miss and entry is not working)
        )
        for o in _indicated_first(list(filter(fits, spec.orders))):
            if entry.diagnosis in tested_only and inpatient_only(o):
                continue
            relief = (
                not treat
                and (not displaced or bool(HARMLESS_RELIEF.match(o.name)))
                and bool(SYMPTOMATIC.search(o.name))
                and relief_for.symptom_documented(o.name, facts)
            )
            if not treat and o.kind in THERAPEUTIC and not relief:
                continue
            yield Order(
                kind=o.kind,
                name=o.name,
                reason=f"symptom relief while unconfirmed: {o.reason}"
                if relief
                else o.reason,
                for_diagnosis=None if relief else spec.name,
            )


def _indicated_first(specs: list[OrderSpec]) -> Iterator[OrderSpec]:
    """A protocol's orders, less a default medication its indicated one replaces.

    A protocol writes a default drug and, for a documented indication, the drug that
    replaces it: giant cell arteritis is oral prednisolone 40-60 mg, and IV
    methylprednisolone 0.5-1 g with visual symptoms (Mackie SL et al. BSR 2020 GCA
    guideline). When the indicated order (its ``requires`` documented) gives a drug
    concept the default (no ``requires``) also gives, the patient gets the
    indicated one only, not the default beside it or in its place. A pre-test
    criterion is an indication too: PE likely by Wells is anticoagulated while the
    CTPA is awaited (ESC 2019 class I), whatever other heparin order the protocol has.
    """
    indicated_concepts = [
        order_concepts.concepts(_as_order(o))
        for o in specs
        if o.kind == "medication" and (o.requires or o.requires_all or o.pretest)
    ]
    for o in specs:
        mine = order_concepts.concepts(_as_order(o))
        default = o.kind == "medication" and not (
            o.requires or o.requires_all or o.pretest
        )
        if default and mine and any(mine & c for c in indicated_concepts):
            continue
        yield o


def _as_order(o: OrderSpec) -> Order:
    return Order(kind=o.kind, name=o.name, reason=o.reason)


DEPRESSED_CONSCIOUSNESS: Final = frozenset(
    {"altered_mental_status", "lethargy", "confusion", "unresponsive"}
)
"""Findings of a depressed or clouded consciousness."""
POISONING_CODE: Final = re.compile(r"T(?:3[6-9]|[45]\d|6[0-5])\.")
"""ICD-10-CM T36-T65: poisonings and toxic effects."""


def explained_by_poisoning(
    ledger: Sequence[DifferentialEntry], kb: KnowledgeBase
) -> frozenset[str]:
    """The depressed-consciousness findings a ruled-in poisoning accounts for.

    A drowsy child after a known clonidine ingestion, with no injury and no focal
    sign, is the poisoning's toxidrome: neuroimaging in the poisoned patient is for
    head trauma, a focal or lateralising sign, or a course the agent does not explain
    (Goldfrank's Toxicologic Emergencies 11th ed. ch. 4; NICE NG232 and the Canadian
    CT Head Rule apply to head injury). Those findings point a harmful test at an
    intracranial diagnosis no longer; their own findings (a head injury, unequal
    pupils, a focal deficit, an anticoagulant) still do.
    """
    out: set[str] = set()
    for e in ledger:
        if e.status != "ruled_in":
            continue
        spec = differential.spec_for(kb, e.diagnosis)
        if spec is not None and POISONING_CODE.match(spec.icd10):
            out |= DEPRESSED_CONSCIOUSNESS & spec.findings_for.keys()
    return frozenset(out)


def _exclusion_orders(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    fits: Callable[[OrderSpec], bool],
    facts: ClinicalFacts | None,
    complaint: frozenset[str],
    flagged: frozenset[str],
) -> Iterator[Order]:
    """Tests (and a team called on suspicion) for each open must-not-miss diagnosis.

    Tests with radiation, contrast or a needle only when something beyond the
    complaint, and beyond what a ruled-in poisoning explains, points to the diagnosis.
    """
    for entry in L.unexcluded_must_not_miss(ledger):
        spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
        if spec is None:
            continue
        pointed = pointed_to(entry, spec, facts, complaint, flagged)
        team = spec.id in flagged and spec.id in TEAM_ON_SUSPICION
        kinds = ("diagnostic", "consult") if team else ("diagnostic",)
        for o in filter(fits, spec.orders):
            empiric = pointed and o.kind == "medication" and _until_tested(o)
            if (o.kind not in kinds and not empiric) or (
                not pointed and HARMFUL_TEST.search(o.name)
            ):
                continue
            yield Order(
                kind=o.kind,
                name=o.name,
                reason=f"exclude {entry.diagnosis}: {o.reason}",
                for_diagnosis=entry.diagnosis,
            )


def _until_tested(order: OrderSpec) -> bool:
    """An anticoagulant its guideline gives on suspicion until the test excludes it.

    Suspected VTE in pregnancy (RCOG green-top 37b 2015, 1.2.1: LMWH unless
    contraindicated until objective testing), a suspected DVT whose scan is more than
    4 h away (NICE NG158 2020 1.1.3): given while the diagnosis is being excluded.
    """
    return order_safety.EMPIRIC_UNTIL_TESTED.search(order.reason) is not None


OBSTETRIC_CHAPTER: Final = "O"
"""ICD-10-CM chapter 15 (O00-O9A): pregnancy, childbirth and the puerperium."""
PREGNANCY_TEST_FIRST: Final = Order(
    kind="diagnostic",
    name="urine or serum hCG now",
    reason="an obstetric diagnosis applies only in pregnancy or the puerperium: "
    "pregnancy status first (ACOG PB 222; ACOG CO 723)",
)


PREGNANCY_ENDED: Final = ("postpartum", "recent_abortion", "induced_abortion")
"""A pregnancy that has just ended (a birth, a miscarriage, an abortion): its
obstetric diagnoses apply whatever the hCG now shows (ICD-10-CM chapter 15 codes the
complications following an abortion, O03-O08; Eschenbach DA. Obstet Gynecol
2015;125:1042: a septic abortion is treated within the hour, not after a test)."""


def _pregnancy_established(pop: Population, facts: ClinicalFacts | None) -> bool:
    return pop.pregnancy == "pregnant" or (
        facts is not None
        and (facts.has("pregnancy") or any(facts.has(c) for c in PREGNANCY_ENDED))
    )


def _child_only(o: OrderSpec) -> bool:
    """A protocol order written for children only (its population ends before 18).

    A patient whose age is not recorded gets the adult protocol of a diagnosis whose
    orders are split by age (the sepsis bundle and NICE NG143's child set; the
    meningitis regimens by age band): most ED patients are adults, a weight-based
    child dose cannot be given without a weight, and the same patient given both
    sets gets two or three antibiotic regimens (peds48).
    """
    high = o.population.max_age_days
    return high is not None and high < years(18)


def _pregnancy_first(
    orders: Sequence[Order],
    ctx: AgentContext,
    pop: Population,
    facts: ClinicalFacts | None,
) -> list[Order]:
    """Orders of an obstetric diagnosis wait for a positive pregnancy test.

    Only when pregnancy is not established: a pre-eclampsia work-up for a
    46-year-old whose pregnancy status is unknown is conditional on a positive hCG,
    which comes first (ACOG Practice Bulletin 222: pre-eclampsia is a disorder of
    pregnancy and the puerperium).
    """
    if _pregnancy_established(pop, facts):
        return list(orders)
    out: list[Order] = []
    for order in orders:
        spec = (
            differential.spec_for(ctx.knowledge, order.for_diagnosis)
            if order.for_diagnosis
            else None
        )
        if spec is None or not spec.icd10.startswith(OBSTETRIC_CHAPTER):
            out.append(order)
            continue
        if PREGNANCY_TEST_FIRST not in out:
            out.append(PREGNANCY_TEST_FIRST)
        if order_safety.PREGNANCY_TEST_ORDER.search(order.name):
            continue  # the diagnosis' own pregnancy test is the one ordered first
        out.append(order.model_copy(update={"name": f"if hCG positive: {order.name}"}))
    return out


JUDGED_MOST_LIKELY: Final = {"pulmonary_embolism": "pe_suspected"}
"""Diagnoses whose decision rule scores the clinician's own judgement that the
disease is the most likely one (Wells PE: 'PE the most likely diagnosis', 3 points;
Wells PS et al. Thromb Haemost 2000), and the concept that states it."""


def with_leading_judgement(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    facts: ClinicalFacts | None,
    flagged: frozenset[str] = frozenset(),
) -> ClinicalFacts | None:
    """``facts`` with the reasoner's own judgement of the most likely diagnosis.

    The judgement item of a test sequence's rule (``JUDGED_MOST_LIKELY``) is the
    clinician's: here, the reasoner's working diagnosis. When it is that diagnosis,
    the item is scored, so PE likely by Wells (> 4) goes to CT pulmonary angiography
    rather than a D-dimer (ESC 2019 PE). cardio55 (trauma54's F17): the working
    diagnosis, not the ledger's leader by share, is the judgement: a displaced
    tracheostomy ruled in by its criteria and worked first is the alternative more
    likely than PE (Wells PS et al. Thromb Haemost 2000;83:416), so a hypoxic patient
    9 days after neck surgery got no CTPA and heparin beside the airway algorithm.
    """
    leader = (
        L.working(ledger)
        if facts is None
        else working_diagnosis(ledger, ctx, flagged, facts)
    )
    if facts is None or leader is None or not leader.must_not_miss:
        return facts
    spec = differential.spec_for(ctx.knowledge, leader.diagnosis)
    concept = JUDGED_MOST_LIKELY.get(spec.id) if spec is not None else None
    if concept is None or facts.has(concept):
        return facts
    return facts.model_copy(update={"present": facts.present | {concept}})


def with_low_risk_bleed(facts: ClinicalFacts | None) -> ClinicalFacts | None:
    """``facts`` with ``gbs_low_risk`` when an upper GI bleed may go home.

    A complete Glasgow-Blatchford score <= 1 (``disposition_paths.gbs_home``) is
    outpatient care (NICE CG141 1.2.3; Gralnek IM et al. ESGE 2021; Stanley AJ et
    al. BMJ 2017;356:i6432): the inpatient orders of the bleed (IV acid suppression
    before endoscopy, a crossmatch, a transfusion plan) name it in ``unless``.
    """
    if facts is None or facts.has("gbs_low_risk") or gbs_home(facts) is None:
        return facts
    return facts.model_copy(update={"present": facts.present | {"gbs_low_risk"}})


ALF_ESTABLISHED: Final = "alf_established"
"""The concept an order names in ``unless`` to be withheld in acute liver failure."""


def with_liver_failure(
    ledger: Sequence[DifferentialEntry], kb: KnowledgeBase, facts: ClinicalFacts | None
) -> ClinicalFacts | None:
    """``facts`` with ``alf_established`` when acute liver failure is ruled in.

    The encephalopathy of acute liver failure is not that of cirrhosis: lactulose
    has no benefit there and distends the bowel before a transplant (Wendon J et al.
    EASL 2017 ALF, J Hepatol 2017;66:1047; Lee WM et al. AASLD 2011), so the
    cirrhotic encephalopathy's lactulose names the concept in ``unless``.
    """
    if facts is None or facts.has(ALF_ESTABLISHED):
        return facts
    for entry in ledger:
        spec = differential.spec_for(kb, entry.diagnosis)
        if (
            entry.status == "ruled_in"
            and spec is not None
            and spec.id == "acute_liver_failure"
        ):
            present = facts.present | {ALF_ESTABLISHED}
            return facts.model_copy(update={"present": present})
    return facts


def plan_orders(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    triage: TriageResult | None,
    population: Population | None = None,
    facts: ClinicalFacts | None = None,
    complaint: frozenset[str] = frozenset(),
) -> tuple[Order, ...]:
    """Return deduplicated orders for the working and open must-not-miss diagnoses.

    Protocol orders outside the patient's population (``OrderSpec.population``, e.g.
    CT for adults and ultrasound for children) are left out, and so are orders whose
    documented indication (``OrderSpec.requires``) is missing from ``facts``: a
    protocol is never copied onto a patient it was not written for. An open
    must-not-miss diagnosis flagged at triage whose team is called on suspicion
    (``TEAM_ON_SUSPICION``: the stroke team) also gets its consults.
    """
    pop = population or Population()
    flagged = flagged_at_triage(triage)
    explained = explained_by_poisoning(ledger, ctx.knowledge)
    facts = with_leading_judgement(ledger, ctx, facts, flagged)
    facts = with_low_risk_bleed(facts)
    facts = with_liver_failure(ledger, ctx.knowledge, facts)

    unknown_age = pop.age_days_min is None and pop.age_days_max is None

    def fits(o: OrderSpec) -> bool:
        if unknown_age and _child_only(o):
            return False  # peds48: an unknown age gets the adult protocol, not both
        return excluded_reason(o.population, pop) is None and indicated(o, facts)

    orders: dict[str, Order] = {}
    for order in _pregnancy_first(
        (
            *_protocol_orders(
                ledger,
                ctx,
                fits,
                facts,
                flagged,
                danger=triage is not None and triage.esi <= 2,
            ),
            *_exclusion_orders(
                ledger,
                ctx,
                fits,
                facts,
                complaint | explained,
                flagged_at_triage(triage, bool(explained)),
            ),
        ),
        ctx,
        pop,
        facts,
    ):
        orders.setdefault(order.name.lower(), order)
    if triage is not None and triage.esi <= 2 and (watch := monitored(triage)):
        orders.setdefault(
            "continuous monitoring",
            Order(
                kind="monitoring",
                name="continuous monitoring",
                reason=f"ESI {triage.esi}: " + ", ".join(watch[:3]),
            ),
        )
    return tuple(orders.values())


TREATMENT_NOT_MONITORING: Final = re.compile(
    r"(?i)post-exposure prophylaxis|chemical exposure to the eye|open globe|"
    r"endophthalmitis|angle-closure glaucoma|^halos$|testicular torsion|"
    r"ischaemic priapism"
)
"""ESI-2 high-risk situations that are so for a time-critical local treatment, not
for a risk of deterioration: HIV post-exposure prophylaxis within hours (US PHS 2013),
irrigation of a chemical eye, a shield and an ophthalmologist for an open globe or
endophthalmitis, pressure lowering in angle closure, detorsion, aspiration of a
priapism. The ESI v4 handbook (ch. 4) triages them level 2 because the treatment
cannot wait; continuous cardiorespiratory monitoring is for a patient whose
physiology may deteriorate (AHA 2017 practice standards for ECG monitoring:
Sandau KE et al. Circulation 2017;136:e273), which these situations alone are not."""


def monitored(triage: TriageResult) -> tuple[str, ...]:
    """The triage reasons that call for continuous monitoring (ESI 1-2).

    ESI 1 always; at ESI 2 every high-risk reason but a local time-critical
    treatment's (``TREATMENT_NOT_MONITORING``); danger-zone vitals beside one keep
    the monitoring. An ESI 2 with no reason listed keeps it (nothing to read).
    """
    flags = tuple(triage.red_flags)
    if triage.esi <= 1 or not flags:
        return flags or ("",)  # monitored; no reason to name
    return tuple(f for f in flags if not TREATMENT_NOT_MONITORING.search(f))


def complaint_concepts(view: StageView, ctx: AgentContext) -> frozenset[str]:
    """Concepts the chief complaint itself states (shared by its whole list).

    The complaint's reading is the stage facts' own (``current_findings``: a
    current text's source label changes nothing), not a second extraction.
    """
    return frozenset(
        f.concept
        for f in current_findings(view.chief_complaint, ctx.knowledge)
        if f.status == "present"
    )


def working_label(
    working: DifferentialEntry | None,
    spec: DiagnosisSpec | None,
    facts: ClinicalFacts | None,
) -> str | None:
    """The working diagnosis named as documented: its code variant's name, if any.

    The final diagnosis is coded by what the text documents (``differential.coded``:
    a concussion with a loss of consciousness is S06.0X1A, not the entry's default
    "without loss of consciousness"; ICD-10-CM FY2024 I.C.19); the working label a
    clinician reads first says the same, unless the variant is a coding fallback
    before a test names the lesion (``CodeVariant.working``).
    """
    if working is None:
        return None
    variant = (
        differential.coded(spec, facts, working.status == "ruled_in")
        if spec is not None and facts is not None
        else None
    )
    return (
        variant.name if variant is not None and variant.working else working.diagnosis
    )


def reason_treatment(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Update the ledger from the H&P and plan the initial orders."""
    ledger, rules, cites, facts = differential.restage(
        ctx.knowledge, inp.view, inp.hits, inp.ledger, "treatment", mention=False
    )
    if not ledger:
        return StageOutcome(
            status="abstained", error="no working differential to treat from"
        )
    previous = inp.previous.get("triage")
    triage = previous if isinstance(previous, TriageResult) else None
    orders = plan_orders(
        ledger,
        ctx,
        triage,
        view_population(inp.view),
        facts,
        complaint_concepts(inp.view, ctx),
    )
    working = working_diagnosis(ledger, ctx, flagged_at_triage(triage), facts)
    open_mnm = [e.diagnosis for e in L.unexcluded_must_not_miss(ledger)]
    rationale = f"working diagnosis {working.diagnosis if working else 'none'}" + (
        f"; workup to exclude {', '.join(open_mnm)}" if open_mnm else ""
    )
    spec = differential.spec_for(ctx.knowledge, working.diagnosis) if working else None
    if (
        working is not None
        and spec is not None
        and not treatable(working, spec, facts, ctx.knowledge)
    ):
        rationale += (
            "; no treatment yet: it does not meet its rule-in requirement "
            "(a validated rule, or discriminating findings with summed LR >= 5)"
        )
    result = TreatmentResult(
        working_diagnosis=working_label(working, spec, facts),
        orders=orders,
        rationale=rationale,
    )
    return differential.ok_outcome(result, cites, rules, ledger)
