"""ESI decision point B: an older adult's back or abdominal pain in shock (a AAA).

Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.knowledge.models import ComplaintSpec
from agents.offline.rules.facts import ClinicalFacts
from agents.shock_index import abnormal_shock_index
from cases.models import Vitals

__all__ = ["AORTIC_AGE", "aortic_pain_with_compromise"]

AORTIC_AGE: Final = 60
"""Age from which an abdominal aortic aneurysm is a cause to exclude in back, flank or
abdominal pain: the prevalence rises steeply after 60-65 and rupture below 60 is rare
(Wanhainen A et al. ESVS 2024 clinical practice guidelines on abdominal
aorto-iliac artery aneurysms, Eur J Vasc Endovasc Surg 2024;67:192; screening of men
from 65)."""
AORTIC_COMPLAINTS: Final = frozenset({"back_pain", "flank_pain", "abdominal_pain"})
"""Complaints a ruptured or symptomatic aneurysm presents with (ESVS 2024: abdominal or
back pain, often mistaken for renal colic or musculoskeletal pain)."""
AORTIC_CONCEPTS: Final = ("back_pain", "flank_pain", "abdominal_pain")
"""The same pains found in the triage text with another complaint."""


def aortic_pain_with_compromise(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, v: Vitals
) -> str | None:
    """The high-risk reason for an older adult's back, flank or abdominal pain in shock.

    From ``AORTIC_AGE``, back, flank or abdominal pain with a shock index of 1 or more
    (the heart rate at or above the systolic pressure: compensated hypovolaemia, ATLS
    10th ed. ch.3; Allgower 1967) is a leaking or ruptured abdominal aortic aneurysm
    until a bedside ultrasound or CT says otherwise (ESVS 2024: the classic triad of
    pain, hypotension and a pulsatile mass is often incomplete; misdiagnosis as renal
    colic or back strain is the common error). ESI v4 handbook ch.4: a high-risk
    situation whose patient can deteriorate while waiting (level 2); ch.6: the danger
    zone is only *considered* at decision point D, so this is read at B. A pressure
    already below 90 is read as hypotension by decision point B itself.
    """
    if facts.age is None or facts.age < AORTIC_AGE:
        return None
    named = complaint is not None and complaint.id in AORTIC_COMPLAINTS
    if not (named or any(facts.has(c) for c in AORTIC_CONCEPTS)):
        return None
    si = abnormal_shock_index(v.heart_rate, v.systolic_bp, facts.population)
    if si is None:
        return None
    return (
        f"back, flank or abdominal pain at {AORTIC_AGE} or over with a shock index of"
        f" {si:.1f}: possible leaking abdominal aortic aneurysm (ESVS 2024; ATLS 10th"
        " ed.; ESI v4 handbook ch.4)"
    )
