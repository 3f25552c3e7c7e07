"""infect48: NICE NG51 high risk over 75 as a typed fact (rules.sepsis_risk), naloxone
held for depressed breathing listed last (agents.naloxone), an order held for a result
is no disposition need yet (disposition.plan_needs), a criterion's ``explained_by``
resolved at load (knowledge.loader) and a paracetamol concentration "at N hours
post-ingestion" (pathways_acute)."""

from __future__ import annotations

from agents import naloxone
from agents.offline.disposition import plan_needs
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.sepsis_risk import NG51_HIGH_RISK_OLDER, with_sepsis_risk
from agents.pathways_acute import paracetamol_timed_levels
from agents.schemas import Order
from cases.models import Vitals
from cases.population import Population

_KEYS = (
    "heart_rate",
    "systolic_bp",
    "diastolic_bp",
    "respiratory_rate",
    "spo2",
    "temperature_c",
)


def _facts(age: int, vitals: tuple[float, ...], present: set[str]) -> ClinicalFacts:
    return ClinicalFacts(
        age=age,
        vitals=Vitals(**dict(zip(_KEYS, vitals, strict=True))),
        present=frozenset(present),
        population=Population(age_days_min=age * 365, age_days_max=age * 365),
    )


def test_an_afebrile_confused_mottled_86_year_old_at_news2_9_is_ng51_high_risk() -> (
    None
):
    """NICE NG51 2016/2024: over 75, new confusion, mottled skin, NEWS2 >= 7."""
    facts = _facts(86, (108, 96, 54, 24, 94, 36.1), {"confusion", "poor_perfusion"})
    assert NG51_HIGH_RISK_OLDER in with_sepsis_risk(facts).present


def test_ng51_high_risk_older_needs_age_confusion_perfusion_and_news2() -> None:
    """Not at 70, not without new confusion, not without a perfusion criterion, and not
    below NEWS2 7."""
    young = _facts(70, (108, 96, 54, 24, 94, 36.1), {"confusion", "poor_perfusion"})
    alert = _facts(86, (108, 96, 54, 24, 94, 36.1), {"poor_perfusion"})
    perfused = _facts(86, (96, 124, 70, 20, 95, 36.8), {"confusion"})
    low = _facts(86, (88, 128, 74, 18, 97, 36.8), {"confusion", "poor_perfusion"})
    for facts in (young, alert, perfused, low):
        assert NG51_HIGH_RISK_OLDER not in with_sepsis_risk(facts).present


def test_naloxone_waiting_for_depressed_breathing_is_listed_last() -> None:
    held = Order(
        kind="medication",
        name="only if breathing becomes depressed (RR < 12): naloxone 0.4 mg IV",
        reason="opioid",
    )
    warm = Order(kind="procedure", name="active external rewarming", reason="cold")
    given = Order(kind="medication", name="naloxone 0.4 mg IV now", reason="apnoea")
    assert naloxone.waiting_last([held, warm, given]) == [warm, given, held]


def test_an_order_held_for_a_ct_result_is_no_infusion_need() -> None:
    held = Order(
        kind="medication",
        name="if CT shows intracranial haemorrhage: reverse the anticoagulant, PCC IV "
        "by slow infusion",
        reason="ICH",
    )
    now = Order(kind="medication", name="heparin IV infusion", reason="PE")
    assert plan_needs([held]) == []
    assert plan_needs([now]) and "IV infusion" in plan_needs([now])[0]


def test_a_criterion_explained_by_another_diagnosis_has_its_criteria_loaded() -> None:
    """Interstitial shadowing meeting Pneumocystis pneumonia's criteria is no fibrotic
    lung disease (BHIVA 2011)."""
    kb = load_knowledge()
    crit = kb.diagnoses["interstitial_lung_disease"].criteria[0]
    assert crit.explained_by_criteria
    pcp = {"hiv_immunosuppressed", "cough", "hypoxaemia", "interstitial_shadowing"}
    assert crit.met(pcp.__contains__) is None
    assert crit.met({"interstitial_shadowing"}.__contains__) is not None


def test_a_paracetamol_concentration_at_hours_post_ingestion_is_timed() -> None:
    text = "Paracetamol concentration at 6 hours post-ingestion 130 mg/L."
    assert paracetamol_timed_levels([text]) == [(130.0, 6.0)]
