"""agents.population: gestation limits of a diagnosis or order (review17, issue 10).

ACOG PB 171 (preterm labour: 20 0/7 to 36 6/7 weeks) and ACOG CO 713 (antenatal
corticosteroids to 34 6/7 weeks): a documented gestation outside the limits excludes;
an unknown gestation, or a woman not known pregnant, never does.
"""

from __future__ import annotations

from agents.population import PopulationLimits, excluded_reason
from cases.models import Demographics
from cases.population import population_of

PRETERM = PopulationLimits(sex="F", pregnancy="possible", max_gestation_weeks=36)


def test_term_gestation_is_outside_preterm_limits() -> None:
    texts = ("G2P1 at 39 weeks, contractions",)
    pop = population_of(Demographics(age=30, sex="F"), texts)
    assert pop.gestation_weeks == 39
    assert excluded_reason(PRETERM, pop) is not None


def test_preterm_or_unknown_gestation_is_inside() -> None:
    preterm = population_of(Demographics(age=30, sex="F"), ("G1P0 at 31 weeks",))
    unknown = population_of(Demographics(age=30, sex="F"), ("pregnant, contractions",))
    assert excluded_reason(PRETERM, preterm) is None
    assert excluded_reason(PRETERM, unknown) is None


def test_minimum_gestation() -> None:
    limits = PopulationLimits(min_gestation_weeks=37)
    early = population_of(Demographics(age=25, sex="F"), ("G1P0 at 33 weeks",))
    assert excluded_reason(limits, early) is not None
