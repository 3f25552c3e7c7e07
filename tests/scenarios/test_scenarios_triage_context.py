"""Triage scenarios: what a narrative states now, at baseline, or only by a name.

Written from the ESI v4 Implementation Handbook (Gilboy et al., AHRQ 2012/2020 ed.:
ch.3 decision point A asks for an *immediate* life-saving need; ch.4 high-risk
situations, *new* confusion/lethargy, suicidal ideation, a headache with BP 188/124),
ConText negation scope (Harkema H et al. J Biomed Inform 2009: 'but' ends a cue's
reach), ACC/AHA 2017 hypertension (hypertensive emergency), ADA 2023 hypoglycaemia and
CDC 2018 post-exposure prophylaxis; never from shared data rows. Each case asserts a
level bound, not an exact trace.
"""

from __future__ import annotations

import pytest

from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 82,
    "systolic_bp": 128,
    "diastolic_bp": 76,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def _esi(out: ReasoningOutput) -> int:
    assert out.final.esi is not None
    return out.final.esi


def test_glasgow_coma_scale_14_is_altered_not_coma(reason: Reason) -> None:
    """'Glasgow Coma Scale score of 14' names a scale, not coma: GCS 14 is new
    altered mentation (decision point B, ESI 2), not an immediate life-saving need."""
    out = reason(
        make_case(
            "A 70-year-old man brought in by his daughter after a fall at home. He is"
            " oriented to person only and has a Glasgow Coma Scale score of 14. He has"
            " a small abrasion on his forehead.",
            age=70,
            sex="Male",
            vitals=NORMAL,
        )
    )
    assert _esi(out) == 2


def test_baseline_unresponsiveness_is_not_a_life_saving_need(reason: Reason) -> None:
    """ESI handbook ch.3: a chronic baseline state ('usually unresponsive' after an old
    stroke) does not need an immediate life-saving intervention."""
    out = reason(
        make_case(
            "A 68-year-old woman is brought from her nursing home because her"
            " gastrostomy tube came out. She is usually unresponsive since a large"
            " stroke five years ago and is at her baseline per the staff.",
            age=68,
            sex="Female",
            vitals=NORMAL,
        )
    )
    assert _esi(out) >= 2


def test_suicidal_thoughts_without_a_plan_are_high_risk(reason: Reason) -> None:
    """ESI handbook ch.4: suicidal ideation is ESI 2 whether or not there is a plan;
    'but has no plan' does not negate the ideation (ConText: 'but' ends the scope)."""
    out = reason(
        make_case(
            "32-year-old man came in because he could not reach his counsellor. He"
            " has been thinking about hurting himself but has no plan. Vital signs"
            " within normal limits.",
            age=32,
            sex="Male",
        )
    )
    assert _esi(out) <= 2


def test_headache_with_bp_188_over_124_is_high_risk(reason: Reason) -> None:
    """ESI handbook ch.4 and ACC/AHA 2017: severe hypertension with a headache is a
    possible hypertensive emergency (ESI 2)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=56,
            sex="Male",
            vitals={**NORMAL, "systolic_bp": 188, "diastolic_bp": 124},
        )
    )
    assert _esi(out) <= 2


@pytest.mark.parametrize(
    "vitals",
    [
        pytest.param({**NORMAL, "temperature_c": 38.4}, id="fever-alone"),
        pytest.param(
            {**NORMAL, "temperature_c": 38.7, "heart_rate": 92, "respiratory_rate": 22},
            id="news2-4",
        ),
    ],
)
def test_fever_below_the_screen_is_not_uptriaged(
    reason: Reason, vitals: dict[str, float]
) -> None:
    """Fever with qSOFA < 2 and no danger-zone uptriage stays at its resource level
    (ESI 3; the handbook keeps a febrile, wheezing, tachypnoeic adult at ESI 3)."""
    out = reason(make_case("FEVER AND COUGH", age=45, sex="Female", vitals=vitals))
    assert _esi(out) == 3


TIME_CRITICAL_EXPOSURES = [
    (
        "chemical-eye",
        "SPLASHED DRAIN CLEANER IN HIS LEFT EYE",
        34,
        "Male",
        "ESI v4 handbook ch.4: chemical splash to the eye needs irrigation at once",
    ),
    (
        "needlestick",
        "NEEDLESTICK FROM A PATIENT ON THE WARD",
        27,
        "Female",
        "CDC 2018 PEP: prophylaxis within hours of a sharps exposure",
    ),
    (
        "testicular-pain",
        "LEFT TESTICLE PAIN SINCE 2 HOURS",
        15,
        "Male",
        "AUA/EAU: acute scrotal pain is torsion until proven otherwise",
    ),
    (
        "priapism",
        "PAINFUL ERECTION FOR 5 HOURS",
        41,
        "Male",
        "AUA/SMSNA 2022: ischaemic priapism needs decompression within hours",
    ),
]


@pytest.mark.parametrize(
    ("complaint", "age", "sex", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in TIME_CRITICAL_EXPOSURES],
)
def test_time_critical_exposures_are_esi_2(
    reason: Reason, complaint: str, age: int, sex: str, source: str
) -> None:
    """Time-critical treatment windows make these high-risk (ESI <= 2)."""
    out = reason(make_case(complaint, age=age, sex=sex, vitals=NORMAL))
    assert _esi(out) <= 2, source


def test_hypoglycaemia_with_altered_mentation_is_esi_1(reason: Reason) -> None:
    """ADA 2023 level 3 hypoglycaemia; ESI handbook ch.3: IV dextrose for a confused
    hypoglycaemic patient is an immediate life-saving intervention (ESI 1)."""
    out = reason(
        make_case(
            "A 66-year-old man on insulin is brought in confused and sweaty; the"
            " paramedics' fingerstick glucose is 38.",
            age=66,
            sex="Male",
            vitals=NORMAL,
        )
    )
    assert _esi(out) == 1


@pytest.mark.parametrize(
    "complaint",
    [
        "WORST HEADACHE OF MY LIFE",
        "thunderclap headache while lifting weights",
        "sudden severe occipital headache",
    ],
)
def test_sudden_severe_headache_is_high_risk_and_not_forecast_home(
    reason: Reason, complaint: str
) -> None:
    """ACEP clinical policy on acute headache (2019): a sudden-onset severe headache
    needs evaluation for subarachnoid haemorrhage; ESI v4 ch.4 high-risk situation."""
    out = reason(make_case(complaint, age=45, sex="F", vitals=NORMAL, case_id="sah"))
    assert _esi(out) <= 2
    assert out.final.disposition != "Discharge"


def test_a_plain_headache_is_not_uptriaged(reason: Reason) -> None:
    """ESI v4 ch.4: a headache without high-risk features is judged by resources."""
    out = reason(make_case("HEADACHE", age=30, sex="F", vitals=NORMAL, case_id="ha"))
    assert _esi(out) >= 3
