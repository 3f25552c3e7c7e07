"""Deterministic clinical decision tools: findings extraction, decision rules, ESI v4.

Research software, not for clinical use. Typical use::

    from agents.offline.knowledge import load_knowledge
    from agents.offline.rules import RULES, ClinicalFacts, esi_triage

    kb = load_knowledge()
    facts = ClinicalFacts.from_view(view, kb, [("prior_note", chunk_text)])
    complaint = kb.match_complaint(view.chief_complaint)
    esi = esi_triage(facts, complaint)
    heart = RULES["heart"](facts)
"""

from agents.offline.rules._baseline import baseline_statement
from agents.offline.rules._esi_aorta import aortic_pain_with_compromise
from agents.offline.rules._esi_blood import marrow_failure_bleeding
from agents.offline.rules._esi_patterns import (
    NON_BLANCHING_RASH,
    NOT_HOME_UNEVALUATED,
    facial_nerve_palsy_only,
    time_critical,
)
from agents.offline.rules._esi_resources import SPONTANEOUS_BLEED_WORDS
from agents.offline.rules._esi_risk import (
    ACS_CHEST_PAIN,
    ALTERED_MENTAL_STATUS_FLAG,
    avpu,
)
from agents.offline.rules._lexicon import compile_lexicon
from agents.offline.rules.ctas import (
    CtasAssessment,
    ctas_triage,
    fever_graded_by_temperature,
    ideation_without_plan,
    late_stroke_symptoms,
    site_graded_reasons,
    site_mandatory_floor,
)
from agents.offline.rules.esi import (
    EsiAssessment,
    danger_zone_vitals,
    esi_triage,
    life_saving_reasons,
    plausible_vitals,
    triage_points_to,
)
from agents.offline.rules.evidence import DxWeighing, WeightedFinding, weigh_diagnosis
from agents.offline.rules.facts import (
    PAIN_CONCEPT,
    ClinicalFacts,
    avpu_findings,
    prehospital_hypotension,
)
from agents.offline.rules.findings import (
    Finding,
    extract_findings,
    extract_measurements,
)
from agents.offline.rules.registry import (
    POSITIVE_AT,
    RULES,
    criterion_met,
    rule_positive,
    run_rules,
)

__all__ = [
    "ACS_CHEST_PAIN",
    "ALTERED_MENTAL_STATUS_FLAG",
    "NON_BLANCHING_RASH",
    "NOT_HOME_UNEVALUATED",
    "PAIN_CONCEPT",
    "POSITIVE_AT",
    "RULES",
    "SPONTANEOUS_BLEED_WORDS",
    "ClinicalFacts",
    "CtasAssessment",
    "DxWeighing",
    "EsiAssessment",
    "Finding",
    "WeightedFinding",
    "aortic_pain_with_compromise",
    "avpu",
    "avpu_findings",
    "baseline_statement",
    "compile_lexicon",
    "criterion_met",
    "ctas_triage",
    "danger_zone_vitals",
    "esi_triage",
    "extract_findings",
    "extract_measurements",
    "facial_nerve_palsy_only",
    "fever_graded_by_temperature",
    "ideation_without_plan",
    "late_stroke_symptoms",
    "life_saving_reasons",
    "marrow_failure_bleeding",
    "plausible_vitals",
    "prehospital_hypotension",
    "rule_positive",
    "run_rules",
    "site_graded_reasons",
    "site_mandatory_floor",
    "time_critical",
    "triage_points_to",
    "weigh_diagnosis",
]
