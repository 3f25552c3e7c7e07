"""Vital-sign based rules: shock index, qSOFA, SIRS (research use only)."""

from __future__ import annotations

from collections.abc import Callable

from agents.offline.rules._scoring import Tally, altered
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import RuleResult

__all__ = ["qsofa", "shock_index", "sirs"]


def _gt(value: float | None, threshold: float) -> bool | None:
    return None if value is None else value > threshold


def _ge(value: float | None, threshold: float) -> bool | None:
    return None if value is None else value >= threshold


def _le(value: float | None, threshold: float) -> bool | None:
    return None if value is None else value <= threshold


def _worst(
    triage: float | None,
    later: float | None,
    pick: Callable[[float, float], float],
) -> float | None:
    """The more abnormal of a triage value and a later one (``pick``: min or max)."""
    if triage is None or later is None:
        return later if triage is None else triage
    return pick(triage, later)


def shock_index(facts: ClinicalFacts) -> RuleResult:
    """Shock index = HR / SBP (Allgöwer & Burri 1967); >= 1.0 suggests shock."""
    hr, sbp = facts.vitals.heart_rate, facts.vitals.systolic_bp
    missing = tuple(
        n for n, v in (("heart_rate", hr), ("systolic_bp", sbp)) if v is None
    )
    name, source = "Shock index", "Allgöwer M, Burri C. Dtsch Med Wochenschr 1967"
    if missing or not sbp or hr is None or hr <= 0:
        return RuleResult(
            name=name,
            source=source,
            inputs={"heart_rate": hr, "systolic_bp": sbp},
            missing=missing or ("valid heart_rate/systolic_bp",),
            score=None,
            interpretation="not computable: heart rate or systolic BP missing/invalid",
            applicable=False,
        )
    si = round(hr / sbp, 2)
    if si >= 1.0:
        text = "elevated (>= 1.0): concern for shock / occult hypoperfusion"
    elif si >= 0.9:
        text = "borderline (0.9-0.99)"
    else:
        text = "normal (< 0.9)"
    return RuleResult(
        name=name,
        source=source,
        inputs={"heart_rate": hr, "systolic_bp": sbp},
        score=si,
        interpretation=text,
    )


def qsofa(facts: ClinicalFacts) -> RuleResult:
    """Quick SOFA (Seymour CW et al. JAMA 2016): RR>=22, altered mentation, SBP<=100.

    Each vital at its most abnormal in the visit, as Seymour 2016 scored it: the
    triage value, or a later one the ED note documents (``evaluation_vitals``) when
    worse (readers54: a re-assessment's "BP 78/42, RR 30" after a triage 128/74).
    """
    later = facts.evaluation_vitals
    rr = _worst(
        facts.vitals.respiratory_rate,
        None if later is None else later.respiratory_rate,
        max,
    )
    sbp = _worst(
        facts.vitals.systolic_bp, None if later is None else later.systolic_bp, min
    )
    t = Tally()
    t.add("respiratory_rate>=22", _ge(rr, 22), 1, rr)
    t.add("altered_mentation", altered(facts), 1)
    t.add("systolic_bp<=100", _le(sbp, 100), 1, sbp)
    return t.result(
        "qSOFA",
        "Seymour CW et al. JAMA 2016;315:762-774",
        lambda s: (
            "positive (>= 2): high risk of poor outcome in suspected infection"
            if s >= 2
            else "negative (< 2)"
        ),
    )


def sirs(facts: ClinicalFacts) -> RuleResult:
    """SIRS (Bone RC et al. Chest 1992): temp, HR > 90, RR > 20, WBC; >= 2 positive."""
    v = facts.vitals
    t = Tally()
    temp = (
        None
        if v.temperature_c is None
        else (v.temperature_c > 38 or v.temperature_c < 36)
    )
    t.add("temperature>38_or<36", temp, 1, v.temperature_c)
    t.add("heart_rate>90", _gt(v.heart_rate, 90), 1, v.heart_rate)
    t.add("respiratory_rate>20", _gt(v.respiratory_rate, 20), 1, v.respiratory_rate)
    wbc = facts.measurements.get("wbc")
    t.add("wbc>12_or<4", None if wbc is None else (wbc > 12 or wbc < 4), 1, wbc)
    return t.result(
        "SIRS",
        "Bone RC et al. Chest 1992;101:1644-1655 (ACCP/SCCM consensus)",
        lambda s: "positive (>= 2 criteria)" if s >= 2 else "negative (< 2 criteria)",
    )
