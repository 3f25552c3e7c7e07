"""NICE NG51's low sepsis risk and SIRS as typed facts an order can ask for.

Research software, not for clinical use. NICE NG51 (Suspected sepsis: recognition,
diagnosis and early management, 2016, updated 2024) grades an adult with suspected
infection in an acute hospital by NEWS2 (RCP 2017 chart 1): 5 or more is moderate or
high risk (review, bloods with a lactate, blood cultures and antibiotics by the hour);
below 5 is low risk, where clinical judgement treats the source and the sepsis bundle
is not routine. NG51's high-risk criteria stand beside the score: new altered
mentation, systolic <= 90 mmHg (or more than 40 below the patient's normal), heart
rate > 130, respiratory rate >= 25, a
non-blanching rash, mottled or ashen skin or cyanosis, no urine output, a lactate >= 2
mmol/L; and NG51 1.2 treats people who are immunocompromised as at higher risk.

``NG51_LOW_RISK`` is derived from a stage's facts after its findings are read: an adult,
not pregnant (NEWS2 is validated in neither children nor pregnancy: RCP 2017; NG51 has
its own tables for them), with every NEWS2 observation recorded, an aggregate below 5
(scored by ``admission.news2_items`` with its consciousness item) and none of the
high-risk criteria. Undocumented observations, children and pregnancy never make it.

``CURB65_SEVERE`` is a CURB-65 of 3 or more in an adult (Lim WS et al. Thorax
2003;58:377: confusion, urea > 7 mmol/L, respiratory rate >= 30, systolic < 90 or
diastolic <= 60, age >= 65; undocumented items count nothing): the severe pneumonia
whose pathogen tests (sputum culture, pneumococcal and Legionella urinary antigens)
BTS 2009 and NICE NG138 ask for; it grades a pneumonia, never diagnoses one.

``NG51_HIGH_RISK_OLDER`` is an adult over 75 (NG51 1.1: older people are at higher
risk and may have no fever; their sepsis is often a new confusion, "off legs" or
not eating) at NEWS2 7 or more (RCP 2017: emergency response) with a new altered
mentation and a second NG51 high-risk criterion of perfusion (mottled or ashen skin,
systolic <= 90 mmHg, a lactate >= 2, no urine output, heart rate > 130 or respiratory
rate >= 25): the picture that NG51 and Evans L et al. SSC 2021 treat as sepsis
(cultures and antibiotics within the hour) unless another cause is documented, which
the sepsis entry's criterion checks (infect48).

``SIRS_2`` is two or more SIRS criteria in an adult (Bone RC et al. Chest 1992:
temperature > 38 or < 36 C, heart rate > 90, respiratory rate > 20, white count > 12 or
< 4; ``rules.vitals.sirs``): the "systemic signs of infection" that make a cellulitis
moderate, treated intravenously (Stevens DL et al. IDSA SSTI 2014, figure 1).
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules.admission import news2_items
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.medical import curb65
from agents.offline.rules.vitals import sirs

__all__ = [
    "CURB65_SEVERE",
    "HIGH_RISK_CONCEPTS",
    "NEWS2_URGENT_SCORE",
    "NG51_HIGH_RISK_OLDER",
    "NG51_LOW_RISK",
    "SIRS_2",
    "with_sepsis_risk",
]

NG51_LOW_RISK: Final = "ng51_low_risk"
NG51_HIGH_RISK_OLDER: Final = "ng51_high_risk_older"
OLDER_THAN: Final = 75
"""NICE NG51 1.1 (2016/2024): people older than 75 are at higher risk of sepsis."""
NEWS2_EMERGENCY_SCORE: Final = 7
"""NEWS2 >= 7: RCP 2017 emergency response; NICE NG51 high risk."""
_NEW_ALTERED: Final = ("altered_mental_status", "confusion")
_PERFUSION: Final = (
    "poor_perfusion",
    "hypotension",
    "lactate_high",
    "lactate_high_severe",
    "oliguria",
)
SIRS_2: Final = "sirs_2_or_more"
CURB65_SEVERE: Final = "curb65_severe"
CURB65_SEVERE_FROM: Final = 3
"""CURB-65 3-5: severe pneumonia (Lim WS et al. Thorax 2003; BTS 2009 CAP)."""
SIRS_ADULT_FROM: Final = 18
NEWS2_URGENT_SCORE: Final = 5
"""NEWS2 >= 5: RCP 2017 urgent response, NICE NG51 moderate-to-high risk."""
HIGH_RISK_CONCEPTS: Final = (
    "hypotension",
    "altered_mental_status",
    "confusion",
    "petechiae",
    "poor_perfusion",
    "cyanosis",
    "oliguria",
    "lactate_high",
    "lactate_high_severe",
)
"""NICE NG51 high-risk criteria read as concepts (a non-blanching rash is ``petechiae``;
mottled or ashen skin ``poor_perfusion``), and immunocompromise (NG51 1.2)."""
HEART_RATE_OVER: Final = 130.0
RESPIRATORY_RATE_FROM: Final = 25.0
SYSTOLIC_AT_MOST: Final = 90.0
_OBSERVATIONS: Final = (
    "heart_rate",
    "systolic_bp",
    "respiratory_rate",
    "spo2",
    "temperature_c",
)


BELOW_USUAL_SYSTOLIC: Final = 40.0
"""NICE NG51 (2016/2024) high risk: a systolic more than 40 mmHg below the patient's
normal (infect54: an 86-year-old usually at 150s, now 102 and drowsy)."""


def _high_risk_vitals(facts: ClinicalFacts) -> bool:
    v = facts.vitals
    usual = facts.measurements.get("usual_sbp")
    return (
        (v.heart_rate or 0.0) > HEART_RATE_OVER
        or (v.respiratory_rate or 0.0) >= RESPIRATORY_RATE_FROM
        or (v.systolic_bp is not None and v.systolic_bp <= SYSTOLIC_AT_MOST)
        or (
            usual is not None
            and v.systolic_bp is not None
            and usual - v.systolic_bp > BELOW_USUAL_SYSTOLIC
        )
    )


def ng51_low_risk(facts: ClinicalFacts) -> int | None:
    """The NEWS2 aggregate when NG51 grades the adult low risk, else None."""
    if facts.age is None or facts.age < 16 or facts.population.pregnancy == "pregnant":
        return None
    if any(getattr(facts.vitals, name) is None for name in _OBSERVATIONS):
        return None
    if (
        _high_risk_vitals(facts)
        or facts.immunocompromised
        or any(facts.has(c) for c in HIGH_RISK_CONCEPTS)
    ):
        return None
    score = sum(news2_items(facts, facts.vitals).values())
    return score if score < NEWS2_URGENT_SCORE else None


def ng51_high_risk_older(facts: ClinicalFacts) -> int | None:
    """The NEWS2 of an adult over 75 at NG51 high risk (module doc), else None."""
    if facts.age is None or facts.age <= OLDER_THAN:
        return None
    if not any(facts.has(c) for c in _NEW_ALTERED):
        return None
    if not (_high_risk_vitals(facts) or any(facts.has(c) for c in _PERFUSION)):
        return None
    score = sum(news2_items(facts, facts.vitals).values())
    return score if score >= NEWS2_EMERGENCY_SCORE else None


def sirs_count(facts: ClinicalFacts) -> int | None:
    """An adult's number of SIRS criteria met on the recorded values, else None."""
    if facts.age is None or facts.age < SIRS_ADULT_FROM:
        return None
    score = sirs(facts).score
    return None if score is None else int(score)


def curb65_points(facts: ClinicalFacts) -> int | None:
    """An adult's CURB-65 on the documented items (Lim 2003), else None."""
    if facts.age is None or facts.age < SIRS_ADULT_FROM:
        return None
    score = curb65(facts).score
    return None if score is None else int(score)


def with_sepsis_risk(facts: ClinicalFacts) -> ClinicalFacts:
    """``facts`` with the NG51 grades, ``SIRS_2`` and ``CURB65_SEVERE`` that hold."""
    added: dict[str, str] = {}
    score = ng51_low_risk(facts)
    if score is not None:
        added[NG51_LOW_RISK] = (
            f"NEWS2 {score} < 5, no high-risk criterion (RCP 2017; NICE NG51 low risk)"
        )
    high = ng51_high_risk_older(facts)
    if high is not None:
        added[NG51_HIGH_RISK_OLDER] = (
            f"over 75, NEWS2 {high} >= 7 with a new altered mentation and a perfusion "
            "criterion (RCP 2017; NICE NG51 high risk)"
        )
    met = sirs_count(facts)
    if met is not None and met >= 2:
        added[SIRS_2] = f"{met} SIRS criteria (Bone RC et al. Chest 1992)"
    points = curb65_points(facts)
    if points is not None and points >= CURB65_SEVERE_FROM:
        added[CURB65_SEVERE] = f"CURB-65 {points} (Lim WS et al. Thorax 2003)"
    if not added:
        return facts
    return facts.model_copy(
        update={
            "present": facts.present | frozenset(added),
            "evidence": {**facts.evidence, **added},
        }
    )
