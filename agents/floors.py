"""Safety floors applied after every backend (offline, LLM, hybrid, review edits).

Treatment plans pass the order-safety layer (``agents.order_safety``: required
resuscitation and pathway orders, the contraindication/allergy/pregnancy/population
gate, a pregnancy test before radiation imaging, weight-based doses). Two further
floors, each recorded as a ``FloorEvent`` when it changes an answer:

- ``esi_decision_point``: the acuity is never less urgent than the ESI v4 decision-point
  floor computed from the view (life-saving intervention → 1; high-risk situation,
  altered mental status, severe pain or danger-zone vitals → 2). An answer that is a
  learned acuity model's own level, from a model fitted for the handbook's split
  (``agents.learned``: the "consider" criteria, severe pain and danger-zone vitals,
  weighed by the model as features and by its consider rule), is held to the
  handbook's mandatory criteria only (decision point A; B high-risk situation or new
  confusion/lethargy/disorientation).
- ``no_unsafe_discharge`` keys on objective severity, not on a triage label: never
  ``Discharge`` at ESI 1, at level 1 of the site's own scale (KTAS, CTAS: resuscitation)
  or with an ESI decision-point A reason (→ ``Admit``, or
  ``Observation`` once the ED text documents that it resolved with treatment,
  ``admission.resolved_in_ed``: observation for recurrence); never
  with altered mentation at triage (AVPU below Alert, new confusion; → ``Observation``);
  never while triage vitals at the NEWS2 urgent-response threshold (aggregate >= 5 or
  one red parameter, RCP 2017; age-banded danger-zone vitals under 16) lack documented
  repeat vitals with numbers back in range
  in the visible ED note (wording such as "vital signs normalized" or "not
  hemodynamically stable" documents nothing; → ``Admit``); never while the patient meets
  a published admission criterion (``admission_criteria``: CURB-65, HEART, Glasgow-
  Blatchford, DKA, sepsis, sPESI, CSRS, cauda equina, hypoxaemic pneumonia,
  pyelonephritis, cellulitis, hip fracture, TIA, asthma by PEF, hypoglycaemia on a
  sulfonylurea or long-acting insulin; → its ``Admit`` or
  ``Observation``); never while a must-not-miss
  diagnosis is ``cannot_exclude`` at or above ``agents.ledger.TEST_THRESHOLD`` after a
  documented ED evaluation (→ ``Observation``, the place for serial testing) unless
  it is confirmed (a validated rule or a result with LR+ >= 10) and its usual care is
  outpatient (e.g. DVT on an anticoagulant; the admission criteria still apply); never
  while a must-not-miss diagnosis is ruled in whose usual care is in hospital (a made
  STEMI or SAH, → ``Admit``); never for an older adult (65 or more) whose visible
  ED text documents that they cannot mobilise safely now (``agents.pathways_older``:
  ACEP geriatric ED guidelines 2014, GEDA 2023; → ``Observation`` with physiotherapy
  and occupational therapy); never while the vitals the ESI level rests on were not
  documented (``EsiAssessment.unassessable_vitals``, decision point D; →
  ``Observation``: obtain them first); never with no recognised complaint and no
  vital sign at all (results alone; NICE CG50 1.1; → ``Observation``); never
  while documented abnormal results or unstable vitals are explained by none of the
  leading diagnoses after an ED evaluation (``agents.offline.explained``: a diagnosis
  outside the knowledge base or a second process; → ``Observation``). An ESI 2
  given for a high-risk complaint, severe pain, missing vitals or by a model does not
  by itself block discharge: the complaint's must-not-miss diagnoses do, once the ED
  evaluation is visible, and validated discharge rules (HEART <= 3, CSRS) can lower
  them. With no ED evaluation visible (a triage-only record) the disposition is a
  forecast from triage data and the must-not-miss floor does not apply, but triage
  signs of stroke, posterior-circulation signs, airway compromise, a sudden severe
  headache, tearing or ripping pain or a symptomatic pregnancy, read on the triage text
  as triage reads them, still forbid a Discharge forecast
  (→ ``Observation``; pain in a known aortic aneurysm → ``Admit``, ESVS 2024) until an
  ED evaluation the reasoner could judge (a visible ED note and a differential) exists;
  never while an overt bleed at a supratherapeutic INR lacks documented haemostasis
  (``rules.anticoagulated_bleed``; ACCP 2012, BSH 2011; → ``Observation``); a
  suspected DVT without a sign of PE holds no one (NICE NG158: interim anticoagulation
  and the scan within 24 h, ``outpatient_work_up``); chest pain suggestive of ACS
  is no Discharge while the record shows the troponin pending (AHA/ACC 2021 chest
  pain: the ECG and serial troponin result first), nor on a bare triage record while
  an acute coronary syndrome is open in the differential (cardio53: its work-up is
  ordered, not resulted; → ``Observation``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from agents import (
    ceilings,
    order_safety,
    pathways_medical,
    pathways_msk,
    pathways_older,
    pathways_trauma,
)
from agents import ledger as L
from agents._text import visible_texts
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.learned.decision import ACUITY_TOOL, HANDBOOK_FLOOR
from agents.offline import differential
from agents.offline.disposition_paths import (
    HOME_PATH_IDS,
    PATH_COVERS,
    last_heart_rate,
    outpatient_path,
)
from agents.offline.door import triage_facts
from agents.offline.explained import UNEXPLAINED_WHY, unexplained_abnormal
from agents.offline.rules import (
    ACS_CHEST_PAIN,
    NOT_HOME_UNEVALUATED,
    ClinicalFacts,
    EsiAssessment,
    aortic_pain_with_compromise,
    baseline_statement,
    ctas_triage,
    danger_zone_vitals,
    esi_triage,
    facial_nerve_palsy_only,
    fever_graded_by_temperature,
    ideation_without_plan,
    late_stroke_symptoms,
    marrow_failure_bleeding,
    plausible_vitals,
    site_graded_reasons,
    site_mandatory_floor,
    time_critical,
)
from agents.offline.rules.admission import (
    news2_items,
    objective_severity,
    resolved_in_ed,
    young_child_altered,
)
from agents.offline.rules.admission_criteria import admission_criteria
from agents.offline.rules.anticoagulated_bleed import over_anticoagulated_bleed
from agents.offline.rules.cardio import EDACS_LOW_RISK_BELOW, edacs
from agents.offline.rules.esi import OVERT_BLEEDING_CONCEPTS, bleeding_with_compromise
from agents.offline.rules.facts import vital_sign_findings
from agents.offline.stage_facts import facts_with_notes
from agents.schemas import (
    DifferentialEntry,
    DispositionResult,
    FloorEvent,
    Order,
    RuleResult,
    StageName,
    StageResult,
    TreatmentResult,
    TriageResult,
)
from agents.shock_index import abnormal_shock_index
from agents.triage_pathways import pathway_high_risk
from cases.labels import ACUITY_WORDS, ESI_TO_ACUITY, Acuity, Disposition
from cases.memo import HashMemo, text_digest
from cases.models import Vitals
from cases.population import view_population
from cases.views import StageView
from cases.vitals import extract_vitals
from retrieval.schemas import NoteHit

REPEAT_VITALS: Final[re.Pattern[str]] = re.compile(
    r"(?<![A-Za-z])(?:(?:repeat(?:ed)?|re-?check(?:ed)?|re-?assess(?:ed|ment)?|"
    r"subsequent|latest|most recent|discharge|pre-?discharge|follow-?up|"
    r"re-?evaluation)\s+(?:set\s+of\s+)?(?:vital\s+signs?|vitals|VS)|"
    # the physician's own measurement, after triage: "On evaluation HR 84, SpO2 99%"
    # (the decision rules' inputs at assessment: Kline JA et al. 2004 PERC)
    r"(?:on|at)\s+(?:(?:my|the\s+time\s+of|physician|doctor'?s?)\s+)?"
    r"(?:evaluation|assessment|examination|exam)\s*:?|"
    # readers49: the reviewing clinician's set, "On review 40 minutes later HR 78,
    # RR 14", "on reassessment: HR 88" (not "review of systems")
    r"(?:on|at)\s+(?:re-?)?(?:review|re-?assessment|re-?evaluation|re-?examination)"
    r"(?!\s+of)|"
    r"(?:\d+|an?|one|two|three|four|five|six)\s+(?:minutes?|mins?|hours?|hrs?|h)"
    r"\s+later\s*:?|"
    # readers54: the clinician's own later look with its time, "Re-assessed at 2 h:
    # now HR 132, BP 78/42", "reviewed after 30 minutes: RR 30" (a later measurement
    # of the same visit, never the triage set: Seymour CW et al. JAMA 2016 qSOFA)
    r"(?:re-?assessed|re-?evaluated|re-?examined|reviewed|seen\s+again)\s+(?:at|after)"
    r"\s+(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s*(?:minutes?|mins?|hours?"
    r"|hrs?|h)(?:\s+later)?\s*:?|"
    # the response documented with its numbers: "breathing settled, RR 14, HR 84"
    r"(?:breathing|observations|vital\s+signs|tachycardia|tachypno?ea)\s+"
    r"(?:has\s+|have\s+)?(?:settled|resolved|improved|normali[sz]ed)|"
    # the response to an ED treatment, then its numbers: "After coached slow
    # breathing: HR 84, RR 14"; "after two nebulisers and prednisolone: HR 92"
    r"(?:after|following)\s+(?:[\w-]+\s+){0,4}?(?:breathing|coaching|reassurance|"
    r"nebuli[sz]ers?|nebs|bronchodilators?|salbutamol|albuterol|fluids?|bolus|"
    r"analgesia|adenosine|manoeuvres?|maneuvers?|cardioversion|treatment)"
    r"(?:\s+[\w-]+){0,5}?\s*:)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A cue that introduces documented repeat vitals (the numbers follow it)."""
SINUS_RESTORED: Final[re.Pattern[str]] = re.compile(
    r"(?<![A-Za-z])(?:revert\w*|restor\w*|convert\w*|cardioverted|returned|back)"
    r"\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:normal\s+)?sinus\s+rhythm"
    r"(?:\s+(?:at|of|rate))?\s*,?\s*(?:HR\s*)?(\d{2,3})(?!\s*(?:%|mm|ms|/))",
    re.IGNORECASE,
)
"""A tachyarrhythmia terminated in the ED with the new rate: "adenosine restored sinus
rhythm 80" is a heart rate measured after treatment (ESC 2019 SVT: the rhythm and rate
after termination are what is reassessed)."""
_CUE_NEGATED_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?:no|not|without|never|unable to obtain|refused|declined|awaiting"
    r"|pending)[^\w.;:\n]+(?:\w+[^\w.;:\n]+){0,2}$",
    re.IGNORECASE,
)
"""A negation just before the cue, in the same clause ("no repeat vitals"; "no
hormones.\nExam: on my evaluation HR 86" is not negated: ledger26)."""
_CUE_NEGATED_AFTER: Final = re.compile(
    r"^\W*(?:(?:were|was|are|is|have been|has been)\s+)?(?:not|never|pending|"
    r"unavailable|declined|refused|deferred)(?![A-Za-z])",
    re.IGNORECASE,
)
REPEAT_WINDOW: Final = 160
"""Characters after a repeat-vitals cue searched for its numbers."""


_REPEAT: Final[HashMemo[Vitals | None]] = HashMemo(1024)
"""``repeat_vitals`` answers by the SHA-256 of the ED text (no text kept): a request's
floors and stage facts ask about the very same note parts ~3 times, a returning
patient's again on the next visit (two texts a patient: 64 entries were evicted
before the next visit among 41 patients; perf29)."""


def repeat_vitals(text: str | None) -> Vitals | None:
    """Return the last documented repeat vitals with numbers in ``text``, or None.

    Wording alone ("vital signs normalized", "hemodynamically stable") documents
    nothing: only a repeat-vitals cue followed by measured values counts, and a
    negated cue ("no repeat vitals", "repeat vitals not obtained") does not. The
    answer (frozen) is kept per text (``_REPEAT``).
    """
    if not text:
        return None
    return _REPEAT.get_or_compute(text_digest(text), lambda: _repeat_vitals(text))


def _repeat_vitals(text: str) -> Vitals | None:
    found: list[tuple[int, Vitals]] = []
    for m in REPEAT_VITALS.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + REPEAT_WINDOW]
        if _CUE_NEGATED_BEFORE.search(before) or _CUE_NEGATED_AFTER.match(after):
            continue
        end = after.find("\n\n")
        vitals = extract_vitals(after if end < 0 else after[:end])
        if any(
            v is not None
            for v in (vitals.heart_rate, vitals.respiratory_rate, vitals.spo2)
        ):
            found.append((m.start(), vitals))
    for m in SINUS_RESTORED.finditer(text):
        if not _CUE_NEGATED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            found.append((m.start(), Vitals(heart_rate=float(m.group(1)))))
    return max(found, key=lambda f: f[0])[1] if found else None


TROPONIN_PENDING: Final[re.Pattern[str]] = re.compile(
    r"(?i)(?<![A-Za-z])(?:hs-?)?(?:trop(?:onin)?s?|tn[ti])(?![A-Za-z])"
    r"(?:\s+[\w-]+){0,3}?\s*(?:pending|awaited|to follow"
    r"|not (?:yet )?(?:back|resulted))(?![A-Za-z])"
    r"|(?<![A-Za-z])awaiting\s+(?:the\s+|a\s+|repeat\s+|serial\s+)?"
    r"(?:hs-?)?(?:trop(?:onin)?s?|tn[ti])(?![A-Za-z])"
)
"""A troponin documented as not yet resulted ("trop pending", "awaiting troponin")."""


def troponin_pending(view: StageView) -> bool:
    """Whether the visible text documents a troponin whose result is not back.

    The AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation
    2021;144:e368) asks for the ECG and the (serial) troponin result before a patient
    with chest pain suggestive of ACS goes home. A record that shows the troponin
    pending is a decision taken before that result; a bare triage record (complaint
    and vitals) is a forecast of the disposition after the evaluation, which the
    disposition stage states with its condition ("only after excluding ...").
    """
    text = " ".join(t for t in (view.one_liner, view.ed_text) if t)
    return bool(text) and TROPONIN_PENDING.search(text) is not None


def danger_addressed(view: StageView, danger: Sequence[str]) -> bool:
    """Whether repeat vitals with numbers show every danger-zone vital back in range."""
    repeat = _with_last_rate(repeat_vitals(view.ed_text), view.ed_text)
    if repeat is None:
        return False
    still = set(
        danger_zone_vitals(repeat, view.demographics.age, view.demographics.age_days)
    )
    for name in danger:
        param = re.split(r"[<>]", name, maxsplit=1)[0]
        if getattr(repeat, param, None) is None or name in still:
            return False
    return True


def esi_floor(
    view: StageView, ctx: AgentContext, *, mandatory_only: bool = False
) -> tuple[int, str]:
    """Return the ESI decision-point floor (1..5) and its reason for ``view``.

    Args:
        view: The stage view.
        ctx: The agent context (knowledge base).
        mandatory_only: Only the handbook's mandatory criteria (A; B high-risk
            situation or new confusion), for a learned model fitted for that split.
    """
    complaint = ctx.knowledge.match_complaint(view.chief_complaint)
    facts = triage_facts(view, ctx.knowledge)
    esi = esi_triage(facts, complaint, pathway_high_risk(view))
    why = f"decision point {esi.decision_point}: {esi.rule.interpretation}"
    if mandatory_only:
        return esi.mandatory_floor, f"mandatory criteria only (learned model); {why}"
    return esi.floor, why


def learned_handbook_answer(
    result: StageResult | None, rules: Sequence[RuleResult]
) -> bool:
    """Whether ``result`` is a handbook-split learned acuity model's own level.

    True when an applicable learned acuity tool result fitted for the handbook's
    floor split is among ``rules`` and gave this very level.
    """
    if not isinstance(result, TriageResult):
        return False
    return any(
        r.name == ACUITY_TOOL
        and r.applicable
        and r.inputs.get("floor") == HANDBOOK_FLOOR
        and r.score == float(result.esi)
        for r in rules
    )


def danger_zone(view: StageView) -> tuple[str, ...]:
    """Return the triage danger-zone vital findings of ``view`` (may be empty)."""
    vitals, _ = plausible_vitals(view.vitals)
    return danger_zone_vitals(vitals, view.demographics.age, view.demographics.age_days)


def enforce(
    stage: StageName,
    result: StageResult | None,
    view: StageView,
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    hits: Sequence[NoteHit] = (),
    triage_esi: int | None = None,
    orders: Sequence[Order] = (),
    mandatory_only: bool = False,
    site_level: int | None = None,
) -> tuple[StageResult | None, tuple[FloorEvent, ...]]:
    """Return ``result`` raised to the floors, plus the events of floors that fired.

    ``triage_esi`` is the ESI the triage stage assigned, when known; Discharge is
    never allowed at ESI 1-2 (the assigned level or the decision-point floor), and
    Discharge or Observation becomes Admit after treatment ``orders`` that cannot
    continue at home (``order_safety.inpatient_need``: a magnesium or insulin
    infusion, emergency dialysis, blood for shock, an emergent consultation).

    A treatment plan passes the order-safety layer (``agents.order_safety``): required
    resuscitation/pathway orders, contraindication gate, pregnancy test, doses.
    ``mandatory_only`` holds a triage answer to the handbook's mandatory ESI criteria
    only (see :func:`learned_handbook_answer`).
    """
    if isinstance(result, TreatmentResult):
        return order_safety.check(result, view, ledger, hits)
    if isinstance(result, TriageResult):
        return _triage_floor(result, view, ctx, mandatory_only)
    if isinstance(result, DispositionResult) and stage == "disposition":
        done, events = _disposition_floors(
            result, view, ledger, ctx, triage_esi, orders, site_level
        )
        return _within_ceiling(done, events, view)
    return result, ()


def _within_ceiling(
    result: DispositionResult, events: tuple[FloorEvent, ...], view: StageView
) -> tuple[DispositionResult, tuple[FloorEvent, ...]]:
    """A disposition brought within a documented ceiling of care.

    ReSPECT 2017 / a treatment escalation plan ('ward-based care, not for ICU') and
    comfort care only (NICE NG31 2015) are respected: the bed is a ward bed. An
    advance care plan or the patient's own wish not to be admitted to hospital
    (``ceilings.no_admission``; cardio53) is respected too: an Admit or Observation
    becomes care at the usual place of residence with community and palliative
    support, after the floors (which weigh severity, not the patient's decision). An
    operation or a delivery is left to the clinicians and the patient.
    """
    texts = visible_texts(view)
    if result.disposition in ("Admit", "Observation") and ceilings.no_admission(texts):
        why = (
            "documented advance care plan or the patient's wish: no hospital "
            "admission; care at the usual place of residence with community and "
            "palliative support, the plan confirmed with the patient or family "
            f"({ceilings.NO_ADMISSION_SOURCE})"
        )
        home = result.model_copy(
            update={
                "disposition": "Discharge",
                "admit_level": None,
                "probabilities": None,
                "rationale": f"{why}; {result.rationale}",
            }
        )
        event = FloorEvent(
            floor="treatment_ceiling",
            before=result.disposition,
            after="Discharge",
            reason=why,
        )
        return home, (*events, event)
    if result.admit_level != "icu" or not ceilings.no_icu(texts):
        return result, events
    why = (
        f"documented ceiling of treatment: ward-based care ({ceilings.CEILING_SOURCE})"
    )
    changed = result.model_copy(
        update={"admit_level": "ward", "rationale": f"{why}; {result.rationale}"}
    )
    event = FloorEvent(
        floor="treatment_ceiling", before="icu", after="ward", reason=why
    )
    return changed, (*events, event)


def _disposition_floors(
    result: DispositionResult,
    view: StageView,
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    triage_esi: int | None,
    orders: Sequence[Order],
    site_level: int | None,
) -> tuple[DispositionResult, tuple[FloorEvent, ...]]:
    """The disposition raised to the floors (inpatient need, discharge, observation)."""
    if result.disposition in ("Discharge", "Observation") and (
        need := order_safety.inpatient_need(orders)
    ):
        # an infusion, dialysis, blood for shock or an emergent operation is
        # inpatient care, not an observation stay (CMS observation services)
        why = f"treatment ordered that cannot continue at home: {need}"
        changed = raised_to(result, "Admit", why)
        event = FloorEvent(
            floor="no_unsafe_discharge",
            before=result.disposition,
            after="Admit",
            reason=why,
        )
        return changed, (event,)
    floored, events = _discharge_floor(
        result, view, ledger, ctx, triage_esi, site_level
    )
    if floored.disposition == "Discharge" and (
        watch := order_safety.observation_need(
            orders, " ".join(t for t in (view.one_liner, view.ed_text) if t)
        )
    ):
        # hours of monitoring are an observation stay, not a discharge
        why = f"monitoring ordered that takes hours in the ED: {watch}"
        event = FloorEvent(
            floor="no_unsafe_discharge",
            before="Discharge",
            after="Observation",
            reason=why,
        )
        return raised_to(floored, "Observation", why), (event,)
    return floored, events


def apply(inp: StageInput, outcome: StageOutcome, ctx: AgentContext) -> StageOutcome:
    """Apply the floors to a backend's outcome and record the events."""
    ledger = outcome.ledger or inp.ledger
    triage = inp.previous.get("triage")
    esi = triage.esi if isinstance(triage, TriageResult) else None
    treatment = inp.previous.get("treatment")
    orders = treatment.orders if isinstance(treatment, TreatmentResult) else ()
    result, events = enforce(
        inp.stage,
        outcome.result,
        inp.view,
        ledger,
        ctx,
        inp.hits,
        esi,
        orders,
        mandatory_only=learned_handbook_answer(outcome.result, outcome.rules),
        site_level=triage.site_level if isinstance(triage, TriageResult) else None,
    )
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
    result: TriageResult, view: StageView, ctx: AgentContext, mandatory_only: bool
) -> tuple[TriageResult, tuple[FloorEvent, ...]]:
    if result.site_level is not None:
        return _site_scale_floor(result, result.site_level, view, ctx)
    floor, why = esi_floor(view, ctx, mandatory_only=mandatory_only)
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


def _site_scale_floor(
    result: TriageResult, site: int, view: StageView, ctx: AgentContext
) -> tuple[TriageResult, tuple[FloorEvent, ...]]:
    """Floors for a KTAS/CTAS answer: ESI's on ``esi``, life threat on the site level.

    The traced ESI level gets the ESI decision-point floor as in an ESI site; the
    site-scale level (which the acuity names) gets ESI's mandatory criteria (A: an
    immediate life-saving need -> 1; B: a high-risk situation or new confusion -> 2),
    which CTAS/KTAS grade at levels 1 and 2 too, and the site scale's own level-1 and
    level-2 modifiers (``agents.offline.rules.ctas``: respiratory distress,
    haemodynamic instability, impaired consciousness, ...). The rules' own site level
    already meets them; the floor binds a learned or LLM answer. ESI's considered
    criteria and its resource count do not bind a site that grades pain and vital
    signs by its own modifiers.
    """
    complaint = ctx.knowledge.match_complaint(view.chief_complaint)
    facts = triage_facts(view, ctx.knowledge)
    esi = esi_triage(facts, complaint, pathway_high_risk(view))
    why = f"decision point {esi.decision_point}: {esi.rule.interpretation}"
    esi_level = min(result.esi, esi.floor)
    site_level = min(
        site,
        site_mandatory_floor(
            esi,
            late_stroke_symptoms(facts, complaint),
            ideation_without_plan(facts),
            fever_graded_by_temperature(facts),
            site_graded_reasons(facts, complaint),
        ),
    )
    site_why = f"ESI life-threat and high-risk criteria bind any scale: {why}"
    threat = ctas_triage(facts, complaint, esi, result.scale)
    if threat.level < site_level and threat.level <= 2:
        site_level = threat.level
        site_why = (
            f"{result.scale} level-{threat.level} modifier binds any answer: "
            + (threat.rule.interpretation or "")
        )
    events: list[FloorEvent] = []
    if esi_level < result.esi:
        events.append(
            FloorEvent(
                floor="esi_decision_point",
                before=f"ESI {result.esi}",
                after=f"ESI {esi_level}",
                reason=f"ESI v4 decision point: {why}",
            )
        )
    if site_level < site:
        events.append(
            FloorEvent(
                floor="esi_decision_point",
                before=f"{result.scale} {site} ({result.acuity})",
                after=f"{result.scale} {site_level} ({ESI_TO_ACUITY[site_level]})",
                reason=site_why,
            )
        )
    if not events:
        return result, ()
    raised = result.model_copy(
        update={
            "esi": esi_level,
            "site_level": site_level,
            "acuity": ESI_TO_ACUITY[site_level],
            "probabilities": _clip_probabilities(result.probabilities, site_level),
        }
    )
    return raised, tuple(events)


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
    ctx: AgentContext,
    triage_esi: int | None,
    site_level: int | None = None,
) -> tuple[DispositionResult, tuple[FloorEvent, ...]]:
    if result.disposition != "Discharge":
        return result, ()
    target, reason = unsafe_discharge(view, ledger, ctx, triage_esi, site_level)
    if target is None:
        return result, ()
    changed = raised_to(result, target, reason)
    event = FloorEvent(
        floor="no_unsafe_discharge", before="Discharge", after=target, reason=reason
    )
    return changed, (event,)


OVERRULED: Final = "overruled forecast:"
"""Label of the backend's forecast in a floor-raised disposition's rationale."""


def raised_to(
    result: DispositionResult, target: Disposition, why: str
) -> DispositionResult:
    """``result`` raised by a floor to ``target``, with a rationale that says why.

    The backend's rationale argued for the disposition the floor overruled ("discharge:
    P(admission) 0.04 ..."); first, an Admit would read as a discharge. The floor's
    reason leads the rationale; the backend's forecast (the rules' or the learned
    model's) follows, labelled as the forecast the floor overruled.
    """
    return result.model_copy(
        update={
            "disposition": target,
            "admit_level": result.admit_level or "ward",
            "probabilities": None,
            "rationale": f"{target} (safety floor over the admission forecast): {why}"
            f"; {OVERRULED} {result.rationale}",
        }
    )


VITAL_FIELDS: Final[dict[str, str]] = {
    "hypotension": "systolic_bp",
    "bradycardia": "heart_rate",
    "hypoxaemia": "spo2",
    "hypothermia": "temperature_c",
}
"""Vital-sign findings and the measurement that shows them."""


def settled_vitals(view: StageView) -> frozenset[str]:
    """Triage vital-sign findings that documented repeat vitals show back in range.

    The same standard as the NEWS2 floor (``severity_addressed``): a re-measured
    value with numbers, not wording, settles a transient abnormality.
    """
    repeat = repeat_vitals(view.ed_text)
    if repeat is None:
        return frozenset()
    pop = view_population(view)
    still = {
        f.concept for f in vital_sign_findings(repeat, pop) if f.status == "present"
    }
    return frozenset(
        c
        for c, field in VITAL_FIELDS.items()
        if c not in still and getattr(repeat, field) is not None
    )


def _with_last_rate(repeat: Vitals | None, ed_text: str | None) -> Vitals | None:
    """The repeat vitals with the heart rate the ED course documents last, if none.

    ``disposition_paths.last_heart_rate`` reads the course's own wording ("heart rate
    now 88" after rate control, "two hours later HR 122"): RCP 2017 scores the
    current observations.
    """
    if repeat is not None and repeat.heart_rate is not None:
        return repeat
    hr = last_heart_rate(ed_text)
    if hr is None:
        return repeat
    return (repeat or Vitals()).model_copy(update={"heart_rate": hr})


def severity_addressed(
    view: StageView, facts: ClinicalFacts, vital_reasons: Sequence[str]
) -> bool:
    """Whether documented repeat vitals clear the triage vital-sign severity.

    Every triage danger-zone vital must be back in range (``danger_addressed``), every
    vital that scored NEWS2 points at triage must be re-measured, and the vitals with
    the repeat values must no longer reach the NEWS2 urgent-response threshold.
    """
    if not vital_reasons:
        return True
    repeat = _with_last_rate(repeat_vitals(view.ed_text), view.ed_text)
    if repeat is None or not danger_addressed(view, danger_zone(view)):
        return False
    triage, _ = plausible_vitals(view.vitals)
    merged = triage.model_copy(
        update={
            k: v for k, v in repeat.model_dump(exclude={"raw"}).items() if v is not None
        }
    )
    scored = news2_items(facts, triage)
    if any(
        points and name != "consciousness" and getattr(repeat, name) is None
        for name, points in scored.items()
    ):
        return False  # an abnormal triage vital was not re-measured
    return not objective_severity(facts, merged, ()).vital_reasons


def _admission_criteria_met(
    view: StageView,
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    facts: ClinicalFacts,
) -> tuple[Disposition, str] | None:
    """The most severe published admission criterion met, whoever chose Discharge."""
    ruled_in = {
        s.id
        for e in ledger
        if e.status == "ruled_in"
        and (s := differential.spec_for(ctx.knowledge, e.diagnosis)) is not None
    }
    complaint = ctx.knowledge.match_complaint(view.chief_complaint)
    text = " ".join(t for t in (view.one_liner, view.ed_text) if t)
    met = admission_criteria(facts, ruled_in, complaint.id if complaint else None, text)
    if not met:
        return None
    target: Disposition = (
        "Admit" if any(m.disposition == "Admit" for m in met) else "Observation"
    )
    return target, "admission criterion met: " + "; ".join(m.reason for m in met)


def _diagnosed_outpatient(
    entry: DifferentialEntry, ctx: AgentContext, facts: ClinicalFacts
) -> bool:
    """A must-not-miss diagnosis made, whose usual care is outpatient.

    Confirmed (``differential.confirmed``: ruled in by a validated rule, or a
    documented result with LR+ >= 10 such as a venous duplex showing thrombus) the
    diagnosis is made, not "not excluded"; when the knowledge base's usual disposition
    for it is Discharge (e.g. proximal DVT: home anticoagulation over hospital
    treatment, Stevens SM et al. CHEST 2021;160:e545; Ortel TL et al. ASH 2020 VTE
    treatment guideline) the published admission criteria, checked before, decide,
    not the must-not-miss floor.
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        spec is not None
        and differential.usual_disposition(spec, facts) == "Discharge"
        and differential.confirmed(entry, spec, facts)
    )


def _below_testing(
    entry: DifferentialEntry, view: StageView, ctx: AgentContext
) -> bool:
    """A must-not-miss the work-up does not test for: PE without a symptom or sign.

    The order gate withholds its testing (``order_safety.pe_suspected``: ESC 2019 PE
    section 4); a diagnosis not tested for is below its testing threshold (Pauker SG,
    Kassirer JP. NEJM 1980;302:1109) and keeps no patient in hospital.
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        spec is not None
        and spec.id == "pulmonary_embolism"
        and not order_safety.pe_suspected(view)
    )


OUTPATIENT_DVT_SOURCE: Final = "NICE NG158 2020, 1.1.3-1.1.7"


def outpatient_work_up(
    entry: DifferentialEntry, view: StageView, ctx: AgentContext
) -> bool:
    """A must-not-miss whose guideline work-up continues outside hospital: DVT.

    A suspected DVT without a symptom or sign of PE (``order_safety.pe_suspected``)
    is scanned within 4 h, or given interim therapeutic anticoagulation with the
    proximal leg vein ultrasound within 24 h (NICE NG158 2020 1.1.3-1.1.7; Wells
    unlikely with a negative D-dimer ends it, 1.1.8): the patient goes home on that
    plan, not into an observation bed for the scan. With PE suspected it holds.
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        spec is not None
        and spec.id == "dvt"
        and entry.status != "ruled_in"
        and not order_safety.pe_suspected(view)
    )


def _unknown_location_followed(
    entry: DifferentialEntry, ctx: AgentContext, facts: ClinicalFacts
) -> bool:
    """A stable pregnancy of unknown location: the ectopic is followed, not observed.

    NICE NG126 2023 1.4 (RCOG Green-top 21): a positive test with an empty uterus, no
    ectopic seen and no free fluid, in a woman without pain needing analgesia,
    peritonism or instability, is followed by two serum hCGs 48 h apart in the early
    pregnancy unit, with advice to return; the knowledge base's documented outpatient
    presentation (``DiagnosisSpec.outpatient_when``) marks it. peds55.
    """
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    return (
        spec is not None
        and spec.id == "ectopic_pregnancy"
        and entry.status != "ruled_in"
        and differential.usual_disposition(spec, facts) == "Discharge"
    )


def _home_path(
    entry: DifferentialEntry, view: StageView, ctx: AgentContext, facts: ClinicalFacts
) -> bool:
    """A must-not-miss diagnosis a validated home path covers, with its inputs.

    ``disposition_paths.outpatient_path``: a pulmonary embolism with sPESI 0, a normal
    right ventricle and no Hestia exclusion (ESC 2019), stable AF converted or rate
    controlled (ESC 2020), an upper GI bleed with a Glasgow-Blatchford score <= 1
    (ESGE 2021), febrile neutropenia with a MASCC >= 21 (ASCO/IDSA 2018): its care is
    at home, the admission criteria checked before decide.
    """
    if not view.ed_text:
        return False
    spec = differential.spec_for(ctx.knowledge, entry.diagnosis)
    path = None if spec is None else PATH_COVERS.get(spec.id, spec.id)
    if path not in HOME_PATH_IDS:
        return False
    text = " ".join(t for t in (view.one_liner, view.ed_text) if t)
    vitals, _ = plausible_vitals(view.vitals)
    return outpatient_path(path, facts, text, vitals) is not None


def _confirmed_inpatient(
    ledger: Sequence[DifferentialEntry], ctx: AgentContext, facts: ClinicalFacts
) -> list[DifferentialEntry]:
    """Must-not-miss diagnoses ruled in whose usual care is not outpatient.

    A confirmed must-not-miss diagnosis is no longer "not excluded", but a made
    STEMI, subarachnoid haemorrhage or ectopic pregnancy is not sent home either; only
    the knowledge base's outpatient ones (``_diagnosed_outpatient``: e.g. DVT on an
    anticoagulant, or a documented outpatient presentation of it,
    ``DiagnosisSpec.outpatient_when``) are left to the admission criteria.
    """
    out = []
    for e in ledger:
        spec = differential.spec_for(ctx.knowledge, e.diagnosis)
        if (
            e.must_not_miss
            and e.status == "ruled_in"
            and spec is not None
            and differential.usual_disposition(spec, facts) != "Discharge"
        ):
            out.append(e)
    return out


SYMPTOMATIC_ANEURYSM: Final = "known aortic_aneurysm"
"""The ESI high-risk history of a known aortic aneurysm in a complaint of pain (back,
abdomen, flank): a symptomatic aneurysm, rupture until imaging shows otherwise, for
urgent CT and vascular review (Wanhainen A et al. ESVS 2024 abdominal aorto-iliac
aneurysm guideline; Chaikof EL et al. SVS 2018: a symptomatic aneurysm is repaired
urgently): an admission forecast, not a Discharge, before an ED evaluation."""


_STROKE_SIGNS: Final = "signs of stroke"


def _unevaluated_time_critical(
    view: StageView, ctx: AgentContext, reasons: Sequence[str]
) -> list[str]:
    """Time-critical triage reasons that forbid a Discharge forecast, as triage reads.

    The patterns flagged ``not_home_unevaluated`` (stroke signs, a sudden severe
    headache, a symptomatic pregnancy, tearing pain, ...) are read on the triage text
    (``triage_view``: the complaint with the presenting part of the summary), as the
    triage stage reads them, not on the complaint field alone; a known aortic
    aneurysm in a complaint of pain (``SYMPTOMATIC_ANEURYSM``) joins them.
    """
    found = [
        r
        for r in reasons
        if r.startswith(NOT_HOME_UNEVALUATED) or r == SYMPTOMATIC_ANEURYSM
    ]
    read = triage_facts(view, ctx.knowledge)
    if facial_nerve_palsy_only(read):
        # the complaint field alone ("FACIAL DROOP") reads as a stroke sign; the
        # triage text shows the nerve's palsy (forehead or eye closure involved) and
        # nothing else: Bell's palsy is discharged on steroids (Baugh RF et al.
        # AAO-HNS 2013; Fahimi J et al. Ann Emerg Med 2014;63:428)
        found = [r for r in found if not r.startswith(_STROKE_SIGNS)]
    at_triage = time_critical(read)
    return found + [
        r for r in at_triage if r.startswith(NOT_HOME_UNEVALUATED) and r not in found
    ]


_ACS_TYPICAL: Final = (
    "diaphoresis",
    "radiation_arm_jaw",
    "chest_pressure",
    "exertional_pain",
)
"""Features raising the likelihood of ACS in chest pain (Swap CJ, Nagurney JT. JAMA
2005;294:2623: radiation to the arms, diaphoresis, exertion, pressure)."""
FEBRILE_YOUNG_INFANT_DAYS: Final = 60
"""AAP 2021 febrile infant guideline (Pantell RH et al. Pediatrics 2021;148:
e2021052228): every febrile infant of 8-60 days has a urinalysis, inflammatory
markers and a blood culture before any decision to go home."""


def _unevaluated_high_risk(
    view: StageView, facts: ClinicalFacts, reasons: Sequence[str]
) -> str | None:
    """Why a triage-only case may not be forecast home (lead38; triage38's review).

    A chest pain suggestive of ACS with a typical feature needs an ECG and troponin
    (AHA/ACC 2021 chest pain), a febrile infant of 60 days or under the AAP 2021
    work-up, a penetrating torso wound a surgeon's evaluation (ATLS 10th ed.), and a
    painful hip after a fall at 65 or over its films (NICE CG124 1.2.1; injury39),
    before any discharge: with no ED evaluation to judge, not home.
    """
    triage_texts = [t for t in (view.chief_complaint, view.one_liner) if t]
    if pathways_trauma.penetrating_torso(triage_texts):
        return (
            "a penetrating wound of the chest, abdomen, flank or back with no ED "
            "evaluation: a surgeon's evaluation (eFAST, CT or exploration) before any "
            "discharge (ATLS 10th ed.; Como JJ et al. EAST 2010)"
        )
    if ACS_CHEST_PAIN in reasons and any(facts.has(c) for c in _ACS_TYPICAL):
        return (
            "chest pain suggestive of ACS with a typical feature and no ED evaluation:"
            " ECG and troponin before any discharge (Gulati M et al. AHA/ACC 2021"
            " chest pain; Swap CJ, Nagurney JT. JAMA 2005)"
        )
    if why := pathways_medical.cspine_high_risk(triage_texts, facts.population):
        # trauma53: an injured neck with a high-risk factor is imaged before any
        # discharge (Stiell IG et al. JAMA 2001; NICE NG232 2023 1.5.5)
        return (
            f"an injured neck with a Canadian C-spine high-risk factor ({why}) and no "
            "ED evaluation: spinal immobilisation and CT cervical spine before any "
            "discharge (Stiell IG et al. JAMA 2001;286:1841; NICE NG232 2023 1.5.5)"
        )
    if pathways_msk.suspected_hip_fracture(triage_texts, facts.population):
        return (
            "hip or groin pain or no weight borne after a fall at 65 or over with no "
            "ED evaluation: hip and pelvis films before any discharge (NICE CG124 "
            "1.2.1)"
        )
    oldest = facts.population.age_days_max
    if (
        facts.has("fever")
        and oldest is not None
        and oldest <= FEBRILE_YOUNG_INFANT_DAYS
    ):
        return (
            "a febrile infant of 60 days or under with no ED evaluation: urinalysis, "
            "inflammatory markers and a blood culture before any discharge (Pantell "
            "RH et al. AAP 2021 febrile infant guideline)"
        )
    return None


_ACS_MNM_IDS: Final = frozenset({"stemi", "nstemi", "unstable_angina"})
"""The acute coronary syndromes a chest pain's ECG and troponins rule in or out."""


def _acs_work_up_unresulted(
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    esi: EsiAssessment,
    facts: ClinicalFacts,
) -> str | None:
    """Why a triage-only chest pain that cannot be low risk is not forecast home.

    With no ED evaluation, an acute coronary syndrome left open by the differential is
    a work-up ordered (the ECG within 10 minutes, the hs-troponin at 0 and 1-2 h) and
    not resulted (Gulati M et al. AHA/ACC 2021 chest pain 3.1 and 4.1; Byrne RA et al.
    ESC 2023 ACS 3.2) (cardio53). The forecast is of the visit's end: a chest pain
    whose history already scores EDACS 16 or more is not low risk whatever its ECG and
    troponins show, so it is not forecast home (Than M et al. Emerg Med Australas
    2014;26:34; AHA/ACC 2021 4.1.1, Table 6: a validated clinical decision pathway);
    below 16 the accelerated pathway can still discharge it, and the forecast carries
    that condition (``agents.offline.disposition``: only after the rule-out) (cardio54).
    A typical feature (pressure, radiation, sweating, exertion) holds it whatever the
    score (``_unevaluated_high_risk``); a complaint read as non-cardiac (pleuritic,
    reproducible, reflux) carries no ``ACS_CHEST_PAIN`` reason.
    """
    if ACS_CHEST_PAIN not in esi.high_risk_reasons:
        return None
    score = edacs(facts)
    if score is not None and score < EDACS_LOW_RISK_BELOW:
        return None
    open_acs = [
        e.diagnosis
        for e in L.unexcluded_must_not_miss(ledger)
        if (spec := differential.spec_for(ctx.knowledge, e.diagnosis)) is not None
        and spec.id in _ACS_MNM_IDS
    ]
    if not open_acs:
        return None
    shown = "unknown age" if score is None else f"EDACS {score}"
    return (
        f"{ACS_CHEST_PAIN} with no ED evaluation, {shown} (not low risk) and "
        f"{', '.join(open_acs[:2])} open: the ECG and the serial hs-troponins resulted "
        "before any discharge (Gulati M et al. AHA/ACC 2021 chest pain 3.1, 4.1.1; "
        "Than M et al. EDACS 2014; Byrne RA et al. ESC 2023 ACS 3.2)"
    )


OVERDOSE_REASON: Final = "overdose"
"""The ESI high-risk reason of an asserted overdose (the lexicon concept's name)."""


UNKNOWN_PRESENTATION_SOURCE: Final = (
    "NICE CG50 2007 1.1: physiological observations at the initial assessment; RCP "
    "NEWS2 2017; ESI v4 handbook ch.6, decision point D"
)


def presentation_unknown(facts: ClinicalFacts, complaint_known: bool) -> str | None:
    """Why a discharge cannot be judged: neither the problem nor the physiology known.

    A patient with no recognised complaint and no vital sign documented has given the
    reasoner nothing to judge a discharge on: observations and the presenting problem
    come first (NICE CG50 1.1: a full set of observations at the initial assessment;
    RCP NEWS2 2017; ESI v4 handbook ch.6: decision point D needs the vital signs). A
    forecast from results alone (one abnormal laboratory value, an age) is not a safe
    discharge. With vital signs but no complaint at all the forecast stands, with its
    condition (``agents.offline.disposition``: the problem established first).
    """
    if complaint_known or any(
        getattr(facts.vitals, n) is not None for n in _VITAL_SIGNS
    ):
        return None
    return (
        "no vital sign and no presenting problem the reasoner could read: obtain "
        f"observations and the presenting problem before any discharge "
        f"({UNKNOWN_PRESENTATION_SOURCE})"
    )


_VITAL_SIGNS: Final = (
    "heart_rate",
    "systolic_bp",
    "respiratory_rate",
    "spo2",
    "temperature_c",
)


def _shock_settled(view: StageView) -> bool:
    """Whether documented repeat vitals show a shock index normal for the age.

    Bleeding with an abnormal shock index is a class II-III haemorrhage until the
    re-measured heart rate and pressure say otherwise (ACS ATLS 10th ed. 2018 ch.3;
    Mutschler M et al. Crit Care 2013;17:R172: a shock index >= 1 predicts
    transfusion); the standard is the NEWS2 floor's: numbers, not wording.
    """
    repeat = repeat_vitals(view.ed_text)
    if repeat is None or repeat.heart_rate is None or repeat.systolic_bp is None:
        return False
    pop = view_population(view)
    return abnormal_shock_index(repeat.heart_rate, repeat.systolic_bp, pop) is None


def unsafe_discharge(
    view: StageView,
    ledger: Sequence[DifferentialEntry],
    ctx: AgentContext,
    triage_esi: int | None,
    site_level: int | None = None,
) -> tuple[Disposition | None, str]:
    """Where the patient must go instead of home, and why (None when discharge is safe).

    Args:
        view: The disposition view.
        ledger: The differential at disposition.
        ctx: Knowledge base and settings.
        triage_esi: The ESI the triage stage assigned, when known.
        site_level: The level on the site's own scale (KTAS, CTAS), when it has one:
            its level 1 forbids a Discharge as ESI 1 does.

    Returns:
        ``(target, reason)``; ``target`` is None when no objective severity blocks
        discharge.
    """
    complaint = ctx.knowledge.match_complaint(view.chief_complaint)
    facts = facts_with_notes(view, (), ctx.knowledge)
    esi = esi_triage(facts, complaint)
    vitals, _ = plausible_vitals(view.vitals)
    stated = baseline_statement(view.chief_complaint, view.one_liner, view.ed_text)
    severity = objective_severity(facts, vitals, esi.life_saving_reasons, stated)
    level_one = (
        esi.level == 1
        or triage_esi == 1
        or site_level == 1
        or bool(esi.life_saving_reasons)
    )
    settled = resolved_in_ed(view.ed_text, facts, vitals) if level_one else None
    other = [r for r in severity.reasons if r not in severity.vital_reasons]
    if settled:  # the level-1 reasons and the mentation they caused have resolved
        other = []
    elif site_level == 1:
        # the site's own scale: KTAS / CTAS level 1 is resuscitation, as ESI 1 is
        # (Beveridge R et al. CTAS 1998; Korean Society of Emergency Medicine KTAS)
        return "Admit", f"{view.triage_scale} 1: no Discharge"
    elif esi.level == 1 or triage_esi == 1:
        return "Admit", "ESI 1: no Discharge"
    elif esi.life_saving_reasons:
        return "Admit", "; ".join(other)
    if other:
        return "Observation", "; ".join(other)
    unknown = presentation_unknown(facts, complaint is not None)
    if unknown is not None:
        return "Observation", unknown
    if esi.unassessable_vitals and (triage_esi is None or triage_esi <= 3):
        # ESI v4 handbook ch.6: decision point D needs these vitals; a patient whose
        # level rests on vitals never documented is not sent home on a forecast.
        # D is reached only by a patient who would otherwise be level 3: one the
        # triage stage graded 4-5 on the whole presentation (the one-liner this view's
        # complaint lacks: a breath-holding spell told as over) never reaches it
        # (triage55: a well toddler was held for a blood pressure)
        return "Observation", (
            "vitals not documented: obtain before any discharge ("
            + ", ".join(esi.unassessable_vitals)
            + "; ESI decision point D)"
        )
    if not severity_addressed(view, facts, severity.vital_reasons):
        return "Admit", (
            "triage vitals at the NEWS2 urgent-response threshold without documented"
            " repeat vitals back in range: " + "; ".join(severity.vital_reasons)
        )
    met = _admission_criteria_met(view, ledger, ctx, facts)
    if met is not None:
        return met
    bleed = bleeding_with_compromise(facts, vitals, OVERT_BLEEDING_CONCEPTS)
    if bleed and not _shock_settled(view):
        return "Admit", (
            f"{bleed}: resuscitation, blood tests and cross-match, and the source"
            " controlled in hospital, not home on a forecast (no documented repeat"
            " vitals with a normal shock index)"
        )
    aorta = aortic_pain_with_compromise(facts, complaint, vitals)
    if aorta and not _shock_settled(view):
        # triage51: a possible leaking aneurysm is imaged before any discharge, and
        # the shock index re-measured (ESVS 2024; ATLS 10th ed.)
        return "Observation", (
            f"{aorta}: CT angiography or a bedside aortic ultrasound and repeat vitals"
            " with a normal shock index before any discharge"
        )
    if (marrow := marrow_failure_bleeding(facts)) and not view.ed_text:
        # triage51: ASH 2019 ITP (admission with platelets < 20 and bleeding), ELN
        # 2019 APL (treated in hospital on suspicion), NICE NG12 (immediate referral)
        return "Admit", (
            f"{marrow}: haematology assessment and platelet or coagulation support in"
            " hospital, not home on a triage forecast"
        )
    if over_bled := over_anticoagulated_bleed(facts, (view.one_liner, view.ed_text)):
        return "Observation", over_bled
    evaluated = bool(view.ed_text and ledger)
    unevaluated = (
        []
        if evaluated
        else _unevaluated_time_critical(view, ctx, esi.high_risk_reasons)
    )
    if unevaluated:
        # a symptomatic aneurysm is repaired urgently (ESVS 2024): admission
        target: Disposition = (
            "Admit" if SYMPTOMATIC_ANEURYSM in unevaluated else "Observation"
        )
        return target, (
            "time-critical presentation at triage with no ED evaluation the reasoner"
            " could judge: " + "; ".join(unevaluated)
        )
    if not evaluated and young_child_altered(triage_facts(view, ctx.knowledge)):
        # NICE CG84 / NG143: altered responsiveness in an under-5 is a red flag
        return "Observation", (
            "a young child's responsiveness changed at triage (lethargic, sleepier, "
            "not themselves) with no ED evaluation the reasoner could judge: not home "
            "on a forecast (NICE CG84 2009 red flags; NICE NG143 2019)"
        )
    if OVERDOSE_REASON in esi.high_risk_reasons and not (view.ed_text and ledger):
        # NICE NG225 (2022): everyone who has self-harmed has a psychosocial
        # assessment; an ingestion is risk-assessed (time, dose, timed levels) by
        # toxicology first (TOXBASE; Goldfrank's): not home on a triage forecast
        return "Observation", (
            "overdose at triage with no ED evaluation the reasoner could judge: "
            "toxicology risk assessment and a psychosocial assessment before any "
            "discharge (NICE NG225 2022)"
        )
    if not evaluated and (
        why := _unevaluated_high_risk(view, facts, esi.high_risk_reasons)
    ):
        return "Observation", why
    if not evaluated and (why := _acs_work_up_unresulted(ledger, ctx, esi, facts)):
        return "Observation", why
    if ACS_CHEST_PAIN in esi.high_risk_reasons and troponin_pending(view):
        return "Observation", (
            f"{ACS_CHEST_PAIN} with the troponin documented as pending: no discharge"
            " before its result (AHA/ACC 2021 chest pain)"
        )
    pop = view_population(view)
    if pathways_older.older_long_lie(view, pop):
        # lead41: an older adult after a long lie is not forecast home before the CK
        # and a mobility assessment, with or without an ED note
        return "Observation", (
            "an older adult after a long lie: CK, creatinine and potassium "
            "(rhabdomyolysis) and a mobility assessment before any discharge (Fleming "
            "J, Brayne C. BMJ 2008;337:a2227; Bosch X et al. NEJM 2009;361:62; "
            f"{pathways_older.UNSAFE_MOBILITY_SOURCE})"
        )
    if view.ed_text and pathways_older.cannot_mobilise(view, pop):
        return "Observation", (
            "an older adult who cannot mobilise safely now: physiotherapy and "
            "occupational therapy before any discharge, whatever the diagnosis "
            f"({pathways_older.UNSAFE_MOBILITY_SOURCE})"
        )
    if why := pathways_trauma.head_injury_gcs_below_15(visible_texts(view)):
        return "Observation", why  # trauma53: NICE NG232 1.9
    if why := pathways_trauma.older_chest_wall_unimaged(view, view_population(view)):
        return "Observation", why  # trauma53: EAST 2016; STUMBL
    open_mnm = [
        e
        for e in L.unexcluded_must_not_miss(ledger)
        if not _diagnosed_outpatient(e, ctx, facts)
        and not _below_testing(e, view, ctx)
        and not outpatient_work_up(e, view, ctx)
        and not _home_path(e, view, ctx, facts)
        and not _unknown_location_followed(e, ctx, facts)
    ]
    if open_mnm and view.ed_text:
        names = ", ".join(e.diagnosis for e in open_mnm[:3])
        return "Observation", f"must-not-miss not excluded: {names}"
    made = (
        [
            e
            for e in _confirmed_inpatient(ledger, ctx, facts)
            if not _home_path(e, view, ctx, facts)
        ]
        if view.ed_text
        else []
    )
    if made:
        names = ", ".join(e.diagnosis for e in made[:3])
        return (
            "Admit",
            f"must-not-miss diagnosis confirmed, usual care in hospital: {names}",
        )
    odd = unexplained_abnormal(ctx.knowledge, ledger, facts, settled_vitals(view))
    if odd.picture and view.ed_text:
        return "Observation", UNEXPLAINED_WHY + odd.describe()
    if settled:
        return "Observation", (
            f"level-1 presentation resolved with ED treatment ({settled}): observation"
            " for recurrence, no Discharge"
        )
    return None, ""
