"""ktas31: the criterion that set the site level, and a fever graded by temperature.

``CtasAssessment.decided_by`` names the modifier family (or families) that set the
KTAS/CTAS level, as ``EsiAssessment.decided_by`` does for ESI; the triage rationale
cites it. CTAS card: an adult's fever is graded by the temperature modifier, not by
the complaint it comes with (ESI binds the complaint's fever co-finding at 2).
"""

from __future__ import annotations

from typing import Any

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import (
    ClinicalFacts,
    esi_triage,
    fever_graded_by_temperature,
)
from agents.offline.rules.ctas import ctas_triage, site_mandatory_floor
from cases.models import Vitals

KB = load_knowledge()
NORMAL: dict[str, Any] = {
    "heart_rate": 84,
    "systolic_bp": 130,
    "diastolic_bp": 80,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def _facts(cc: str, text: str, age: int = 45, **v: Any) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("chief_complaint", cc), ("one_liner", text)],
        KB,
        age=age,
        vitals=Vitals(**(NORMAL | v)),
        chief_complaint=cc,
    )


def _site(cc: str, text: str, age: int = 45, **v: Any):  # type: ignore[no-untyped-def]
    facts = _facts(cc, text, age, **v)
    complaint = KB.match_complaint(cc)
    esi = esi_triage(facts, complaint)
    return facts, esi, ctas_triage(facts, complaint, esi, "KTAS")


def test_every_modifier_names_its_criterion() -> None:
    for cc, text, v in [
        ("chest pain", "crushing chest pain", {"pain": 8}),
        ("ankle pain", "twisted ankle", {"pain": 5, "systolic_bp": 205}),
        ("vomiting", "vomiting since last night", {"heart_rate": 104}),
        ("direct referral", "sent by his doctor", {}),
        ("shortness of breath", "breathless", {"spo2": 91}),
    ]:
        _, _, site = _site(cc, text, **v)
        assert all(m.criterion for m in site.modifiers), site.modifiers
        top = {m.criterion for m in site.modifiers if m.level == site.level}
        assert set(site.decided_by.split("+")) == top


def test_decided_by_names_the_family() -> None:
    assert _site("shortness of breath", "breathless", spo2=91)[2].decided_by == (
        "respiratory"
    )
    assert (
        "pain:central-severe" in _site("abdominal pain", "pain", pain=9)[2].decided_by
    )
    assert _site("direct referral", "sent by his doctor")[2].decided_by.startswith(
        "complaint:unrecognised"
    )


def test_fever_with_a_headache_is_graded_by_temperature_on_the_site_scale() -> None:
    facts, esi, site = _site(
        "headache",
        "headache and fever with a cold, neck supple",
        temperature_c=38.3,
        pain=5,
    )
    assert esi.level <= 2
    assert fever_graded_by_temperature(facts)
    assert site.level == 3
    assert site_mandatory_floor(esi, fever_by_temperature=True) >= 3
    assert site_mandatory_floor(esi) == 2


def test_fever_is_not_graded_by_temperature_without_one_or_in_a_child() -> None:
    no_temp = _facts("headache", "headache with fever", temperature_c=None)
    assert not fever_graded_by_temperature(no_temp)
    child = _facts("headache", "headache with fever", age=6, temperature_c=38.5)
    assert not fever_graded_by_temperature(child)


def test_meningism_beside_the_fever_still_binds_level_2() -> None:
    _, _, site = _site(
        "headache", "headache and fever, stiff neck", temperature_c=38.6, pain=6
    )
    assert site.level <= 2
