"""KTAS: ESI criteria the CTAS-based scales grade by their own modifiers.

Sources: Bullard MJ et al. Revisions to the CTAS guidelines 2016 (CJEM 2017) and the
CTAS National Working Group adult first-order modifier card, as KTAS adapts them
(Park J, Lim T. J Korean Soc Emerg Med 2017); the Ontario prehospital CTAS
reference v4.2 (2020). Mental health: depression or suicidal ideation is level 2
with a clear plan, an attempt, active intent or a flight risk, level 3 without
them. Blood glucose: < 3 mmol/L with symptoms (confusion, diaphoresis, behavioural
change, seizure) is level 2; level of consciousness: unconscious (responds to pain
only, GCS 3-9) 1, altered (GCS 10-13) 2. Pain: central acute severe 2, chronic pain
one level less urgent; respiratory distress: SpO2 < 90 1, < 92 2. The ESI v4
handbook keeps suicidal ideation at ESI 2 (ch.4) and hypoglycaemia with altered
mentation at ESI 1 (IV dextrose, Table 3-1).

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, vitals


def test_suicidal_ideation_stated_without_a_plan_is_level_3(reason: Reason) -> None:
    # Passive thoughts of death, no plan and no intent, calm, normal vital signs.
    out = ktas_walk_in(
        reason,
        "suicidal ideation",
        vitals(82, 128, 76, 16, 99),
        age=34,
        case_id="ktas30-si-no-plan",
        one_liner="34-year-old man, low mood, thoughts of suicide, no plan, no intent",
    )
    assert out.final.site_level == 3
    assert out.final.esi is not None and out.final.esi <= 2


def test_suicidal_ideation_with_a_plan_stays_level_2(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "suicidal ideation",
        vitals(88, 132, 80, 16, 99),
        age=41,
        case_id="ktas30-si-plan",
        one_liner="41-year-old woman, wants to die, has a plan to jump from a bridge",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_suicidal_ideation_with_the_plan_not_recorded_stays_level_2(
    reason: Reason,
) -> None:
    # Whether there is a plan was not recorded: the more urgent level in doubt.
    out = ktas_walk_in(
        reason,
        "suicidal ideation",
        vitals(80, 124, 78, 16, 98),
        age=29,
        case_id="ktas30-si-bare",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_no_plan_beside_an_ingestion_stays_level_2(reason: Reason) -> None:
    # "No plan" beside tablets taken is an attempt, level 2 at least.
    out = ktas_walk_in(
        reason,
        "suicidal ideation",
        vitals(96, 122, 74, 18, 98),
        age=23,
        case_id="ktas30-si-tablets",
        one_liner="23-year-old, suicidal thoughts, says no plan, but took 30 tablets",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_no_plan_beside_command_voices_stays_level_2(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "suicidal ideation",
        vitals(90, 130, 80, 16, 99),
        age=27,
        case_id="ktas30-si-voices",
        one_liner="27-year-old, suicidal ideation, no plan, hearing voices telling him"
        " to hurt himself",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_hypoglycaemia_with_confusion_is_level_2_not_resuscitation(
    reason: Reason,
) -> None:
    # Confused and slow to answer, responds to voice, glucose 2.2 mmol/L: the card's
    # glucose modifier (symptomatic 2) and consciousness (altered 2); not level 1.
    out = ktas_walk_in(
        reason,
        "hypoglycemia",
        vitals(92, 138, 82, 16, 98),
        age=67,
        case_id="ktas30-hypo-confused",
        one_liner="67-year-old on insulin, confused, responds to voice,"
        " glucose 2.2 mmol/L",
    )
    assert out.final.site_level == 2
    assert out.final.esi == 1


def test_hypoglycaemia_responding_only_to_pain_stays_level_1(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "hypoglycemia",
        vitals(96, 134, 80, 14, 97),
        age=72,
        case_id="ktas30-hypo-pain",
        one_liner="72-year-old on insulin, responds only to pain, glucose 2.0 mmol/L",
    )
    assert out.final.site_level == 1


def test_acute_severe_central_pain_is_level_2(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "flank pain",
        vitals(94, 146, 88, 18, 98),
        age=38,
        case_id="ktas30-flank-9",
        pain=9,
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_spo2_below_90_is_level_1(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "shortness of breath",
        vitals(108, 132, 80, 28, 87),
        age=74,
        case_id="ktas30-spo2-87",
    )
    assert out.final.site_level == 1


def test_chronic_back_pain_8_is_not_raised_by_pain(reason: Reason) -> None:
    # Chronic peripheral (axial) severe pain: one level below acute peripheral 3.
    out = ktas_walk_in(
        reason,
        "chronic low back pain",
        vitals(78, 126, 78, 16, 99),
        age=52,
        case_id="ktas30-chronic-back-8",
        pain=8,
    )
    assert out.final.site_level is not None and out.final.site_level >= 4
