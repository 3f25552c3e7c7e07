"""Emergency Severity Index v4 triage by its decision points (research use only).

Follows the ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012, 2020 ed.): A)
needs an immediate life-saving intervention → 1; B) high-risk situation, new
confusion/lethargy/disorientation, or severe pain/distress → 2; C) expected resources (0
→ 5, 1 → 4, >= 2 → 3); D) danger-zone vitals in a level-3 patient → consider 2. Letters
follow the handbook algorithm. Missing vitals are listed, never invented; a
time-critical complaint whose required vitals are missing cannot pass decision point D
and is ESI 2. Time-critical patterns (stroke signs, anaphylaxis, GI bleeding, ectopic
risk, trauma mechanism...) are read from all triage text whatever the complaint
(``agents.offline.rules._esi_patterns``). Helper rules (AVPU from the triage block,
chest pain suggestive of ACS, signs of stroke, older-adult resources, danger-zone
judgement) live in ``agents.offline.rules._esi_risk``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict

from agents.offline.knowledge.models import ComplaintSpec
from agents.offline.rules._ciwa import mild_withdrawal, severe_withdrawal
from agents.offline.rules._esi_aorta import aortic_pain_with_compromise
from agents.offline.rules._esi_blood import (
    marrow_failure_bleeding,
    perianal_abscess_picture,
)
from agents.offline.rules._esi_injury import injury_with_compromise
from agents.offline.rules._esi_lsi import (
    apnoea_episode_over,
    awake_now,
    life_saving_presentations,
    low_glucose_worded,
    relative_hypotension,
    well_low_blood_pressure,
)
from agents.offline.rules._esi_patterns import (
    POINTS_TO,
    POSSIBLY_PREGNANT,
    chronic_sensory_only,
    dehydrated_young_child,
    exertional_breathlessness_with_both_ankles,
    facial_nerve_palsy_only,
    flaccid_infant,
    immunocompromise_words,
    longstanding_pain_without_distress,
    mild_lethargy_only,
    mild_midline_pain,
    new_confusion_words,
    observed_pain_distress,
    open_wound_not_high_risk,
    pregnancy_not_high_risk,
    responds_only_to_pain,
    stated_severe_pain,
    stridor_only_when_upset,
    time_critical,
    triage_clauses,
    vitals_documented_normal,
    worded_pain_rating,
)
from agents.offline.rules._esi_resources import (
    CHICKENPOX_WELL_CHILD,
    YOUNG_INFANT_LOW_C,
    anticoagulated_nosebleed_stopped,
    breath_holding_spell_over,
    bruising_with_bleeding_signs,
    burn_for_referral,
    contact_lens_keratitis,
    deformed_limb,
    diabetic_foot_infection,
    dressed_skin_tear,
    febrile_child_with_source,
    febrile_cough,
    febrile_flank_infection,
    febrile_limp,
    febrile_skin_infection,
    febrile_tachycardia,
    fight_bite,
    gastroenteritis_child_keeping_up,
    hot_joint,
    improving_course,
    infected_bite,
    infected_operated_wound,
    injured_limb_needs_xray,
    injured_limb_with_lost_feeling,
    injury_swelling,
    limb_injury,
    mild_asthma_attack,
    mild_ingrown_toenail,
    minor_condition,
    minor_head_bump,
    necrotising_otitis_risk,
    needs_wound_repair,
    non_resource_need,
    older_abdominal_pain,
    ophthalmic_zoster,
    planned_visit_resources,
    positional_vertigo,
    postpartum_endometritis_signs,
    procedural_sedation,
    prolonged_fever_child,
    recurrent_gout_flare,
    red_flag_cough,
    settled_nosebleed,
    simple_procedure,
    simple_red_eye,
    sinus_headache,
    spontaneous_mucosal_bleeding,
    sudden_hearing_loss,
    superficial_abrasions_only,
    suspected_hip_fracture,
    symptomatic_hyperglycaemia,
    symptomless_presentation,
    throat_with_neck_swelling,
    traumatic_amputation,
    two_resource_presentation,
    uncomplicated_back_pain,
    uncomplicated_diarrhoea,
    uncomplicated_neck_pain,
    urinary_flank_pain,
    vomiting_kept_down,
    well_for_level_five,
    wound_with_lost_function,
    wound_with_retained_body,
)
from agents.offline.rules._esi_risk import (
    COMPLAINT_MEANS_AMS,
    COMPLAINT_RISK_POINTS_TO,
    GI_LOSS_COMPLAINTS,
    MILD_MIN_CHILD_AGE,
    MILD_PAIN,
    OLDER_ADULT_AGE,
    avpu,
    avpu_at_baseline,
    chest_pain_worded,
    complaint_high_risk,
    dz_uptriage,
    epididymitis_picture,
    febrile_vomiting_adult,
    mild_presentation,
    neck_stiffness_is_high_risk,
    needs_rehydration,
    news2_high_risk,
    obstetric_hypertension,
    older_adult_resources,
    older_adult_sepsis_screen,
    overdose_is_high_risk,
    postoperative_sepsis_screen,
    pyelonephritis_picture,
    raised_bp_in_pregnancy,
    sepsis_screen,
    severe_hypertension_with_symptoms,
    severe_pain_escalates,
    simple_febrile_seizure,
    streaked_haemoptysis_only,
    triage_rule_applies,
    unassessable_high_risk,
    vision_loss_is_high_risk,
)
from agents.offline.rules._esi_skin import (
    ECZEMA_HERPETICUM_REASON,
    eczema_herpeticum_suspected,
    eczema_herpeticum_unwell,
    severe_soft_tissue_infection,
)
from agents.offline.rules._heartburn import known_reflux_recurrence, reflux_heartburn
from agents.offline.rules._intussusception import (
    INTUSSUSCEPTION_REASON,
    paroxysmal_screaming_pattern,
)
from agents.offline.rules._scoring import altered, gcs
from agents.offline.rules._usual_spo2 import at_usual_saturation
from agents.offline.rules._usual_voices import usual_voices_only
from agents.offline.rules._voice_drool import voice_not_drooling
from agents.offline.rules.facts import ADULT_YEARS, ClinicalFacts, hypotension_sbp
from agents.schemas import RuleResult
from agents.shock_index import abnormal_shock_index
from cases.memo import RecentByIdentity
from cases.models import Vitals
from cases.population import Population
from cases.rx import whole_letters
from cases.vitals import plausible_vitals

__all__ = [
    "ESI_LIFE_SAVING",
    "ESI_SOURCE",
    "POSSIBLY_PREGNANT",
    "EsiAssessment",
    "danger_zone_vitals",
    "esi_triage",
    "life_saving_reasons",
    "plausible_vitals",
    "time_critical_targets",
    "triage_points_to",
]

ESI_SOURCE = (
    "Gilboy N, Tanabe P, Travers D, Rosenau AM. Emergency Severity Index (ESI) v4 "
    "Implementation Handbook. AHRQ 2012 (2020 edition)"
)
ESI_LIFE_SAVING: Final = "ESI v4 handbook ch.3 life-saving intervention"
"""Marks a pathway reason (``pathway_reasons`` of :func:`esi_triage`) as a decision
point A need: the patient requires an immediate life-saving intervention (level 1)."""
LSI_CONCEPTS = (
    "cardiac_arrest",
    "pulseless",
    "apnea",
    "unresponsive",
    "intubated",
    "bag_mask_ventilation",
    "severe_respiratory_distress",
    "airway_compromise",
    "status_epilepticus",
    "agonal_breathing",
    "external_pacing",
)
TRANSIENT_LSI_CONCEPTS = ("unresponsive", "apnea")
"""States the triage text may record as over ("found unresponsive, now awake and
talking"): level 1 needs them now (handbook Table 3-3); the episode is then judged at
decision point B."""
GLOBAL_HIGH_RISK = (
    "suicidal_ideation",
    "homicidal_ideation",
    "thunderclap_headache",
    "hematemesis",
    "anaphylaxis",
    "angioedema",
    "stridor",
    "respiratory_distress",
    "focal_deficit",
    "vision_loss",
    "active_seizure",
    "penetrating_trauma",
    "open_wound",  # an open fracture above the digits (``open_wound_not_high_risk``)
    "overdose",
    "neurovascular_compromise",
    "severe_distress",
    "icd_shock",
    "missed_dialysis",
    "sickle_cell_crisis",
    "sexual_assault",
)
"""ESI-2 high-risk findings whatever the complaint (handbook ch.4)."""
RESOURCE_FINDINGS = (
    "deformity",
    "open_wound",
    "bone_exposed",  # esi34: bone seen, no fracture: x-ray and repair or debridement
    "probe_to_bone",  # esi34: osteomyelitis work-up, x-ray and labs (IWGDF/IDSA 2023)
    "neurovascular_compromise",
    "dyspnea",
    "syncope",
    "chest_pain",
    "hematemesis",
    "melena",
    "focal_deficit",
    "hypotension",
)
"""Findings that imply >= 2 resources (labs plus imaging/IV therapy/consult)."""
INTUSSUSCEPTION_AGE_DAYS: Final = (90, 6 * 365 + 1)
"""The population of intussusception (3 months to 6 years: Kelley-Quon LI et al.
APSA, J Pediatr Surg 2021), where colic no longer explains paroxysmal crying."""


def paroxysmal_crying_child(facts: ClinicalFacts) -> bool:
    """Paroxysms of crying or legs drawn up in a child of 3 months to 6 years.

    The colicky pain of intussusception (APSA 2021): an abdominal ultrasound and IV
    access at least, two resources (ESI v4 handbook ch. 5), not the one urinalysis
    of a well, crying young infant (Freedman SB et al. Pediatrics 2009).
    """
    low, high = INTUSSUSCEPTION_AGE_DAYS
    return (
        facts.has("colicky_crying") and facts.population.age_within(low, high) is True
    )


SEVERE_PAIN_RATING: Final = 7.0
"""ESI v4 handbook ch.4: a pain rating of 7/10 or more prompts the nurse to consider
ESI 2 (severe pain/distress)."""
SKIN_COMPLAINTS: Final = ("rash_cellulitis", "allergic_reaction")
"""Skin complaints whose words ("groin rash") a localised itchy or fungal rash may
match by meaning: such a rash, well, is still treated by examination and topical or
oral medication, no resource (ESI v4 handbook ch.5)."""
MINOR_RASH: Final = "itchy or localised rash"
MINOR_SKIN: Final = (MINOR_RASH, "head lice or scabies", CHICKENPOX_WELL_CHILD)
"""Minor conditions a skin complaint's words may stand for (esi29: head lice filed as
a rash or an itch are combed or treated topically, no resource)."""


VITAL_NAMES = ("heart_rate", "respiratory_rate", "spo2", "systolic_bp", "temperature_c")
"""Triage vitals whose absence is flagged (``rule.missing``), never invented."""
AMS_CONCEPTS = ("altered_mental_status", "confusion", "lethargy", "disorientation")


def ams_concept(facts: ClinicalFacts) -> bool:
    """Whether a finding states new confusion, lethargy or disorientation (ESI ch.4).

    An adult's mild lethargy with no confusion is fatigue (``mild_lethargy_only``).
    """
    return any(facts.has(c) for c in AMS_CONCEPTS) and not mild_lethargy_only(facts)


class EsiAssessment(BaseModel):
    """ESI v4 result with the decision point that set the level."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    level: int
    floor: int
    mandatory_floor: int = 5
    """The floor from the handbook's mandatory criteria only: decision point A (-> 1)
    and B's high-risk situation or new confusion/lethargy/disorientation (-> 2).
    Severe pain at B, danger-zone vitals at D and missing vitals are criteria the
    handbook asks the nurse to *consider* (ESI v4 handbook ch.4-5: "the triage nurse
    may"), so they enter ``floor`` but not this one (5 when nothing is mandatory)."""
    decision_point: Literal["A", "B", "C", "D"]
    life_saving_intervention: bool
    high_risk: bool
    high_risk_reasons: tuple[str, ...] = ()
    """Decision-point A/B reasons (life-saving need, high-risk situation), if any."""
    life_saving_reasons: tuple[str, ...] = ()
    """Decision-point A reasons only (an immediate life-saving intervention)."""
    screen_reasons: tuple[str, ...] = ()
    """The decision-point B reasons that come from a physiological screen score
    (qSOFA, the older adult's SIRS screen, NEWS2 >= 7) rather than from the
    presentation: ESI reads them as high-risk situations; CTAS and KTAS grade the same
    vital signs by their own first-order modifiers instead (``rules.ctas``)."""
    altered_mental_status: bool
    severe_pain: bool
    expected_resources: int | None
    danger_zone_vitals: tuple[str, ...]
    unassessable_vitals: tuple[str, ...] = ()
    """Vitals a patient reaching decision point D needs and lacks (``_unassessable``):
    flagged ("obtain before final level"), level 3 held (floor 3) until measured; ESI
    2 only where the presentation is high risk (``unassessable_high_risk``)."""
    decided_by: str = ""
    """The criterion that set the level: ``A:<criterion>``; ``B:high-risk:<criterion>``
    (a situation read from the presentation), ``B:pathway:<criterion>``,
    ``B:screen:<criterion>`` (qSOFA, SIRS, NEWS2), ``B:confusion``, ``B:severe-pain``;
    ``C:resources`` or ``C:unknown-complaint``; ``D:danger-zone`` or
    ``D:not-assessable``. ``<criterion>`` is the first reason's ``criterion_label``."""
    resource_trail: tuple[str, ...] = ()
    """How the expected resources were predicted: the complaint's count first, then
    each presentation rule that changed it (``step=count``), for decision point C."""
    rule: RuleResult


def _dz_limits(age: int | None, age_days: int | None = None) -> tuple[float, float]:
    """(HR, RR) danger-zone limits by the handbook's age bands (ch.6, Figure 6-1).

    Under 3 months 180/50, 3 months-3 years 160/40, 3-8 years 140/30, over 8 years
    100/20. An infant whose age in days is unknown uses the 3 month-3 year band.
    """
    if age is None or age > 8:
        return 100, 20
    if age >= 3:
        return 140, 30
    if age == 0 and age_days is not None and age_days < YOUNG_INFANT_DAYS:
        return 180, 50
    return 160, 40


YOUNG_INFANT_DAYS: Final = 90
"""The handbook's youngest danger-zone band: under 3 months."""


FINDING_POINTS_TO: Final[dict[str, tuple[str, ...]]] = {
    "thunderclap_headache": ("subarachnoid_hemorrhage",),
    "worst_headache": ("subarachnoid_hemorrhage",),
    ECZEMA_HERPETICUM_REASON: ("eczema_herpeticum",),
    INTUSSUSCEPTION_REASON: ("intussusception",),  # peds47: its ultrasound (APSA 2021)
}
"""High-risk findings (``GLOBAL_HIGH_RISK``, written as their concept name) -> the
diagnoses they are about: a thunderclap or worst-ever headache is the Ottawa SAH
rule's and ACEP 2019's indication for a non-contrast CT head (Perry JJ et al. JAMA
2013; Godwin SA et al. Ann Emerg Med 2019), whatever words the complaint used."""
LONG_QTC_REASON: Final = (
    "long QTc (>= 500 ms) with syncope, seizure or palpitations, or torsades"
)
"""The triage criterion of the torsades pathway (``agents.triage_pathways``)."""
PATHWAY_POINTS_TO: Final[dict[str, tuple[str, ...]]] = {
    LONG_QTC_REASON: ("torsades_de_pointes",),
}
"""Triage criteria read with a pathway (``agents.triage_pathways``) -> the diagnoses
they are about (cardio46): a QTc >= 500 ms with syncope, a seizure or palpitations is
torsades de pointes until monitoring shows otherwise (Drew BJ et al. AHA/ACCF 2010 QT
statement; Brignole M et al. ESC 2018 syncope, Table 5: a long QTc is a major
high-risk ECG feature), not a faint of unknown cause."""
_POINTS_TO: Final = {
    **POINTS_TO,
    **COMPLAINT_RISK_POINTS_TO,
    **FINDING_POINTS_TO,
    **PATHWAY_POINTS_TO,
}


def triage_points_to(red_flags: Iterable[str]) -> frozenset[str]:
    """Knowledge-base diagnoses that triage's high-risk situations are about.

    A high-risk situation found at triage ("signs of stroke", "sudden severe headache")
    is itself a finding that points to its diagnoses, whatever words the complaint
    used: their imaging and consults are indicated (AHA/ASA 2019: imaging for every
    suspected stroke; ACEP 2019 acute headache).

    Args:
        red_flags: ``TriageResult.red_flags`` (reason names, sources stripped).
    """
    return frozenset(d for flag in red_flags for d in _POINTS_TO.get(flag, ()))


def time_critical_targets(red_flags: Iterable[str]) -> dict[str, str]:
    """Diagnosis id -> the time-critical pattern found at triage that is about it.

    Only the time-critical patterns read on all the triage text (``POINTS_TO``), not
    the complaint-bound reasons (``agents.offline.assessment`` brings these in
    whatever the complaint).
    """
    return {d: f for f in red_flags for d in POINTS_TO.get(f, ())}


def danger_zone_vitals(
    vitals: Vitals, age: int | None, age_days: int | None = None
) -> tuple[str, ...]:
    """Names of danger-zone vitals (HR, RR by age band; SpO2 < 92%)."""
    hr_max, rr_max = _dz_limits(age, age_days)
    out = []
    if vitals.heart_rate is not None and vitals.heart_rate > hr_max:
        out.append(f"heart_rate>{hr_max:g}")
    if vitals.respiratory_rate is not None and vitals.respiratory_rate > rr_max:
        out.append(f"respiratory_rate>{rr_max:g}")
    if vitals.spo2 is not None and vitals.spo2 < 92:
        out.append("spo2<92")
    return tuple(out)


def hypotensive(v: Vitals, age: int | None, age_days: int | None = None) -> bool:
    """SBP below the PALS limit for age (< 10 y) or adult shock range.

    Children under 10 by PALS 2020 (Topjian AA et al. Circulation 2020;142:S469):
    < 60 mmHg in a term neonate (0-28 days), < 70 in an infant (1-12 months), < 70 +
    2 x age in years from 1 to 10 (``facts.hypotension_sbp``, by the oldest possible
    age in days ``age_days`` when known; triage38: a neonate's SBP 64 is normal).

    Adults: SBP < 80, or SBP < 90 with a tachycardia (HR >= 100) at or above it
    (shock index >= 1: hypotension with compensatory tachycardia, ATLS 10th ed. class
    III haemorrhage; Mutschler M et al. Crit Care 2013: SI >= 1 predicts transfusion;
    CTAS shock: hypotension with significant tachycardia). That is the
    handbook's level-1 "hypotension with signs of hypoperfusion" (ch.3), which needs
    immediate fluid or blood resuscitation.
    """
    if v.systolic_bp is None:
        return False
    if age is not None and age < 10:
        if age_days is not None:
            days = Population(age_days_min=age_days, age_days_max=age_days)
            return v.systolic_bp < hypotension_sbp(days)  # PALS 2020 lower limit
        return v.systolic_bp < 70 + 2 * max(age, 0)  # PALS lower limit
    sbp, hr = v.systolic_bp, v.heart_rate or 0.0
    return sbp < 80 or (sbp < 90 and hr >= max(100.0, min(sbp, 120.0)))


_EPISODE_TOLD: Final = re.compile(
    r"(?i)\b(?:unresponsive|unconscious|limp|floppy|blue|apno?e\w*|blank|vacant)"
    r" (?:episodes?|spells?|events?|turns?|attacks?)\b"
)
"""An unresponsive or apnoeic spell told as an event ("unresponsive episode"): one
that is over (handbook Table 3-3: level 1 is unresponsive now), judged at B."""


def _step_a(facts: ClinicalFacts, v: Vitals, g: float | None) -> list[str]:
    woke = awake_now(facts) or bool(_EPISODE_TOLD.search(facts.chief_complaint or ""))
    baseline = avpu_at_baseline(facts)
    reasons = [
        c
        for c in LSI_CONCEPTS
        if facts.has(c)
        and not (woke and c in TRANSIENT_LSI_CONCEPTS)
        and not (c == "apnea" and apnoea_episode_over(facts))
        and not (baseline and c == "unresponsive")  # his usual state, not new
    ]
    level = avpu(facts)
    if level in ("P", "U"):
        reasons.append(f"unresponsive (AVPU {level})")
    elif responds_only_to_pain(facts):
        reasons.append("does not respond to voice (AVPU P)")
    if hypotensive(v, facts.age, facts.population.age_days_max):
        reasons.append(f"hypotension/shock (SBP {v.systolic_bp:g})")
    if (
        v.spo2 is not None
        and v.spo2 < 90
        and (facts.has("respiratory_distress") or (v.respiratory_rate or 0) >= 30)
    ):
        reasons.append(f"SpO2 {v.spo2:g} with respiratory distress")
    if v.respiratory_rate is not None and v.respiratory_rate < 8:
        reasons.append(f"respiratory rate {v.respiratory_rate:g}")
    if g is not None and g <= 8:
        reasons.append(f"GCS {g:g}")
    altered = (
        level in ("V", "P", "U")
        or (g is not None and g < 15)
        or ams_concept(facts)
        or new_confusion_words(facts)
    )
    reasons += _unstable_rate(facts, v, altered)
    if not woke:  # "went limp, now back to normal": judged at B (a BRUE)
        reasons += flaccid_infant(facts)
    shock = any(r.startswith("hypotension/shock") for r in reasons)
    reasons += [
        r
        for r in life_saving_presentations(facts, v, altered)
        if not (shock and r.startswith("hypotension with signs"))
    ]
    # triage54: a hypoglycaemia treated before arrival with the patient "now alert"
    # needs no dextrose now (handbook ch.3: level 1 is an immediate intervention);
    # its recurrence is weighed at B and in the disposition
    if altered and not awake_now(facts) and _hypoglycaemic(facts):
        reasons.append("hypoglycaemia with altered mentation (IV dextrose now)")
    return reasons


BRADY_UNSTABLE_HR = 50.0
TACHY_UNSTABLE_HR = 150.0
_POOR_PERFUSION = ("syncope", "hypotension", "poor_perfusion", "cxr_pulmonary_edema")
"""Signs that the rate is failing the circulation (ACLS 2020: hypotension, shock, acute
heart failure; syncope). A chest tightness or a sweat alone is no such sign: a stable
SVT with normal BP, alert and warm, gets vagal manoeuvres and adenosine, not the
resuscitation room (AHA/ACC/HRS 2015 SVT; ESC 2019 SVT)."""


def _unstable_rate(facts: ClinicalFacts, v: Vitals, altered: bool) -> list[str]:
    """Brady- or tachyarrhythmia with poor perfusion: pacing, atropine or cardioversion.

    AHA ACLS 2020 adult bradycardia (HR < 50) and tachycardia (HR >= 150)
    algorithms: with hypotension (SBP < 90), acutely altered mentation, signs of shock
    (poor perfusion, acute heart failure), ischaemic chest discomfort (chest pain with
    ischaemic ECG changes), or syncope, the rhythm needs immediate treatment
    (an ESI v4 decision point A intervention: electrical therapy, emergency drugs;
    handbook ch.2 "severe bradycardia or tachycardia with signs of hypoperfusion").
    Adults only (paediatric limits differ; children are read by the PALS hypotension
    limit in :func:`hypotensive`). Not a bradycardia below 35 C core: it is the
    physiological slowing of hypothermia, treated by rewarming, not by atropine or
    pacing (Lott C et al. ERC 2021 special circumstances, Resuscitation 2021;161:152;
    Dow J et al. WMS 2019); the hypothermia itself is the high-risk reason, and a low
    blood pressure or an unresponsive patient stays level 1 by its own reason.
    """
    hr = v.heart_rate
    if hr is None or not triage_rule_applies("adult_rate_instability", facts):
        return []
    if hr >= BRADY_UNSTABLE_HR and hr < TACHY_UNSTABLE_HR:
        return []
    if hr < BRADY_UNSTABLE_HR and hypothermic(v):
        return []  # physiological in hypothermia: rewarm, no atropine or pacing
    low_bp = v.systolic_bp is not None and v.systolic_bp < 90
    ischaemic = facts.has("chest_pain") and facts.has("ecg_ischemic_changes")
    poor = low_bp or altered or ischaemic or any(facts.has(c) for c in _POOR_PERFUSION)
    if not poor:
        return []
    kind = "bradycardia" if hr < BRADY_UNSTABLE_HR else "tachycardia"
    return [f"unstable {kind} (HR {hr:g} with poor perfusion; AHA ACLS 2020)"]


KNOWN_HYPERKALAEMIA: Final = (
    "a potassium of 6.0 or more known at triage (UK Kidney Association 2023"
    " hyperkalaemia: moderate 6.0-6.4, severe >= 6.5 - a 12-lead ECG, monitoring and"
    " treatment now; ESI v4 handbook ch.4 high risk)"
)
"""triage53: a referral's or a point-of-care potassium >= 6.0 mmol/L worded at the
door (``potassium_high_moderate`` / ``_severe``, withdrawn by ``_repeat_potassium``
when haemolysed or repeated normal) is an arrhythmic risk, not a result to wait on."""


def _hypoglycaemic(facts: ClinicalFacts) -> bool:
    """Documented hypoglycaemia: the finding, or glucose < 54 mg/dL (< 3.0 mmol/L).

    ADA Standards of Care 2023: level 2 hypoglycaemia is < 54 mg/dL (3.0 mmol/L);
    with altered mentation (level 3) it needs immediate glucose, an ESI v4 decision
    point A intervention (handbook ch.3). The measurement is in mg/dL
    (``findings.glucose_mg_dl``: a bare 10-35 is ambiguous and not read, never a
    hypoglycaemia of a DKA patient's 28 mmol/L).
    A glucose measured normal after the low one (or the only measured glucose not
    low) means the hypoglycaemia was treated: no dextrose is due now.
    """
    glucose = facts.measurements.get("glucose")
    low = glucose is not None and glucose < 54
    if facts.has("glucose_corrected") or (facts.has("glucose_not_low") and not low):
        return False  # measured normal now: treated, no dextrose due (ADA 2024, s. 6)
    return low or facts.has("hypoglycemia")


_FACIAL_DEFICITS: Final = ("focal_deficit", "facial_droop")
"""Concepts a facial palsy alone sets (a facial droop implies a focal deficit)."""


OVERT_BLEEDING_CONCEPTS: Final = (
    "gi_bleeding",
    "vaginal_bleeding",
    "postpartum_bleeding",
    "hemoptysis",
    "visible_hematuria",
    "nosebleed",
)
"""Overt haemorrhage (the knowledge base's bleeding concepts). A nosebleed counts:
haemodynamic instability marks the nosebleed that needs prompt management (Tunkel DE
et al. AAO-HNS 2020 nosebleed guideline, KAS 1)."""
TRIAGE_BLEEDING_CONCEPTS: Final = (*OVERT_BLEEDING_CONCEPTS, "hematuria")
"""At triage, blood in the urine is the patient's own complaint: visible (CEDIS)."""


def bleeding_with_compromise(
    facts: ClinicalFacts,
    v: Vitals,
    concepts: tuple[str, ...] = TRIAGE_BLEEDING_CONCEPTS,
) -> str | None:
    """Overt bleeding with a shock index abnormal for the age (compromise), if any.

    The compensated patient who is bleeding is high risk before the pressure falls
    (ESI v4 handbook ch.4 decision point B; CTAS 2016: haemodynamic compromise is
    level 2). The shock index is judged by ``agents.shock_index``: >= 1 from 16 (ATLS
    10th ed. class III haemorrhage; Mutschler M et al. Crit Care 2013;17:R172), a
    child's by the age-adjusted SIPA cut-off (none under 4); it is the same judgement
    from which the floor orders emergency-release blood, so triage and treatment agree.
    """
    si = abnormal_shock_index(v.heart_rate, v.systolic_bp, facts.population)
    if si is None:
        return None
    if not any(facts.has(c) for c in concepts):
        return None
    return (
        f"bleeding with haemodynamic compromise (shock index {si:.1f}, abnormal for"
        " age; ATLS 10th ed. class III haemorrhage; SIPA in children; CTAS 2016)"
    )


_WITHDRAWAL_FINDINGS: Final = ("withdrawal", "alcohol_withdrawal")
_WITHDRAWAL_PATTERN: Final = "alcohol withdrawal with tremor"
"""Withdrawal's high-risk readings, which a stated mild CIWA-Ar with no complicating
feature answers (``_ciwa.mild_withdrawal``, ASAM 2020)."""


APNOEA_CHILD_AGE: Final = 2
"""Age (years) under which an apnoea the carers saw is a high-risk history whatever
the complaint: an infant's brief resolved unexplained event (Tieder JS et al. AAP
2016 BRUE) and the apnoea of bronchiolitis, which NICE NG9 (2015, 1.3.3/1.4.1)
admits; older children's and adults' pauses in sleep are obstructive sleep apnoea,
a clinic's question."""
RESOLVED_APNOEA: Final = (
    "apnoea witnessed, now breathing: a young child's resolved apnoea (AAP 2016 BRUE;"
    " NICE NG9 bronchiolitis; ESI v4 Table 3-3: level 1 only while apnoeic)"
)


RESPIRATORY_MUSCLE_FAILURE: Final = (
    "neuromuscular respiratory weakness: vital capacity below 20 mL/kg or inspiratory"
    " force weaker than -30 cmH2O (Lawn ND et al. Arch Neurol 2001; van Doorn PA et"
    " al. EAN/PNS 2023 GBS; Sanders DB et al. Neurology 2016 myasthenia)"
)
"""ESI decision point B (trauma52's request): a Guillain-Barre syndrome's or a
myasthenic crisis's respiratory muscles failing by the 20/30/40 rule
(``vital_capacity_low``) can need intubation within hours, whatever the saturation
(hypoxaemia comes late in neuromuscular failure): a high-risk situation, level 2."""


def resolved_apnoea_young_child(facts: ClinicalFacts) -> bool:
    """Whether a child under ``APNOEA_CHILD_AGE`` had an apnoea that is now over.

    ESI v4 handbook Table 3-3 makes apnoea level 1 only while the patient is not
    breathing; one told as over ("stopped breathing for a few seconds at home, now
    pink", ``apnoea_episode_over``; or "now well", ``awake_now``) leaves decision
    point A and is a high-risk history at B (level 2) in every complaint, not only
    the infant complaints that list it (triage52: a 2-month-old's bronchiolitis with
    a resolved apnoea was ESI 3).
    """
    if facts.age is None or facts.age >= APNOEA_CHILD_AGE or not facts.has("apnea"):
        return False
    return apnoea_episode_over(facts) or awake_now(facts)


def _step_b(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, v: Vitals
) -> list[str]:
    specific = complaint.high_risk_findings if complaint else []
    mild_stridor = stridor_only_when_upset(facts)
    text = facts.chief_complaint or ""
    mild = mild_withdrawal(text)
    epididymitis = epididymitis_picture(facts)  # peds49: BASHH 2020, TWIST
    reasons = [
        c
        for c in dict.fromkeys([*specific, *GLOBAL_HIGH_RISK])
        if facts.has(c)
        and (c != "vision_loss" or vision_loss_is_high_risk(facts))
        and (c != "neck_stiffness" or neck_stiffness_is_high_risk(facts))
        and (c != "fever" or not simple_febrile_seizure(facts))
        and (c != "overdose" or overdose_is_high_risk(facts))
        and (c != "chest_pain" or chest_pain_worded(facts))
        and (
            c != "dyspnea"
            or complaint is None
            or complaint.id != "leg_swelling"
            or not exertional_breathlessness_with_both_ankles(facts)
        )
        and (c not in _FACIAL_DEFICITS or not facial_nerve_palsy_only(facts))
        and (c != "stridor" or not mild_stridor)
        and (c != "open_wound" or not open_wound_not_high_risk(facts))
        and (c != "hypotension" or not well_low_blood_pressure(facts, v))
        and (c not in _WITHDRAWAL_FINDINGS or not mild)
        and (c != "drooling" or not voice_not_drooling(facts, triage_clauses(facts)))
        and (c not in AMS_CONCEPTS or not mild_lethargy_only(facts))
        and (c != "testicular_pain" or not epididymitis)
        and (c != "fever" or not pyelonephritis_picture(facts, v))
        and (
            c != "fever"
            or not perianal_abscess_picture(
                facts, v.heart_rate, v.respiratory_rate, v.systolic_bp, v.temperature_c
            )
        )
        and (c != "hemoptysis" or not streaked_haemoptysis_only(facts, v))
        # triage56: a known psychosis's usual voices, calm (ESI v4 ch.4; CTAS 2016)
        and (c != "hallucinations" or not usual_voices_only(facts))
    ]
    reasons += complaint_high_risk(facts, complaint)
    reasons += [
        r
        for r in time_critical(facts)
        if r not in reasons
        and not (mild_stridor and r.startswith("airway compromise"))
        and not (mild and r.startswith(_WITHDRAWAL_PATTERN))
        and not (epididymitis and r.startswith("possible testicular torsion"))
    ]
    if severe := severe_withdrawal(text):
        reasons.append(severe)
    reasons += dehydrated_young_child(facts)
    reasons += paroxysmal_screaming_pattern(facts)  # peds47: intussusception (APLS)
    if low_glucose_worded(facts):
        reasons.append("point-of-care glucose < 54 mg/dL (ADA 2023 level 2)")
    if facts.has("potassium_high_severe") or facts.has("potassium_high_moderate"):
        reasons.append(KNOWN_HYPERKALAEMIA)
    if complaint:
        reasons += [
            f"known {c}"
            for c in complaint.high_risk_history
            if facts.known(c)
            and not (
                c == "pregnancy"
                and (mild_midline_pain(facts) or pregnancy_not_high_risk(facts))
            )
            # triage54 (lead54's request): a nosebleed that stopped with pressure is
            # no high-risk bleed on an anticoagulant (AAO-HNS 2020: first-line care
            # before any reversal; the INR is checked): its resources grade it
            and not (
                c == "anticoagulation"
                and complaint.id == "epistaxis"
                and anticoagulated_nosebleed_stopped(facts)
            )
        ]
    if (
        v.spo2 is not None
        and v.spo2 < 90
        and not at_usual_saturation(v.spo2, facts.chief_complaint)
    ):
        # esi34: 88-89 % stated as the usual one is the target range of chronic
        # hypercapnic lung disease (BTS 2017), no new hypoxaemia; below 88 % it counts
        reasons.append(f"SpO2 {v.spo2:g} < 90")
    adult = triage_rule_applies("adult_sbp_hr_limits", facts)
    if (
        adult
        and v.systolic_bp is not None
        and v.systolic_bp < 90
        and not well_low_blood_pressure(facts, v)
    ):
        reasons.append(f"hypotension (SBP {v.systolic_bp:g} < 90)")
    elif bleed := (
        bleeding_with_compromise(facts, v)
        or injury_with_compromise(facts, v)
        or aortic_pain_with_compromise(facts, complaint, v)
        or relative_hypotension(facts, v)
    ):
        reasons.append(bleed)
    if marrow := marrow_failure_bleeding(facts):
        reasons.append(marrow)
    if resolved_apnoea_young_child(facts) and "apnea" not in reasons:
        reasons.append(RESOLVED_APNOEA)
    if facts.has("vital_capacity_low"):
        reasons.append(RESPIRATORY_MUSCLE_FAILURE)
    if skin := severe_soft_tissue_infection(facts, v):
        reasons.append(skin)
    if herpeticum := eczema_herpeticum_unwell(facts, v):
        reasons.append(herpeticum)  # NICE CKS atopic eczema 2024
    needs_work_up = complaint is None or complaint.expected_resources >= 2
    if adult and v.heart_rate is not None and v.heart_rate < 50 and needs_work_up:
        reasons.append(f"bradycardia (HR {v.heart_rate:g} < 50) with symptoms")
    reasons += severe_hypertension_with_symptoms(facts, v)
    reasons += obstetric_hypertension(facts, v)
    fever = v.temperature_c is not None and v.temperature_c >= 38.0
    if (fever or facts.has("fever")) and facts.age == 0 and not _older_infant(facts):
        reasons.append(
            f"fever in an infant (may be <= {FEBRILE_INFANT_DAYS} days; ESI handbook"
            " ch.6, AAP 2021)"
        )
    if (
        v.temperature_c is not None
        and v.temperature_c < HYPOTHERMIA_C
        and not mild_hypothermia_alert_adult(facts, v)
    ):
        reasons.append(
            f"hypothermia (temperature {v.temperature_c:g} < {HYPOTHERMIA_C:g} C;"
            " Wilderness Medical Society 2019 accidental hypothermia)"
        )
    if _hypothermic_young_infant(facts, v):
        reasons.append(
            f"hypothermia in an infant under 90 days (temperature {v.temperature_c:g}"
            f" < {YOUNG_INFANT_LOW_C:g} C; ESI v4 handbook ch.6, Table 6-3)"
        )
    febrile = fever or facts.has("fever")
    if facts.has("neck_stiffness") and (
        febrile or any(facts.has(c) for c in AMS_CONCEPTS)
    ):
        reasons.append(
            "fever or altered mentation with neck stiffness: possible meningitis"
            " (IDSA 2004 bacterial meningitis; ESI handbook ch.3)"
        )
    if fever and (facts.known("immunocompromised") or immunocompromise_words(facts)):
        reasons.append("fever in an immunocompromised patient")
    if (fever or facts.has("fever")) and _endocarditis_risk(facts):
        reasons.append(
            "fever with injection drug use or a prosthetic valve: possible infective"
            " endocarditis (AHA 2015 infective endocarditis statement; ESC 2023"
            " endocarditis; ESI v4 handbook ch.4 high risk)"
        )
    return reasons


_ENDOCARDITIS_RISK_CONCEPTS: Final = (
    "injection_drug_use",
    "prosthetic_valve",
    "prior_endocarditis",
)
_INJECTING: Final = whole_letters(
    r"inject\w* (?:\w+ ){0,2}(?:drugs?|heroin|meth\w*|cocaine|opioids?|fentanyl"
    r"|speed)|(?:uses?|using|used) (?:iv|intravenous|injectable) (?:drugs?|heroin)"
    r"|(?:iv|intravenous) (?:drug|heroin) (?:use|user|abuse)\w*|ivdu|pwid|ivda"
    r"|(?:shoots?|shooting) up|track marks"
)
"""Injection drug use as worded at triage (beside the knowledge base's history
concept)."""


def _endocarditis_risk(facts: ClinicalFacts) -> bool:
    """Injection drug use, a prosthetic valve or prior endocarditis, if worded.

    With fever these are the populations in which infective endocarditis must be
    excluded before the patient leaves (Baddour LM et al. AHA scientific statement,
    Circulation 2015;132:1435: blood cultures before antibiotics in every febrile
    person who injects drugs or has a prosthetic valve; Delgado V et al. ESC 2023):
    a high-risk situation that can deteriorate (septic emboli, valve failure).
    """
    if any(facts.known(c) for c in _ENDOCARDITIS_RISK_CONCEPTS):
        return True
    return any(_INJECTING.search(t) for t in triage_clauses(facts))


HYPOTHERMIA_C = 35.0
"""Core temperature below which accidental hypothermia is diagnosed (Wilderness
Medical Society 2019 guideline; NEWS2 scores <= 35.0 C at 3 points): arrhythmia and
deterioration risk, active rewarming (a high-risk situation, ESI handbook ch.3)."""
TEMPERATURE_EXTREME: Final = (
    "temperature extreme (hypothermia, or hyperthermia with altered mentation)"
)
"""The triage pathway criterion of the rewarming / cooling pathway
(``agents.triage_pathways``): its hypothermia is judged here as the ESI reason is."""
MODERATE_HYPOTHERMIA_C = 32.0
"""Core temperature below which hypothermia is moderate (Swiss stage HT II: impaired
consciousness, shivering stops; arrhythmia risk rises: ERC 2021, WMS 2019)."""
_NOT_SHIVERING: Final = whole_letters(
    r"(?:not|no longer|stopped|without|isn'?t|is not|wasn'?t) shiver\w*|no shivering"
    r"|shivering (?:has |had )?(?:stopped|ceased)"
)
_FOUND_OR_IMMERSED: Final = whole_letters(
    r"found|collapsed?|long lie|lying (?:on|in) (?:the )?(?:floor|ground|snow)"
    r"|(?:fell|fallen|fall)|immers\w*|submers\w*|pulled (?:out of|from)"
    r"|(?:in|into|under) (?:the |cold )?(?:water|sea|river|lake|ice)|drown\w*"
)
"""How the cold was met: found down, after a fall or a long lie, or in water (a cause,
an injury, aspiration or a deeper core than the reading: ERC 2021 drowning and
hypothermia; ESI v4 handbook ch.4 high risk). Then hypothermia stays high risk."""


def hypothermic(v: Vitals) -> bool:
    """A measured temperature below ``HYPOTHERMIA_C`` (35 C: WMS 2019; ERC 2021)."""
    return v.temperature_c is not None and v.temperature_c < HYPOTHERMIA_C


def mild_hypothermia_alert_adult(facts: ClinicalFacts, v: Vitals) -> bool:
    """Mild hypothermia (32-35 C) in an alert, shivering adult under 65 (triage40).

    Swiss stage HT I (conscious, shivering, core 32-35 C) is treated with a warm
    environment, active external rewarming and warm sweet drinks; the cardiac risk
    of hypothermia begins below 32 C (Lott C et al. ERC 2021 special circumstances,
    Resuscitation 2021;161:152; Dow J et al. WMS 2019, Wilderness Environ Med
    2019;30:S47). Such a patient is graded by resources (labs, ECG, rewarming: ESI v4
    handbook ch.5), not as a high-risk situation. Not below 32 C, not with altered
    mentation (GCS < 15, AVPU below A, confusion) or shivering stated to have
    stopped (HT II), not when found down, after a fall or from water
    (``_FOUND_OR_IMMERSED``), not in a child (PALS) or an adult of 65 or more, in
    whom hypothermia is more often secondary to sepsis, a stroke, a fall's long lie
    or a drug (Brown DJA et al. NEJM 2012;367:1930). Its resources are counted at two
    at least (``_esi_triage``: labs, ECG, rewarming).
    """
    t = v.temperature_c
    if t is None or not MODERATE_HYPOTHERMIA_C <= t < HYPOTHERMIA_C:
        return False
    if facts.age is None or not ADULT_YEARS <= facts.age < OLDER_ADULT_AGE:
        return False
    if altered(facts) or any(facts.has(c) for c in AMS_CONCEPTS):
        return False
    return not any(
        _NOT_SHIVERING.search(c) or _FOUND_OR_IMMERSED.search(c)
        for c in triage_clauses(facts)
    )


FEBRILE_INFANT_DAYS = 90
"""ESI handbook ch.6 (paediatric fever): a febrile neonate (<= 28 days) is level 2 and
an infant of 1-3 months is considered for level 2; from 3 months fever alone is judged
by resources and danger-zone vitals (3-36 months: temperature > 39 C is a danger-zone
prompt). AAP 2021 febrile infant guideline: 8-60 days."""


def _hypothermic_young_infant(facts: ClinicalFacts, v: Vitals) -> bool:
    """An infant known to be under 90 days with a temperature below 36.5 C.

    ESI v4 handbook ch.6 (Table 6-3: the hypothermic infant under 90 days is level
    2; sepsis in the young infant may present with a low temperature, AAP 2021).
    Only an age in days known to be under 90 (triage39); below 35 C any patient is
    hypothermic (``HYPOTHERMIA_C``).
    """
    t = v.temperature_c
    days = facts.population.age_days_max
    return (
        t is not None
        and HYPOTHERMIA_C <= t < YOUNG_INFANT_LOW_C
        and days is not None
        and days < FEBRILE_INFANT_DAYS
    )


def _older_infant(facts: ClinicalFacts) -> bool:
    """Whether an infant is known to be older than ``FEBRILE_INFANT_DAYS``."""
    youngest = facts.population.age_days_min
    return youngest is not None and youngest > FEBRILE_INFANT_DAYS


def _unassessable(
    complaint: ComplaintSpec | None,
    resources: int | None,
    age: int | None,
    unmeasured: list[str],
) -> list[str]:
    """Vitals whose absence stops decision point D for this presentation.

    Decision point D is reached only by a patient expected to need two or more
    resources (ESI v4 handbook ch.6: danger-zone vitals are considered for the
    patient who would otherwise be level 3), so only such a patient is flagged
    at it: a time-critical complaint needs its ``vitals_required``, an older adult
    heart rate and blood pressure. The nurse measures them there; their absence
    holds level 3 (floor 3), not level 2, which is decision point B's (a high-risk
    presentation is ESI 2 with or without vitals). A one- or no-resource
    presentation of the same complaint (a mosquito bite filed as a bite or sting)
    is graded by its resources; its dangerous forms (anaphylaxis, airway
    compromise) are decision-point A and B patterns read from the text.
    """
    if resources is not None and resources < 2:
        return []
    required: list[str] = list(complaint.vitals_required) if complaint else []
    if (age or 0) >= OLDER_ADULT_AGE:
        required += ["heart_rate", "systolic_bp"]
    return [n for n in dict.fromkeys(required) if n in unmeasured]


def _procedure_resources(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, resources: int | None
) -> int | None:
    """Resources a worded procedure or wound implies (handbook ch.5, Table 5-1).

    A laceration repair or another simple procedure (a fish hook, a foreign body in
    the nose) is one resource; resources of different types add up, so a wound that
    needs repair on top of a painful, swollen or deformed injured limb (an x-ray), or
    one that may hold glass or metal (imaging for the foreign body), is two; a
    wound with lost movement or feeling beyond it needs repair and a specialty
    consultation, two, as a closed limb injury with numb or tingling digits does
    (imaging and an urgent reduction: ``injured_limb_with_lost_feeling``); so does
    a traumatic amputation (an x-ray and a hand surgery consultation), a degloving,
    suspected rhabdomyolysis or acute urinary retention
    (``two_resource_presentation``) and a red, warm, swollen joint
    (labs, x-ray, aspiration), a contact-lens wearer's painful eye (a culture and
    an ophthalmology consultation, AAO 2018), a procedure worded as needing
    procedural sedation (Table 5-1: a complex procedure is two resources), a
    clenched-fist injury (x-ray, exploration, hand surgery: BSSH 2021) and an
    operation's wound infected with fever or over a joint replacement (labs and
    cultures, imaging or the surgeon: NICE NG125, IDSA 2013). A swelling
    worded as an injury is an injury (an x-ray), not the swollen-leg work-up.
    triage52: a pulsatile groin swelling (a femoral false or true aneurysm) is a
    duplex ultrasound and a vascular surgeon's opinion, two resources, never an
    incision (Stone PA et al. J Vasc Surg 2014 femoral pseudoaneurysm; ESVS 2024);
    an auricular haematoma is drained, one simple procedure (Greywoode JD et al.
    Facial Plast Surg 2010; handbook Table 5-1), not a resource-free earache; a
    progressive dysphagia needs at least a blood count for anaemia before its urgent
    endoscopy (NICE NG12 2015/2023 1.2.1), not nothing, as a sore throat may.
    """
    if (
        wound_with_lost_function(facts)
        or injured_limb_with_lost_feeling(facts)
        or hot_joint(facts)
        or deformed_limb(facts)
        or traumatic_amputation(facts)
        or two_resource_presentation(facts) is not None
        or suspected_hip_fracture(facts)
        or older_abdominal_pain(facts)
        or contact_lens_keratitis(facts)
        or procedural_sedation(facts)
        or fight_bite(facts)
        or infected_bite(facts)
        or postpartum_endometritis_signs(facts)
        or infected_operated_wound(facts)
        or throat_with_neck_swelling(facts)
        or diabetic_foot_infection(facts)
        or burn_for_referral(facts)
        or facts.has("pulsatile_groin_swelling")
    ):
        return max(resources or 0, 2)
    if wound_with_retained_body(facts):
        # imaging for the foreign body and its exploration / removal or the repair, a
        # procedure either way (ACEP/EMRA wound care; Steele MT et al. 1998; triage37)
        return max(resources or 0, 2)
    if needs_wound_repair(facts) and injured_limb_needs_xray(facts):
        return max(resources or 0, 2)  # an x-ray and a laceration repair: two types
    if (
        complaint is not None
        and complaint.id == "leg_swelling"
        and injury_swelling(facts)
    ):
        resources = 1
    if (resources is None or resources < 1) and (
        simple_procedure(facts) or facts.has("auricular_haematoma_signs")
    ):
        return 1
    if (resources is None or resources < 1) and facts.has("progressive_dysphagia"):
        return 1
    if resources is None and limb_injury(facts):
        return 1
    if resources is not None and resources < 1 and needs_wound_repair(facts):
        return 1
    return resources


VOMITING_COMPLAINT: Final = "nausea_vomiting"
"""The complaint of nausea and vomiting (two resources: labs and IV fluids)."""
DIZZINESS_COMPLAINT: Final = "dizziness"
"""The complaint of dizziness or vertigo (two resources: labs, ECG or imaging)."""


def _vomiting_in_oral_care(
    facts: ClinicalFacts, complaint: ComplaintSpec, v: Vitals
) -> bool:
    """Whether an adult's vomiting is kept up with by mouth (``vomiting_kept_down``).

    Ages 18-64, afebrile, SBP >= 100, pain at most mild, no fluid loss needing IV
    rehydration, not in the second half of pregnancy (new vomiting there is sought
    for pre-eclampsia, HELLP or acute fatty liver, not nausea of pregnancy: ACOG PB
    189 2018). triage42: "8 weeks pregnant, vomiting most mornings, keeping fluids
    down" counted labs and IV fluids (ESI 3).
    """
    if facts.age is None or not 18 <= facts.age < OLDER_ADULT_AGE:
        return False
    if v.temperature_c is not None and v.temperature_c >= 38.0:
        return False
    if v.systolic_bp is not None and v.systolic_bp < 100:
        return False
    if v.pain is not None and v.pain > MILD_PAIN:
        return False
    if facts.has("second_half_pregnancy"):
        return False
    return not needs_rehydration(facts, complaint, ()) and vomiting_kept_down(facts)


def _implies_work_up(facts: ClinicalFacts, v: Vitals) -> bool:
    """Whether a finding implies >= 2 resources (``RESOURCE_FINDINGS``).

    A well young adult's SBP in the 80s (``well_low_blood_pressure``) is rechecked,
    not worked up as hypotension.
    """
    return any(
        facts.has(c) and not (c == "hypotension" and well_low_blood_pressure(facts, v))
        for c in RESOURCE_FINDINGS
    )


def _planned_visit(facts: ClinicalFacts, v: Vitals, acute: bool) -> int | None:
    """Resources of a pre-arranged visit by a well patient (handbook ch.5), or None.

    A scheduled catheter change, a planned IV antibiotic dose, a recall for an
    abnormal blood result: the visit names its own need, so neither the complaint's
    work-up nor an unknown complaint's default applies. Not for a patient with a
    decision-point A/B finding, severe pain, a danger-zone vital, a finding that
    implies a work-up, fever >= 39 C, SBP < 90 or an infant.
    """
    if acute or _implies_work_up(facts, v):
        return None
    if not well_for_level_five(v, facts.age, facts.population.age_days_min):
        return None
    return planned_visit_resources(facts)


def _no_resource_visit(
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    v: Vitals,
    acute: bool,
) -> str | None:
    """Why the visit needs no resource (handbook ch.5, Table 5-1), or None.

    Only for a patient with no decision-point A/B finding, no severe pain, no
    danger-zone vital and no finding that implies a work-up: the visit asks only for
    a non-resource (a refill, suture removal, a wound recheck, a tetanus booster, a
    note), or an unrecognised complaint is a presentation treated by examination and
    oral or topical medication (a cold, a sore throat, an earache, an itchy rash).
    """
    if acute or _implies_work_up(facts, v):
        return None
    # handbook ch.6: above 39 C a child of 3-36 months is considered for ESI 3 only
    # with incomplete immunisations or no obvious source (``febrile_child_with_source``)
    source = (
        complaint is not None
        and complaint.id == "fever"
        and (v.systolic_bp is None or v.systolic_bp >= 90)
        and febrile_child_with_source(facts, v)
    )
    if not source and not well_for_level_five(
        v, facts.age, facts.population.age_days_min
    ):
        return None
    if (need := non_resource_need(facts)) is not None:
        return f"{need}: not a resource (ESI v4 handbook ch.5, Table 5-1)"
    if (settled := _settled_presentation(facts, complaint, v)) is not None:
        return f"{settled}: examination and oral treatment, no resource (ESI v4 ch.5)"
    minor = minor_condition(facts)
    skin = complaint is not None and complaint.id in SKIN_COMPLAINTS
    if minor is not None and (complaint is None or (skin and minor in MINOR_SKIN)):
        return (
            f"{minor}: examination and oral/topical treatment, no resource (ESI v4"
            " handbook ch.5)"
        )
    return None


HEAD_INJURY_COMPLAINT: Final = "head_injury"
"""The head injury's complaint, whose usual resource is a CT head."""
STROKE_COMPLAINT: Final = "stroke_symptoms"
"""The complaint of a focal deficit, whose list is the stroke work-up."""
GOUT_COMPLAINTS: Final = ("joint_pain", "limp", "extremity_injury")
"""Complaints under which a known gout's flare presents (a hot toe, a limp, foot
pain)."""


def _settled_presentation(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, v: Vitals
) -> str | None:
    """A one-resource complaint whose presentation needs no resource, or None.

    Handbook ch.5 predicts resources from the presentation: a nosebleed that has
    stopped (AAO-HNS 2020), a red eye without red flags (AAO PPP 2018), acute low
    back pain without a red flag under 50 (ACR 2021, ACP 2017) and uncomplicated
    watery diarrhoea in a well patient of 3 to 64 who keeps fluids down (IDSA 2017)
    are examined and treated orally; so (esi29) are a well child's fever with an
    obvious minor source (handbook ch.6, NICE NG143) and a child's gastroenteritis
    kept up with by mouth (NICE CG84), and a skin tear is dressed (ISTAP 2018).
    Another need the text words (a wound to repair, an injured limb, a simple
    procedure) keeps its resource.
    """
    cid = complaint.id if complaint else None
    if cid == "ingrown_toenail" and mild_ingrown_toenail(facts):
        return "a mild ingrowing toenail: conservative care (NICE CKS 2023)"
    if cid == "laceration" and dressed_skin_tear(facts):
        return "a skin tear that has stopped bleeding: dressing, simple wound care"
    if superficial_abrasions_only(facts, cid):
        return "grazes from a minor fall: simple wound care"
    if needs_wound_repair(facts) or limb_injury(facts) or simple_procedure(facts):
        return None
    if cid == "fever" and febrile_child_with_source(facts, v):
        return "a well child's fever with an obvious minor source"
    if (
        cid in GI_LOSS_COMPLAINTS
        and not needs_rehydration(facts, complaint, ())
        and gastroenteritis_child_keeping_up(facts)
    ):
        return "a child's vomiting or diarrhoea kept up with by mouth"
    if cid == "epistaxis" and settled_nosebleed(facts):
        return "a nosebleed that has stopped"
    if cid in GOUT_COMPLAINTS and recurrent_gout_flare(facts):
        return "a known gout's typical flare, afebrile (ACR 2020)"
    if cid == "chest_pain" and reflux_heartburn(facts):
        return "heartburn with typical reflux features, no cardiac risk (ACG 2022)"
    if cid == "eye_complaint" and simple_red_eye(facts):
        return "a red eye without pain, visual change or injury"
    if cid == HEAD_INJURY_COMPLAINT and minor_head_bump(facts):
        return "a head bump without a NICE NG232 CT criterion"
    if cid == "headache" and not facts.has("pregnancy") and sinus_headache(facts):
        return "a sinus headache under 50 without a red flag"
    pain = v.pain if v.pain is not None else worded_pain_rating(facts)
    if cid == "back_pain" and uncomplicated_back_pain(facts, pain):
        return "acute low back pain without a red flag"
    if cid == "neck_pain" and uncomplicated_neck_pain(facts, pain):
        return "non-specific neck pain without a red flag (NICE CKS 2023)"
    if (
        cid == "diarrhea"
        and facts.age is not None
        and MILD_MIN_CHILD_AGE <= facts.age < OLDER_ADULT_AGE
        and not needs_rehydration(facts, complaint, ())
        and uncomplicated_diarrhoea(facts)
    ):
        return "uncomplicated watery diarrhoea"
    return None


class _Trail:
    """Steps that changed the expected resources (``EsiAssessment.resource_trail``)."""

    def __init__(self, resources: int | None, source: str) -> None:
        self.last = resources
        self.steps = [f"{source}={'?' if resources is None else resources}"]

    def note(self, step: str, resources: int | None) -> None:
        """Record ``step`` when it changed the count."""
        if resources != self.last:
            self.steps.append(f"{step}={'?' if resources is None else resources}")
            self.last = resources


_LABEL_END: Final = re.compile(r" \(| \[|: | - ")
_NUMBER: Final = re.compile(r"(?<![A-Za-z])\d+(?:\.\d+)?")


def criterion_label(reason: str) -> str:
    """A reason's criterion without its source or measured values.

    "hypotension (SBP 85 < 90)" -> "hypotension", "SpO2 88 < 90" -> "SpO2 # < #",
    "sepsis screen [SSC 2021; ...]" -> "sepsis screen": the same criterion gets the
    same label whatever the patient's numbers (``EsiAssessment.decided_by``).
    """
    head = _LABEL_END.split(reason, maxsplit=1)[0]
    return _NUMBER.sub("#", head).strip()


def _decided_by(
    point: str,
    reasons: list[str],
    parts: tuple[list[str], list[str], list[str], bool, bool],
) -> str:
    """The criterion that set the level (``EsiAssessment.decided_by``)."""
    presentation, pathway, screens, ams, _pain = parts
    if point == "A":
        return f"A:{criterion_label(reasons[0])}"
    if point == "B":
        for name, hit in (
            ("high-risk", presentation),
            ("pathway", pathway),
            ("screen", screens),
        ):
            if hit:
                return f"B:{name}:{criterion_label(hit[0])}"
        return "B:confusion" if ams else "B:severe-pain"
    if point == "D":
        return (
            "D:danger-zone" if reasons[0].startswith("danger") else "D:not-assessable"
        )
    return "C:unknown-complaint" if reasons[0].startswith("unknown") else "C:resources"


def esi_triage(
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    pathway_reasons: tuple[str, ...] = (),
) -> EsiAssessment:
    """Assign an ESI v4 level by the handbook decision points.

    A stage's reasoner and its floors ask about the very same facts object (shared
    by ``agents.offline.stage_facts``): the last few answers are kept by identity.

    Args:
        facts: Clinical facts at triage (vitals, age, findings).
        complaint: The matched chief-complaint spec, or None when unknown.
        pathway_reasons: Must-not-miss pathway criteria met by the triage view
            (``agents.triage_pathways.pathway_high_risk``): high-risk situations at
            decision point B, whatever the complaint, or, marked with
            ``ESI_LIFE_SAVING``, an immediate life-saving need at decision point A.

    Returns:
        The assessment; ``floor`` is the most urgent level the decision points force
        (5 when none forces one), ``rule.missing`` lists missing or implausible vitals.
    """
    return _RECENT.get_or_compute(
        (facts, complaint, pathway_reasons),
        lambda: _esi_triage(facts, complaint, pathway_reasons),
    )


_RECENT: Final[RecentByIdentity[EsiAssessment]] = RecentByIdentity(64)


def life_saving_reasons(facts: ClinicalFacts) -> tuple[str, ...]:
    """Decision point A alone: the immediate life-saving needs in ``facts``.

    Equal to ``esi_triage(facts, complaint).life_saving_reasons`` (no pathway
    reasons: point A reads neither the complaint nor points B-D), for a caller that
    needs no level: the disposition stage's needs seen since triage (perf56: the full
    assessment there cost ~1 ms a request and only this part was read).
    """
    v, _ = plausible_vitals(facts.vitals)
    return tuple(_step_a(facts, v, gcs(facts)))


def _esi_triage(
    facts: ClinicalFacts,
    complaint: ComplaintSpec | None,
    pathway_reasons: tuple[str, ...],
) -> EsiAssessment:
    v, dropped = plausible_vitals(facts.vitals)
    dropped = (*facts.implausible_vitals, *dropped)
    unmeasured = [n for n in VITAL_NAMES if getattr(v, n) is None]
    missing = [n for n in unmeasured if not any(d.startswith(n) for d in dropped)]
    missing += list(dropped)
    g = gcs(facts)
    lsi = _step_a(facts, v, g) + [
        r for r in pathway_reasons if r.endswith(f"{ESI_LIFE_SAVING}]")
    ]
    ams = (
        ams_concept(facts)
        or (g is not None and 8 < g < 15)
        or (avpu(facts) == "V" and not avpu_at_baseline(facts))
        or (complaint is not None and complaint.id in COMPLAINT_MEANS_AMS)
        or new_confusion_words(facts)
    )
    screens = (
        sepsis_screen(facts, v, ams)
        + older_adult_sepsis_screen(facts, v)
        + postoperative_sepsis_screen(facts, v)
        + news2_high_risk(facts, v, ams or avpu(facts) in ("P", "U"))
    )
    presentation = _step_b(facts, complaint, v)
    pathway = [
        r
        for r in pathway_reasons
        if not r.endswith(f"{ESI_LIFE_SAVING}]")
        # triage40: the rewarming pathway's hypothermia in an alert adult (HT I)
        and not (
            r.startswith(TEMPERATURE_EXTREME) and mild_hypothermia_alert_adult(facts, v)
        )
    ]
    high = presentation + screens + pathway
    pain = v.pain if v.pain is not None else worded_pain_rating(facts)
    # "Severe" in the words yields to the patient's own rating below the severe band
    # ("severe cramps, 6/10"): ESI v4 handbook ch.4 judges pain by the 0-10 rating and
    # by what the nurse observes, and observed distress still counts.
    worded_severe = (facts.has("severe_pain") or stated_severe_pain(facts)) and (
        pain is None or pain >= SEVERE_PAIN_RATING
    )
    stated_severe = worded_severe or observed_pain_distress(facts)
    severe_pain = (pain is not None and pain >= SEVERE_PAIN_RATING) or stated_severe
    pain_escalates = (
        severe_pain
        and severe_pain_escalates(
            complaint, pain, v, facts.age, stated_severe=stated_severe
        )
        and not longstanding_pain_without_distress(facts, v)
    )
    days = facts.population.age_days_max
    dz = danger_zone_vitals(v, facts.age, days)
    if at_usual_saturation(v.spo2, facts.chief_complaint):
        dz = tuple(d for d in dz if d != "spo2<92")  # her known usual: no new danger
    resources = complaint.expected_resources if complaint else None
    trail = _Trail(resources, "complaint" if complaint else "unknown complaint")
    if (
        complaint is not None
        and complaint.resources_if_mild is not None
        and mild_presentation(
            facts, v, dz, bool(high), not complaint.mild_without_pain_score
        )
    ):
        resources = complaint.resources_if_mild
        trail.note("mild form", resources)
    if (
        resources is not None
        and resources >= 2
        and complaint is not None
        and complaint.id == VOMITING_COMPLAINT
        and not (high or dz or severe_pain)
        and _vomiting_in_oral_care(facts, complaint, v)
    ):
        resources = 1  # PO antiemetic and fluids; a urine test (RCOG GTG 69 2016)
        trail.note("vomiting kept down", resources)
    if (
        resources is not None
        and resources >= 2
        and complaint is not None
        and complaint.id == DIZZINESS_COMPLAINT
        and not (high or dz or severe_pain)
        and positional_vertigo(facts)
    ):
        resources = 1  # Dix-Hallpike and a repositioning manoeuvre (AAO-HNS 2017)
        trail.note("positional vertigo", resources)
    if resources is not None and complaint is not None:
        resources = older_adult_resources(resources, complaint, facts.age)
        trail.note("older adult", resources)
    presented = resources
    if resources is not None and simple_febrile_seizure(facts):
        # AAP 2011 simple febrile seizure: no routine blood tests, LP or imaging; the
        # fever's source is sought as in any febrile child (a urine test): at most one
        resources = min(resources, 1)
        trail.note("simple febrile seizure", resources)
    if not (high or dz) and breath_holding_spell_over(facts):
        # FBC/ferritin, an ECG if pallid (Leung 2019), whatever complaint it was
        # filed under (a "breath holding spell" the complaint list does not name)
        resources = 1 if resources is None else min(resources, 1)
        trail.note("breath-holding spell, recovered", resources)
    if resources is not None and _implies_work_up(facts, v):
        resources = max(resources, 2)
    trail.note("resource finding", resources)
    if resources is not None and paroxysmal_crying_child(facts):
        resources = max(resources, 2)  # ultrasound and IV access (APSA 2021)
        trail.note("paroxysmal crying", resources)
    if resources is not None and any(not d.startswith("heart_rate") for d in dz):
        resources = max(resources, 2)  # hypoxia/tachypnoea: treatment plus imaging
        trail.note("danger-zone vital", resources)
    if resources is not None and (
        needs_rehydration(facts, complaint, dz) or febrile_vomiting_adult(facts, v)
    ):
        resources = max(resources, 2)  # labs plus IV fluids (handbook ch.5)
        trail.note("rehydration", resources)
    cid = complaint.id if complaint else None
    if resources is not None and (
        febrile_skin_infection(cid, v, facts.age)
        or febrile_cough(cid, v, facts.age)
        or red_flag_cough(cid, facts)
        or bruising_with_bleeding_signs(cid, facts)
        or febrile_flank_infection(cid, v, facts.age, facts)
        or urinary_flank_pain(cid, facts)
        or febrile_limp(cid, v, facts.age, facts)
    ):
        resources = max(resources, 2)  # labs plus IV antibiotics, a chest film or
        # a joint ultrasound
        trail.note("febrile infection", resources)
    if resources is not None and eczema_herpeticum_suspected(facts):
        resources = max(resources, 2)  # viral swab and same-day dermatology (NICE CKS)
        trail.note("possible eczema herpeticum", resources)
    if (
        resources is not None
        and facts.has("oliguria")
        and facts.age is not None
        and facts.age >= OLDER_ADULT_AGE
    ):
        # triage53: an older adult passing little urine for hours or days is an AKI
        # or a retention until the creatinine and a bladder scan say otherwise:
        # labs and a catheter or IV fluids (KDIGO 2012 AKI; EAU 2024 retention)
        resources = max(resources, 2)
        trail.note("reduced urine output in an older adult", resources)
    if resources is not None and ophthalmic_zoster(facts):
        resources = max(resources, 2)  # same-day ophthalmology, slit lamp (NICE CKS)
        trail.note("ophthalmic zoster", resources)
    if resources is not None and sudden_hearing_loss(cid, facts):
        resources = max(resources, 1)  # ENT within 24 h (NICE CKS 2023; AAO-HNS 2019)
        trail.note("sudden hearing loss", resources)
    if resources is not None and necrotising_otitis_risk(facts):
        resources = max(resources, 2)  # CT, markers, IV antibiotics (NICE CKS 2023)
        trail.note("necrotising otitis externa risk", resources)
    if resources is not None and prolonged_fever_child(facts):
        resources = max(resources, 2)  # NG143 amber bloods; Kawasaki's echo (AHA 2017)
        trail.note("prolonged fever", resources)
    if resources is not None and febrile_tachycardia(v, facts.age):
        resources = max(resources, 2)  # labs plus IV fluids (NICE NG51; SIRS)
        trail.note("febrile tachycardia", resources)
    if resources is not None and symptomatic_hyperglycaemia(facts):
        resources = max(resources, 2)  # labs plus IV fluids (ADA 2024)
        trail.note("hyperglycaemia", resources)
    if (
        resources is not None
        and v.temperature_c is not None
        and v.temperature_c < HYPOTHERMIA_C
    ):
        # triage40: a glucose and electrolytes, an ECG and active external rewarming
        # (ERC 2021; WMS 2019), when the hypothermia is not itself high risk
        resources = max(resources, 2)
        trail.note("hypothermia", resources)
    resources = _procedure_resources(facts, complaint, resources)
    trail.note("procedure or injury", resources)
    if (
        resources is not None
        and cid == "shortness_of_breath"
        and not dz
        and not _implies_work_up(facts, v)
        and mild_asthma_attack(facts, v)
    ):
        resources = 1  # a nebulised bronchodilator (GINA 2024 mild exacerbation)
        trail.note("mild asthma", resources)
    if (
        resources is not None
        and cid == "chest_pain"
        and not high
        and known_reflux_recurrence(facts)
    ):
        resources = min(resources, 1)  # an ECG (AHA/ACC 2021), PO antacid or PPI
        trail.note("known reflux recurring", resources)
    if (
        resources is not None
        and cid == STROKE_COMPLAINT
        and not high
        and chronic_sensory_only(facts)
    ):
        # triage38: numbness of months is no stroke (AHA/ASA 2019): no CT, CTA or
        # stroke team; a neuropathy's blood screen at most (AAN 2009; NICE CKS 2023)
        resources = min(resources, 1)
        trail.note("chronic sensory symptoms", resources)
    acute = bool(lsi or high or ams or severe_pain or dz)
    if (
        resources is None
        and not acute
        and (facts.age is None or facts.age < OLDER_ADULT_AGE)
        and well_for_level_five(v, facts.age, facts.population.age_days_min)
        and symptomless_presentation(facts, pain)
    ):
        # handbook ch.5: resources are predicted from the presentation; an unknown
        # complaint with no symptom or sign worded (a hook, an earring, a sweet
        # swallowed) is no work-up: one resource at most, not the unknown default
        resources = 1
        trail.note("unknown complaint, no symptom worded", resources)
    if (planned := _planned_visit(facts, v, acute)) is not None:
        resources = planned
        trail.note("planned visit", resources)
    # A presentation rule that found two resources (a symptomatic high glucose, fluids
    # not kept down, a hot joint) is a need beyond a refill or a note (esi29: Table
    # 5-1's non-resources are the visit's only need, handbook ch.5), unless the text
    # says the problem is improving (a recheck of what an earlier visit treated).
    worked_up = (
        resources is not None
        and resources >= 2
        and (presented or 0) < 2
        and not improving_course(facts)
    )
    no_resource = None if worked_up else _no_resource_visit(facts, complaint, v, acute)
    if no_resource is not None:
        resources = 0
    trail.note("no-resource visit", resources)
    if resources is not None and raised_bp_in_pregnancy(facts, v):
        resources = max(resources, 2)  # labs and an obstetric review (ACOG PB 203)
        trail.note("raised BP in pregnancy", resources)
    if resources is not None and spontaneous_mucosal_bleeding(facts):
        resources = max(resources, 1)  # blood count and clotting screen (ASH 2019)
        trail.note("spontaneous mucosal bleeding", resources)
    reasons: list[str]
    needed: list[str] = []
    if lsi:
        level, floor, point, reasons = 1, 1, "A", lsi
    elif high or ams or pain_escalates:
        reasons = (
            high
            + (["new confusion/lethargy/disorientation"] if ams else [])
            + (
                ["severe pain/distress confirmed with a complaint needing work-up"]
                if pain_escalates
                else []
            )
        )
        level, floor, point = 2, 2, "B"
    elif resources is None or resources >= 2:
        needed = _unassessable(
            complaint,
            resources,
            facts.age,
            [] if vitals_documented_normal(facts) else unmeasured,
        )
        adult = facts.age is None or facts.age > 8
        older = facts.age is not None and facts.age >= OLDER_ADULT_AGE
        held = unassessable_high_risk(facts, v, complaint, needed)
        wheezy_child = (
            facts.age is not None
            and facts.age < 18
            and (facts.has("wheezing") or facts.known("asthma"))
        )
        limits = _dz_limits(facts.age, days)
        if dz_uptriage(dz, v, limits, adult, older, wheezy_child):
            level, floor, point, reasons = (
                2,
                2,
                "D",
                [f"danger-zone vitals: {', '.join(dz)}"],
            )
        elif held is not None:
            level, floor, point = 2, 2, "D"
            reasons = [
                "high-risk presentation, danger zone not assessable: "
                f"{', '.join(needed)} not recorded; {held}"
            ]
        else:
            level, floor, point = 3, 5, "C"
            reasons = [
                "expected resources >= 2"
                if resources is not None
                else "unknown complaint: resources not estimated, ESI 3 by default"
            ]
            if dz:
                floor = 3
                reasons.append(
                    f"danger-zone vitals considered, not uptriaged: {', '.join(dz)}"
                )
            if needed:
                # ESI v4 handbook ch.2, ch.6: decision point D is the nurse's check of
                # the vital signs of a patient who would otherwise be level 3; a
                # missing HR/BP is measured there, not a level by itself (the level-2
                # floor belongs to high-risk presentations, decision point B).
                floor = 3
                reasons.append(
                    "vitals not documented: obtain before final level "
                    f"(decision point D): {', '.join(needed)}"
                )
    else:
        level, floor, point = (4 if resources == 1 else 5), 5, "C"
        reasons = [f"{resources} expected resource(s)"]
        if no_resource is not None:
            reasons.append(no_resource)
        if dz:
            # decision point D is reached only by a patient needing >= 2 resources
            # (ESI v4 handbook ch.2 algorithm, ch.6): a fast pulse in an upset
            # patient with a sprain does not change a one-resource level
            reasons.append(
                f"danger-zone vitals noted ({', '.join(dz)}); not a decision-point D"
                " patient with fewer than two resources"
            )
    applicable = complaint is not None and (level <= 2 or not missing)
    rule = RuleResult(
        name="ESI v4",
        source=ESI_SOURCE,
        inputs={
            "age": facts.age,
            "heart_rate": v.heart_rate,
            "respiratory_rate": v.respiratory_rate,
            "spo2": v.spo2,
            "systolic_bp": v.systolic_bp,
            "temperature_c": v.temperature_c,
            "pain": pain,
            "gcs": g,
            "complaint": complaint.id if complaint else None,
            "expected_resources": resources,
        },
        missing=tuple(missing),
        score=float(level),
        interpretation=f"ESI {level} (decision point {point}): " + "; ".join(reasons),
        applicable=applicable,
    )
    return EsiAssessment(
        level=level,
        floor=floor,
        mandatory_floor=1 if lsi else 2 if (high or ams) else 5,
        decision_point=point,
        life_saving_intervention=bool(lsi),
        high_risk=bool(high),
        high_risk_reasons=tuple(lsi) + tuple(high),
        life_saving_reasons=tuple(lsi),
        screen_reasons=tuple(screens),
        altered_mental_status=ams,
        severe_pain=severe_pain,
        expected_resources=resources,
        danger_zone_vitals=dz,
        unassessable_vitals=tuple(needed),
        decided_by=_decided_by(
            point, reasons, (presentation, pathway, screens, ams, pain_escalates)
        ),
        resource_trail=tuple(trail.steps),
        rule=rule,
    )
