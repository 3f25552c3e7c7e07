"""Disposition agent: the MDM updates the ledger; then where the patient goes.

The choice follows the evidence and what the patient needs, not the usual disposition
of one diagnosis:

0. Validated discharge rules (``agents.offline.rules.discharge_rules``: HEART <= 3,
   Canadian Syncope Risk Score <= 0) lower the must-not-miss diagnoses they cover.
1. Probabilities: the chance of admission predicted at triage (the Glasgow Admission
   Prediction Score for adults, ``agents.offline.rules.admission``: age, NEWS2, triage
   category (the reasoner's ESI level, also at a KTAS/CTAS site), arrival by
   ambulance; the ESI admission rates otherwise) averaged with the
   ledger's probability-weighted usual dispositions, shifted by documented risk
   (prior-note risk; older age and danger-zone vitals when GAPS, which counts them,
   does not apply). The choice is an expected-cost decision on that probability
   (``admission.admission_decision``: a missed admission costs 2 unneeded ones, so
   admit from P >= 1/3), stated in the trace as a rule result; while admission is
   not yet more likely than not (1/3 <= P < 1/2) the need is uncertain and the choice
   is observation care. Before any ED evaluation is documented the disposition is a
   forecast, the likelier outcome (``admission.FORECAST_COST``: P >= 1/2), and a
   published admission rate of the presenting problem, where one exists
   (``admission.PRESENTING_PROBLEM_RATES``: dyspnoea; generalised weakness and fever
   from 65; ``admission.REFERRED_RATE``: an adult referred or transferred by a
   physician), stands in for the ledger.
2. Published admission criteria by diagnosis and severity
   (``agents.offline.rules.admission_criteria``: CURB-65, HEART, Glasgow-Blatchford,
   DKA, lactate >= 4 or qSOFA >= 2 in suspected infection, sPESI in confirmed PE,
   CSRS, cauda equina, hypoxaemic pneumonia, pyelonephritis, cellulitis, hip
   fracture, TIA with ABCD2 >= 3, asthma by PEF), each within its validated
   population, escalate to observation or admission. Where the only criteria met
   name observation as the setting in place of admission (intermediate-risk syncope,
   ACC/AHA/HRS 2017), an admission chosen from P alone becomes observation; any
   further criterion or need escalates.
3. Escalation by need (``agents.offline.rules.needs``): ventilation, vasopressors,
   thrombolysis, hypertonic saline, insulin infusion, massive transfusion, ROSC -> ICU
   (hypertonic saline for moderately severe hyponatraemia symptoms, a single 150 mL
   infusion, -> ward: ``needs.hyponatraemia_level``, ESE 2014);
   an emergency operation -> OR Admit; a febrile neonate (AAP 2021) -> admission;
   ESI 1 (or level-1 criteria documented since triage) -> ICU, unless the ED text
   documents that the presentation resolved with treatment and no organ support is
   needed (``admission.resolved_in_ed``: corrected hypoglycaemia, anaphylaxis that
   responded to IM epinephrine): then monitored observation for recurrence (SCCM
   2016: ICU by need). Objective severity at triage (altered mentation, NEWS2 at the
   urgent threshold) -> at least observation, unless it resolved in the ED. An ESI 2
   label alone does not escalate. The rationale names what the patient needs first
   (ventilation, vasopressors, IV antibiotics, monitoring), then the probability.
4. Dispositions are ordered by severity (Discharge < Observation < Admit, Transfer,
   Send to L&D < OR Admit), so an escalation never downgrades "OR Admit".

The safety floors (``agents.floors``) then apply. Research software, not for clinical
use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

from agents import ledger as L
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.floors import (
    OUTPATIENT_DVT_SOURCE,
    outpatient_work_up,
    severity_addressed,
)
from agents.offline import differential
from agents.offline.diagnosis import stated_diagnoses
from agents.offline.disposition_paths import (
    HOME_PATH_IDS,
    PRESENTATION_PATH_IDS,
    inpatient_needs,
    local_envenoming_ward,
    meningitis_ward,
    mild_hypothermia_ward,
    organ_injury_ward,
    outpatient_path,
    persisting_tachycardia,
)
from agents.offline.knowledge import KnowledgeBase
from agents.offline.knowledge.models import DiagnosisSpec
from agents.offline.pending_results import (
    pending_imaging_condition,
    pending_laboratory_condition,
)
from agents.offline.rules import (
    ClinicalFacts,
    baseline_statement,
    danger_zone_vitals,
    life_saving_reasons,
    plausible_vitals,
)
from agents.offline.rules.admission import (
    FORECAST_COST,
    HOME_RULES,
    MISSED_ADMISSION_COST,
    Severity,
    admission_decision,
    decision_band,
    dextrose_reversible,
    gaps,
    gaps_probability,
    objective_severity,
    opioid_reversible,
    presenting_problem_admission,
    resolved_in_ed,
)
from agents.offline.rules.admission_criteria import HOME_O2, admission_criteria
from agents.offline.rules.ctas import haemoptysis_without_dyspnoea, scant_haemoptysis
from agents.offline.rules.discharge_rules import LowRisk, low_risk_rules
from agents.offline.rules.low_flow_oxygen import (
    low_flow_oxygen_suffices,
    oxygen_first,
)
from agents.offline.rules.needs import (
    care_needs,
    hyponatraemia_level,
    planned_needs,
)
from agents.pathways_child import brue_not_lower_risk
from agents.schemas import (
    DifferentialEntry,
    DispositionResult,
    Evidence,
    Order,
    TreatmentResult,
    TriageResult,
)
from cases.labels import Disposition
from cases.models import Vitals
from cases.population import view_population
from cases.views import StageView
from retrieval.schemas import NoteHit

LOW_EF: Final[float] = 35.0
"""Ejection fraction (%) at or below which discharge needs a second look."""
SEVERITY: Final[dict[Disposition, int]] = {
    "Discharge": 0,
    "Observation": 1,
    "Admit": 2,
    "Send to L&D": 2,
    "Transfer to Another Facility": 2,
    "OR Admit": 3,
}
"""Severity order of the dispositions the reasoner chooses (others are not chosen)."""
ESI_ADMISSION: Final[dict[int, float]] = {1: 0.9, 2: 0.6, 3: 0.35, 4: 0.06, 5: 0.02}
"""Approximate admission rate by ESI level (Eitel DR et al. Acad Emerg Med
2003;10:1070; Tanabe P et al. Acad Emerg Med 2004;11:59; ESI v4 handbook ch.9)."""
OLDER_ADULT: Final[int] = 75
"""Age from which admission is markedly more likely at the same acuity (Aminzadeh F,
Dalziel WB. Ann Emerg Med 2002;39:238)."""
NEONATE_DAYS: Final[int] = 28
"""AAP 2021 febrile infant guideline: 8-21 days admit; 22-28 days usually admitted."""
_DAYS_OLD: Final = re.compile(r"(?i)\b(\d{1,2})[- ]day[- ]old\b")
_ADMIT_LIKE: Final[tuple[Disposition, ...]] = (
    "Observation",
    "Admit",
    "Send to L&D",
    "OR Admit",
)


def _escalate(current: Disposition, target: Disposition) -> Disposition:
    """Return the more severe of two dispositions (``SEVERITY`` order)."""
    if SEVERITY.get(target, 0) > SEVERITY.get(current, 0):
        return target
    return current


def disposition_probabilities(
    ledger: Sequence[DifferentialEntry],
    kb: KnowledgeBase,
    esi: int | None,
    shift: float = 0.0,
    triage_admission: float | None = None,
    presenting_rate: float | None = None,
    facts: ClinicalFacts | None = None,
    stated: frozenset[str] = frozenset(),
) -> dict[Disposition, float]:
    """Probabilities of Discharge / Observation / Admit / OR Admit from the evidence.

    The chance of admission is the mean of the triage prediction (``triage_admission``,
    else the ESI admission rate) and the ledger's probability-weighted usual
    dispositions (either alone when the other is missing), plus ``shift`` for
    documented risk; a published presenting-problem rate, when given, stands in for
    the ledger's share. The admitted mass is split by the ledger's usual dispositions
    (by acuity when there is no ledger).

    An established diagnosis (ruled in, or named in the physician's stated
    impression after the ED evaluation) is present, not one possibility among
    others: it weighs 1 in the ledger's mix, whatever its pre-test probability, so
    its guideline care counts in full (parenteral hydrocortisone in hospital for an
    adrenal crisis: Bornstein SR et al. Endocrine Society 2016; home after a
    converted SVT: Brugada J et al. ESC 2019).

    Args:
        ledger: The differential with probabilities.
        kb: The knowledge base (usual disposition per diagnosis).
        esi: The triage ESI level, if any.
        shift: Added to the admission probability (risk factors), may be negative.
        triage_admission: A validated admission prediction at triage (GAPS), if any.
        presenting_rate: A published admission rate of the presenting problem
            (``admission.PRESENTING_PROBLEM_RATES``), used instead of the ledger.
        facts: The patient's facts: a diagnosis documented in its outpatient
            presentation (``DiagnosisSpec.outpatient_when``) counts as Discharge.
        stated: The spec ids the physician's stated impression names.

    Returns:
        A distribution over ``("Discharge", "Observation", "Admit", "OR Admit")``.
    """
    mix: dict[Disposition, float] = dict.fromkeys(("Discharge", *_ADMIT_LIKE), 0.0)
    for entry in ledger:
        spec = differential.spec_for(kb, entry.diagnosis)
        if spec is None or entry.status == "ruled_out" or not entry.probability:
            continue
        usual = differential.usual_disposition(spec, facts)
        label = usual if usual in mix else "Admit"
        present = entry.status == "ruled_in" or spec.id in stated
        mix[label] += 1.0 if present else entry.probability
    total = sum(mix.values())
    parts: list[float] = []
    if triage_admission is not None:
        parts.append(triage_admission)
    elif esi is not None:
        parts.append(ESI_ADMISSION[esi])
    if presenting_rate is not None:
        parts.append(presenting_rate)
    elif total > 0:
        parts.append(sum(mix[d] for d in _ADMIT_LIKE) / total)
    admit = min(0.98, max(0.02, (sum(parts) / len(parts) if parts else 0.5) + shift))
    probs: dict[Disposition, float] = {"Discharge": 1.0 - admit}
    probs.update({d: admit * w for d, w in admitted_split(mix).items()})
    return {d: round(p, 4) for d, p in probs.items()}


def admitted_split(mix: dict[Disposition, float]) -> dict[Disposition, float]:
    """Where an admitted patient goes, by the ledger's whole mix of usual dispositions.

    Each in-hospital label gets its share of the whole ledger; the share of the
    diagnoses usually sent home, or the whole mass without a ledger, is a general
    admission (their admission would be for severity, not their usual place). So a
    0.5 % haemorrhagic-shock entry on a nosebleed's ledger gives theatre 0.5 % of the
    admitted mass, not the share it has among the few in-hospital entries.
    """
    total = sum(mix.values())
    split: dict[Disposition, float] = {
        d: (mix[d] / total if total > 0 else 0.0) for d in _ADMIT_LIKE
    }
    split["Admit"] += 1.0 - sum(split.values())
    return split


def _with_choice(
    probs: dict[Disposition, float], choice: Disposition
) -> dict[Disposition, float]:
    """The probabilities once an escalation imposed ``choice``.

    The need or criterion behind the escalation rules out every less severe
    disposition: their mass is the chance that ``choice`` is enough, so it moves to
    ``choice``; the more severe labels keep theirs.
    """
    lesser = [d for d in probs if SEVERITY.get(d, 0) < SEVERITY.get(choice, 0)]
    moved = sum(probs[d] for d in lesser)
    out = {d: (0.0 if d in lesser else p) for d, p in probs.items()}
    out[choice] = out.get(choice, 0.0) + moved
    return {d: round(p, 4) for d, p in out.items()}


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


def apply_low_risk(
    ledger: Sequence[DifferentialEntry], kb: KnowledgeBase, low: Sequence[LowRisk]
) -> tuple[DifferentialEntry, ...]:
    """Lower the must-not-miss diagnoses a low-risk discharge rule covers.

    Each covered entry's probability is updated by the rule's likelihood ratio (odds
    form); below ``agents.ledger.TEST_THRESHOLD`` an entry that was ``cannot_exclude``
    becomes ``considered`` with the rule as evidence against it.
    """
    if not low:
        return tuple(ledger)
    out: list[DifferentialEntry] = []
    for entry in ledger:
        spec = differential.spec_for(kb, entry.diagnosis)
        rules = [r for r in low if spec is not None and spec.id in r.lowers]
        if not rules or entry.probability is None or entry.status == "ruled_in":
            out.append(entry)
            continue
        p = entry.probability
        for r in rules:
            odds = p / max(1e-9, 1.0 - p) * r.likelihood_ratio
            p = odds / (1.0 + odds)
        status = entry.status
        if status == "cannot_exclude" and p < L.TEST_THRESHOLD:
            status = "considered"
        against = tuple(
            Evidence(
                kind="rule",
                text=f"{r.rule.name} {r.rule.interpretation}",
                rule=r.rule.name,
            )
            for r in rules
        )
        out.append(
            entry.model_copy(
                update={
                    "probability": round(p, 4),
                    "status": status,
                    "evidence_against": (*entry.evidence_against, *against),
                    "changed_by": "disposition",
                }
            )
        )
    return tuple(out)


def apply_confirmed(
    ledger: Sequence[DifferentialEntry], kb: KnowledgeBase, facts: ClinicalFacts
) -> tuple[DifferentialEntry, ...]:
    """Mark an outpatient must-not-miss diagnosis a documented result confirms as made.

    ``differential.confirmed``: a current finding or result with LR+ >= 10 (e.g. a
    venous duplex showing thrombus, LR+ ~15: Goodacre S et al. BMC Med Imaging
    2005;5:6) establishes the diagnosis; it is no longer "not excluded" and needs no
    test to exclude it. The confirming findings become its evidence. Only diagnoses
    whose usual care is outpatient (the knowledge base's Discharge: DVT on an
    anticoagulant, CHEST 2021) change here, the ones the no-unsafe-discharge floor
    already releases; a confirmed inpatient diagnosis (SAH after xanthochromia) stays
    open on the summary until the differential itself rules it in.
    """
    out: list[DifferentialEntry] = []
    for entry in ledger:
        spec = differential.spec_for(kb, entry.diagnosis)
        if (
            spec is None
            or spec.disposition != "Discharge"
            or not entry.must_not_miss
            or entry.status != "cannot_exclude"
            or not differential.confirmed(entry, spec, facts)
        ):
            out.append(entry)
            continue
        found = [
            c
            for c, v in spec.findings_for.items()
            if differential.w_for(v) >= differential.RULE_IN_LR and facts.has(c)
        ]
        why = Evidence(
            kind="finding",
            text="confirmed by a documented result (LR+ >= 10): "
            + ", ".join(c.replace("_", " ") for c in found),
        )
        out.append(
            entry.model_copy(
                update={
                    "status": "ruled_in",
                    "evidence_for": (*entry.evidence_for, why),
                    "changed_by": "disposition",
                }
            )
        )
    return tuple(out)


def _risk_shift(
    facts: ClinicalFacts, view: StageView, risks: Sequence[str], gaps_used: bool
) -> tuple[float, list[str]]:
    """Admission-probability shift from documented risk, with the reasons.

    Age and triage vitals are already in GAPS, so they shift only without it.
    """
    shift, why = 0.0, []
    if not gaps_used and facts.age is not None and facts.age >= OLDER_ADULT:
        shift += 0.1
        why.append(f"age >= {OLDER_ADULT}")
    dz = danger_zone_vitals(
        plausible_vitals(view.vitals)[0], facts.age, facts.population.age_days_max
    )
    if dz and not gaps_used:
        shift += 0.15
        why.append("danger-zone vitals at triage: " + ", ".join(dz))
    if risks:
        shift += 0.15
        why.append("prior-note risk: " + ", ".join(risks))
    return shift, why


def _febrile_neonate(view: StageView) -> bool:
    """A neonate (<= 28 days) with a temperature >= 38.0 C (AAP 2021)."""
    days = view_population(view).age_days
    if days is None and view.demographics.age == 0:
        text = " ".join(t for t in (view.one_liner, view.ed_text) if t)
        m = _DAYS_OLD.search(text)
        days = int(m.group(1)) if m else None
    neonate = days is not None and days <= NEONATE_DAYS
    t = view.vitals.temperature_c
    return neonate and t is not None and t >= 38.0


_IV: Final = re.compile(r"(?i)\b(?:iv|intravenous(?:ly)?)\b")
_ANTIMICROBIAL: Final = re.compile(
    r"(?i)\b(?:antibiotics?|antimicrobials?|ce(?:f|ph)\w+|ceftriaxone|piperacillin"
    r"|tazobactam|vancomycin|meropenem|ertapenem|imipenem|ampicillin|gentamicin"
    r"|amikacin|azithromycin|levofloxacin|ciprofloxacin|metronidazole|clindamycin"
    r"|nafcillin|oxacillin|cefazolin|aciclovir|acyclovir|doxycycline)\b"
)
_INFUSION: Final = re.compile(r"(?i)\b(?:infusion|drip|gtt)\b")
_MONITORING: Final = re.compile(
    r"(?i)\b(?:serial|repeat(?:ed)?|\d ?h(?:our)?) (?:hs-?)?(?:troponins?|ecgs?"
    r"|neuro(?:logical)? checks?|glucose checks?|lactate)\b|\btelemetry\b"
    r"|\bcardiac monitoring\b"
)


_CONDITIONAL_ORDER: Final = re.compile(r"(?i)\s*(?:only )?if\b[^:;]{0,120}:")
"""An order held for a result not yet known ("if CT shows intracranial haemorrhage:
reverse the anticoagulant ... by slow infusion", "only if breathing becomes depressed
...: naloxone"): no need of this visit until the condition is met (infect48: a
chronic subdural on warfarin was admitted as "needs an IV infusion" before its CT)."""
_SERIAL: Final = re.compile(r"(?i)\bserial (?:hs-?)?troponins?\b")
"""A serial troponin order: the rule-out that decides an ACS discharge."""

_PLAN_KINDS: Final = frozenset({"medication", "procedure", "consult"})
"""Order kinds whose names can imply a level of care (``needs.planned_needs``)."""


def plan_needs(orders: Sequence[Order]) -> list[str]:
    """What the ED plan itself says the patient needs in hospital.

    Parenteral antimicrobials, a continuous infusion and serial testing or monitoring
    are hospital-level care (the reason to be admitted or observed, SCCM 2016 for the
    level; CMS ch. 6 section 20.6 for observation), named in the rationale in place of
    the usual disposition of the diagnosis.
    """
    found: dict[str, str] = {}
    for o in orders:
        if _CONDITIONAL_ORDER.match(o.name):
            continue
        if o.kind == "medication" and _IV.search(o.name):
            if _ANTIMICROBIAL.search(o.name):
                found.setdefault("IV antibiotics", o.name)
            elif _INFUSION.search(o.name):
                found.setdefault("an IV infusion", o.name)
        elif o.kind == "diagnostic" and _MONITORING.search(o.name):
            found.setdefault("serial testing and monitoring", o.name)
    return [f"needs {need} ({name})" for need, name in found.items()]


def _baseline_stated(view: StageView) -> bool:
    """Whether the visit's text states the mental state is the patient's baseline."""
    return baseline_statement(view.chief_complaint, view.one_liner, view.ed_text)


def _pending_work_up(
    view: StageView, ledger: Sequence[DifferentialEntry], plan: object
) -> list[str]:
    """The condition a forecast discharge carries when no ED evaluation is visible.

    Without an ED course (a triage-only record) the choice is a forecast from triage
    data: the open must-not-miss diagnoses must still be excluded in the ED before the
    patient goes home (the safety floor applies once the evaluation is documented).
    A serial test the plan orders (serial troponins) is named as what must complete
    first: the ESC 2023 0/1 h hs-troponin algorithm and the HEART pathway discharge
    only after the rule-out (Byrne RA et al. Eur Heart J 2023;44:3720; Mahler SA et
    al. Circ Cardiovasc Qual Outcomes 2015;8:195).
    """
    open_mnm = L.unexcluded_must_not_miss(ledger)
    if view.ed_text or not open_mnm:
        return []
    names = ", ".join(e.diagnosis for e in open_mnm[:3])
    serial = (
        [
            o.name
            for o in plan.orders
            if o.kind == "diagnostic" and _SERIAL.search(o.name)
        ]
        if isinstance(plan, TreatmentResult)
        else []
    )
    pending = f" and once the {serial[0]} complete the rule-out" if serial else ""
    return [
        "no ED evaluation documented: discharge is a forecast, only after excluding "
        + names
        + pending
    ]


def _outpatient_scan(
    view: StageView, ledger: Sequence[DifferentialEntry], ctx: AgentContext
) -> list[str]:
    """The plan a discharge carries while a suspected DVT is still open.

    NICE NG158 2020: the proximal leg vein ultrasound within 4 h of the request, else
    interim therapeutic anticoagulation (unless contraindicated) and the scan within
    24 h; Wells unlikely with a negative D-dimer needs no scan
    (``agents.floors.outpatient_work_up``).
    """
    if not any(
        outpatient_work_up(e, view, ctx) for e in L.unexcluded_must_not_miss(ledger)
    ):
        return []
    return [
        "suspected DVT not yet excluded: proximal leg vein ultrasound within 4 h, else"
        " interim therapeutic anticoagulation (unless contraindicated) and the scan"
        f" within 24 h; return at once with breathlessness or chest pain"
        f" ({OUTPATIENT_DVT_SOURCE})"
    ]


def _problem_to_establish(view: StageView) -> list[str]:
    """The condition a forecast discharge carries when no problem is documented.

    With no complaint, summary or note the forecast rests on vital signs and age
    alone: the presenting problem is assessed before anyone goes home (NICE CG50 2007
    1.1: the initial assessment; ESI v4 handbook ch.2: the level starts from the
    complaint). Text only, like the other conditions of a triage-only forecast
    (``_vitals_to_recheck``): the forecast itself stands.
    """
    if any(
        t and t.strip() for t in (view.chief_complaint, view.one_liner, view.ed_text)
    ):
        return []
    return [
        "no presenting problem documented (no complaint, summary or note): discharge"
        " only once it is established and assessed (NICE CG50 2007 1.1)"
    ]


def _vitals_to_recheck(view: StageView) -> list[str]:
    """The condition a forecast discharge carries after danger-zone triage vitals.

    With no ED course the discharge is a forecast from triage data; a heart rate,
    respiratory rate or saturation in the ESI danger zone at triage must be re-measured
    back in range, and explained, before the patient goes home: tachycardia is the
    commonest abnormal vital sign at ED discharge and predicts return with admission
    (Long B et al. J Emerg Med 2024;67:e487; Gabayan GZ et al. Acad Emerg Med
    2017;24:846: HR > 101 at discharge doubles the odds of admission within 7 days).
    """
    if view.ed_text:
        return []
    vitals, _ = plausible_vitals(view.vitals)
    danger = danger_zone_vitals(
        vitals, view.demographics.age, view.demographics.age_days
    )
    if not danger:
        return []
    return [
        "triage vitals in the danger zone ("
        + ", ".join(danger)
        + "): discharge only once repeat vital signs are back in range and the"
        " abnormality explained (abnormal vitals at ED discharge predict return and"
        " admission: Long B et al. J Emerg Med 2024;67:e487)"
    ]


def established_care(
    ledger: Sequence[DifferentialEntry],
    kb: KnowledgeBase,
    facts: ClinicalFacts,
    stated: frozenset[str],
) -> tuple[Disposition, DiagnosisSpec] | None:
    """The hospital care an established diagnosis needs, or None.

    A diagnosis ruled in, or named in the physician's impression after the ED
    evaluation, is no longer a possibility to be averaged with the triage
    prediction: its guideline care decides (an adrenal crisis needs parenteral
    hydrocortisone and fluids in hospital: Bornstein SR et al. Endocrine Society
    2016; phlegmasia cerulea dolens urgent thrombus removal: Kakkos SK et al. ESVS
    2021). The most severe usual disposition of the established diagnoses
    (``differential.usual_disposition``: an outpatient presentation documented, e.g.
    a well child's ITP, counts as Discharge) is returned when it is in hospital; a
    usual theatre admission counts as an admission here, the operating room is
    chosen by a documented or planned operation (``needs``), as everywhere else.
    Of two admissions the one whose usual care is intensive is returned: a digoxin
    poisoning established beside an unspecified self-poisoning keeps its monitored
    bed (AHA 2023 toxicology: Fab and monitoring for hyperkalaemia or AV block).
    """
    best: tuple[Disposition, DiagnosisSpec] | None = None
    for entry in ledger:
        spec = differential.spec_for(kb, entry.diagnosis)
        if spec is None or entry.status == "ruled_out":
            continue
        if entry.status != "ruled_in" and spec.id not in stated:
            continue
        usual = differential.usual_disposition(spec, facts)
        if usual not in _ADMIT_LIKE:
            continue
        usual = "Admit" if usual == "OR Admit" else usual
        if (
            best is None
            or SEVERITY[usual] > SEVERITY[best[0]]
            or (
                SEVERITY[usual] == SEVERITY[best[0]]
                and spec.admit_level == "icu"
                and best[1].admit_level != "icu"
            )
        ):
            best = (usual, spec)
    return best


WARD_BY_NEED_P: Final = 0.5
"""The working diagnosis' probability above which its own admission level decides."""


def _ward_by_need(
    level_one: Sequence[str],
    working: DifferentialEntry | None,
    spec: DiagnosisSpec | None,
    organ_support: bool,
    severity: Severity,
) -> str | None:
    """Why an ESI 1 label alone is admitted to the working diagnosis' ward, or None.

    ICU admission is by need (Nates JL et al. SCCM ICU admission guideline. Crit
    Care Med 2016;44:1553): an infant triaged ESI 1 for lethargy whose work-up
    finds an intussusception needs paediatric surgery and an enema reduction on a
    surgical bed (Kelley-Quon LI et al. APSA 2021), not an ICU. Only when the ESI 1
    is the triage label alone (no level-1 criterion documented since), nothing
    needs organ support, the vital signs are out of the danger zone, and the working
    diagnosis (p >= 0.5 or ruled in) is one the knowledge base admits to a ward.
    """
    if (
        list(level_one) != ["ESI 1"]
        or organ_support
        or severity.vital_reasons
        or working is None
        or spec is None
        or spec.admit_level != "ward"
        or spec.disposition not in ("Admit", "OR Admit")
        or working.status == "ruled_out"
        or (
            working.status != "ruled_in"
            and (working.probability or 0.0) < WARD_BY_NEED_P
        )
    ):
        return None
    return (
        f"ESI 1 at triage, no organ support needed now: ward admission for"
        f" {working.diagnosis} (ICU by need, SCCM 2016)"
    )


ICU_AGAINST_LOG_LR: Final = -1.0
"""A documented finding or result weighing at least this much against the diagnosis
(a log-LR; LR <= ~0.37) takes its usual ICU bed away while it is unconfirmed."""


def _icu_lowered(
    working: DifferentialEntry | None,
    spec: DiagnosisSpec | None,
    facts: ClinicalFacts,
) -> str | None:
    """Why an unconfirmed diagnosis' usual ICU bed is not taken, or None.

    A diagnosis' ICU level is the care of the disease once shown (Hoh BL et al.
    AHA/ASA 2023 aSAH: confirmed aneurysmal SAH in a neurocritical care unit). Before
    it is shown, and with a documented result already against it (a normal CT more
    than 6 h after a thunderclap headache, Perry JJ et al. BMJ 2011), the work-up
    goes on in a monitored bed (LP or CT angiography next; ACEP 2019 acute headache)
    and the ICU is by need (Nates JL et al. SCCM 2016), which the needs and criteria
    below still decide.
    """
    if working is None or spec is None or working.status == "ruled_in":
        return None
    if differential.confirmed(working, spec, facts):
        return None
    void = differential.against_voided(spec, facts)
    against = [
        c
        for c, w in spec.findings_against.items()
        if w <= ICU_AGAINST_LOG_LR and ":" not in c and facts.has(c) and c not in void
    ]
    if not against:
        return None
    return (
        f"{working.diagnosis} not shown and argued against by {', '.join(against)}:"
        " monitored bed while the confirming test is done, ICU by need"
        " (AHA/ASA 2023 aSAH; SCCM 2016)"
    )


def _validated_home(
    working_id: str | None,
    working_established: bool,
    established: set[str] | frozenset[str],
    care: tuple[Disposition, DiagnosisSpec] | None,
    seen: tuple[ClinicalFacts, str, Vitals],
) -> tuple[str, str] | None:
    """A validated home path of an established diagnosis: (its id, the reason).

    The working diagnosis first (established, or one whose path is defined by the
    presentation itself: ``disposition_paths.PRESENTATION_PATH_IDS``), then any
    established diagnosis with a path (``disposition_paths.HOME_PATH_IDS``), each
    only while no other established diagnosis needs hospital care
    (``established_care``).
    """
    candidates = (
        [working_id]
        if working_id in HOME_PATH_IDS
        and (working_established or working_id in PRESENTATION_PATH_IDS)
        else []
    )
    candidates += sorted(i for i in established & HOME_PATH_IDS if i != working_id)
    facts, text, vitals = seen
    for sid in candidates:
        if care is not None and care[1].id != sid:
            continue
        reason = outpatient_path(sid, facts, text, vitals)
        if reason is not None:
            return sid, reason
    return None


def _spec_level(
    spec: DiagnosisSpec, facts: ClinicalFacts, vitals: Vitals, why: list[str]
) -> Literal["ward", "icu"] | None:
    """The diagnosis' admission level, lowered where its ICU is by need.

    Meningitis takes intensive care for a reduced GCS, shock, seizures, respiratory
    failure or a purpuric rash (McGill F et al. 2016; ESCMID 2016), hypothermia for a
    core below 32 °C, impaired consciousness, an arrhythmia or instability (WMS 2019);
    the reason for a ward bed is added to ``why``.
    """
    if spec.admit_level != "icu":
        return spec.admit_level
    for by_need in (
        meningitis_ward,
        mild_hypothermia_ward,
        organ_injury_ward,
        local_envenoming_ward,
    ):
        if ward := by_need(spec.id, facts, vitals):
            if ward not in why:
                why.append(ward)
            return "ward"
    return spec.admit_level


def reason_disposition(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Update the ledger from the MDM and choose a disposition."""
    # the physician's stated impression weighs here as at the final diagnosis
    # (``diagnosis.stated_diagnoses``): the disposition decides on the same evidence
    stated = stated_diagnoses(inp.view.ed_text, ctx.knowledge)
    stated_ids = frozenset(s.id for s in stated)
    stated_names = frozenset(s.name for s in stated)
    ledger, rules, cites, facts = differential.restage(
        ctx.knowledge,
        inp.view,
        inp.hits,
        inp.ledger,
        "disposition",
        mention=True,
        impression=stated[0] if stated else None,
    )
    complaint = ctx.knowledge.match_complaint(inp.view.chief_complaint)
    low = low_risk_rules(
        facts,
        complaint.id if complaint else None,
        (inp.view.one_liner, inp.view.ed_text),
    )
    for found in low:
        rules[found.rule.name] = found.rule
    ledger = apply_low_risk(ledger, ctx.knowledge, low)
    if inp.view.ed_text:
        ledger = apply_confirmed(ledger, ctx.knowledge, facts)
    working = L.working(ledger)
    spec = differential.spec_for(ctx.knowledge, working.diagnosis) if working else None
    triage = inp.previous.get("triage")
    esi = triage.esi if isinstance(triage, TriageResult) else None
    if spec is None and esi is None:
        return StageOutcome(
            status="abstained", error="no working diagnosis and no triage acuity"
        )
    risks = prior_risk(facts, inp.hits)
    vitals = plausible_vitals(inp.view.vitals)[0]
    # ESI at any site: the site level in its place lost admissions (dispo14, ktas34;
    # ``admission`` module docstring)
    predicted = gaps(facts, vitals, esi, inp.view.arrival.mode)
    rules[predicted.name] = predicted
    p_triage = (
        gaps_probability(predicted.score or 0.0) if predicted.applicable else None
    )
    shift, why = _risk_shift(facts, inp.view, risks, p_triage is not None)
    cid = complaint.id if complaint else None
    if haemoptysis_without_dyspnoea(facts, complaint) and scant_haemoptysis(facts):
        # blood-streaked sputum, no breathlessness: outside the dyspnoea cohort
        # (AANZDEM: dyspnoea as a main symptom); haemoptysis of unknown volume keeps it
        cid = None
    cohort = (
        None
        if inp.view.ed_text
        else presenting_problem_admission(cid, facts.age, inp.view.arrival.mode)
    )
    if cohort is not None:
        rules[cohort.name] = cohort
    probs = disposition_probabilities(
        ledger,
        ctx.knowledge,
        esi,
        shift,
        p_triage,
        cohort.score if cohort is not None else None,
        facts,
        stated_ids,
    )
    cost = MISSED_ADMISSION_COST if inp.view.ed_text else FORECAST_COST
    decision = admission_decision(1.0 - probs["Discharge"], cost)
    rules[decision.name] = decision
    choice: Disposition = "Discharge"
    verdict = decision_band(decision.score or 0.0, cost)
    if verdict == "admit":
        choice = max(_ADMIT_LIKE, key=lambda d: (probs.get(d, 0.0), SEVERITY[d]))
    elif verdict == "observe":
        choice = "Observation"
    home_rule = HOME_RULES.get(spec.id) if spec is not None else None
    home = (
        home_rule(facts)
        if home_rule is not None
        and working is not None
        and (working.status == "ruled_in" or working.diagnosis in stated_names)
        else None
    )
    ruled_in = {
        s.id
        for e in ledger
        if e.status == "ruled_in"
        and (s := differential.spec_for(ctx.knowledge, e.diagnosis)) is not None
    }
    text = " ".join(t for t in (inp.view.one_liner, inp.view.ed_text) if t)
    care = established_care(ledger, ctx.knowledge, facts, stated_ids)
    path = (
        None
        if home is not None
        else _validated_home(
            spec.id if spec is not None and working is not None else None,
            working is not None
            and (working.status == "ruled_in" or working.diagnosis in stated_names),
            ruled_in | stated_ids,
            care,
            (facts, text, vitals),
        )
    )
    if path is not None:
        home = path[1]
    if home is not None and choice != "Discharge":
        choice = "Discharge"  # ACEP 2014: the forecast's uncertainty is no reason
    decided = choice
    source = f"GAPS {predicted.score:g}" if p_triage is not None else f"ESI {esi}"
    problem = "the presenting problem's published rate" if cohort else "the ledger"
    overruled = (
        " (the band, overruled by the validated rule first)"
        if home is not None and verdict != "discharge"
        else ""
    )
    why.insert(
        0, f"{decision.interpretation}; P from {source} and {problem}{overruled}"
    )
    if home is not None:
        why.insert(0, home)
    level: Literal["ward", "icu"] | None = (
        _spec_level(spec, facts, vitals, why)
        if spec and choice != "Discharge"
        else None
    )
    lowered = _icu_lowered(working, spec, facts) if level == "icu" else None
    if lowered is not None:
        level = "ward"
        why.append(lowered)
    criteria = admission_criteria(facts, ruled_in, cid, text)
    if choice == "Admit" and criteria and all(m.instead_of_admission for m in criteria):
        choice = "Observation"  # the guideline's setting in place of admission
    needed: list[str] = []  # what the patient needs, named first in the rationale
    for met in criteria:
        rules.setdefault(met.rule.name, met.rule)
        choice = _escalate(choice, met.disposition)
        level = "icu" if met.level == "icu" else level
        needed.append(met.reason)
    if care is not None and home is None:
        choice = _escalate(choice, care[0])
        # neuro39: an established diagnosis' intensive care is not lowered by a ward
        # level of a suspected leader beside it (botulism: ICU for serial vital
        # capacity, Rao AK et al. CDC 2021; GBS, myasthenic crisis: EAN/PNS 2023)
        care_level = _spec_level(care[1], facts, vitals, why)
        level = "icu" if care_level == "icu" else (level or care_level or "ward")
        # injury39: the documented variant's name (a 30 % burn), not the default
        variant = differential.coded(care[1], facts)
        name = variant.name if variant is not None else care[1].name
        needed.append(
            f"{name} established: its care is in hospital ({care[0]};"
            f" {care[1].source.split('. ')[0]})"
        )
    needs = care_needs(
        inp.view.one_liner,
        inp.view.ed_text,
        newborn_other=(facts.age is not None and facts.age >= 1),
    )
    plan = inp.previous.get("treatment")
    if isinstance(plan, TreatmentResult):  # what the ED plan orders needs a level too
        have = {n.name for n in needs}
        needs += tuple(
            n
            for n in planned_needs(
                [o.name for o in plan.orders if o.kind in _PLAN_KINDS],
                [o.name for o in plan.orders if o.kind == "monitoring"],
            )
            if n.name not in have
        )
    needs = hyponatraemia_level(needs, facts)
    # cardio49: the diagnosis the ED plan works (a suspected dissection under a back
    # pain leader) needs its bed as the ledger's leader would
    planned = (
        differential.spec_for(ctx.knowledge, plan.working_diagnosis)
        if isinstance(plan, TreatmentResult) and plan.working_diagnosis
        else None
    )
    for need_now in inpatient_needs(
        spec.id if spec else None,
        facts,
        text,
        planned=planned.id if planned is not None else None,
    ):
        choice = _escalate(choice, need_now.disposition)
        level = "icu" if need_now.level == "icu" else (level or "ward")
        needed.append(need_now.reason)
    for need in needs:
        target: Disposition = "OR Admit" if need.level == "or" else "Admit"
        choice = _escalate(choice, target)
        level = "icu" if need.level == "icu" else level
        needed.insert(0, f"needs {need.name} -> {need.level.upper()} ({need.source})")
    organ_support = any(n.level == "icu" for n in needs) or any(
        m.level == "icu" for m in criteria
    )
    needs_now = life_saving_reasons(facts)  # life-saving needs seen since triage
    severity = objective_severity(facts, vitals, needs_now, _baseline_stated(inp.view))
    level_one = list(needs_now) or (["ESI 1"] if esi == 1 else [])
    settled = resolved_in_ed(inp.view.ed_text, facts, vitals) if level_one else None
    reversible = (
        opioid_reversible(text, facts, level_one)
        or dextrose_reversible(text, level_one)
        if level_one and not settled
        else None
    )
    if reversible and not organ_support:
        # Naloxone or dextrose reverses the level-1 need itself: observation for
        # recurrence.
        choice = _escalate(choice, "Observation")
        level = "ward" if level == "icu" else level
        needed.append(reversible)
        level_one = []
    if settled and not organ_support:
        # A level-1 presentation that resolved with ED treatment needs monitoring for
        # recurrence, not by itself an ICU (SCCM 2016; ADA 2024; WAO 2020).
        choice = _escalate(choice, "Observation")
        level = "ward" if level == "icu" else level
        needed.append(
            f"level-1 presentation resolved with ED treatment ({settled}):"
            f" monitoring for recurrence, not ICU ({'; '.join(level_one)})"
        )
    elif (
        level_one
        and not organ_support
        and (low_flow := low_flow_oxygen_suffices(inp.view.ed_text, facts, level_one))
    ):
        choice, level = _escalate(choice, "Admit"), "ward"
        needed.append(low_flow)
    elif (
        level_one
        and not organ_support
        and (
            o2_first := oxygen_first(
                inp.view.ed_text,
                facts,
                level_one,
                spec.id if spec else None,
                inp.view.vitals.spo2,
            )
        )
    ):
        choice, level = _escalate(choice, "Admit"), "ward"
        needed.append(o2_first)
    elif level_one and (
        by_need := _ward_by_need(level_one, working, spec, organ_support, severity)
    ):
        choice, level = _escalate(choice, "Admit"), "ward"
        needed.append(by_need)
    elif level_one:
        # ESI 1 at triage or level-1 criteria seen since (e.g. GCS 6 documented by
        # the physician) need the ICU.
        choice, level = _escalate(choice, "Admit"), "icu"
        needed.append("needs ICU-level care: " + "; ".join(level_one))
    # Triage vital signs alone, re-measured in range in the ED (hyperventilation
    # coached, RR 26 -> 14): no longer an urgent-response NEWS2 (RCP 2017 scores
    # the current observations); the same standard as the NEWS2 floor.
    calmed = (
        bool(severity.reasons)
        and severity.reasons == severity.vital_reasons
        and severity_addressed(inp.view, facts, severity.vital_reasons)
    )
    if severity.reasons and not settled and not calmed:
        choice = _escalate(choice, "Observation")
        why.append("objective severity: " + "; ".join(severity.reasons))
    elif calmed:
        why.append(
            "triage "
            + "; ".join(severity.vital_reasons)
            + ": repeat vital signs in range in the ED"
        )
    if _febrile_neonate(inp.view):
        choice = _escalate(choice, "Admit")
        needed.append(
            "febrile neonate <= 28 days: admission for LP, cultures and parenteral"
            " antibiotics (AAP 2021)"
        )
    if brue_not_lower_risk(inp.view, view_population(inp.view)):
        choice = _escalate(choice, "Admit")
        needed.append(
            "a brief resolved unexplained event that is not lower risk: admission "
            "with cardiorespiratory monitoring (AAP 2016 BRUE)"
        )
    if risks:
        choice = _escalate(choice, "Observation")
    if choice in ("Admit", "Observation", "OR Admit") and level is None:
        level = "ward"
    tachycardia = (
        persisting_tachycardia(facts, inp.view.ed_text)
        if choice == "Discharge" and not (path and path[0] == "atrial_fibrillation")
        else None
    )
    if tachycardia is not None:
        choice, level = "Observation", "ward"
        needed.append(tachycardia)
    if choice == "Discharge":
        level = None
        why += _pending_work_up(inp.view, ledger, inp.previous.get("treatment"))
        why += _vitals_to_recheck(inp.view)
        why += _outpatient_scan(inp.view, ledger, ctx)
        why += _problem_to_establish(inp.view)
        seen = [t for t in (inp.view.one_liner, inp.view.ed_text) if t]
        if isinstance(plan, TreatmentResult):
            why += pending_imaging_condition(plan.orders, seen)
        why += pending_laboratory_condition(
            plan.orders if isinstance(plan, TreatmentResult) else (), seen
        )
    treatment = inp.previous.get("treatment")
    if choice != "Discharge" and isinstance(treatment, TreatmentResult):
        named = " ".join(needed).lower()
        needed += [
            n
            for n in plan_needs(treatment.orders)
            if n.split(" (")[0].removeprefix("needs ").lower() not in named
        ]
    if level == "icu" and not needed and spec is not None:
        needed.append(f"ICU-level monitoring, the usual care of {spec.name}")
    if choice != decided:  # the forecast's verdict must not read as the decision
        why[0] = f"forecast alone: {why[0]}"
        why.append(f"{choice}, not the forecast's {decided}, for the reasons first")
    result = DispositionResult(
        disposition=choice,
        probabilities=probs if choice == decided else _with_choice(probs, choice),
        admit_level=level,
        rationale="; ".join([*needed, *why]),
    )
    return differential.ok_outcome(result, cites, rules, ledger)
