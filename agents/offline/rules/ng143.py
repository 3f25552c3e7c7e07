"""NICE NG143 traffic light: a febrile child under 5 read as red, amber or green.

Research software, not for clinical use. NICE NG143 (fever in under 5s, 2019, updated
2021), Table 1, grades each domain of a feverish child:

- colour: red = pale / mottled / ashen / blue; amber = pallor reported by a parent;
  green = normal colour;
- activity: red = no response to social cues, appears ill, does not wake or stay
  awake, weak, high-pitched or continuous cry; amber = not responding normally to
  social cues, no smile, wakes only with prolonged stimulation, decreased activity;
  green = responds normally to social cues, content / smiles, strong normal cry;
- respiratory: red = grunting, RR > 60, moderate or severe chest indrawing; amber =
  nasal flaring, RR > 50 (6-12 months) or > 40 (over 12 months), SpO2 <= 95 %,
  crackles;
- circulation and hydration: red = reduced skin turgor; amber = tachycardia (> 160
  under 12 months, > 150 at 12-24 months, > 140 at 2-5 years), CRT >= 3 s, dry mucous
  membranes, poor feeding, reduced urine output; green = normal skin and eyes, moist
  mucous membranes;
- other: red = 0-3 months with T >= 38, non-blanching rash, bulging fontanelle, neck
  stiffness, status epilepticus, focal neurological signs or seizures; amber = 3-6
  months with T >= 39, fever for 5 days or longer, rigors, swelling of a limb or
  joint, a limb not used.

Green is every green feature documented and none of the amber or red ones; a child
whose colour, activity or hydration the note does not state is not green (``None``),
so a partial note never withholds the amber child's work-up (1.3-1.5: green = a urine
test and an assessment for pneumonia, no routine blood tests or chest X-ray; amber
and red = urine, FBC, CRP, blood culture, and more).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal

from agents.offline.rules.fever_days import PROLONGED_FEVER_DAYS, fever_days
from cases.models import Vitals
from cases.population import Population

__all__ = ["GREEN", "Light", "traffic_light"]

Light = Literal["red", "amber", "green"]
GREEN: Final = "ng143_green"
"""The concept a green child is given (``facts.with_ng143``)."""
UNDER_DAYS: Final = 5 * 365
"""NICE NG143 covers children under 5 years."""

RED_CONCEPTS: Final = (
    "poor_perfusion",
    "ill_appearance",
    "lethargy",
    "altered_mental_status",
    "unresponsive",
    "high_pitched_cry",
    "grunting",
    "reduced_skin_turgor",
    "petechiae",
    "purpura",
    "bulging_fontanelle",
    "neck_stiffness",
    "convulsing_now",
    "seizure",
    "focal_seizure",
    "focal_deficit",
)
AMBER_CONCEPTS: Final = (
    "pallor",
    "reduced_social_response",
    "respiratory_distress",
    "rales",
    "hypoxaemia",
    "dry_mucous_membranes",
    "poor_feeding",
    "oliguria",
    "chills",
    "joint_swelling",
)
GREEN_DENIED: Final = ("pallor", "reduced_social_response", "dry_mucous_membranes")
"""Colour, activity and hydration: the green feature of each is written as the denial
of its amber one ("pink", "smiling and playful", "moist mucous membranes")."""


def _tachycardia_limit(days: int) -> float:
    if days < 365:
        return 160.0
    return 150.0 if days < 2 * 365 else 140.0


def _tachypnoea_limit(days: int) -> float:
    return 50.0 if days < 365 else 40.0


def vitals_light(v: Vitals, days: int) -> Light | None:
    """The worst colour the vital signs alone give (None: none beyond green)."""
    t = v.temperature_c
    if days < 90 and t is not None and t >= 38.0:
        return "red"
    if v.respiratory_rate is not None and v.respiratory_rate > 60:
        return "red"
    amber = (
        (days < 182 and t is not None and t >= 39.0)
        or (
            v.respiratory_rate is not None
            and v.respiratory_rate > _tachypnoea_limit(days)
        )
        or (v.spo2 is not None and v.spo2 <= 95)
        or (v.heart_rate is not None and v.heart_rate > _tachycardia_limit(days))
    )
    return "amber" if amber else None


def traffic_light(
    present: Iterable[str],
    denied: Iterable[str],
    vitals: Vitals,
    population: Population,
    texts: Iterable[str],
) -> Light | None:
    """The NICE NG143 colour of a child under 5 (None: over 5, or not all told).

    Args:
        present: Concepts documented present now.
        denied: Concepts documented absent.
        vitals: Triage vitals.
        population: The patient's population (age in days).
        texts: The visit's texts (days of fever).

    Returns:
        "red" or "amber" on any such feature; "green" when colour, activity and
        hydration are each documented green and nothing else is amber or red; else
        None.
    """
    days = population.age_days_max
    if days is None or days >= UNDER_DAYS or population.age_days_min is None:
        return None
    days = population.age_days_min
    found = set(present)
    if any(c in found for c in RED_CONCEPTS):
        return "red"
    light = vitals_light(vitals, days)
    if light == "red":
        return "red"
    if light == "amber" or any(c in found for c in AMBER_CONCEPTS):
        return "amber"
    if fever_days(texts) >= PROLONGED_FEVER_DAYS:
        return "amber"
    absent = set(denied)
    return "green" if all(c in absent for c in GREEN_DENIED) else None
