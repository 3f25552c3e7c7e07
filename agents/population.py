"""Population limits: which patients a diagnosis, decision rule or order applies to.

One filter for every backend: a knowledge-base diagnosis, a decision rule or an order
declares the ages (in days), sex and pregnancy status it applies to, and
:func:`excluded_reason` says why a patient lies outside (or None). Unknown facts never
exclude: a patient of unknown age keeps adult diagnoses, a patient of unknown sex keeps
sex-specific ones. Research software, not for clinical use.

Typical use (the rule-precondition mechanism calls :func:`rule_excluded`)::

    pop = view_population(view)
    if (why := rule_excluded("curb65", pop)) is not None:
        ...  # do not run or show CURB-65: ``why`` says the patient is a neonate
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cases.population import DAYS_PER_YEAR, Population, Sex

__all__ = [
    "RULE_POPULATIONS",
    "PopulationLimits",
    "excluded_reason",
    "late_pregnancy_factor",
    "rule_excluded",
    "unknown_age_infancy_factor",
    "years",
]


def years(n: float) -> int:
    """Return ``n`` years in days (the unit of every age limit)."""
    return int(n * DAYS_PER_YEAR)


class PopulationLimits(BaseModel):
    """The population a diagnosis, rule or order applies to (all bounds inclusive)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_age_days: int | None = Field(default=None, ge=0, description="Youngest age")
    max_age_days: int | None = Field(default=None, ge=0, description="Oldest age")
    sex: Sex | None = Field(default=None, description="Only this sex, when set")
    pregnancy: Literal["possible", "required", "excluded"] | None = Field(
        default=None,
        description="'possible': excluded when pregnancy is impossible (men, children, "
        "after 55, documented negative test); 'required': known pregnant only; "
        "'excluded': not when known pregnant",
    )
    min_gestation_weeks: int | None = Field(
        default=None, ge=0, le=44, description="Earliest gestation, completed weeks"
    )
    max_gestation_weeks: int | None = Field(
        default=None,
        ge=0,
        le=44,
        description="Latest gestation in completed weeks (preterm labour: 36, ACOG PB "
        "171); a documented gestation outside excludes, an unknown one never does",
    )
    source: str | None = Field(default=None, description="Validated population")

    @model_validator(mode="before")
    @classmethod
    def _years_to_days(cls, data: object) -> object:
        # YAML convenience: ``min_age_years`` / ``max_age_years`` (inclusive years).
        if not isinstance(data, dict):
            return data
        out = dict(data)
        if (low := out.pop("min_age_years", None)) is not None:
            out["min_age_days"] = years(low)
        if (high := out.pop("max_age_years", None)) is not None:
            out["max_age_days"] = years(high + 1) - 1
        return out


def excluded_reason(limits: PopulationLimits, pop: Population) -> str | None:
    """Return why ``pop`` lies outside ``limits``, or None when it may apply.

    Only known facts exclude: an unknown age, sex or pregnancy status never does.
    """
    if limits.min_age_days is not None or limits.max_age_days is not None:
        inside = pop.age_within(limits.min_age_days, limits.max_age_days)
        if inside is False:
            return f"age outside {_age_range(limits)}"
    if limits.sex is not None and pop.sex is not None and pop.sex != limits.sex:
        return f"{'male' if limits.sex == 'M' else 'female'} patients only"
    if limits.pregnancy == "possible" and not pop.pregnancy_possible:
        return "pregnancy is not possible for this patient"
    if limits.pregnancy == "required" and pop.pregnancy != "pregnant":
        return "known pregnancy only"
    if limits.pregnancy == "excluded" and pop.pregnancy == "pregnant":
        return "not in pregnancy"
    weeks = pop.gestation_weeks if pop.pregnancy == "pregnant" else None
    low, high = limits.min_gestation_weeks, limits.max_gestation_weeks
    if weeks is not None and low is not None and weeks < low:
        return f"gestation {weeks} weeks, before {low} weeks"
    if weeks is not None and high is not None and weeks > high:
        return f"gestation {weeks} weeks, after {high} weeks"
    return None


LATE_PREGNANCY_WEEKS: Final = 20
"""A diagnosis of the second half of pregnancy or the puerperium (pre-eclampsia,
eclampsia, HELLP: ACOG Practice Bulletin 222, 2020) declares this earliest gestation."""

BIRTHS_PER_1000: Final[tuple[tuple[int, float], ...]] = (
    (15, 0.2),
    (20, 13.6),
    (25, 56.0),
    (30, 91.0),
    (35, 95.9),
    (40, 54.3),
    (45, 12.5),
    (50, 1.1),
    (56, 0.1),
)
"""Births per 1,000 women a year by age band (upper bound exclusive): US 2022 (CDC
NVSS, Osterman MJK et al. Births: final data for 2022. Natl Vital Stat Rep 2024;
73(2), table 2, about these values); 50-55 is a team estimate from the births to
women 50 and over. The share of women of an age who are past 20 weeks or within 6
weeks post partum is about this rate x 26/52 weeks."""


def late_pregnancy_factor(
    limits: PopulationLimits, pop: Population, documented: bool
) -> float:
    """The prior's multiplier for a late-pregnancy diagnosis when pregnancy is unknown.

    Pre-eclampsia exists only from 20 weeks of pregnancy to 6 weeks post partum (ACOG
    Practice Bulletin 222, 2020): in a woman whose pregnancy is not documented its
    prior follows the chance that she is pregnant at her age, relative to the peak
    band (30-34 years), where the knowledge-base prior is taken to hold. A 45-year-old
    woman with a thunderclap headache is ~100 times less likely than a 32-year-old
    to be in that window, so a subarachnoid haemorrhage is not crowded out by it
    (Perry JJ et al. JAMA 2013;310:1248). 1.0 when the pregnancy or the puerperium is
    ``documented``, the age is unknown or the diagnosis is not one of late pregnancy.
    """
    low = limits.min_gestation_weeks
    if documented or low is None or low < LATE_PREGNANCY_WEEKS:
        return 1.0
    if pop.pregnancy == "pregnant" or pop.age_years is None:
        return 1.0
    peak = max(rate for _, rate in BIRTHS_PER_1000)
    for below, rate in BIRTHS_PER_1000:
        if pop.age_years < below:
            return rate / peak
    return BIRTHS_PER_1000[-1][1] / peak


UNKNOWN_AGE_INFANT_FACTOR: Final = 0.05
"""The prior's multiplier for a diagnosis of infancy when the age is unknown: infants
are a few per cent of ED visits (NHAMCS), so a patient of unknown age is seldom one."""
INFANCY_DAYS: Final = 365


def unknown_age_infancy_factor(limits: PopulationLimits, pop: Population) -> float:
    """The prior's multiplier for a diagnosis of infancy in a patient of unknown age.

    A diagnosis whose population ends within the first year (neonatal sepsis: AAP
    2021, NICE NG195) keeps its place in an unknown age (unknown facts never exclude)
    but not its infant prior: a febrile, confused, hypotensive patient whose age is
    not recorded is far likelier an adult with sepsis (peds48). 1.0 when the age is
    known or the diagnosis is not one of infancy.
    """
    high = limits.max_age_days
    if high is None or high > INFANCY_DAYS:
        return 1.0
    if pop.age_days_min is not None or pop.age_days_max is not None:
        return 1.0
    return UNKNOWN_AGE_INFANT_FACTOR


def _age_text(days: int) -> str:
    if days >= 2 * DAYS_PER_YEAR or (days % DAYS_PER_YEAR == 0 and days):
        return f"{days // DAYS_PER_YEAR} y"
    return f"{days} d"


def _age_range(limits: PopulationLimits) -> str:
    low = "0 d" if limits.min_age_days is None else _age_text(limits.min_age_days)
    high = "" if limits.max_age_days is None else _age_text(limits.max_age_days)
    return f"{low}-{high}" if high else f">= {low}"


def _adult(src: str, age: float = 18) -> PopulationLimits:
    return PopulationLimits(min_age_days=years(age), source=src)


def _not_pregnant(src: str) -> PopulationLimits:
    return PopulationLimits(
        min_age_days=years(18), pregnancy="excluded", source=f"{src}, not pregnant"
    )


RULE_POPULATIONS: Final[dict[str, PopulationLimits]] = {
    "shock_index": _adult("Allgöwer 1967; adult cut-off 1.0 (SIPA for children)", 16),
    "qsofa": _adult("Seymour CW et al. JAMA 2016 (Sepsis-3): adults"),
    "sirs": _adult("Bone RC et al. Chest 1992: adult criteria (Goldstein 2005 paeds)"),
    "heart": _adult("Backus BE et al. Int J Cardiol 2013: adult chest pain"),
    # peds29: the Wells scores and PERC were derived and validated without pregnant
    # women; in pregnancy a negative D-dimer excludes PE only inside a pregnancy-
    # validated algorithm (Righini M et al. Ann Intern Med 2018; van der Pol LM et al.
    # NEJM 2019), else imaging decides (ESC 2019 section 9; Leung AN et al. ATS/STR
    # 2011; RCOG green-top 37b 2015)
    "wells_pe": _not_pregnant("Wells PS et al. Thromb Haemost 2000: adults"),
    "perc": _not_pregnant("Kline JA et al. J Thromb Haemost 2004: adults"),
    "wells_dvt": _not_pregnant("Wells PS et al. NEJM 2003: adults"),
    "curb65": _adult("Lim WS et al. Thorax 2003: adults with pneumonia"),
    "canadian_ct_head": _adult("Stiell IG et al. Lancet 2001: age >= 16", 16),
    "nice_head_ct": _adult("NICE NG232 (2023) 1.4.7-1.4.11: the adult criteria", 16),
    "pecarn_head": PopulationLimits(
        min_age_days=years(2),
        max_age_days=years(18) - 1,
        source="Kuppermann N et al. Lancet 2009: the rule for children 2-17 years",
    ),
    # trauma31: from 65 the Canadian C-spine rule images whatever the examination (age
    # is its high-risk factor; Stiell IG et al. JAMA 2001; NICE NG232 2023), and NEXUS
    # misses fractures in older patients (Paykin G et al. Injury 2017;48:1020): a
    # negative NEXUS excludes no fracture there
    "nexus": PopulationLimits(
        min_age_days=years(8),
        max_age_days=years(65) - 1,
        source="Hoffman JR et al. NEJM 2000; Viccellio 2001 (few < 8 y); not from "
        "65 (Stiell 2001 Canadian C-spine rule; Paykin G et al. Injury 2017)",
    ),
    "ottawa_ankle": _adult("Stiell 1992; Dowling 2009 meta-analysis: >= 5 y", 5),
    "ottawa_knee": _adult("Stiell 1995; Bulloch 1999: >= 2 y", 2),
    "sf_syncope": _adult("Quinn JV et al. Ann Emerg Med 2004: adults"),
    "centor": _adult("McIsaac WJ et al. CMAJ 1998: age >= 3", 3),
    "alvarado": _adult("Alvarado A. Ann Emerg Med 1986; paediatric use >= 4 y", 4),
    "glasgow_blatchford": _adult("Blatchford O et al. Lancet 2000: adults", 16),
    "abcd2": _adult("Johnston SC et al. Lancet 2007: adults with TIA"),
    "burch_wartofsky": _adult(
        "Burch HB, Wartofsky L 1993; Angell TE et al. JCEM 2015: adults"
    ),
}
"""Decision-rule key -> the population it was derived and validated in."""


def rule_excluded(rule: str, pop: Population) -> str | None:
    """Return why rule ``rule`` does not apply to ``pop`` (None: it may apply)."""
    limits = RULE_POPULATIONS.get(rule)
    if limits is None:
        return None
    why = excluded_reason(limits, pop)
    return None if why is None else f"{why} ({limits.source})"
