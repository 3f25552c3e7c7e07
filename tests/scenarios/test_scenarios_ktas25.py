"""KTAS levels from the CTAS / KTAS first-order modifiers, not from ESI's screen scores.

Sources: the CTAS National Working Group adult first-order modifier card
(respiratory distress graded by SpO2 and the work of breathing: SpO2 < 90 severe,
< 92 moderate, 92-94 mild; haemodynamic compromise = borderline perfusion,
unexplained tachycardia, suspected hypotension, level 2; vital signs at the ends of
normal, level 3; temperature >= 38.0 with three SIRS criteria, immunocompromise or
unstable signs "appears septic", level 2; with fewer SIRS criteria "appears unwell",
level 3); Bullard MJ et al. Revisions to the CTAS guidelines 2016. CJEM
2017;19(S2):S18-S27; Park J, Lim T. KTAS. J Korean Soc Emerg Med 2017;28:547-551 (the
same first-order modifiers). Neither scale has a NEWS2, qSOFA or SIRS-screen modifier:
the screens ESI reads as high-risk situations at decision point B are graded on the
site scale by the modifiers of their components; ESI keeps them.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings, are asserted.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, vitals


def _run(
    reason: Reason,
    complaint: str,
    v: dict[str, float],
    age: int = 58,
    one_liner: str | None = None,
    pain: float | None = None,
) -> ReasoningOutput:
    """The reasoner's output for a walk-in triaged on the KTAS scale."""
    return ktas_walk_in(
        reason, complaint, v, age=age, case_id="ktas25", pain=pain, one_liner=one_liner
    )


def _site(out: ReasoningOutput) -> int:
    level = out.final.site_level
    assert level is not None
    return level


def test_news2_seven_without_a_level_2_modifier_is_ktas_3(reason: Reason):
    # NEWS2 7 (RR 23: 2, SpO2 94: 1, SBP 98: 2, HR 112: 2) with no first-order
    # modifier at level 2: SpO2 94 is mild respiratory distress, SBP 98 and HR 112
    # are the ends of normal (level 3). KTAS 3; ESI still reads NEWS2 >= 7 as high
    # risk (ESI 2).
    out = _run(
        reason,
        "productive cough and short of breath walking for three days",
        vitals(112, 98, 60, 23, 94, 37.8),
    )
    assert _site(out) == 3
    assert out.final.esi is not None and out.final.esi <= 2


def test_febrile_qsofa_two_with_two_sirs_criteria_is_ktas_3(reason: Reason):
    # Fever 38.4 with RR 24 and SBP 96 (qSOFA 2), heart rate 86: two SIRS criteria
    # (temperature, rate), so "appears unwell" (3); SBP 96 is the lower end of
    # normal (3). No level-2 modifier: KTAS 3, not 2.
    out = _run(
        reason,
        "stinging on passing urine and feverish since yesterday",
        vitals(86, 96, 62, 24, 97, 38.4),
        age=46,
        one_liner="46 y/o woman, stinging on passing urine and feverish since"
        " yesterday",
    )
    assert _site(out) == 3


def test_fever_with_three_sirs_criteria_is_ktas_2_guard(reason: Reason):
    # Guard: fever with three SIRS criteria (T 38.7, HR 108, RR 24) "appears
    # septic" in the temperature modifier: level 2 whatever the screens say.
    out = _run(
        reason,
        "stinging on passing urine and feverish since yesterday",
        vitals(108, 118, 70, 24, 97, 38.7),
        age=46,
    )
    assert _site(out) <= 2


def test_news2_high_with_low_saturation_is_ktas_2_guard(reason: Reason):
    # Guard: SpO2 91 is moderate respiratory distress (level 2) in its own right.
    out = _run(
        reason,
        "productive cough and short of breath walking for three days",
        vitals(112, 98, 60, 23, 91, 37.8),
    )
    assert _site(out) <= 2


def test_news2_high_with_hypotension_is_ktas_2_guard(reason: Reason):
    # Guard: SBP 86 is haemodynamic compromise (suspected hypotension), level 2.
    out = _run(
        reason,
        "productive cough and short of breath walking for three days",
        vitals(112, 86, 50, 23, 94, 37.8),
    )
    assert _site(out) <= 2


def test_febrile_screen_with_new_confusion_is_ktas_2_guard(reason: Reason):
    # Guard: new confusion is an impaired level of consciousness (level 2), with or
    # without the qSOFA it also scores.
    out = _run(
        reason,
        "fever and newly confused since this morning",
        vitals(88, 98, 60, 24, 96, 38.5),
        age=71,
        one_liner="71 y/o man with fever, newly confused since this morning",
    )
    assert _site(out) <= 2


def test_cold_with_both_sirs_rates_looks_septic_ktas_2(reason: Reason):
    # Temperature 35.4 (the SIRS temperature criterion is > 38 or < 36) with HR 106
    # and RR 24: three SIRS criteria, "appears septic" in the temperature modifier
    # (level 2) although no screen score reaches its cut-off.
    out = _run(
        reason,
        "shivery and generally unwell since last night",
        vitals(106, 118, 72, 24, 96, 35.4),
        age=52,
    )
    assert _site(out) <= 2


def test_older_adult_off_her_legs_cold_with_sirs_is_ktas_2_guard(reason: Reason):
    # Guard: the older adult's SIRS screen no longer binds the site scale by itself;
    # the same three SIRS criteria (T 35.6, HR 96, RR 22) keep level 2 through the
    # temperature modifier.
    out = _run(
        reason,
        "generally unwell and off her legs since yesterday",
        vitals(96, 128, 70, 22, 96, 35.6),
        age=81,
    )
    assert _site(out) <= 2


def test_older_adult_gone_off_her_legs_is_not_a_peripheral_pain_site(reason: Reason):
    # "Off her legs" names the legs but no pain there: in an older adult it is a
    # non-specific presentation of systemic illness (BGS Silver Book II), not the
    # peripheral pain of a limb (CTAS 2016 pain modifier). Not below KTAS 3.
    out = _run(
        reason,
        "gone off her legs since yesterday",
        vitals(84, 134, 76, 18, 96, 36.9),
        age=86,
    )
    assert _site(out) <= 3
