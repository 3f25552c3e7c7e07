"""NEWS2 oxygen items: SpO2 scale 1 or 2 and the supplemental-oxygen item (RCP 2017).

Research software, not for clinical use. Royal College of Physicians. National Early
Warning Score (NEWS) 2. London: RCP 2017, chart 1: SpO2 scale 2 is for patients with
hypercapnic respiratory failure whose prescribed target is 88-92 % (confirmed on a
blood gas); on it, saturations above target score only while on oxygen. Breathing
oxygen scores 2 whatever the scale.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules.facts import ClinicalFacts

__all__ = ["OXYGEN_POINTS", "on_oxygen", "oxygen_items", "scale2", "spo2_points"]

OXYGEN_POINTS: Final = 2
"""NEWS2 points for breathing supplemental oxygen (RCP 2017 chart 1)."""
_SCALE1: Final = ((91.0, 3), (93.0, 2), (95.0, 1))
_SCALE2_LOW: Final = ((83.0, 3), (85.0, 2), (87.0, 1))
_SCALE2_ON_O2: Final = ((92.0, 0), (94.0, 1), (96.0, 2))


def scale2(facts: ClinicalFacts) -> bool:
    """Whether SpO2 scale 2 applies: hypercapnia documented now or known."""
    return facts.known("hypercapnia")


def on_oxygen(facts: ClinicalFacts) -> bool:
    """Whether the patient is documented as breathing supplemental oxygen now."""
    return facts.has("supplemental_oxygen")


def spo2_points(spo2: float | None, *, use_scale2: bool, oxygen: bool) -> int:
    """NEWS2 points for an SpO2 (whole per cent) on scale 1 or scale 2."""
    if spo2 is None:
        return 0
    x = round(spo2)
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
