"""ktas29: the stroke treatment window on the site scale; systolic 90, end of normal.

CTAS 2016 / CEDIS: symptoms of CVA within the treatment window 2, beyond it 3 (AHA/ASA
2019: thrombectomy to 24 h); ESI keeps signs of stroke at 2. CTAS card: suspected
hypotension (below the normal range, < 90 mmHg) 2, the lower end of normal 3.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents._text import stated_hours, symptom_hours
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage
from agents.offline.rules.ctas import (
    ctas_triage,
    late_stroke_symptoms,
    site_mandatory_floor,
)
from cases.models import Vitals

KB = load_knowledge()
NORMAL: dict[str, Any] = {
    "heart_rate": 80,
    "systolic_bp": 140,
    "diastolic_bp": 80,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def _facts(cc: str, **vitals: Any) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("cc", cc)],
        KB,
        age=66,
        vitals=Vitals(**{**NORMAL, **vitals}),
        chief_complaint=cc,
    )


@pytest.mark.parametrize(
    ("cc", "late"),
    [
        ("right arm weakness for 3 days", True),
        ("slurred speech since 2 days ago", True),
        ("right arm weakness for 3 days, worse since this morning", False),
        ("right arm weakness for 3 days, sudden worsening 1 hour ago", False),
        ("right arm weakness for 2 hours", False),
        ("right arm weakness for 20 hours", False),
        ("right arm weakness", False),
        ("fell 3 days ago, now right arm weakness", False),
        ("right arm weakness for 3 days after hitting his head", False),
    ],
)
def test_late_stroke_symptoms(cc: str, late: bool) -> None:
    assert late_stroke_symptoms(_facts(cc), KB.match_complaint(cc)) is late


def test_late_stroke_is_level_3_on_the_site_scale_and_esi_2() -> None:
    cc = "right arm weakness for 3 days"
    facts, complaint = _facts(cc), KB.match_complaint(cc)
    esi = esi_triage(facts, complaint)
    assert esi.level <= 2
    assert ctas_triage(facts, complaint, esi, "KTAS").level == 3
    assert site_mandatory_floor(esi, late_stroke=True) >= 3
    assert site_mandatory_floor(esi) == 2


def test_stated_hours_lists_every_duration() -> None:
    text = "weakness for 3 days, worse 2 hours ago"
    assert sorted(stated_hours([text])) == [2.0, 72.0]
    assert symptom_hours([text]) == 72.0
    assert symptom_hours(iter([text])) == 72.0


@pytest.mark.parametrize(("sbp", "level"), [(89, 2), (90, 3), (100, 3), (101, 4)])
def test_systolic_bands(sbp: float, level: int) -> None:
    cc = "leg swelling"
    facts, complaint = _facts(cc, systolic_bp=sbp), KB.match_complaint(cc)
    assert (
        ctas_triage(facts, complaint, esi_triage(facts, complaint), "KTAS").level
        == level
    )
