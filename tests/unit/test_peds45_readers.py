"""peds45 readers: a gestation written as "at NN weeks" after a woman's age."""

from __future__ import annotations

import pytest

from cases.population import gestation_weeks_from_text, pregnancy_from_text


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("30-year-old at 35 weeks with headache and flashing lights", 35),
        ("32-year-old at 29 weeks with a swollen painful left calf", 29),
        ("28 year old woman at 7 weeks with bleeding", 7),
        ("she is at 24+3 weeks", 24),
    ],
)
def test_weeks_after_an_age_are_a_gestation(text: str, weeks: int) -> None:
    assert pregnancy_from_text(text) == "pregnant"
    assert gestation_weeks_from_text(text) == weeks


@pytest.mark.parametrize(
    "text",
    [
        "45-year-old at 6 weeks post-op with calf pain",
        "40-year-old at 2 weeks follow-up after a fracture",
        "50-year-old at 12 weeks of physiotherapy",
        "30 year old at 3 weeks after surgery",
    ],
)
def test_an_interval_after_an_event_is_no_gestation(text: str) -> None:
    assert pregnancy_from_text(text) == "unknown"
    assert gestation_weeks_from_text(text) is None


@pytest.mark.parametrize(
    ("text", "blown"),
    [
        ("his right pupil is now blown", True),
        ("Right pupil 7 mm unreactive. Left arm not moving.", True),
        ("left pupil fixed and dilated", True),
        ("right pupil 3 mm reactive", False),
        ("pupils 2 mm unreactive", False),
        ("left pupil dilated after the drops", False),
        ("right pupil is not blown", False),
    ],
)
def test_one_blown_pupil_is_unequal_pupils(text: str, blown: bool) -> None:
    from agents.offline.rules.pupils import anisocoria, pupil_findings

    assert anisocoria([text]) is blown
    assert bool(pupil_findings(text)) is blown


def test_a_falling_gcs_ends_on_its_current_value() -> None:
    from agents.pathways import _gcs_in

    assert _gcs_in("GCS dropped from 13 to 7 in the department") == (13, 7)
    assert _gcs_in("GCS fell to 9") == (9,)
    assert _gcs_in("GCS 14, repeat GCS 15") == (14, 15)


@pytest.mark.parametrize(
    ("text", "exertional"),
    [
        ("passed out during a 10 km race yesterday", True),
        ("collapsed mid-sprint at football training", True),
        ("fainted while on a long training run", True),
        ("fainted while watching his son play football", False),
        ("fainted at the end of football", False),
    ],
)
def test_syncope_during_exertion_words(text: str, exertional: bool) -> None:
    import re

    from agents.offline.rules.findings import EXERTIONAL_SYNCOPE_WORDS

    assert bool(re.search(f"(?i){EXERTIONAL_SYNCOPE_WORDS}", text)) is exertional


_GREEN = ("pallor", "reduced_social_response", "dry_mucous_membranes")


def _light(
    present: tuple[str, ...] = (),
    denied: tuple[str, ...] = _GREEN,
    hr: float = 130.0,
    rr: float = 30.0,
    t: float = 39.2,
    days: int = 420,
    texts: tuple[str, ...] = (),
) -> str | None:
    from agents.offline.rules.ng143 import traffic_light
    from cases.models import Vitals
    from cases.population import Population

    v = Vitals(heart_rate=hr, respiratory_rate=rr, spo2=98, temperature_c=t)
    pop = Population(age_days_min=days, age_days_max=days)
    return traffic_light(present, denied, v, pop, texts)


def test_ng143_green_needs_every_green_feature() -> None:
    assert _light() == "green"
    assert _light(denied=("pallor", "reduced_social_response")) is None


@pytest.mark.parametrize(
    ("kwargs", "light"),
    [
        ({"present": ("pallor",)}, "amber"),
        ({"present": ("grunting",)}, "red"),
        ({"hr": 155.0}, "amber"),
        ({"rr": 45.0}, "amber"),
        ({"days": 120}, "amber"),
        ({"days": 60, "t": 38.2}, "red"),
        ({"texts": ("fever for 6 days",)}, "amber"),
        ({"days": 6 * 365}, None),
    ],
)
def test_ng143_amber_and_red_features(
    kwargs: dict[str, object], light: str | None
) -> None:
    assert _light(**kwargs) == light  # type: ignore[arg-type]
