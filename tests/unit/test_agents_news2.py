"""NEWS2: one implementation of RCP 2017 chart 1, every band edge, charted rounding.

Before text16 (issue 10) triage (``_esi_risk.news2``) and the disposition
(``admission.news2_items``) scored NEWS2 with two tables that disagreed between
whole numbers (RR 20.4 scored 2 for one, 0 for the other; 38.05 C scored 1 and 0).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules._esi_risk import NEWS2_EMERGENCY, news2_high_risk
from agents.offline.rules.admission import news2, news2_items
from agents.offline.rules.news2 import charted, news2_score
from cases.models import Vitals

NORMAL = Vitals(
    heart_rate=72, respiratory_rate=16, spo2=98, systolic_bp=124, temperature_c=36.8
)
FACTS = ClinicalFacts(age=60, vitals=NORMAL)

# RCP 2017 chart 1: each band's two edges (value, points).
EDGES = {
    "respiratory_rate": [
        (8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3),
    ],
    "spo2": [(91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0)],
    "systolic_bp": [
        (90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3),
    ],
    "heart_rate": [
        (40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2),
        (130, 2), (131, 3),
    ],
    "temperature_c": [
        (35.0, 3), (35.1, 1), (36.0, 1), (36.1, 0), (38.0, 0), (38.1, 1), (39.0, 1),
        (39.1, 2),
    ],
}  # fmt: skip
CASES = [(name, value, pts) for name, edges in EDGES.items() for value, pts in edges]


@pytest.mark.parametrize(("name", "value", "points"), CASES)
def test_every_band_edge_of_the_chart(name: str, value: float, points: int) -> None:
    vitals = NORMAL.model_copy(update={name: value})
    assert news2_items(FACTS, vitals)[name] == points
    assert news2_score(FACTS, vitals) == points


@pytest.mark.parametrize(
    ("name", "value", "points"),
    [
        ("temperature_c", 38.05, 1),  # charted 38.1
        ("temperature_c", 38.04, 0),  # charted 38.0
        ("temperature_c", 35.05, 1),  # charted 35.1
        ("temperature_c", 36.05, 0),  # charted 36.1
        ("heart_rate", 90.5, 1),  # charted 91 (round-half-even gave 90)
        ("heart_rate", 130.4, 2),
        ("respiratory_rate", 20.4, 0),  # charted 20 (the disposition scored 2)
        ("respiratory_rate", 24.5, 3),  # charted 25
        ("systolic_bp", 100.5, 1),  # charted 101
        ("spo2", 95.5, 0),  # charted 96
    ],
)
def test_values_are_rounded_as_charted_before_banding(
    name: str, value: float, points: int
) -> None:
    assert news2_items(FACTS, NORMAL.model_copy(update={name: value}))[name] == points


def test_charted_rounds_half_away_from_zero() -> None:
    assert (charted(38.05, 1), charted(90.5), charted(91.5), charted(20.4)) == (
        38.1,
        91.0,
        92.0,
        20.0,
    )


@pytest.mark.parametrize(
    "update",
    [
        {"respiratory_rate": 20.4, "heart_rate": 111, "systolic_bp": 100},
        {"temperature_c": 38.05, "heart_rate": 131, "systolic_bp": 101},
        {"heart_rate": 90.5, "respiratory_rate": 25, "systolic_bp": 91},
        {"temperature_c": 39.05, "heart_rate": 111, "respiratory_rate": 21},
    ],
)
def test_triage_and_disposition_read_the_same_score(update: dict[str, float]) -> None:
    """Triage's high-risk check and the disposition's NEWS2 agree at every edge."""
    vitals = NORMAL.model_copy(update=update)
    facts = FACTS.model_copy(update={"vitals": vitals})
    total = news2(facts, vitals).score
    assert total is not None
    flagged = bool(news2_high_risk(facts, vitals, altered=False))
    assert flagged == (total >= NEWS2_EMERGENCY)


def test_copd_alone_is_scale_1_and_hypercapnic_failure_is_scale_2() -> None:
    """Scale 2 is for a prescribed 88-92 % target in hypercapnic failure only."""
    kb = load_knowledge()
    vitals = NORMAL.model_copy(update={"spo2": 89})
    copd = ClinicalFacts.from_texts([("ed_note", "known COPD")], kb, vitals=vitals)
    failure = ClinicalFacts.from_texts(
        [("ed_note", "COPD, known CO2 retainer")], kb, vitals=vitals
    )
    assert news2_items(copd, vitals)["spo2"] == 3
    assert news2_items(failure, vitals)["spo2"] == 0


def test_a_prescribed_88_to_92_target_is_scale_2() -> None:
    """RCP 2017 chart 1: scale 2 for a prescribed 88-92 % target (scored 3 on main)."""
    kb = load_knowledge()
    vitals = NORMAL.model_copy(update={"spo2": 89})
    target = ClinicalFacts.from_texts(
        [("ed_note", "COPD, target sats 88-92 %, on air")], kb, vitals=vitals
    )
    assert news2_items(target, vitals)["spo2"] == 0
