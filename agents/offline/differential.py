"""Differential scoring shared by the stage agents (private to ``agents``).

Scoring is a transparent likelihood-ratio update: each diagnosis starts from its
knowledge-base prior (relative weight within the complaint), every documented finding
adds its log-likelihood-ratio weight from the knowledge base (``findings_for`` > 0,
``findings_against`` < 0; a finding known only from history counts half, a denied
supporting finding weighs by its LR-, declared or derived from its LR+:
``denied_weight``), and the weights are normalised over the list plus a fixed
"other" mass.
Decision-rule criteria rule diagnoses in or out, always with the rule as evidence.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from agents import ledger as L
from agents.contracts import StageOutcome
from agents.offline.intent_code import (
    INTENT_UNDETERMINED,
    SELF_HARM_INTENT,
    undetermined_variant,
)
from agents.offline.knowledge import (
    ABSENT_PREFIX,
    KNOWN_PREFIX,
    CodeVariant,
    ComplaintSpec,
    DiagnosisSpec,
    Documented,
    KnowledgeBase,
    RuleCriterion,
)
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.imaging_results import STUDY_OF
from agents.offline.rules.registry import criterion_met, run_in_scope
from agents.offline.stage_facts import citations_for, facts_with_notes
from agents.pathway_dx import (
    TRIAGE_PATTERN,
    PathwayVerdict,
    pathway_strength,
    pathway_verdicts,
    triage_verdict_carried,
)
from agents.population import (
    excluded_reason,
    late_pregnancy_factor,
    unknown_age_infancy_factor,
)
from agents.schemas import (
    DifferentialEntry,
    DxStatus,
    Evidence,
    RuleResult,
    StageName,
    StageResult,
    TraceFlag,
)
from cases.memo import RecentByIdentity
from cases.views import StageView
from retrieval.schemas import Citation, NoteHit

OTHER_MASS: Final[float] = 0.15
"""Share of probability kept for diagnoses not on the list."""
STRONG_AGAINST: Final[float] = -2.0
"""An against-finding with log-LR at or below this (LR <= ~0.14) excludes a
low-probability entry."""
DX_MENTION: Final[tuple[float, float]] = (1.4, -2.3)
"""Log-LRs of a diagnosis named as present / negated in the visible ED note (MDM)."""
GENERIC_MAX: Final[int] = 8
ENTRY_SUPPORT: Final[float] = 2.0
"""Summed log-LR of current findings (a diagnosis named as present counts this much
alone) at which a diagnosis off the complaint's list enters the differential (LR ~7)."""
IMPRESSION_LR: Final[float] = 2.0
"""Log-LR of the physician's stated impression: weighed as evidence, never copied."""
MAX_ADDED: Final[int] = 4
OFF_LIST_PRIOR: Final[float] = 0.1
"""Prior factor of a diagnosis outside the complaint's differential: the complaint's
worst-first list is the complaint-conditioned differential, so a diagnosis that enters
from the findings starts far less likely than the listed ones."""

Cites = Mapping[str, tuple[Citation, str]]


def ok_outcome(
    result: StageResult,
    cites: Cites,
    rules: Mapping[str, RuleResult],
    ledger: Sequence[DifferentialEntry],
    flags: tuple[TraceFlag, ...] = (),
) -> StageOutcome:
    """Package a stage's answer with the citations, rules and ledger behind it."""
    return StageOutcome(
        status="ok",
        result=result,
        citations=tuple(c for c, _ in cites.values()),
        rules=tuple(rules.values()),
        ledger=tuple(ledger),
        flags=flags,
    )


_INDEX: dict[str, dict[str, DiagnosisSpec]] = {}


def spec_for(kb: KnowledgeBase, name: str) -> DiagnosisSpec | None:
    """Return the KB diagnosis whose id, name or synonym equals ``name``.

    A code variant's name (the working label of a documented variant,
    ``treatment.working_label``) finds its diagnosis too, after every entry's own
    names (a variant named like another entry names that entry).
    """
    index = _INDEX.get(kb.version)
    if index is None:
        index = {}
        for spec in kb.diagnoses.values():
            for alias in (spec.id.replace("_", " "), spec.name, *spec.synonyms):
                index.setdefault(L.key(alias), spec)
        for spec in kb.diagnoses.values():
            for variant in spec.code_variants:
                index.setdefault(L.key(variant.name), spec)
            codes = [(spec.icd10, spec.name)]
            codes += [(v.icd10, v.name) for v in spec.code_variants]
            for code, label in codes:
                derived = undetermined_variant(code, label)
                if derived is not None:
                    index.setdefault(L.key(derived.name), spec)
        _INDEX[kb.version] = index
    return index.get(L.key(name.replace("_", " ")))


def documented(entry: Documented, facts: ClinicalFacts) -> bool:
    """Whether the text documents what a code variant (or outpatient entry) needs.

    An entry with a population applies only to a patient known to be inside it (an
    unknown age never selects a child's code).
    """
    if not any(facts.known(c) for c in entry.when_any):
        return False
    if not all(facts.known(c) for c in entry.all_of):
        return False
    if any(facts.known(c) for c in entry.none_of):
        return False
    lim = entry.population
    if lim is None:
        return True
    return facts.population.age_within(lim.min_age_days, lim.max_age_days) is True


def coded(
    spec: DiagnosisSpec, facts: ClinicalFacts, ruled_in: bool = False
) -> CodeVariant | None:
    """The first code variant the text documents (None: the diagnosis' own code).

    ICD-10-CM FY2024 Official Guidelines I.C.19: code the documented injury (three
    broken ribs on the right are S22.41XA, not the one-rib default). A variant named
    only until the diagnosis is ruled in (``CodeVariant.until_ruled_in``) is skipped
    when ``ruled_in``: a label claims a rupture only with its evidence (ESVS 2024).
    A poisoning whose intent the record says cannot be determined is coded
    undetermined (``intent_code``; I.C.19.e.5.b).
    """
    variant = next(
        (
            v
            for v in spec.code_variants
            if not (ruled_in and v.until_ruled_in) and documented(v, facts)
        ),
        None,
    )
    if not facts.known(INTENT_UNDETERMINED) or facts.has(SELF_HARM_INTENT):
        return variant  # a stated intent is coded as stated (ICD-10-CM I.C.19.e.5.b)
    icd10, name = (variant.icd10, variant.name) if variant else (spec.icd10, spec.name)
    return undetermined_variant(icd10, name) or variant


def usual_disposition(spec: DiagnosisSpec, facts: ClinicalFacts | None) -> str:
    """The diagnosis' usual disposition, Discharge in a documented outpatient case.

    A usual theatre or home diagnosis is an admission in a documented presentation
    (``DiagnosisSpec.admitted_when``: haemorrhagic shock from a GI bleed, NICE CG141;
    diverticulitis with an abscess, ASCRS 2020).
    """
    if facts is None:
        return spec.disposition
    if any(documented(o, facts) for o in spec.outpatient_when):
        return "Discharge"
    if spec.disposition != "Admit" and any(
        documented(o, facts) for o in spec.admitted_when
    ):
        return "Admit"
    return spec.disposition


def w_for(value: float) -> float:
    """Return the log-LR of a supporting finding (always >= 0)."""
    return abs(value)


def beside_nothing(spec: DiagnosisSpec, facts: ClinicalFacts) -> frozenset[str]:
    """Findings of ``spec`` that weigh nothing here: their companions are undocumented.

    A likelihood ratio holds in the population it was measured in: ADD-RS counts a
    focal neurological deficit toward aortic dissection only 'in conjunction with
    pain' (Rogers AM et al. Circulation 2011;123:2213), and Klompas's LR+ 6.6-33 is
    that of a deficit with chest pain (Klompas M. JAMA 2002;287:2262); the painless
    deficit of a comatose patient is a stroke's finding, not a dissection's
    (``DiagnosisSpec.findings_beside``).
    """
    if not spec.findings_beside:
        return frozenset()
    return frozenset(
        c
        for c, companions in spec.findings_beside.items()
        if not any(facts.has(x) for x in companions)
    )


def against_voided(spec: DiagnosisSpec, facts: ClinicalFacts) -> frozenset[str]:
    """Findings against ``spec`` that weigh nothing here: a voiding one is present.

    An intrauterine pregnancy seen on a scan argues an ectopic away after a
    spontaneous conception (heterotopic ~1 in 30,000), not after assisted
    reproduction (~1 in 100; NICE NG126 2023):
    ``DiagnosisSpec.findings_against_unless``.
    """
    if not spec.findings_against_unless:
        return frozenset()
    return frozenset(
        c
        for c, voiders in spec.findings_against_unless.items()
        if any(facts.has(x) for x in voiders)
    )


def w_against(value: float) -> float:
    """Return the log-LR of an opposing finding (always <= 0)."""
    return -abs(value)


def in_population(
    specs: Sequence[DiagnosisSpec], facts: ClinicalFacts | None
) -> list[DiagnosisSpec]:
    """Keep the diagnoses whose population limits admit the patient.

    Testicular torsion is never proposed for a woman, eclampsia never for an infant or a
    man; unknown age, sex or pregnancy status never excludes.
    """
    if facts is None:
        return list(specs)
    pop = facts.population
    return [s for s in specs if excluded_reason(s.population, pop) is None]


def risk_factor(spec: DiagnosisSpec, facts: ClinicalFacts) -> float:
    """The prior's multiplier for this patient's age and sex (``AgeSexRisk``).

    A ruptured AAA in a 64-year-old man is several times likelier than in the
    mixed adult population the knowledge-base prior describes; alcohol use disorder
    in an 82-year-old woman far less (NESARC-III); DKA in a 9-month-old far less than
    in a schoolchild (ISPAD 2022: an infant band, read on the age in days). 1.0
    without a declared gradient. A late-pregnancy diagnosis in a woman whose
    pregnancy is not documented also follows her age's chance of being pregnant
    (``late_pregnancy_factor``: ACOG PB 222; CDC NVSS 2022 birth rates); a
    diagnosis of infancy in a patient of unknown age follows the few infants among
    ED visits (``unknown_age_infancy_factor``).
    """
    documented = any(facts.has(c) for c in PREGNANCY_STATES)
    late = late_pregnancy_factor(spec.population, facts.population, documented)
    late *= unknown_age_infancy_factor(spec.population, facts.population)
    if spec.risk is None:
        return late
    return late * spec.risk.factor(facts.age, facts.sex, facts.population.age_days_max)


PREGNANCY_STATES: Final[tuple[str, ...]] = (
    "pregnancy",
    "second_half_pregnancy",
    "postpartum",
)
"""Concepts documenting a pregnancy or the puerperium (``late_pregnancy_factor``)."""


def entry_support(spec: DiagnosisSpec, facts: ClinicalFacts) -> float:
    """Summed log-LR of the diagnosis' currently documented supporting findings."""
    off = beside_nothing(spec, facts)
    support = sum(
        w_for(v) for c, v in spec.findings_for.items() if facts.has(c) and c not in off
    )
    return support + (ENTRY_SUPPORT if facts.has(spec.id) else 0.0)


NONSPECIFIC: Final[frozenset[str]] = frozenset(
    {
        "fever",
        "chills",
        "vomiting",
        "nausea",
        "anorexia",
        "diaphoresis",
        "tachycardia",
        "tachypnea",
        "hypotension",
        "altered_mental_status",
        "confusion",
        "dyspnea",
        "cough",
        "headache",
        "weakness",
        "fatigue",
        "malaise",
        "dizziness",
    }
)
"""Constitutional and systemic findings shared by most acute illnesses (the SIRS and
'sick patient' picture): they raise the probability of many diagnoses at once and
establish none (Kassirer JP, Wong JB, Kopelman RI. Learning Clinical Reasoning, 2nd
ed. 2010, ch. 3: a hypothesis is verified by findings that discriminate)."""
RISK_FACTORS: Final[frozenset[str]] = frozenset(
    {
        "hypertension",
        "hyperlipidemia",
        "diabetes",
        "type_1_diabetes",
        "type_2_diabetes",
        "smoking",
        "obesity",
        "family_history_cad",
        "alcohol_use",
        "drug_use",
        "hormone_use",
        "immobilization",
        "recent_surgery",
        "active_cancer",
        "immunocompromised",
        "anticoagulation",
        "antiplatelet",
        "cad",
        "prior_mi",
        "stent",
        "cabg",
        "prior_stroke",
        "prior_pe_dvt",
        "psychiatric_history",
        "insulin_use",
        "prior_abdominal_surgery",
        "ckd",
        "dialysis_dependent",
        "liver_disease",
        "pad",
        # mnm15: background conditions of the new must-not-miss diagnoses
        "aortic_graft",
        "biliary_stent",
        "injection_drug_use",
        "prosthetic_valve",
        "prior_endocarditis",
        "family_history_sudden_death",
        "recent_eye_procedure",
        "contact_lens",
        "pituitary_tumour",
        "myasthenia_gravis",
        "tss_source",
        "neck_manipulation",
        "malnutrition",
        # kb16: euglycaemic DKA (ADA 2024), torsades (AHA 2010), myxoedema (ATA 2014)
        "sglt2_inhibitor",
        "qt_prolonging_drug",
        "hypothyroid_history",
        # dx31: the diseases anterior uveitis comes with (SUN 2005)
        "uveitis_associated_disease",
        # trauma42: a mechanism whose force reaches a pregnant uterus (ACOG CO 775):
        # read in anyone, it is no manifestation needing an explanation
        "force_to_uterus",
        # infect48: a drug taken is a risk (methotrexate's immunosuppression), no
        # manifestation needing an
        # explanation: a septic knee on methotrexate abstained as "outside the
        # knowledge base"
        "methotrexate_use",
    }
)
"""Risk factors and background conditions: they raise the pre-test probability of a
diagnosis but are no evidence that it is present now (Sox HC et al. Medical Decision
Making, 2nd ed. 2013, ch. 3), so they never count towards its rule-in."""
MIN_SUPPORT: Final[float] = math.log(5.0)
"""Summed log-LR of discriminating current findings and results a disease diagnosis
needs to be asserted: an LR of 5 is a 'moderate' change in probability (McGee S.
J Gen Intern Med 2002;17:647)."""


SYSTEMIC_MIN: Final[float] = 1.0
"""Log-LR (LR ~2.7) at which the knowledge base makes a non-specific finding part of
a diagnosis' own picture (hypotension and fever in sepsis): it then counts."""


@functools.lru_cache(maxsize=4)
def past_symptoms(kb: KnowledgeBase) -> frozenset[str]:
    """Concepts that are presenting symptoms or signs, not conditions.

    A past diagnosis raises the prior of its recurrence (a history of PE, a kidney
    stone, migraine) and a known condition is part of a diagnosis' picture (the COPD
    of a COPD exacerbation), but a past symptom ("had chest pain last year", "fever
    last week, resolved") is no finding of the present picture: ConText's HISTORICAL
    mention is not a current one (Chapman WW, Chu D, Dowling JN. ConText, BioNLP 2007;
    Harkema H et al. J Biomed Inform 2009;42:839; medspaCy). The symptoms are the
    knowledge base's symptom-level concepts and complaints (ICD-10-CM chapter R,
    ``KnowledgeBase.symptom_codes``), less those it keeps as conditions
    (``history_concepts``: a seizure disorder) or diagnoses.
    """
    symptoms = set(kb.symptom_codes) | set(kb.complaints)
    return frozenset(symptoms - kb.history_concepts - set(kb.diagnoses))


def _history_weight(c: str, lr: float, past: frozenset[str]) -> float:
    """Half ``lr`` for a condition from the history; nothing for a past symptom."""
    return 0.0 if c in past else 0.5 * lr


def specific_support(
    spec: DiagnosisSpec, facts: ClinicalFacts, kb: KnowledgeBase | None = None
) -> float:
    """Summed log-LR of the documented current findings and results that discriminate.

    A known condition from the history (the COPD of a COPD exacerbation) counts half,
    as in the differential's tally; a past symptom (``past_symptoms``) not at all.
    Risk factors (``RISK_FACTORS``), non-specific findings (``NONSPECIFIC``) with a
    weight below ``SYSTEMIC_MIN`` for this diagnosis, and the diagnosis merely being
    named in a note do not count.
    """
    past = past_symptoms(kb) if kb is not None else frozenset()
    off = beside_nothing(spec, facts)
    total = 0.0
    for c, v in spec.findings_for.items():
        w = w_for(v)
        if c in RISK_FACTORS or (c in NONSPECIFIC and w < SYSTEMIC_MIN) or c in off:
            continue
        if facts.has(c):
            total += w
        elif c in facts.historical:
            total += _history_weight(c, w, past)
    return total


UNEXPLAINED_LR: Final[float] = SYSTEMIC_MIN
"""Log-LR for 'a diagnosis outside the knowledge base' of each discriminating finding
that no candidate explains. The knowledge base makes a finding part of a disease's
picture from LR ~2.7 (``SYSTEMIC_MIN``); a finding in nobody's picture on the list
supports the alternative at least that much (INTERNIST-1 penalised hypotheses for
the manifestations they leave unexplained: Miller RA et al. N Engl J Med
1982;307:468)."""


@functools.lru_cache(maxsize=4)
def _picture(kb: KnowledgeBase) -> frozenset[str]:
    """Concepts some diagnosis counts as part of its picture (or names a diagnosis)."""
    return frozenset(
        {c for d in kb.diagnoses.values() for c in d.findings_for} | set(kb.diagnoses)
    )


SIRS_LABS: Final[frozenset[str]] = frozenset({"wbc_high", "wbc_low"})
"""The white-cell count is the fourth SIRS criterion (Bone RC et al. Chest 1992): as
constitutional as fever and tachycardia, it needs no explaining by a specific
disease."""


def unexplained(
    kb: KnowledgeBase, specs: Sequence[DiagnosisSpec], facts: ClinicalFacts
) -> list[str]:
    """Discriminating current findings that no candidate diagnosis explains.

    A finding counts when it is documented present now, belongs to some diagnosis'
    picture in the knowledge base (a normal result, a decision-rule input or an
    unknown word does not), is neither constitutional (``NONSPECIFIC``,
    ``SIRS_LABS``), a risk factor (``RISK_FACTORS``) nor a background condition
    (``history_concepts``: known asthma is a comorbidity, not a manifestation), and
    is not a broader concept implied by a narrower present one (one observation
    counted once). It is explained by a candidate
    that lists it, or a broader concept it implies, among its supporting findings,
    or whose own name it is. These findings are the evidence that the answer lies
    outside the list (an open world: the knowledge base is not every disease).
    """
    explains: set[str] = set()
    for spec in specs:
        explains.update(spec.findings_for)
        explains.add(spec.id)
    implied = {b for n in facts.present for b in kb.implies.get(n, ())}
    picture = _picture(kb)
    return [
        c
        for c in sorted(facts.present)
        if c in picture
        and c not in NONSPECIFIC
        and c not in SIRS_LABS
        and c not in RISK_FACTORS
        and c not in kb.history_concepts
        and c not in implied
        and c not in explains
        and not any(b in explains for b in kb.implies.get(c, ()))
    ]


def defined(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether the result that defines the diagnosis is documented (``requires``).

    A diagnosis defined by a result is not established without it, however much
    else points to it: DKA needs hyperglycaemia or known diabetes besides the
    ketoacidosis (Umpierrez GE et al. Diabetes Care 2024;47:1257), so ketoacidosis in
    an alcohol binge or ketonuria in hyperemesis is not DKA; hyponatraemia needs a
    low sodium. A requirement is met when one of its sets holds (each group has a
    concept documented present now; a background condition, ``RISK_FACTORS``, also
    counts from the history). True when the diagnosis declares none.
    """
    if not spec.requires:
        return True

    def has(concept: str) -> bool:
        return facts.has(concept) or (
            concept in RISK_FACTORS and concept in facts.historical
        )

    return any(req.met(has) is not None for req in spec.requires)


def coded_now(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether the result the disease is coded after is documented (``coded_after``).

    ICD-10-CM Official Guidelines (FY2024) IV.H: an ED diagnosis documented as
    suspected is coded as its symptom; a cervical artery dissection is treated as one
    on a painful Horner syndrome but named once CT or MR angiography shows it (Biller
    J et al. AHA/ASA 2014). True when the diagnosis declares none.
    """
    return not spec.coded_after or any(
        req.met(facts.has) is not None for req in spec.coded_after
    )


def untold(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether the event that defines the diagnosis was never told (``told``).

    A febrile seizure is a seizure with fever (AAP 2011, Pediatrics 2011;127:389):
    fever alone, in a child with a swollen eyelid, is no febrile seizure. Unlike a
    result, a told event is not pending: undocumented, it did not happen.
    """
    return (
        bool(spec.requires)
        and all(req.told for req in spec.requires)
        and not defined(spec, facts)
    )


def requirement_explained(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether the defining findings are documented with a cause that excludes them.

    Undefined (``defined`` False) while one requirement's findings are all present
    and only its ``none_of`` (a documented other cause) or the criteria of an
    ``explained_by`` diagnosis (the fever of a neuroleptic malignant syndrome, Gurrera
    RJ et al. 2011; infect42) stops it: shock, confusion
    and a high lactate after cyanide, smoke or a haemorrhage, with no sign of
    infection and no fever, are not sepsis (Singer M et al. JAMA 2016;315:801:
    organ dysfunction caused by infection; Evans L et al. SSC 2021: sepsis
    screening and antimicrobials are for suspected infection). Such a diagnosis is
    neither held open by its non-specific signs nor treated on suspicion.
    """
    if not spec.requires or defined(spec, facts):
        return False
    return any(
        req.excluded(facts.has)
        and all(any(facts.has(c) for c in group) for group in req.all_of)
        for req in spec.requires
    )


def requirement_denied(
    spec: DiagnosisSpec, facts: ClinicalFacts, history: frozenset[str] = frozenset()
) -> bool:
    """Whether the defining feature was looked for and documented absent.

    Undefined (``defined`` False) with a concept of its requirement denied: a
    positive urine dipstick with "no dysuria, no fever" in a delirious older adult
    is asymptomatic bacteriuria, not a UTI (Nicolle LE et al. IDSA 2019, Clin
    Infect Dis 2019;68:e83). Such a diagnosis does not lead the working picture; a
    requirement not yet resulted (DKA before its ketones) still may, but one the
    history tells (``told``: a febrile seizure's seizure, AAP 2011) is absent when
    nobody told it: a febrile child with a swollen eyelid has no febrile seizure.

    peds54: a background condition denied (``history``: "not known diabetic") says
    nothing was known before this visit; it denies nothing while another alternative
    requirement is defined by this visit's findings alone. DKA is the first
    presentation of type 1 diabetes in about a third of children (ISPAD 2022, Glaser
    N et al. Pediatr Diabetes 2022;23:835; ADA 2024: hyperglycaemia with ketoacidosis
    defines it): a new diabetic's ketoacidosis is no alcoholic one.
    """
    if defined(spec, facts):
        return False
    if untold(spec, facts) or requirement_explained(spec, facts):
        return True
    of_today = any(
        not any(c in history for group in req.all_of for c in group)
        for req in spec.requires
    )
    return any(
        facts.denied(c) and not (of_today and c in history)
        for req in spec.requires
        for group in req.all_of
        for c in group
    )


def working_entry(
    kb: KnowledgeBase, ledger: Sequence[DifferentialEntry], facts: ClinicalFacts
) -> DifferentialEntry | None:
    """The ledger's leader (``L.working``).

    It passes over a leader whose defining feature is documented absent
    (``requirement_denied``), a sign or symptom (ICD-10-CM chapter R) whose
    defining feature is not documented (``undefined_sign``), and one whose exposure
    or sign that alone holds it open is not documented (``unheld``).
    """
    for entry in L.rank(ledger):
        if entry.status == "ruled_out":
            continue
        spec = spec_for(kb, entry.diagnosis)
        # a ruled-in leader is not held open by its probability: ``unheld`` is
        # for the one kept open by it (trauma43: a bruised infant's suspected abuse,
        # defined by its sentinel-injury pathway, was passed over)
        if spec is None or not (
            requirement_denied(spec, facts, kb.history_concepts)
            or undefined_sign(spec, facts)
            or (unheld(spec, facts) and entry.status != "ruled_in")
        ):
            return entry
    return None


def unheld(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether none of the findings that hold ``spec`` open is documented.

    ``DiagnosisSpec.held_open_by``: alcohol withdrawal needs heavy drinking that
    stopped or fell, or its signs (ASAM 2020); a fast pulse in an agitated patient
    with schizophrenia and no alcohol told is no withdrawal to treat first (NICE NG10
    2015 1.4: the cause of the agitation is looked for; Project BETA, Wilson MP et al.
    West J Emerg Med 2012;13:26).
    """
    return bool(spec.held_open_by) and not any(facts.has(c) for c in spec.held_open_by)


def undefined_sign(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether a sign or symptom diagnosis lacks the feature that defines it.

    A chapter R diagnosis names what the history, the examination or one result
    shows (chest wall pain: a chest wall reproducing the pain, a strain, a positional
    or pleuritic pain: Proulx AM, Zryd TW. Am Fam Physician 2009;80:617); without
    that feature it is the prior's weight, not a working label (Gulati M et al.
    AHA/ACC 2021 chest pain guideline: 'non-cardiac' only with a specific cause).
    """
    return symptom_level(spec) and not defined(spec, facts)


SEPSIS_ID: Final = "sepsis"
"""The knowledge base's sepsis: the treatment looks for its source, the diagnosis
names it before its localised source."""
NG51_ADULT_FROM: Final = 16
"""NICE NG51's adult tables (NEWS2) apply from 16 years; children have their own."""


def infection_unsuspected(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether an adult's sepsis is not suspected: nothing suggests an infection.

    NICE NG51 (2016, updated 2024) 1.1.1: think "could this be sepsis?" when the
    signs or symptoms indicate possible infection; Sepsis-3 (Singer M et al. JAMA
    2016;315:801) is organ dysfunction caused by infection. With a temperature
    recorded and no fever or hypothermia, no documented sign of infection, and no
    hypotension, altered mentation, raised lactate or immunosuppression (none of
    sepsis's ``requires`` met), a fast pulse and breathing alone (a panic attack's
    hyperventilation at NEWS2 4: lead45) do not hold sepsis open for cultures and a
    lactate. Children (NICE NG51's own tables, NG143) and an unrecorded temperature
    keep it open.
    """
    return (
        spec.id == SEPSIS_ID
        and facts.age is not None
        and facts.age >= NG51_ADULT_FROM
        and facts.vitals.temperature_c is not None
        and not defined(spec, facts)
    )


CAUSE_HELD: Final[float] = 0.2
"""The least probability at which a declared cause is named before its manifestation
(below it the cause is a possibility to test, not the working explanation)."""


def declared_cause(
    kb: KnowledgeBase,
    ledger: Sequence[DifferentialEntry],
    working: DifferentialEntry,
    facts: ClinicalFacts,
) -> DifferentialEntry | None:
    """An established diagnosis that declares ``working`` among what it causes.

    ``DiagnosisSpec.causes`` (ICD-10-CM I.A.13: code first the underlying condition;
    KDIGO 2012 AKI 2.3: treat the cause): a result-defined cause whose defining
    result is documented is as established as the manifestation it explains, so it
    is named (and treated) with the manifestation's status and probability. The
    cause must itself be held: ruled in, at least ``CAUSE_HELD`` probable, or meeting
    its rule-in requirement (a measured hypercalcaemia); a sepsis at p 0.02 whose only
    support is a fast pulse is not what a COPD exacerbation's hypercapnia comes from.
    """
    spec = spec_for(kb, working.diagnosis)
    if spec is None:
        return None
    for entry in L.rank(ledger):
        cause = spec_for(kb, entry.diagnosis)
        if (
            cause is not None
            and spec.id in cause.causes
            and entry.status != "ruled_out"
            and cause.requires
            and defined(cause, facts)
            and (
                entry.status == "ruled_in"
                or (entry.probability or 0.0) >= CAUSE_HELD
                or rule_in_met(entry, cause, facts, kb=kb)
            )
        ):
            return entry.model_copy(
                update={
                    "status": working.status,
                    "probability": max(
                        entry.probability or 0.0, working.probability or 0.0
                    ),
                }
            )
    return None


def symptom_level(spec: DiagnosisSpec) -> bool:
    """Whether the diagnosis is a symptom or sign (ICD-10-CM chapter R)."""
    return spec.icd10.startswith("R")


def established_sign(
    kb: KnowledgeBase, ledger: Sequence[DifferentialEntry]
) -> DifferentialEntry | None:
    """A sign or symptom ruled in on the ledger (massive haemoptysis, R04.2), if any.

    ICD-10-CM Official Guidelines FY2024 I.B.4-5: a symptom code stands when no
    related definitive diagnosis is established, and a sign integral to what is
    established is not coded beside it; a ruled-in sign (the blood the patient
    coughs) is coded over the complaint's less specific symptom (breathlessness).
    """
    for entry in ledger:
        spec = spec_for(kb, entry.diagnosis)
        if (
            entry.status == "ruled_in"
            and spec is not None
            and symptom_level(spec)
            and entry.icd10
        ):
            return entry
    return None


RULE_IN_LR: Final[float] = math.log(10.0)
"""Log-LR of a rule-in finding or result: an LR+ >= 10 generates a large and often
conclusive change in probability (Jaeschke R, Guyatt GH, Sackett DL. JAMA
1994;271:703; McGee S. J Gen Intern Med 2002;17:647)."""
WORKING_MAX: Final[float] = 0.45
"""Highest probability stated for a working diagnosis (one not confirmed): below even
odds, so 'more likely than not' is claimed only with a rule-in finding or a validated
rule. The knowledge base's moderate findings are summed as if independent, which they
rarely are (Sox HC et al. Medical Decision Making, 2nd ed. 2013, ch. 5), and its
closed list leaves out the diseases it does not know; ICD-10-CM Official Guidelines
(FY2024) section IV.H code an ED diagnosis that is only 'probable' or 'working' as
the symptom, not as an established disease."""


CONTEXT_ONLY: Final[frozenset[str]] = frozenset(
    {"pregnancy", "postpartum", "sickle_cell_disease"}
)
"""The state a diagnosis occurs in (pregnancy for pre-eclampsia, ectopic pregnancy):
its precondition, however strongly weighted, never its confirmation (sickle cell
disease for a vaso-occlusive crisis or acute chest syndrome: kb16)."""


NOT_DIAGNOSTIC_RULES: Final[frozenset[str]] = frozenset({"qsofa", "alvarado"})
"""Rules that rule a diagnosis in for treatment but do not establish it: qSOFA is a
prognostic prompt in suspected infection, not a criterion of sepsis (Singer M et al.
JAMA 2016;315:801, Sepsis-3; Seymour CW et al. JAMA 2016;315:762); an Alvarado
score >= 7 has LR+ ~4 for appendicitis (Ohle R et al. BMC Med 2011;9:139), below
the rule-in bar (``RULE_IN_LR``)."""


def confirmed(
    entry: DifferentialEntry, spec: DiagnosisSpec, facts: ClinicalFacts
) -> bool:
    """Whether a diagnosis is established, not only the working hypothesis.

    A validated diagnostic rule or criteria set ruled it in (``ruled_in``; not a
    prognostic or low-LR one, ``NOT_DIAGNOSTIC_RULES``: qSOFA-positive sepsis is
    treated at once and stays a working diagnosis), or a documented current finding
    or result supports it with a log-LR >= ``RULE_IN_LR`` (a confirmatory test:
    xanthochromia for SAH, ST elevation for STEMI). Risk factors, constitutional
    findings and MDM wording never confirm, nor anything without the result that
    defines the diagnosis (``defined``).
    """
    if not defined(spec, facts):
        return False
    if entry.status == "ruled_in" and (
        any(c.rule not in NOT_DIAGNOSTIC_RULES for c in spec.rule_in)
        or by_criteria(entry, spec)
    ):
        return True
    off = beside_nothing(spec, facts)
    return any(
        w_for(v) >= RULE_IN_LR
        and c not in RISK_FACTORS
        and c not in NONSPECIFIC
        and c not in CONTEXT_ONLY
        and c not in off
        and facts.has(c)
        for c, v in spec.findings_for.items()
    )


def by_criteria(entry: DifferentialEntry, spec: DiagnosisSpec) -> bool:
    """Whether the entry's evidence holds its published criteria met, as criteria.

    The diagnosis' own clinical criteria (``DiagnosisSpec.criteria``: Tokyo
    Guidelines 2018 definite cholecystitis, NICE NG240 meningococcal disease) or a
    must-not-miss pathway whose criteria define it (``agents.pathway_dx``: an
    irreducible hernia is an incarcerated hernia).
    """
    names = {cr.name for cr in spec.criteria}
    return any(
        ev.kind == "rule" and (ev.rule in names or pathway_strength(ev) == "defines")
        for ev in entry.evidence_for
    )


CONFIRMED_MIN: Final[float] = 0.5
"""Lowest probability stated for a disease ruled in by its own published criteria
(``DiagnosisSpec.criteria``: a fracture on the film, Tokyo 2018 definite cholecystitis)
or by a must-not-miss pathway whose criteria define it (``agents.pathway_dx``, strength
``defines``; ``by_criteria``): established, so at
least as likely as not, and the ED acts on it. The closed list's normalisation
otherwise leaves it below a hypothesis that only has more non-specific findings (an
alkali splash into the eye below a corneal abrasion) and the final diagnosis names a
disease the orders do not treat; ICD-10-CM Official Guidelines (FY2024) section IV
code the established diagnosis, never the uncertain one, in the ED."""


def by_pathway(entry: DifferentialEntry) -> bool:
    """Whether a pathway whose criteria define the diagnosis ruled it in."""
    return any(pathway_strength(ev) == "defines" for ev in entry.evidence_for)


def temper(
    kb: KnowledgeBase,
    ledger: Sequence[DifferentialEntry],
    facts: ClinicalFacts,
    *,
    tentative: bool = False,
) -> tuple[DifferentialEntry, ...]:
    """State each unconfirmed entry's probability at most ``WORKING_MAX``.

    With ``tentative`` (documented abnormal findings no leading diagnosis explains:
    ``agents.offline.explained``) every entry is a working hypothesis, confirmed or
    not: a diagnosis that leaves the picture unexplained is not asserted. The
    probability taken off goes to the diagnoses not on the list (the entries are
    not renormalised) and the order is kept: capped entries tie, the better supported
    stays first. Entries unknown to the knowledge base are kept unchanged.

    A disease (not a symptom) ruled in by its own criteria or by a pathway whose
    criteria define it (``by_criteria``) is stated at least ``CONFIRMED_MIN`` unless
    the picture is ``tentative``: a burst fracture on CT leads the contusion of the
    fall that caused it.
    """
    out: list[DifferentialEntry] = []
    for e in ledger:
        spec = spec_for(kb, e.diagnosis)
        p = e.probability
        if spec is None or p is None:
            out.append(e)
            continue
        sure = confirmed(e, spec, facts)
        if p > WORKING_MAX and (tentative or not sure):
            e = e.model_copy(update={"probability": WORKING_MAX})
        elif (
            p < CONFIRMED_MIN
            and sure
            and not tentative
            and e.status == "ruled_in"
            and not symptom_level(spec)
            and by_criteria(e, spec)
        ):
            e = e.model_copy(update={"probability": CONFIRMED_MIN})
        out.append(e)
    return with_cause(out)


COMPLICATION_RULE: Final = "ruled in beside the leading diagnosis"
"""``Evidence.rule`` of a ruled-in entry stated with the leading ruled-in disease."""


def with_cause(ledger: Sequence[DifferentialEntry]) -> tuple[DifferentialEntry, ...]:
    """State a ruled-in entry far below a ruled-in cause as that cause's complication.

    The ledger's probabilities are those of rival explanations, but two ruled-in
    entries are both present: sepsis whose criteria are met beside the acute
    cholangitis causing it (Sepsis-3: the host response to that infection; Singer M
    et al. JAMA 2016;315:801). Left at its share of the closed list (p 0.02) the
    syndrome reads as 'ruled in' and 'improbable' at once. A ruled-in entry below
    ``L.TEST_THRESHOLD`` beside a more probable ruled-in disease is stated just below
    it, with the evidence that it comes with that cause, so the cause keeps the lead
    (ICD-10-CM I.A.13: the underlying condition first) and status and probability
    agree.
    """
    causes = [
        e
        for e in ledger
        if e.status == "ruled_in"
        and e.probability is not None
        and e.probability >= L.TEST_THRESHOLD
        and not L.symptom(e)
    ]
    if not causes:
        return tuple(ledger)
    cause = max(causes, key=lambda e: e.probability or 0.0)
    stated = round(max((cause.probability or 0.0) - 0.0001, 0.0), 4)
    out: list[DifferentialEntry] = []
    for e in ledger:
        if (
            e.status == "ruled_in"
            and e is not cause
            and e.probability is not None
            and e.probability < L.TEST_THRESHOLD
        ):
            with_it = Evidence(
                kind="rule",
                rule=COMPLICATION_RULE,
                text=f"present with {cause.diagnosis}",
            )
            e = e.model_copy(
                update={
                    "probability": stated,
                    "evidence_for": L.merge_evidence(e.evidence_for, [with_it]),
                }
            )
        out.append(e)
    return tuple(out)


def rule_in_met(
    entry: DifferentialEntry,
    spec: DiagnosisSpec,
    facts: ClinicalFacts,
    stated: DiagnosisSpec | None = None,
    kb: KnowledgeBase | None = None,
) -> bool:
    """Whether a diagnosis meets its rule-in requirement (to be asserted or treated).

    A validated decision rule ruled it in, or documented discriminating findings and
    results sum to a log-LR >= ``MIN_SUPPORT`` (``specific_support``), counting the
    diagnosis named as present in the note or as the physician's impression as
    ``ENTRY_SUPPORT`` only beside at least one discriminating finding. Non-specific
    findings, risk factors and MDM wording alone never do:
    a closed list of candidates makes the best of bad candidates look certain. A
    symptom-level diagnosis (ICD-10-CM chapter R) names what is observed and needs
    some documented support of its own.

    With ``kb`` given and a chief complaint it does not know, the candidates are only
    the diagnoses some findings happen to support: no complaint-conditioned
    differential gives them a pre-test probability, and moderate evidence moves an
    unknown prior to an unknown posterior. A disease is then asserted only when it is
    ``confirmed`` (a validated rule or a rule-in finding, LR+ >= 10, decisive across
    the range of plausible priors: Sox HC et al. Medical Decision Making, 2nd ed.
    2013, ch. 3).

    The documented findings against it (``findings_against``: their negative log-LRs,
    e.g. flatus still passed and normal bowel sounds against a bowel obstruction,
    Taylor MR, Lalani N. Acad Emerg Med 2013;20:528) are netted from that sum: a
    diagnosis is weighed on all the evidence, not only the findings for it (Sox HC et
    al. Medical Decision Making, 2nd ed. 2013, ch. 3). This decides only whether it is
    asserted or treated: an open must-not-miss diagnosis stays open until its own
    rule-out criteria exclude it.

    A diagnosis defined by a result (``DiagnosisSpec.requires``) never meets it
    without that result (``defined``); under a complaint that is itself the result
    (``ComplaintSpec.listed_by_result``) the listed diagnosis that result defines
    meets it (medgi46: a well patient sent in with a sodium of 131 has hyponatraemia,
    Spasovski G et al. ESE 2014, though a mildly low sodium weighs against it as the
    explanation of symptoms).
    """
    if not defined(spec, facts):
        return False
    if entry.status == "ruled_in":
        return True
    if symptom_level(spec):
        return entry_support(spec, facts) > 0.0
    complaint = None if kb is None else presenting_spec(kb, facts)
    if kb is not None and complaint is None:
        return confirmed(entry, spec, facts)
    if (
        complaint is not None
        and complaint.listed_by_result
        and spec.requires
        and spec.id in complaint.differential
    ):
        return True
    if any(pathway_strength(ev) == "suspects" for ev in entry.evidence_for):
        return True  # a pathway's criteria met: discriminating findings
    support = specific_support(spec, facts, kb)
    net = support + _against(spec, facts)
    named = facts.has(spec.id) or (stated is not None and stated.id == spec.id)
    return support > 0.0 and net + (ENTRY_SUPPORT if named else 0.0) >= MIN_SUPPORT


def gives_way(
    entry: DifferentialEntry,
    spec: DiagnosisSpec,
    facts: ClinicalFacts,
    stated: DiagnosisSpec | None = None,
    kb: KnowledgeBase | None = None,
) -> bool:
    """Whether a leader gives way to an open must-not-miss meeting its rule-in.

    An unconfirmed leader does (``rule_in_met`` False), and so does a symptom
    (ICD-10-CM chapter R) not ruled in: the symptom is the ED diagnosis only when no
    disease is established or acted on (ICD-10-CM Official Guidelines FY2024 I.B.4-5
    and IV.D), so abdominal pain with melaena, a haemoglobin of 84 and its bleed
    treated is the bleed, not 'abdominal pain, unspecified' (Laine L et al. ACG
    2021; NICE CG141).
    """
    if symptom_level(spec) and entry.status != "ruled_in":
        return True
    return not rule_in_met(entry, spec, facts, stated, kb)


SWITCH_P: Final[float] = 0.10
"""Probability from which an open must-not-miss diagnosis that meets its rule-in
requirement is worked on (and named) in place of an unconfirmed leader."""


def rule_in_threat(
    ledger: Sequence[DifferentialEntry],
    facts: ClinicalFacts,
    kb: KnowledgeBase,
    stated: DiagnosisSpec | None = None,
) -> DifferentialEntry | None:
    """The open must-not-miss diagnosis to act on when the leader is unconfirmed.

    The first still ``cannot_exclude`` must-not-miss entry at ``SWITCH_P`` or more
    that meets its rule-in requirement (``rule_in_met``) from discriminating
    findings: a tearing back pain with a pulse deficit is worked up, treated and
    named as dissection, not as low back pain (Pauker SG, Kassirer JP. N Engl J Med
    1980;302:1109: act above the treatment threshold). None when there is none.
    """
    for e in L.unexcluded_must_not_miss(ledger):
        spec = spec_for(kb, e.diagnosis)
        if (
            (e.probability or 0.0) >= SWITCH_P
            and spec is not None
            and rule_in_met(e, spec, facts, stated, kb)
        ):
            return e
    return None


def ruled_in_disease(
    ledger: Sequence[DifferentialEntry],
    facts: ClinicalFacts,
    kb: KnowledgeBase,
    stated: DiagnosisSpec | None = None,
) -> DifferentialEntry | None:
    """The first ruled-in disease meeting its rule-in requirement, in rank order.

    When the leader is unconfirmed, a disease whose criteria hold is named before the
    presenting symptom: the symptom is the ED diagnosis only when no disease meets
    its rule-in (ICD-10-CM guidelines IV.D: signs and symptoms are coded when no
    definitive diagnosis is established). lead37: a necrotising otitis externa by the
    Cohen & Friedman criteria was coded 'otalgia' behind a likelier-scored, unconfirmed
    otitis media.
    """
    for e in L.rank(ledger):
        spec = spec_for(kb, e.diagnosis)
        if (
            e.status == "ruled_in"
            and spec is not None
            and not symptom_level(spec)
            and rule_in_met(e, spec, facts, stated, kb)
        ):
            return e
    return None


_SUPPORT_INDEX: dict[str, dict[str, list[tuple[str, float]]]] = {}


def _support_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, float]]]:
    """Concept -> [(diagnosis id, log-LR)], built once per knowledge-base version."""
    index = _SUPPORT_INDEX.get(kb.version)
    if index is None:
        index = {}
        for spec in kb.diagnoses.values():
            for c, v in spec.findings_for.items():
                index.setdefault(c, []).append((spec.id, w_for(v)))
            index.setdefault(spec.id, []).append((spec.id, ENTRY_SUPPORT))
        _SUPPORT_INDEX[kb.version] = index
    return index


_Anchors = tuple[tuple[DiagnosisSpec, ...], dict[str, tuple[int, ...]]]
_CRITERIA_ANCHORS: dict[str, _Anchors] = {}


def _criteria_anchors(kb: KnowledgeBase) -> _Anchors:
    """The diagnoses with criteria, and each first-group concept's positions in them.

    A criteria set holds only when its first ``all_of`` group has a concept
    documented, so only the diagnoses one of whose first groups names a documented
    concept need their criteria checked. Built once per knowledge-base version.
    """
    got = _CRITERIA_ANCHORS.get(kb.version)
    if got is None:
        specs = tuple(s for s in kb.diagnoses.values() if s.criteria)
        index: dict[str, set[int]] = {}
        for i, spec in enumerate(specs):
            for crit in spec.criteria:
                for concept in crit.all_of[0]:
                    index.setdefault(concept, set()).add(i)
        got = (specs, {c: tuple(sorted(v)) for c, v in index.items()})
        _CRITERIA_ANCHORS[kb.version] = got
    return got


def _documented_keys(facts: ClinicalFacts) -> Iterator[str]:
    """Every knowledge-base key ``facts.has`` may answer True for (or more)."""
    yield from facts.present
    for concept in facts.present | facts.historical:
        yield f"{KNOWN_PREFIX}{concept}"
    for concept in facts.absent:
        yield f"{ABSENT_PREFIX}{concept}"


def criteria_entrants(kb: KnowledgeBase, facts: ClinicalFacts) -> list[DiagnosisSpec]:
    """Diagnoses whose published clinical criteria the documented findings meet.

    A met criteria set weighs as a rule-in result (``criteria_evidence``), so it
    brings its diagnosis in whatever the complaint: a focal deficit that resolved is
    a TIA (Easton JD et al. AHA/ASA 2009) under a complaint of dizziness too. Only
    the diagnoses a documented concept anchors are checked (``_criteria_anchors``),
    in the knowledge base's order. Kept for the very same inputs (``_ENTRANTS``).
    """
    return list(
        _ENTRANTS.get_or_compute((kb, facts), lambda: tuple(_entrants(kb, facts)))
    )


def _entrants(kb: KnowledgeBase, facts: ClinicalFacts) -> list[DiagnosisSpec]:
    specs, index = _criteria_anchors(kb)
    near = sorted({i for key in _documented_keys(facts) for i in index.get(key, ())})
    return [
        specs[i]
        for i in near
        if any(cr.met(facts.has) is not None for cr in specs[i].criteria)
    ]


def _against(spec: DiagnosisSpec, facts: ClinicalFacts) -> float:
    """Summed log-LR (<= 0) of the documented findings against ``spec``."""
    void = against_voided(spec, facts)
    return sum(
        v for c, v in spec.findings_against.items() if facts.has(c) and c not in void
    )


def documented_against(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether a documented finding counts against ``spec``.

    "Did not hit her head" counts against a subdural haematoma.
    """
    return _against(spec, facts) < 0


def supported_specs(
    kb: KnowledgeBase,
    facts: ClinicalFacts,
    skip: Sequence[DiagnosisSpec] = (),
    limit: int = MAX_ADDED,
    *,
    by_criteria: bool = True,
) -> list[DiagnosisSpec]:
    """Return diagnoses the current findings or results support enough to enter.

    New evidence adds candidates whatever the complaint (sodium 118 -> hyponatraemia,
    LLQ pain and tenderness -> diverticulitis): the best ``limit`` by support and
    prior, each with support >= ``ENTRY_SUPPORT`` (``entry_support``, summed through
    an index of the present concepts only), also after the documented evidence
    against it (atrial fibrillation at a rate of 78 brings no "AF with rapid
    ventricular response"). With ``by_criteria``, a diagnosis whose published
    criteria are met enters with a rule-in's support (``criteria_entrants``).
    """
    have = {s.id for s in skip}
    support: dict[str, float] = {}
    index = _support_index(kb)
    off: dict[str, frozenset[str]] = {}  # ``beside_nothing`` once per diagnosis
    for concept in sorted(facts.present):  # sorted: deterministic sums
        for dx_id, w in index.get(concept, ()):
            if dx_id in have:
                continue
            beside = off.get(dx_id)
            if beside is None:
                beside = off[dx_id] = beside_nothing(kb.diagnoses[dx_id], facts)
            if concept not in beside:
                support[dx_id] = support.get(dx_id, 0.0) + w
    for spec in criteria_entrants(kb, facts) if by_criteria else ():
        if spec.id not in have:
            support[spec.id] = support.get(spec.id, 0.0) + RULE_IN_LR
    scored = sorted(
        (
            (
                sup
                + math.log(kb.diagnoses[i].prior * risk_factor(kb.diagnoses[i], facts)),
                i,
            )
            for i, sup in support.items()
            if sup >= ENTRY_SUPPORT
            and sup + _against(kb.diagnoses[i], facts) >= ENTRY_SUPPORT
        ),
        reverse=True,
    )
    return [kb.diagnoses[i] for _, i in scored[:limit]]


def corroborated(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether the findings can propose ``spec`` without a complaint's list.

    Without a known complaint nothing sets a prior, so one non-specific note word
    (bare "rigidity" -> a perforated viscus, OR admission) must not start a work-up:
    the diagnosis is named, its published criteria or its defining result hold
    (KDIGO: reduced urine output is acute kidney injury), one present finding is a
    rule-in finding (LR+ >= 10, ``RULE_IN_LR``), or two distinct findings support
    it (Jaeschke R et al. JAMA 1994;271:703: an LR of 2-5 alone moves the
    probability little).
    """
    defining = (*spec.criteria, *spec.requires)
    if facts.has(spec.id) or any(cr.met(facts.has) is not None for cr in defining):
        return True
    off = beside_nothing(spec, facts)
    present = [
        w_for(v) for c, v in spec.findings_for.items() if facts.has(c) and c not in off
    ]
    return len(present) >= 2 or any(w >= RULE_IN_LR for w in present)


def at_site(spec: DiagnosisSpec, sites: frozenset[str]) -> bool:
    """Whether a diagnosis can lie at the body sites the complaint names.

    A site-specific diagnosis (``DiagnosisSpec.body_sites``) is off the list of a
    complaint naming only other sites (an ankle sprain for "KNEE PAIN"); a complaint
    naming no site, or a diagnosis of any site, is no constraint.
    """
    return not sites or not spec.body_sites or not sites.isdisjoint(spec.body_sites)


def _at_named_sites(
    kb: KnowledgeBase, complaint: ComplaintSpec, complaint_text: str | None
) -> list[str]:
    """The complaint's differential ids at the body sites its text names."""
    sites = kb.sites_named(complaint_text)
    return [
        d
        for d in complaint.differential
        if d in kb.diagnoses and at_site(kb.diagnoses[d], sites)
    ]


def _complaint_ids(
    kb: KnowledgeBase,
    complaint: ComplaintSpec,
    complaint_text: str | None,
    facts: ClinicalFacts | None,
) -> list[str]:
    """The complaint's list at its named sites, less the results it was not sent for.

    medgi46: under a complaint that is itself a result (``listed_by_result``: CEDIS
    'abnormal lab values', Grafstein E et al. CJEM 2008) the value sent in is the
    visit's reason; a listed diagnosis whose defining result is not documented
    (``defined``: a diabetes with no glucose, beside a sodium of 131) is not what the
    patient came with, and enters only by its findings like any other. When no listed
    result is documented yet (a one-liner's bare "glucose 19", its unit unread) the
    whole list stands.
    """
    ids = _at_named_sites(kb, complaint, complaint_text)
    if facts is None or not complaint.listed_by_result:
        return ids
    return [d for d in ids if defined(kb.diagnoses[d], facts)] or ids


INJURY_MECHANISMS: Final = frozenset(
    {
        "trauma",
        "fall",
        "mvc",
        "dangerous_mechanism",
        "penetrating_trauma",
        "head_injury",
        "diving_injury",
        "injury_mechanism",
        "abuse_concern",
    }
)
"""Concepts that document an injury (a mechanism or its context)."""
_INJURY_WORDS: Final = re.compile(
    r"(?i)(?<![a-z])(?:injur\w*|sprain\w*|strain\w*|twist\w*|rolled|fell|falls?|"
    r"trauma\w*|fractur\w*|fx|dislocat\w*|lacerat\w*|contusion|bruis\w*|crush\w*|"
    r"hit|struck|kicked|assault\w*|mvc|mva|accident|bite|bitten)(?![a-z])"
)
"""Words of a complaint that itself states an injury ("ANKLE INJURY", "TWISTED
ANKLE"), unlike "LEG PAIN" or "HIP PAIN"."""
INJURY_MIN_AGE: Final = 12
"""Below this age an injury is often unwitnessed (toddler's fracture, abuse): the
injury diagnoses stay on a limb-pain list without a documented mechanism (Halsey MF
et al. J Pediatr Orthop 2001;21:152; AAP 2015 evaluation of suspected abuse)."""


def injury_documented(complaint_text: str | None, facts: ClinicalFacts) -> bool:
    """Whether the complaint states an injury or the facts document a mechanism.

    Applied to limb complaints (``candidate_specs``): the same alias list holds
    "ANKLE SPRAIN" and "LEG PAIN" (the extremity complaint); a sprain, contusion or
    fracture (ICD-10-CM S00-T14) explains limb pain only after an injury (Ottawa
    ankle and knee rules: acute injury only, Stiell IG et al. JAMA 1993;269:1127,
    Ann Emerg Med 1995;26:405). A child under ``INJURY_MIN_AGE`` counts as injured
    (unwitnessed injury).
    """
    if complaint_text and _INJURY_WORDS.search(complaint_text):
        return True
    if facts.age is not None and facts.age < INJURY_MIN_AGE:
        return True
    return any(facts.has(c) for c in INJURY_MECHANISMS)


SITE_INJURIES: Final[Mapping[str, tuple[str, ...]]] = {
    "head": ("subdural_hematoma",),
    "neck": ("cspine_fracture", "cervical_strain"),
    "chest": ("rib_fracture", "traumatic_pneumothorax"),
    "abdomen": ("intra_abdominal_injury",),
    "upper_abdomen": ("intra_abdominal_injury",),
    "lower_abdomen": ("intra_abdominal_injury",),
    "flank": ("intra_abdominal_injury",),
    "face": ("cspine_fracture", "subdural_hematoma"),
}
"""The injuries of a body site's primary survey (ATLS 10th ed.: head, cervical spine,
chest wall and pleura, abdomen): added to a site's complaint ("CHEST WALL PAIN")
once an injury is documented, whose own list holds the medical causes only. A blow
to the face is an injury above the clavicle: the cervical spine and the brain are
injured with it until cleared (ATLS 10th ed. ch. 6-7; Stiell IG et al. Canadian
C-spine rule, JAMA 2001;286:1841: age 65 or more is a high-risk factor)."""
_FACE: Final = re.compile(
    r"(?i)(?<![a-z])(?:face|facial|chin|jaw|mandib\w*|cheek\w*|nose|nasal|lips?|"
    r"mouth|teeth|tooth|dental|maxill\w*|zygoma\w*|orbit\w*)(?![a-z])"
)
"""The face's words in a complaint (the face has no body site of its own: its
complaints are matched by the dental, eye, nose and facial-swelling lists)."""


def _injury_stated(complaint_text: str | None, facts: ClinicalFacts) -> bool:
    """An injury word in the complaint, or an injury concept in the facts.

    No age presumption, unlike ``injury_documented``.
    """
    stated = bool(complaint_text and _INJURY_WORDS.search(complaint_text))
    return stated or any(facts.has(c) for c in INJURY_MECHANISMS)


FACE_INJURY_COMPLAINT: Final = "head_injury"
"""The complaint of an injured face (its aliases hold FACIAL INJURY): ATLS 10th ed.
treats an injury above the clavicle as head and cervical spine injury until cleared."""
_MOUTH_COMPLAINTS: Final = frozenset({"dental_pain"})
"""Complaints of the mouth and jaw whose list holds only dental causes."""


def injured_face_complaint(
    kb: KnowledgeBase,
    complaint: ComplaintSpec | None,
    complaint_text: str | None,
    facts: ClinicalFacts,
) -> ComplaintSpec | None:
    """The complaint to triage on: an injured chin or jaw is a facial injury.

    "CHIN PAIN" or "JAW PAIN" after a fall or a blow is matched as dental pain (ESI
    5, dental follow-up), but the injury is to the face: the brain and the cervical
    spine are injured with it until cleared (ATLS 10th ed. ch. 6-7; Stiell IG et al.
    Canadian C-spine rule, JAMA 2001: age >= 65 high risk; NICE NG232 2023: CT head
    in the anticoagulated), so the head-injury complaint's high-risk history applies.
    """
    if complaint is None or complaint.id not in _MOUTH_COMPLAINTS:
        return complaint
    if not (complaint_text and _FACE.search(complaint_text)):
        return complaint
    if not _injury_stated(complaint_text, facts):
        return complaint
    return kb.complaints.get(FACE_INJURY_COMPLAINT, complaint)


_TIGHTNESS: Final = re.compile(r"(?i)(?<![a-z])(?:tight\w*|wheez\w*)(?![a-z])")
"""A chest complaint worded as tightness or wheeze, not as pain."""
_WHEEZY: Final = re.compile(r"(?i)(?<![a-z])wheez\w*(?![a-z])")
_ASTHMA_CHEST: Final = ("asthma",)
_WHEEZE: Final = ("wheezing",)
_ISCHAEMIC: Final = (
    "diaphoresis",
    "radiation_arm_jaw",
    "exertional_pain",
    "syncope",
    "hypotension",
)
"""Features that keep a chest complaint a chest-pain work-up (AHA/ACC 2021 chest pain
guideline, Gulati M et al.: diaphoresis, radiation, exertion, syncope, shock)."""
_SOB_COMPLAINT: Final = "shortness_of_breath"
_JOINT_COMPLAINT: Final = "joint_pain"
_INJURY_COMPLAINT: Final = "extremity_injury"
_WOUND_COMPLAINT: Final = "laceration"
_VOMITING_COMPLAINT: Final = "nausea_vomiting"
_GI_BLEED_COMPLAINT: Final = "gi_bleeding"
_TOE_INJURY: Final = re.compile(
    r"(?i)(?<![a-z])(?:stubb\w*|stepped on|trod on|dropped|kicked|crush\w*|caught"
    r"|jammed|banged|hit|injur\w*|fell|trauma\w*)(?![a-z])"
)
_PUNCTURE: Final = re.compile(
    r"(?i)(?<![a-z])(?:nail|glass|splinter|thorn|needle|tack|pin|screw|puncture\w*)"
    r"(?![a-z])"
)


def complaint_in_context(
    kb: KnowledgeBase,
    complaint: ComplaintSpec | None,
    complaint_text: str | None,
    facts: ClinicalFacts,
) -> ComplaintSpec | None:
    """The complaint read with the triage history, not the complaint's word alone.

    The ESI v4 handbook (ch.2) triages on the complaint and the triage history; the
    complaint list a text is matched to must fit that history:
    - an injured chin or jaw is a facial injury (``injured_face_complaint``);
    - chest tightness in a known asthmatic with wheeze and no ischaemic feature is
      the asthma's (BTS/SIGN 158 2019: chest tightness is an asthma symptom), the
      breathlessness list with its bronchodilators, not troponin and D-dimer;
    - a painful toe after an injury (stubbed, stepped on, a nail through the sole) is
      the injury's or the wound's, not the gout list (ACR 2020 gout: a flare without
      trauma);
    - a complaint of the other sex's anatomy (a man's groin lump matched as a vulval
      swelling) is no complaint (``_other_sex_complaint``);
    - a toothache with the gum swollen and the face not is the dental complaint
      (``_gum_swelling_only``), not the facial-swelling one;
    - diarrhoea or vomiting whose only urinary words are the urine output ("passing
      urine", "wet nappies": the dehydration check of NICE CG84 2009) is the
      gastroenteritis complaint, not the urinary one (``_gi_loss_with_urine_output``);
    - vomiting with blood in it is haematemesis, an upper GI bleed's presentation
      (NICE CG141 2012; Laine L et al. ACG 2021): the GI bleeding list, with its
      Glasgow-Blatchford score, not the gastroenteritis list;
    - chest pain the note denies, with breathlessness present, is the breathlessness
      complaint (``_pain_denied_breathless``);
    - a narrative no complaint was matched to that states a blow to the head in one
      clause is the head injury's (``_injured_head_complaint``), and so is one
      matched to a symptom the blow explains (a headache, vomiting, a child's
      crying, a cut: ``_BLOW_EXPLAINS``; NICE NG232 2023 judges them as head
      injury).
    """
    complaint = injured_face_complaint(kb, complaint, complaint_text, facts)
    if complaint is None or complaint.id in _BLOW_EXPLAINS:
        injured = _injured_head_complaint(kb, complaint_text)
        if injured is not None or complaint is None:
            return injured
    if _other_sex_complaint(complaint.id, facts.sex):
        return None
    text = facts.chief_complaint or complaint_text or ""
    if complaint.id == "chest_pain" and _asthma_tightness(text, facts):
        return kb.complaints.get(_SOB_COMPLAINT, complaint)
    if complaint.id == "chest_pain" and _pain_denied_breathless(facts):
        return kb.complaints.get(_SOB_COMPLAINT, complaint)
    if complaint.id == _FACIAL_SWELLING_COMPLAINT and _gum_swelling_only(text, facts):
        return kb.complaints.get(_DENTAL_COMPLAINT, complaint)
    if complaint.id == _URINARY_COMPLAINT and (gi := _gi_loss_with_urine_output(text)):
        return kb.complaints.get(gi, complaint)
    if complaint.id == _VOMITING_COMPLAINT and facts.has("hematemesis"):
        return kb.complaints.get(_GI_BLEED_COMPLAINT, complaint)
    if complaint.id == _JOINT_COMPLAINT and _TOE_INJURY.search(text):
        wound = _PUNCTURE.search(text) and not facts.has("gout")
        target = _WOUND_COMPLAINT if wound else _INJURY_COMPLAINT
        return kb.complaints.get(target, complaint)
    return complaint


_FEMALE_COMPLAINTS: Final = frozenset({"vulvar_swelling", "vaginal_bleeding"})
_MALE_COMPLAINTS: Final = frozenset({"penile_problem"})


def _other_sex_complaint(complaint_id: str, sex: str | None) -> bool:
    """A complaint of the other sex's anatomy, matched by meaning (triage53).

    A man's "pulsatile groin lump" is nearest in meaning to a vulval swelling; the
    complaint's list (a Bartholin's abscess, a simple procedure) cannot be his, so it
    is read as an unrecognised complaint, by its own findings (a pulsatile groin
    swelling: duplex and vascular opinion, ``_esi_resources``) and the ESI default,
    never the nearest wrong protocol (handbook ch.2). A recorded sex only.
    """
    if sex == "M":
        return complaint_id in _FEMALE_COMPLAINTS
    if sex == "F":
        return complaint_id in _MALE_COMPLAINTS
    return False


_FACIAL_SWELLING_COMPLAINT: Final = "facial_swelling"
_DENTAL_COMPLAINT: Final = "dental_pain"
_TOOTH: Final = re.compile(r"(?i)\b(?:tooth|teeth|toothache|molars?|dental|gums?)\b")
_FACE_SWOLLEN: Final = re.compile(
    r"(?i)(?<!no )(?<!not )(?<!without )\b(?:facial|face|cheek|jaw|chin|neck|lips?"
    r"|eyes?|under (?:his|her|the) (?:jaw|chin|tongue))\w* (?:\w+ )?(?:swell\w*"
    r"|swollen)|\bswollen (?:\w+ )?(?:face|cheek|jaw|chin|neck|lips?)|trismus"
    r"|(?:can'?t|cannot|unable to) (?:\w+ )?open (?:his|her|the) mouth"
)
"""Swelling beyond the gum (the face, jaw, floor of the mouth) or trismus: a spreading
dental infection (SDCEP 2016; Ludwig's angina), the facial-swelling complaint's."""


def _gum_swelling_only(text: str, facts: ClinicalFacts) -> bool:
    """A toothache whose swelling is the gum's, the face unswollen (triage39).

    SDCEP 2016 (drug prescribing for dentistry; Scottish Dental Clinical
    Effectiveness Programme): localised gum swelling with toothache is managed by a
    dentist with analgesia (the dental complaint, ESI v4 ch.5: no resource);
    spreading facial swelling, trismus or systemic signs are the facial-swelling
    complaint's high-risk findings.
    """
    if not _TOOTH.search(text) or facts.has("facial_swelling"):
        return False
    return not _FACE_SWOLLEN.search(text)


_URINARY_COMPLAINT: Final = "urinary_symptoms"
_URINE_OUTPUT: Final = re.compile(
    r"(?i)(?:(?:still |is |has been |been )?(?:passing|passed|making|producing)"
    r" (?:urine|water)(?: (?:normally|well|as usual|fine|ok(?:ay)?|regularly))?"
    r"|(?:normal|good|plenty of) (?:urine output|wet (?:nappies|diapers))"
    r"|(?:wet|wetting) (?:nappies|diapers)|peeing (?:normally|fine|ok(?:ay)?))"
)
"""Urine output worded as a hydration check (NICE CG84 2009 dehydration signs)."""
_URINARY_WORDS: Final = re.compile(
    r"(?i)urin\w*|pee\w*|void\w*|dysuria|wee\b|micturi\w*|bladder|catheter"
    r"|sting\w*|burn\w*|ha?ematuria|blood in|frequen\w*|urgen\w*|retention|flank"
)
_GI_LOSS: Final = (
    ("diarrhea", re.compile(r"(?i)diarrho?ea|loose (?:stools?|bowels?)|the runs")),
    (_VOMITING_COMPLAINT, re.compile(r"(?i)vomit\w*|throw\w* up|threw up|being sick")),
)


def _gi_loss_with_urine_output(text: str) -> str | None:
    """The GI complaint of a diarrhoea or vomiting text whose urine words are output.

    "Keeping fluids down and passing urine" is the dehydration assessment of NICE
    CG84 2009 and WHO 2005, not dysuria or retention: the gastroenteritis list
    applies (triage39). None when another urinary word is stated.
    """
    if _URINARY_WORDS.search(_URINE_OUTPUT.sub(" ", text)):
        return None
    return next((cid for cid, rx in _GI_LOSS if rx.search(text)), None)


_BLOW_EXPLAINS: Final = ("headache", "crying_infant", "nausea_vomiting", "laceration")
"""Complaints a narrative's blow to the head explains (triage39): a headache or
vomiting after a head injury, and a child crying after a bump, are the head
injury's NICE NG232 criteria, not a primary headache's or a crying infant's list;
a cut or lump after a blow to the head is a head injury first (ATLS 10th ed.: an
injury above the clavicle), its repair still counted (``needs_wound_repair``)."""
_HEAD: Final = re.compile(
    r"(?i)(?<![a-z])(?:head|forehead|scalp|temple|back of (?:his|her|my|the) head"
    r"|face|eyebrow)(?![a-z])"
)
_BLOW: Final = re.compile(
    r"(?i)(?<![a-z])(?:bump(?:ed|s)?|bang(?:ed|s)?|hit|hits|struck|knock(?:ed|s)?"
    r"|fell|falls?|injur\w*|head[- ]?butt\w*|walked into|ran into|punch(?:ed|es)?"
    r"|kick(?:ed|s)?|elbowed|assaulted)(?![a-z])"
)
"""A blow worded in lay terms ("bumped his head on a cupboard door", "banged her
forehead"): the injury's words a complaint list does not hold."""
_CLAUSES: Final = re.compile(r"[^.;!?\n]+")


def _injured_head_complaint(
    kb: KnowledgeBase, complaint_text: str | None
) -> ComplaintSpec | None:
    """The head injury's complaint for an unplaced narrative of a blow to the head.

    ESI v4 handbook ch.2 and ch.5: the nurse triages on what the presentation is,
    whatever its words; a head struck in a clause of the triage text is a head
    injury, whose high-risk findings (loss of consciousness, vomiting, an
    anticoagulant) and resources apply (NICE NG232 2023; Stiell IG et al. Canadian CT
    head rule, Lancet 2001), not the unknown complaint's default work-up. Only when
    no complaint was matched (triage38).
    """
    for clause in _CLAUSES.findall(complaint_text or ""):
        if _HEAD.search(clause) and _BLOW.search(clause):
            return kb.complaints.get(FACE_INJURY_COMPLAINT)
    return None


def _pain_denied_breathless(facts: ClinicalFacts) -> bool:
    """The chest pain the note denies, never asserts, with breathlessness present.

    readers42: "denies chest pain but breathless with swollen ankles" under a chest
    pain complaint: the presenting problem is the breathlessness as documented (CEDIS
    v2; ESI v4 handbook ch. 2: the complaint read with the triage history), whose list
    holds heart failure beside ACS and PE (McDonagh TA et al. ESC 2021 heart failure).
    """
    if not facts.has("dyspnea"):
        return False
    said = denied = 0
    for f in facts.findings:
        if f.concept == "chest_pain":
            said += f.status in ("present", "historical")
            denied += f.status == "absent"
    # the complaint box's own words are one present mention; the note adds none
    return denied > 0 and said <= (1 if facts.chief_complaint else 0)


def _asthma_tightness(text: str, facts: ClinicalFacts) -> bool:
    """Chest tightness or wheeze in a known asthmatic, with no ischaemic feature."""
    if not _TIGHTNESS.search(text):
        return False
    asthmatic = any(facts.known(c) for c in _ASTHMA_CHEST)
    wheezy = any(facts.has(c) for c in _WHEEZE) or bool(_WHEEZY.search(text))
    return asthmatic and wheezy and not any(facts.has(c) for c in _ISCHAEMIC)


def complaint_of(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts | None
) -> ComplaintSpec | None:
    """The matched complaint whose list the differential reads.

    With the facts, an injured chin or jaw is read as a facial injury at every stage,
    as triage reads it (``injured_face_complaint``): a dental list (tooth pain,
    abscess) is not an injured face's differential (ATLS 10th ed. ch. 6-7).
    """
    complaint = kb.match_complaint(complaint_text)
    if facts is None:
        return complaint
    return complaint_in_context(kb, complaint, complaint_text, facts)


def site_injuries(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts
) -> list[DiagnosisSpec]:
    """The injuries of the sites a complaint names, when an injury is documented.

    Documented means an injury word in the complaint or an injury concept in the
    facts (a mechanism, or the triage record's injury field); a child's unwitnessed
    injury is not presumed here (``injury_documented`` does so for limbs only).
    """
    if not _injury_stated(complaint_text, facts):
        return []
    sites = sorted(kb.sites_named(complaint_text))
    if complaint_text and _FACE.search(complaint_text):
        sites.append("face")
    ids = (d for site in sites for d in SITE_INJURIES.get(site, ()))
    return [kb.diagnoses[d] for d in dict.fromkeys(ids) if d in kb.diagnoses]


@functools.lru_cache(maxsize=4)
def _limb_sites(kb: KnowledgeBase) -> frozenset[str]:
    """The body sites of the limbs (what "extremity" contains)."""
    return frozenset(kb.sites_named("extremity"))


UNREPORTED_FALL_AGE: Final = 65
"""From this age a must-not-miss injury of a fall (hip fracture) stays on a limb list
without a documented fall: falls of older adults often go unreported or unrecalled
(AGS/BGS clinical practice guideline: prevention of falls in older persons, J Am
Geriatr Soc 2011;59:148)."""


def _needs_injury(spec: DiagnosisSpec, age: int | None) -> bool:
    """Whether an injury diagnosis (ICD-10-CM S00-T14) needs a documented injury.

    Sprains, contusions and fractures do; a must-not-miss one a fall explains (hip
    fracture; not an open fracture, whose wound is seen) stays for an older adult
    (``UNREPORTED_FALL_AGE``).
    """
    code = spec.icd10
    injury = code.startswith("S") or (code.startswith("T") and code[1:3] <= "14")
    old = age is not None and age >= UNREPORTED_FALL_AGE
    return injury and not (spec.must_not_miss and old and "fall" in spec.findings_for)


def listed_ids(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts | None = None
) -> dict[str, float] | None:
    """The complaint's differential as ``id -> prior`` (None: complaint unknown).

    A complaint may state its own priors (prevalence among ED visits for that
    complaint, with its source, ``ComplaintSpec.priors``); otherwise each
    diagnosis' own relative weight is used. With ``facts``, the injuries of the
    named sites are listed once an injury is documented (``site_injuries``). Kept
    for the very same inputs (``_LISTED``); a new dict each call.
    """
    found = _LISTED.get_or_compute(
        (kb, complaint_text, facts), lambda: _listed_ids(kb, complaint_text, facts)
    )
    return None if found is None else dict(found)


def _listed_ids(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts | None
) -> dict[str, float] | None:
    complaint = complaint_of(kb, complaint_text, facts)
    if complaint is None:
        return None
    ids = _complaint_ids(kb, complaint, complaint_text, facts)
    if facts is not None:
        ids = [
            *ids,
            *(
                s.id
                for s in site_injuries(kb, complaint_text, facts)
                if s.id not in ids
            ),
        ]
    # Percentages become relative weights on the list's own scale, so diagnoses
    # off the list keep a comparable prior (OFF_LIST_PRIOR).
    scale = sum(kb.diagnoses[d].prior for d in ids) / 100.0
    return {
        d: complaint.priors[d] * scale
        if d in complaint.priors
        else kb.diagnoses[d].prior
        for d in ids
    }


def presenting_complaint(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts
) -> str | None:
    """The chief complaint, or the note's first presenting symptom that is one.

    A chief complaint naming no known complaint ("pain", "unwell", a blank triage
    box) leaves the differential to the findings alone; the note's own first
    present symptom that is a complaint ("sudden severe abdo pain radiating to the
    back") is the presenting problem, and its worst-first list applies (CEDIS v2:
    the presenting complaint is the patient's main symptom as documented).
    """
    if complaint_text and kb.match_complaint(complaint_text) is not None:
        return complaint_text
    # trauma45: a chief complaint that names a diagnosis or injury ("ELECTRICAL
    # INJURY", "electrocution") is itself the presenting problem; a symptom of it in
    # the note ("brief tingling") is not another complaint whose list applies (the
    # asymptomatic 240 V shock was worked up as a stroke under paraesthesia)
    if complaint_text and spec_for(kb, complaint_text.strip()) is not None:
        return complaint_text
    present = [f for f in facts.findings if f.status == "present"]
    # lead44: else a symptom the text words that one of a complaint's aliases names
    # ("a nosebleed" -> epistaxis); a sign derived from a measured vital (no span: a
    # heart rate of 118 is no complaint of palpitations) is not the patient's problem
    named = next((f.concept for f in present if f.concept in kb.complaints), None)
    if named is None:
        named = next(
            (
                cid
                for f in present
                if f.end > f.start and (cid := kb.complaint_named_by(f.concept))
            ),
            None,
        )
    if named is None:
        return complaint_text
    aliases = kb.complaints[named].aliases
    return aliases[0] if aliases else named.replace("_", " ")


def presenting_spec(kb: KnowledgeBase, facts: ClinicalFacts) -> ComplaintSpec | None:
    """The complaint whose list the differential was built on (its presenting one).

    lead48: a chief complaint box naming no known complaint ("SWELLING", "PAIN") with
    the note's presenting symptom one ("swelling of the left jaw") has the list of
    that symptom's complaint, as the assessment built it (CEDIS v2: the presenting
    complaint is the patient's main symptom as documented); its diagnoses are asserted
    and coded against that list, not as if no complaint conditioned them (a dental
    abscess with a swollen jaw and 37.8 was left without its antibiotic and the
    final abstained).
    """
    return kb.match_complaint(presenting_box(kb, facts.chief_complaint, facts))


def presenting_box(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts
) -> str | None:
    """The complaint text, or the note's presenting one for a box naming no problem."""
    if complaint_text is not None and GENERIC_BOX.fullmatch(complaint_text.strip()):
        return presenting_complaint(kb, complaint_text, facts)
    return complaint_text


GENERIC_BOX: Final = re.compile(
    r"(?i)(?:pain|swelling|other|unwell|ill|sick|general(?:ised|ized)? pain"
    r"|medical problem|problem|complaint|see (?:triage )?notes?)"
)
"""A triage box that names no problem: the note's presenting symptom is the complaint.
A box naming a problem the knowledge base lacks ("hair loss and weight gain") keeps
its diagnoses to the confirmed (dx13: no complaint-conditioned prior)."""


_SAME_FACTS_SIZE: Final = 8
"""Answers kept per function for the very same (knowledge base, complaint, facts):
the diagnosis stage often reads the disposition's facts object (``stage_facts``)."""
_CANDIDATES: Final[RecentByIdentity[tuple[DiagnosisSpec, ...]]] = RecentByIdentity(
    _SAME_FACTS_SIZE
)
_LISTED: Final[RecentByIdentity[dict[str, float] | None]] = RecentByIdentity(
    _SAME_FACTS_SIZE
)
_ENTRANTS: Final[RecentByIdentity[tuple[DiagnosisSpec, ...]]] = RecentByIdentity(
    _SAME_FACTS_SIZE
)


def candidate_specs(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts | None
) -> list[DiagnosisSpec]:
    """Return the complaint's worst-first list plus diagnoses the findings support.

    The list holds the diagnoses at the body sites the complaint names (``at_site``).
    Without a known complaint only diagnoses with enough support are proposed
    (``ENTRY_SUPPORT``); an empty list means the case lies outside the knowledge base.
    Diagnoses outside the patient's population are left out (``in_population``).
    Kept for the very same inputs (``_CANDIDATES``); a new list each call.
    """
    return list(
        _CANDIDATES.get_or_compute(
            (kb, complaint_text, facts),
            lambda: tuple(_candidate_specs(kb, complaint_text, facts)),
        )
    )


def _candidate_specs(
    kb: KnowledgeBase, complaint_text: str | None, facts: ClinicalFacts | None
) -> list[DiagnosisSpec]:
    complaint = complaint_of(kb, complaint_text, facts)
    ids = (
        None
        if complaint is None
        else _complaint_ids(kb, complaint, complaint_text, facts)
    )
    listed = [kb.diagnoses[d] for d in ids or ()]
    if facts is None:
        return listed
    if complaint is not None:
        have = {s.id for s in listed}
        listed += [
            s for s in site_injuries(kb, complaint_text, facts) if s.id not in have
        ]
    if _limb_sites(kb) & kb.sites_named(complaint_text) and not injury_documented(
        complaint_text, facts
    ):
        listed = [s for s in listed if not _needs_injury(s, facts.age)]
    limit = MAX_ADDED if ids is not None else GENERIC_MAX
    # Outside the patient's population first, then the best ``limit``: adult entrants
    # (opioid overdose for apnoea) must not take an infant's places.
    supported = in_population(
        # met criteria enter beside a known complaint's list; without one nothing
        # sets a prior and the findings' own support decides (``corroborated``)
        supported_specs(
            kb, facts, listed, len(kb.diagnoses), by_criteria=ids is not None
        ),
        facts,
    )
    if ids is None:
        supported = [s for s in supported if corroborated(s, facts)]
    # Worst first: a must-not-miss diagnosis the findings support enters even when
    # ``limit`` commoner entrants outscore it on prior (fever, a prosthetic valve and
    # a murmur bring endocarditis beside the stroke list, not behind it).
    beyond = [s for s in supported[limit:] if s.must_not_miss]
    every = in_population(listed, facts) + supported[:limit] + beyond
    return [s for s in every if not untold(s, facts)]


def queries_for(view: StageView, specs: Sequence[DiagnosisSpec]) -> list[str]:
    """Return retrieval queries: the complaint, then the worst-first terms."""
    queries = [view.chief_complaint] if view.chief_complaint else []
    for spec in specs[:5]:
        terms = spec.retrieval_terms or [spec.name]
        queries.append(" ".join(terms[:4]))
    return list(dict.fromkeys(q for q in queries if q and q.strip()))


def run_rules(
    kb: KnowledgeBase,
    complaint_text: str | None,
    facts: ClinicalFacts,
    specs: Sequence[DiagnosisSpec],
) -> dict[str, RuleResult]:
    """Run the complaint's rules and every rule the diagnoses' criteria use.

    A rule outside the population it was validated in (``agents.population``) or whose
    declared scope does not hold (``agents.offline.rules.rule_scope``: wrong presenting
    problem, or an exclusion such as anaphylaxis for qSOFA) is not run, so it is never
    shown as evidence (no CURB-65 or qSOFA in a neonate, no qSOFA in anaphylaxis).
    """
    complaint = complaint_of(kb, complaint_text, facts)
    names = list(complaint.rules) if complaint is not None else []
    crits = [c for s in specs for c in (*s.rule_out, *s.rule_in)]
    names += [c.rule for c in crits] + [a.rule for c in crits for a in c.also]
    out: dict[str, RuleResult] = {}
    for name in dict.fromkeys(names):
        if (result := run_in_scope(name, facts)) is not None:
            out[name] = result
    return out


def _finding(concept: str, facts: ClinicalFacts, cites: Cites, label: str) -> Evidence:
    # The most frequent model of a request (~90 per case), built from values that are
    # already typed (f-strings, a validated Citation): constructed without validation.
    if concept in cites and concept not in facts.present:
        citation, quote = cites[concept]
        return Evidence.model_construct(
            kind="citation", text=f"{label}{concept}: {quote[:200]}", citation=citation
        )
    src = facts.evidence.get(concept, concept)
    return Evidence.model_construct(
        kind="finding", text=f"{label}{concept} ({src[:120]})"
    )


class _Findings:
    """``_finding`` for one facts/citations pair, each (concept, label) built once.

    A score's diagnoses share findings (fever supports a dozen of them): the same
    frozen evidence item is reused instead of built again for every diagnosis.
    """

    def __init__(self, facts: ClinicalFacts, cites: Cites) -> None:
        self.facts = facts
        self.cites = cites
        self.made: dict[tuple[str, str], Evidence] = {}

    def __call__(self, concept: str, label: str) -> Evidence:
        ev = self.made.get((concept, label))
        if ev is None:
            ev = _finding(concept, self.facts, self.cites, label)
            self.made[(concept, label)] = ev
        return ev


def satisfied(
    crit: RuleCriterion, rules: Mapping[str, RuleResult], facts: ClinicalFacts
) -> bool:
    """Return whether a knowledge-base criterion holds, all of its parts together.

    The rule result must meet the criterion, every ``with_findings`` concept must be
    documented present, no ``without_findings`` concept may be, and every ``also``
    criterion must hold (Wells PE <= 4 excludes PE only with a negative D-dimer).
    """
    result = rules.get(crit.rule)
    return (
        result is not None
        and criterion_met(crit, result)
        and all(facts.has(c) for c in crit.with_findings)
        and not any(facts.has(c) for c in crit.without_findings)
        and all(satisfied(a, rules, facts) for a in crit.also)
    )


def voided(
    crit: RuleCriterion, rules: Mapping[str, RuleResult], facts: ClinicalFacts
) -> bool:
    """Whether a rule-in criterion would hold but for a ``without_findings`` concept.

    The note names what voids an earlier stage's rule-in (a tension pneumothorax
    decompressed behind triage's injury with a shock index >= 1: ATLS 10th ed.), so
    that rule-in no longer stands.
    """
    if not crit.without_findings or not any(
        facts.has(c) for c in crit.without_findings
    ):
        return False
    return satisfied(crit.model_copy(update={"without_findings": []}), rules, facts)


INFANT_ONLY_DAYS: Final = 365
"""A diagnosis whose population ends within the first year is a diagnosis of infancy."""


def criteria_evidence(spec: DiagnosisSpec, facts: ClinicalFacts) -> list[Evidence]:
    """Evidence of each of the diagnosis' published clinical criteria that holds.

    Clinical criteria (``ClinicalCriteria``: NICE NG240 for meningococcal disease,
    ESVS 2020 for acute limb ischaemia) establish the diagnosis on which treatment
    starts; a met set weighs as a rule-in result (``RULE_IN_LR``, LR+ >= 10: Jaeschke
    R et al. JAMA 1994;271:703) and rules the diagnosis in.

    A diagnosis of infancy (``INFANT_ONLY_DAYS``: neonatal sepsis's NICE NG195
    criteria) is ruled in by its criteria only in a patient known to be that young:
    criteria are validated in their population, and a fever with confusion and a low
    pressure in a patient of unknown age is no neonate's sepsis (peds48; the
    diagnosis stays listed, weighed by its findings).
    """
    pop = spec.population
    if (
        pop is not None
        and pop.max_age_days is not None
        and pop.max_age_days <= INFANT_ONLY_DAYS
        and facts.population.age_within(pop.min_age_days, pop.max_age_days) is not True
    ):
        return []
    out: list[Evidence] = []
    for cr in spec.criteria:
        found = cr.met(facts.has)
        if found is not None:
            shown = ", ".join(f"{c} ({facts.evidence.get(c, c)[:40]})" for c in found)
            text = f"{cr.name} criteria met: {shown}"
            out.append(Evidence(kind="rule", rule=cr.name, text=text))
    return out


def _rule_ev(
    crit: RuleCriterion, rules: Mapping[str, RuleResult], facts: ClinicalFacts
) -> Evidence:
    r = rules[crit.rule]
    shown = "" if r.score is None else f" score {r.score:g}"
    bound = "" if crit.value is None else f" {crit.value:g}"
    text = f"{r.name}{shown}: {r.interpretation} (criterion {crit.op}{bound})"
    for c in crit.with_findings:
        text += f" with {c} ({facts.evidence.get(c, c)[:60]})"
    for a in crit.also:
        text += f" and {_rule_ev(a, rules, facts).text}"
    return Evidence(kind="rule", rule=r.name, text=text)


ASSUMED_SPECIFICITY: Final[float] = 0.9
"""Specificity assumed for a supporting finding whose LR- is not declared."""
MAX_SENSITIVITY: Final[float] = 0.5
"""Sensitivity assumed at most for a finding whose LR- is not declared: few single
findings are sensitive, so an absence is strong evidence only when the knowledge base
declares its published LR- (McGee S. Evidence-Based Physical Diagnosis, 4th ed. 2018,
ch. 2)."""


def denied_weight(lr_pos_log: float) -> float:
    """Log-LR- of a documented-absent supporting finding, from its LR+.

    A finding's absence weighs by its LR- = (1 - sensitivity) / specificity, not a
    fixed half of its LR+: sensitivity = LR+ x (1 - specificity), with specificity
    ``ASSUMED_SPECIFICITY`` and sensitivity at most ``MAX_SENSITIVITY``, so the
    absence of a weak finding barely moves the probability (LR+ 1.65 -> LR- 0.93) and
    no undeclared absence weighs more than LR- 0.56. A declared LR- (a knowledge-base
    key ``absent:<concept>``, e.g. absent RLQ tenderness for appendicitis) is used
    instead.
    """
    spec = ASSUMED_SPECIFICITY
    sens = min(MAX_SENSITIVITY, math.exp(abs(lr_pos_log)) * (1.0 - spec))
    return math.log((1.0 - sens) / spec)


class _Tally:
    def __init__(self) -> None:
        self.log_odds = 0.0
        self.ev_for: list[Evidence] = []
        self.ev_against: list[Evidence] = []
        self.strong_against = False
        self.named_excluded = False
        """The note names the diagnosis absent ('no SAH'): a statement, no result."""
        self.unfit_against = 0.0
        """Log-LR against from readings of a study unable to exclude the diagnosis."""


def nested_overlap(
    spec: DiagnosisSpec,
    facts: ClinicalFacts,
    implies: Mapping[str, Sequence[str]],
    implying: Sequence[str] | None = None,
) -> dict[str, float]:
    """Log-LR to take back from broader findings implied by narrower present ones.

    "Right-sided weakness" is unilateral weakness and, by implication, a focal
    deficit: one observation, not two independent findings, and LRs multiply only
    for conditionally independent findings (Sox HC et al. Medical Decision Making,
    2nd ed. 2013, ch. 5). A broader concept adds only what its weight exceeds the
    largest weight of the narrower present concepts that imply it.

    ``implying`` (``implying_present``) lists the present concepts that imply any,
    in ``facts.present`` order: computed once for all the specs a score weighs.
    """
    out: dict[str, float] = {}
    for narrow in facts.present if implying is None else implying:
        w_narrow = spec.findings_for.get(narrow)
        if w_narrow is None:
            continue
        for broad in implies.get(narrow, ()):
            w_broad = spec.findings_for.get(broad)
            if w_broad is not None and facts.has(broad):
                taken = min(w_for(w_broad), w_for(w_narrow))
                out[broad] = max(out.get(broad, 0.0), taken)
    return out


def implying_present(
    facts: ClinicalFacts, implies: Mapping[str, Sequence[str]]
) -> list[str]:
    """The present concepts that imply a broader one, in ``facts.present`` order."""
    return [c for c in facts.present if implies.get(c)]


def documented_concepts(facts: ClinicalFacts) -> frozenset[str]:
    """Every concept ``_tally`` can weigh on ``facts``: the others change nothing.

    A concept counts when present (``has``: an ``absent:<concept>`` key when its
    concept is documented absent, a ``known:<concept>`` key when it is present or in
    the history), in the history or documented absent (``denied``). trauma50: the
    ``known:`` keys of ``findings_for`` and ``findings_against`` weighed nothing.
    """
    return (
        facts.present
        | facts.historical
        | facts.absent
        | {f"{ABSENT_PREFIX}{c}" for c in facts.absent}
        | {f"{KNOWN_PREFIX}{c}" for c in facts.present | facts.historical}
    )


@functools.lru_cache(maxsize=64)
def _excluding(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(patterns) + r")(?![A-Za-z0-9])"
    )


def _unfit_study(spec: DiagnosisSpec, concept: str) -> bool:
    """Whether ``concept`` reads a study the diagnosis declares unable to exclude it.

    A diagnosis that lists its excluding tests (``excluded_by``: an LP or CTA for SAH)
    is not closed by a negative reading of another study (a head CT after 6 h; Perry
    JJ et al. BMJ 2011;343:d4277), as a sentence naming it absent is not
    (``rules._excluding_test``).
    """
    study = STUDY_OF.get(concept)
    if study is None or not spec.excluded_by:
        return False
    return _excluding(tuple(spec.excluded_by)).search(study) is None


def _tally(
    spec: DiagnosisSpec,
    facts: ClinicalFacts,
    cites: Cites,
    mention: bool,
    impression: str | None = None,
    implies: Mapping[str, Sequence[str]] | None = None,
    implying: Sequence[str] | None = None,
    found: _Findings | None = None,
    documented: frozenset[str] | None = None,
    past: frozenset[str] = frozenset(),
) -> _Tally:
    ev = found or _Findings(facts, cites)
    known = documented_concepts(facts) if documented is None else documented
    t = _Tally()
    t.log_odds -= sum(nested_overlap(spec, facts, implies or {}, implying).values())
    if spec.id == impression:
        t.log_odds += IMPRESSION_LR
        t.ev_for.append(
            Evidence(kind="finding", text=f"physician's impression: {spec.name}")
        )
    off = beside_nothing(spec, facts)
    for c, v in spec.findings_for.items():
        if c not in known or c in off:
            continue  # neither present, historical nor denied: weighs nothing
        lr = w_for(v)
        if facts.has(c):
            t.log_odds += lr
            t.ev_for.append(ev(c, ""))
        elif c in facts.historical:
            if c in past:
                continue  # a past symptom is no finding of the present picture
            t.log_odds += _history_weight(c, lr, past)
            t.ev_for.append(ev(c, "history: "))
        elif facts.denied(c) and f"{ABSENT_PREFIX}{c}" not in spec.findings_against:
            # A declared LR- ('absent:<concept>') is applied with findings_against.
            t.log_odds += denied_weight(lr)
            t.ev_against.append(ev(c, "denied: "))
    void = against_voided(spec, facts)
    for c, v in spec.findings_against.items():
        if c not in known or c in void:
            continue
        lr = w_against(v)
        if facts.has(c):
            t.log_odds += lr
            t.ev_against.append(ev(c, ""))
            t.strong_against |= lr <= STRONG_AGAINST
            if _unfit_study(spec, c):
                t.unfit_against += lr
    if mention and facts.has(spec.id):
        t.log_odds += DX_MENTION[0]
        t.ev_for.append(ev(spec.id, "named in ED note: "))
    elif mention and facts.denied(spec.id):
        t.log_odds += DX_MENTION[1]
        t.ev_against.append(ev(spec.id, "excluded in ED note: "))
        t.named_excluded = True
    return t


def _suspects(verdict: PathwayVerdict | None) -> bool:
    return verdict is not None and verdict.strength == "suspects"


def _explained_open(
    verdict: PathwayVerdict, spec: DiagnosisSpec, facts: ClinicalFacts
) -> bool:
    """A pathway keeping open or suspecting a diagnosis, once another cause explains it.

    The tachycardia of abdominal pain is sepsis "until the lactate and repeat
    observations explain it" (NICE NG51 1.4-1.6); a documented haemorrhage with no
    sign of infection has explained it (``requirement_explained``). A suspicion on the
    same defining findings is answered the same way (infect43): TG18's suspected
    cholangitis (inflammation with a raised bilirubin) in a drinker whose alcoholic
    hepatitis meets NIAAA 2016's criteria, the ducts not dilated (Crabb DW et al.
    AASLD 2019). A pathway that ``defines`` its diagnosis is not explained away.

    infect56 (the lead's review of session 55): a pathway keeping a diagnosis open on
    findings outside its definition (sepsis on the tachycardia of abdominal pain, with
    no infection sign, no fever and no organ dysfunction) is explained by the
    documented other cause its requirements name (``cause_documented``): a placental
    abruption's bleed or a known aneurysm's rupture is the tachycardia, and sepsis's
    source screen (cultures, SOFA bloods, a chest film) is for suspected infection
    (Evans L et al. SSC 2021; NICE NG51 2016/2024 1.1.1; ATLS 10th ed. ch. 3).
    """
    if verdict.strength not in ("keeps_open", "suspects"):
        return False
    return requirement_explained(spec, facts) or (
        verdict.strength == "keeps_open" and cause_documented(spec, facts)
    )


def cause_documented(spec: DiagnosisSpec, facts: ClinicalFacts) -> bool:
    """Whether nothing defines ``spec`` and a documented other cause is there.

    Undefined (no requirement met: for sepsis no infection sign, no fever or
    hypothermia, no organ dysfunction) with a requirement's ``none_of`` concept or
    ``explained_by`` criteria documented (a bleed, anaphylaxis, an infarction, a
    known aneurysm): what holds the diagnosis open has a documented non-infective
    cause (Singer M et al. JAMA 2016;315:801; Evans L et al. SSC 2021).
    """
    return (
        bool(spec.requires)
        and not defined(spec, facts)
        and any(req.excluded(facts.has) for req in spec.requires)
    )


def _rule_names(spec: DiagnosisSpec) -> tuple[str, ...]:
    """The rule of each of ``spec``'s rule-out then rule-in criteria, in order.

    Kept per spec object (``_RULE_NAMES``): ``score`` asks it of every candidate at
    every stage (perf44).
    """
    entry = _RULE_NAMES.get(id(spec))
    if entry is not None and entry[0] is spec:
        return entry[1]
    names = tuple(c.rule for c in (*spec.rule_out, *spec.rule_in))
    if len(_RULE_NAMES) >= _RULE_NAMES_SIZE:
        _RULE_NAMES.pop(next(iter(_RULE_NAMES)), None)
    _RULE_NAMES[id(spec)] = (spec, names)
    return names


_RULE_NAMES_SIZE: Final = 4096
_RULE_NAMES: dict[int, tuple[DiagnosisSpec, tuple[str, ...]]] = {}
"""``id(spec)`` -> (the spec, its criteria's rules). Each entry holds its spec, so the
id is not reused while it lives. A spec's criteria lists are read, never changed,
after the knowledge base is loaded."""


def score(
    specs: Sequence[DiagnosisSpec],
    facts: ClinicalFacts,
    rules: Mapping[str, RuleResult],
    cites: Cites,
    *,
    stage: StageName,
    previous: Sequence[DifferentialEntry],
    mention: bool = False,
    impression: str | None = None,
    listed: Mapping[str, float] | None = None,
    implies: Mapping[str, Sequence[str]] | None = None,
    other_factor: float = 1.0,
    pathways: Sequence[PathwayVerdict] = (),
    past: frozenset[str] = frozenset(),
) -> tuple[tuple[DifferentialEntry, ...], float]:
    """Score ``specs`` into ledger entries, merging evidence from ``previous``.

    Returns the ranked entries and the probability of a diagnosis not on the list.

    ``other_factor`` multiplies the mass of diagnoses not on the list
    (``OTHER_MASS``): the likelihood ratio of the findings no candidate explains.

    ``impression`` (a diagnosis id) is the physician's stated impression: one more
    piece of evidence (``IMPRESSION_LR``), not the answer. Diagnoses not in
    ``listed`` (the complaint's differential with its priors; None: every spec is
    listed at its own prior) start from ``OFF_LIST_PRIOR`` times their prior.
    ``implies`` (the knowledge base's narrower -> broader concepts) keeps one
    observation from counting twice (``nested_overlap``).

    ``pathways`` are the must-not-miss pathways whose criteria are met
    (``agents.pathway_dx``): a pathway that ``defines`` its diagnosis weighs as met
    clinical criteria (``RULE_IN_LR``) and rules it in; one that ``suspects`` it
    weighs ``MIN_SUPPORT`` and keeps a must-not-miss diagnosis open
    (``cannot_exclude``, at least ``ledger.TEST_THRESHOLD``) until evidence excludes
    it; one that ``keeps_open`` (a rule-out rule not met) only keeps it open.

    ``past`` (``past_symptoms``): concepts that weigh nothing when only historical.
    """
    verdicts = {v.diagnosis: v for v in pathways}
    priors = [
        (s.prior if listed is None else listed.get(s.id, s.prior * OFF_LIST_PRIOR))
        * risk_factor(s, facts)
        for s in specs
    ]
    total_prior = sum(priors) or 1.0
    implying = implying_present(facts, implies or {})
    found = _Findings(facts, cites)
    known = documented_concepts(facts)
    tallies = [
        _tally(
            s, facts, cites, mention, impression, implies, implying, found, known, past
        )
        for s in specs
    ]
    is_defined = [defined(s, facts) for s in specs]  # pure: asked once per spec
    met = [
        criteria_evidence(s, facts) if d else []
        for s, d in zip(specs, is_defined, strict=True)
    ]
    acted = [verdicts.get(s.id) for s in specs]
    defines = [
        v is not None and v.strength == "defines" and d
        for v, d in zip(acted, is_defined, strict=True)
    ]
    weights = [
        p
        / total_prior
        * math.exp(
            t.log_odds
            + (RULE_IN_LR if m or d else MIN_SUPPORT if _suspects(v) else 0.0)
        )
        for p, t, m, v, d in zip(priors, tallies, met, acted, defines, strict=True)
    ]
    norm = sum(weights) + OTHER_MASS * other_factor
    earlier = L.index(previous)
    out: list[DifferentialEntry] = []
    for spec, t, w, crit, verdict, by_pathway, spec_defined in zip(
        specs, tallies, weights, met, acted, defines, is_defined, strict=True
    ):
        used = [r for name in _rule_names(spec) if (r := rules.get(name))]
        outs = [
            _rule_ev(c, rules, facts)
            for c in spec.rule_out
            if satisfied(c, rules, facts)
        ]
        ins = [
            _rule_ev(c, rules, facts)
            for c in spec.rule_in
            if spec_defined and satisfied(c, rules, facts)
        ] + crit
        if verdict is not None and by_pathway:
            ins.append(verdict.evidence)
        elif verdict is not None:
            t.ev_for.append(verdict.evidence)
        p = w / norm
        status: DxStatus = "considered"
        # A diagnosis named absent is excluded, unless a must-not-miss pathway's
        # criteria hold it open: then a result must exclude it ('CT: no SAH' 10 h
        # after a thunderclap headache is no exclusion: Perry JJ et al. BMJ 2011).
        # triage56: a triage pattern's suspicion (``TRIAGE_PATTERN``) is no
        # pathway's criteria: the record naming the diagnosis excluded closes it
        against = t.strong_against or (
            t.named_excluded
            and not (
                spec.must_not_miss
                and verdict is not None
                and verdict.pathway != TRIAGE_PATTERN
            )
        )
        if ins:
            status = "ruled_in"
        elif outs or (against and p < L.TEST_THRESHOLD):
            status, p = "ruled_out", min(p, 0.01)
        elif spec.must_not_miss and (
            (verdict is not None and not _explained_open(verdict, spec, facts))
            or (
                t.unfit_against < 0
                and p < L.TEST_THRESHOLD <= p * math.exp(-t.unfit_against)
            )
        ):
            # results32: a study unable to exclude it (a head CT after 6 h for SAH)
            # lowers a must-not-miss but does not close it below the test threshold
            status, p = "cannot_exclude", max(p, L.TEST_THRESHOLD)
        elif (
            spec.must_not_miss
            and p >= L.TEST_THRESHOLD
            and (not spec.held_open_by or any(facts.has(c) for c in spec.held_open_by))
            and not requirement_explained(spec, facts)
            and not infection_unsuspected(spec, facts)
        ):
            status = "cannot_exclude"
        prev = earlier.get(L.key(spec.name))
        # an earlier rule-out by a decision rule that this stage's fuller reading no
        # longer meets does not stand (``stale_rule_exclusion``)
        stale = (
            frozenset()
            if outs or against
            else stale_rule_exclusion(prev, spec, rules, facts)
        )
        if stale and prev is not None:
            prev = prev.model_copy(
                update={
                    "status": status,
                    "evidence_against": tuple(
                        e for e in prev.evidence_against if e.rule not in stale
                    ),
                }
            )
        # a diagnosis whose defining requirement no longer holds at this stage (the
        # note names heat exposure behind triage's qSOFA) keeps no earlier rule-in
        status = _keep_settled(
            prev,
            status,
            bool(ins),
            bool(outs)
            or against
            or not spec_defined
            or any(voided(c, rules, facts) for c in spec.rule_in),
        )
        moved = prev is None or prev.status != status or bool(t.ev_for or t.ev_against)
        out.append(
            DifferentialEntry(
                diagnosis=spec.name,
                icd10=spec.icd10,
                status=status,
                must_not_miss=spec.must_not_miss,
                probability=round(min(max(p, 0.0), 1.0), 4),
                evidence_for=L.merge_evidence(
                    (), [*(prev.evidence_for if prev else ()), *t.ev_for, *ins]
                ),
                evidence_against=L.merge_evidence(
                    (),
                    [*(prev.evidence_against if prev else ()), *t.ev_against, *outs],
                ),
                rules=tuple(used),
                changed_by=stage if moved or prev is None else prev.changed_by,
            )
        )
    return L.rank(out), OTHER_MASS * other_factor / norm


def stale_rule_exclusion(
    prev: DifferentialEntry | None,
    spec: DiagnosisSpec,
    rules: Mapping[str, RuleResult],
    facts: ClinicalFacts,
) -> frozenset[str]:
    """The decision rules of an earlier rule-out that this stage no longer meets.

    A stage that saw less (the one-liner, not yet the history with its risk factors)
    may score a rule low; re-run on the fuller note the rule no longer meets the
    rule-out criterion (HEART 3 without the documented hypertension and smoking is 4
    with them). A decision rule applies with all its components as documented
    (McGinn TG et al. JAMA 2000;284:79, users' guide to clinical decision rules; Six
    AJ et al. Neth Heart J 2008;16:191: the risk-factor item), so the exclusion that
    rested on the earlier score does not stand. Returns the names of the rules whose
    earlier exclusion is void (empty: the exclusion stands, or there was none).
    """
    if prev is None or prev.status != "ruled_out":
        return frozenset()
    named = {e.rule for e in prev.evidence_against if e.kind == "rule" and e.rule}
    rerun = [(c, r) for c in spec.rule_out if (r := rules.get(c.rule)) is not None]
    if not named or not rerun:
        return frozenset()
    stale = frozenset(
        r.name for c, r in rerun if r.name in named and not satisfied(c, rules, facts)
    )
    met = {r.name for c, r in rerun if satisfied(c, rules, facts)}
    return stale if stale and not met and named <= stale else frozenset()


def _keep_settled(
    prev: DifferentialEntry | None, new: DxStatus, rule_in: bool, against: bool
) -> DxStatus:
    # An exclusion or confirmation from an earlier stage stands until new evidence
    # of the opposite kind arrives (its evidence is carried over by ``score``).
    if prev is None:
        return new
    if prev.status == "ruled_out" and not rule_in:
        return "ruled_out"
    if prev.status == "ruled_in" and not against:
        return "ruled_in"
    return new


def keep_top(
    entries: Sequence[DifferentialEntry], n: int
) -> tuple[DifferentialEntry, ...]:
    """Keep all must-not-miss entries plus the top ``n`` others, ranked."""
    ranked = L.rank(entries)
    others = [e for e in ranked if not e.must_not_miss][:n]
    return L.rank([e for e in ranked if e.must_not_miss] + others)


def pathway_specs(
    kb: KnowledgeBase, verdicts: Sequence[PathwayVerdict], facts: ClinicalFacts
) -> list[DiagnosisSpec]:
    """The diagnoses the pathways met act on, for this patient's population."""
    specs = [s for v in verdicts if (s := kb.diagnoses.get(v.diagnosis)) is not None]
    return in_population(specs, facts)


Restaged = tuple[
    tuple[DifferentialEntry, ...], dict[str, RuleResult], Cites, ClinicalFacts
]


def restage(
    kb: KnowledgeBase,
    view: StageView,
    hits: Sequence[NoteHit],
    ledger: Sequence[DifferentialEntry],
    stage: StageName,
    *,
    mention: bool,
    impression: DiagnosisSpec | None = None,
    keep: int = GENERIC_MAX,
) -> Restaged:
    """Re-score the ledger with a later stage's view (closed world: ``restage_open``).

    Returns:
        ``(ledger, rule results, citations by concept, facts)``.
    """
    out = restage_open(
        kb,
        view,
        hits,
        ledger,
        stage,
        mention=mention,
        impression=impression,
        keep=keep,
        open_world=False,
    )
    return out[0], out[1], out[2], out[3]


def restage_open(
    kb: KnowledgeBase,
    view: StageView,
    hits: Sequence[NoteHit],
    ledger: Sequence[DifferentialEntry],
    stage: StageName,
    *,
    mention: bool,
    impression: DiagnosisSpec | None = None,
    keep: int = GENERIC_MAX,
    open_world: bool = True,
) -> tuple[
    tuple[DifferentialEntry, ...],
    dict[str, RuleResult],
    Cites,
    ClinicalFacts,
    tuple[str, ...],
    float,
]:
    """Re-score the ledger with a later stage's view (H&P, MDM) and its notes.

    The ledger's diagnoses are re-scored together with the complaint's whole list,
    the diagnoses the new findings and results support (``supported_specs``) and the
    physician's stated ``impression``; all must-not-miss entries plus the ``keep``
    most probable others stay. Entries unknown to the KB (e.g. from a review edit)
    are kept unchanged.

    With ``open_world`` the mass of diagnoses outside the list grows by
    ``UNEXPLAINED_LR`` for every finding no candidate explains (``unexplained``),
    so a case report of a disease the knowledge base lacks does not make the best
    of the listed ones look certain.

    Returns:
        ``(ledger, rule results, citations by concept, facts, unexplained findings,
        probability that the diagnosis is not on the list)``.
    """
    facts = facts_with_notes(view, hits, kb)
    complaint = presenting_complaint(kb, view.chief_complaint, facts)
    known = [(e, spec_for(kb, e.diagnosis)) for e in ledger]
    specs = in_population([s for _, s in known if s is not None], facts)
    extra = [*candidate_specs(kb, complaint, facts)]
    if impression is not None:
        extra.extend(in_population([impression], facts))
    verdicts = pathway_verdicts(view, ledger)
    extra.extend(pathway_specs(kb, verdicts, facts))
    acted = {v.diagnosis for v in verdicts}
    verdicts = (
        *verdicts,
        *(
            v
            for e, s in known
            if s is not None
            and s.id not in acted
            and (v := triage_verdict_carried(e, s.id)) is not None
        ),
    )
    have = {s.id for s in specs}
    for spec in extra:
        if spec.id not in have:
            have.add(spec.id)
            specs.append(spec)
    rules = run_rules(kb, complaint, facts, specs)
    cites = citations_for(hits, facts, kb)
    loose = tuple(unexplained(kb, specs, facts)) if open_world else ()
    factor = math.exp(UNEXPLAINED_LR * len(loose))
    scored, other = score(
        specs,
        facts,
        rules,
        cites,
        stage=stage,
        previous=ledger,
        mention=mention,
        impression=impression.id if impression is not None else None,
        listed=listed_ids(kb, complaint, facts),
        implies=kb.implies,
        other_factor=factor,
        pathways=verdicts,
        past=past_symptoms(kb),
    )
    kept = [e for e, s in known if s is None]
    ranked = L.rank([*keep_top(scored, keep), *kept])
    return ranked, rules, cites, facts, loose, round(other, 4)
