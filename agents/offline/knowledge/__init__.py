"""Reviewable clinical knowledge base: YAML data files plus a typed, cached loader.

Research software, not for clinical use. Usage::

    from agents.offline.knowledge import load_knowledge

    kb = load_knowledge()
    spec = kb.match_complaint("CHEST PAIN")
    worst_first = [kb.diagnosis(d) for d in spec.differential] if spec else []
"""

from agents.offline.knowledge.loader import (
    KnowledgeError,
    load_knowledge,
    validate_knowledge,
    verified_icd10,
)
from agents.offline.knowledge.models import (
    ABSENT_PREFIX,
    KNOWN_PREFIX,
    ClinicalCriteria,
    CodeVariant,
    ComplaintSpec,
    DiagnosisSpec,
    Documented,
    KnowledgeBase,
    OrderSpec,
    RuleCriterion,
    RuleName,
    SymptomCode,
)

__all__ = [
    "ABSENT_PREFIX",
    "KNOWN_PREFIX",
    "ClinicalCriteria",
    "CodeVariant",
    "ComplaintSpec",
    "DiagnosisSpec",
    "Documented",
    "KnowledgeBase",
    "KnowledgeError",
    "OrderSpec",
    "RuleCriterion",
    "RuleName",
    "SymptomCode",
    "load_knowledge",
    "validate_knowledge",
    "verified_icd10",
]
