"""Population facts: ages in days for infants, sex and pregnancy from text."""

from __future__ import annotations

import pytest

from cases.adapters._common import demographics_from_text
from cases.models import Demographics
from cases.population import (
    age_days_from_text,
    gestation_weeks_from_text,
    population_of,
    pregnancy_from_text,
)


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("10-month-old with fever", (300, 329)),
        ("18-day-old male with fever", (18, 18)),
        ("3 wk old girl, poor feeding", (21, 27)),
        ("2 yo boy with cough", (730, 1094)),
        ("67 y.o. male", (67 * 365, 68 * 365 - 1)),
        ("newborn with jaundice", (0, 28)),
        ("fever for 18 days", None),
        ("G2P1 at 12 weeks", None),
    ],
)
def test_age_days_from_text(text: str, band: tuple[int, int] | None) -> None:
    assert age_days_from_text(text) == band


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("G2P1 at 12 weeks with vaginal bleeding", "pregnant"),
        ("positive urine hCG", "pregnant"),
        ("28 weeks pregnant, headache", "pregnant"),
        ("hCG negative", "not_pregnant"),
        ("urine pregnancy test: negative", "not_pregnant"),
        ("possibly pregnant", "unknown"),
        ("denies being pregnant", "unknown"),
        ("pregnancy test pending", "unknown"),
    ],
)
def test_pregnancy_from_text(text: str, status: str) -> None:
    assert pregnancy_from_text(text) == status


def test_gestation_weeks() -> None:
    assert gestation_weeks_from_text("G3P2 at 32 weeks, abdominal pain") == 32
    assert gestation_weeks_from_text("EGA 24w after MVC") == 24
    assert gestation_weeks_from_text("headache") is None


def test_gestation_with_days_keeps_the_weeks() -> None:
    # review17: "34+5 weeks" is 34 weeks and 5 days, not 5 weeks; "at 38+2 wk" counts
    assert gestation_weeks_from_text("34+5 weeks gestation, PV bleeding") == 34
    assert gestation_weeks_from_text("G2P1 at 38+2 wk, waters broke") == 38
    assert gestation_weeks_from_text("GA 29+6 weeks") == 29


def test_infant_age_in_days_derives_years() -> None:
    demo = Demographics(age_days=300)
    assert demo.age == 0
    assert population_of(demo).age_days == 300


def test_text_age_used_only_without_structured_age() -> None:
    pop = population_of(Demographics(), ("FEVER", "10-month-old boy with fever"))
    assert (pop.age_years, pop.sex, pop.age_source) == (0, "M", "text")
    assert pop.pregnancy == "not_pregnant"  # an infant cannot be pregnant
    adult = population_of(Demographics(age=40), ("10-month-old sister at home",))
    assert adult.age_years == 40


def test_men_and_children_are_not_pregnant_women_of_unknown_status_are() -> None:
    assert population_of(Demographics(age=30, sex="Male")).pregnancy == "not_pregnant"
    assert population_of(Demographics(age=6, sex="F")).pregnancy == "not_pregnant"
    woman = population_of(Demographics(age=19, sex="Female"))
    assert woman.pregnancy == "unknown" and woman.pregnancy_possible


def test_age_interval_limits() -> None:
    two = population_of(Demographics(age=2))
    assert two.age_within(0, 365) is False
    assert two.age_within(365, 10 * 365) is True
    assert two.age_within(0, 800) is None  # partly inside: unsure
    assert population_of(Demographics()).age_within(0, 10) is None


def test_adapter_keeps_infant_age_in_days() -> None:
    demo = demographics_from_text("A 3-week-old girl is brought in with a fever")
    assert (demo.age, demo.age_days, demo.sex) == (0, 21, "Female")


def test_a_newborns_own_gestation_is_no_pregnancy() -> None:
    """real30: a newborn's birth history ("term infant, 38+3 weeks gestation", the
    mother's gestational diabetes) is not a pregnancy of the baby, read from text or
    carried in a structured field."""
    text = (
        "Newborn male, term infant, 38+3 weeks gestation. Infant of a diabetic mother"
        " (gestational diabetes). Severe hypoglycemia within hours after birth."
    )
    assert demographics_from_text(text).pregnancy == "unknown"
    demo = Demographics(age=0, age_days=2, pregnancy="pregnant")
    assert population_of(demo, (text,)).pregnancy == "not_pregnant"
