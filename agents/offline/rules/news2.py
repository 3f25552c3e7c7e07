"""NEWS2, the National Early Warning Score 2: the one implementation of its chart.

Research software, not for clinical use. Royal College of Physicians. National Early
Warning Score (NEWS) 2: standardising the assessment of acute-illness severity in the
NHS. London: RCP 2017, chart 1 (the NEWS2 scoring system). Every reader of NEWS2
(triage's high-risk check, ``_esi_risk.news2_high_risk``; the disposition's NEWS2 and
GAPS, ``admission.news2``; the floors) scores through ``news2_items``.

Chart 1, as recorded observations are charted:

==================  =====  =====  =========  =========  =========  =====  =====
parameter           3      2      1          0          1          2      3
==================  =====  =====  =========  =========  =========  =====  =====
respiration /min    <= 8          9-11       12-20                 21-24  >= 25
SpO2 scale 1 (%)    <= 91  92-93  94-95      >= 96
systolic BP mmHg    <= 90  91-100 101-110    111-219                      >= 220
pulse /min          <= 40         41-50      51-90      91-110     111-130 >= 131
consciousness       CVPU                     alert
temperature (C)     <= 35.0       35.1-36.0  36.1-38.0  38.1-39.0  >= 39.1
==================  =====  =====  =========  =========  =========  =====  =====

The chart's bands are whole numbers (rates, pressures, saturations) and tenths of a
degree (temperature): a value is rounded to the chart's precision first, half away
from zero as a nurse charts it (38.05 C is charted 38.1 and scores 1; a pulse of 90.5
is 91), not by Python's round-half-to-even. SpO2 scale 2 and the supplemental-oxygen
item: SpO2 scale 2 is for patients with hypercapnic respiratory failure whose
prescribed target is 88-92 % (confirmed on a blood gas: the ``hypercapnia`` concept,
now or known, or the prescribed target stated: ``spo2_target_88_92``; COPD alone is
scale 1); on it, saturations above target score only
while on oxygen. Breathing oxygen scores 2 whatever the scale. A vital not recorded
scores 0 (the aggregate is a lower bound).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from agents.offline.rules.facts import ClinicalFacts
from cases.models import Vitals

__all__ = [
    "BANDS",
    "NEWS2_SOURCE",
    "OXYGEN_POINTS",
    "charted",
    "news2_items",
    "news2_score",
    "on_oxygen",
    "oxygen_items",
    "scale2",
    "spo2_points",
]

NEWS2_SOURCE: Final = (
    "Royal College of Physicians. National Early Warning Score (NEWS) 2. London:"
    " RCP 2017, chart 1"
)
BANDS: Final[dict[str, tuple[tuple[tuple[float, int], ...], int]]] = {
    # parameter: ((upper bound inclusive, points), ...), points above the last bound
    "respiratory_rate": (((8, 3), (11, 1), (20, 0), (24, 2)), 3),
    "systolic_bp": (((90, 3), (100, 2), (110, 1), (219, 0)), 3),
    "heart_rate": (((40, 3), (50, 1), (90, 0), (110, 1), (130, 2)), 3),
    "temperature_c": (((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1)), 2),
}
"""RCP 2017 chart 1 bands (SpO2 and oxygen: ``spo2_points``, ``oxygen_items``)."""
_PLACES: Final = {"temperature_c": 1}
"""Decimal places a parameter is charted to (others: whole numbers)."""
CONSCIOUSNESS_POINTS: Final = 3
"""New confusion or a response to voice, pain or none (CVPU) scores 3."""


def charted(value: float, places: int = 0) -> float:
    """``value`` rounded as the chart records it: half away from zero.

    >>> charted(38.05, 1), charted(90.5), charted(20.4)
    (38.1, 91.0, 20.0)
    """
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


OXYGEN_POINTS: Final = 2
"""NEWS2 points for breathing supplemental oxygen (RCP 2017 chart 1)."""
_SCALE1: Final = ((91.0, 3), (93.0, 2), (95.0, 1))
_SCALE2_LOW: Final = ((83.0, 3), (85.0, 2), (87.0, 1))
_SCALE2_ON_O2: Final = ((92.0, 0), (94.0, 1), (96.0, 2))


def scale2(facts: ClinicalFacts) -> bool:
    """Whether SpO2 scale 2 applies: hypercapnic failure or a prescribed 88-92 %."""
    return facts.known("hypercapnia") or facts.known("spo2_target_88_92")


def on_oxygen(facts: ClinicalFacts) -> bool:
    """Whether the patient is documented as breathing supplemental oxygen now."""
    return facts.has("supplemental_oxygen")


def spo2_points(spo2: float | None, *, use_scale2: bool, oxygen: bool) -> int:
    """NEWS2 points for an SpO2 (charted in whole per cent) on scale 1 or scale 2."""
    if spo2 is None:
        return 0
    x = charted(spo2)
    bands = _SCALE2_LOW if use_scale2 else _SCALE1
    for upper, points in bands:
        if x <= upper:
            return points
    if not use_scale2 or not oxygen:
        return 0  # scale 2: 88-92, or >= 93 on air, scores 0
    return next((p for upper, p in _SCALE2_ON_O2 if x <= upper), 3)


def oxygen_items(facts: ClinicalFacts, spo2: float | None) -> dict[str, int]:
    """The SpO2 and air-or-oxygen NEWS2 items for these facts."""
    oxygen = on_oxygen(facts)
    return {
        "spo2": spo2_points(spo2, use_scale2=scale2(facts), oxygen=oxygen),
        "supplemental_oxygen": OXYGEN_POINTS if oxygen else 0,
    }


def _points(name: str, value: float | None) -> int:
    if value is None:
        return 0
    x = charted(value, _PLACES.get(name, 0))
    bands, top = BANDS[name]
    return next((points for upper, points in bands if x <= upper), top)


def news2_items(
    facts: ClinicalFacts, vitals: Vitals, *, altered: bool = False
) -> dict[str, int]:
    """NEWS2 points per parameter (RCP 2017 chart 1).

    Args:
        facts: Facts at the stage: hypercapnic failure (SpO2 scale 2) and
            supplemental oxygen.
        vitals: Plausible vitals.
        altered: The caller's reading of new confusion or AVPU V, P or U (3 points).

    Returns:
        Points for ``spo2``, ``supplemental_oxygen``, ``respiratory_rate``,
        ``systolic_bp``, ``heart_rate``, ``consciousness`` and ``temperature_c``.
    """
    return {
        **oxygen_items(facts, vitals.spo2),
        "respiratory_rate": _points("respiratory_rate", vitals.respiratory_rate),
        "systolic_bp": _points("systolic_bp", vitals.systolic_bp),
        "heart_rate": _points("heart_rate", vitals.heart_rate),
        "consciousness": CONSCIOUSNESS_POINTS if altered else 0,
        "temperature_c": _points("temperature_c", vitals.temperature_c),
    }


def news2_score(facts: ClinicalFacts, vitals: Vitals, *, altered: bool = False) -> int:
    """The NEWS2 aggregate: the sum of ``news2_items``."""
    return sum(news2_items(facts, vitals, altered=altered).values())
