"""KTAS levels of a sexual assault and of a blood or body-fluid exposure (CTAS-based).

Sources: the CTAS-based triage provider manual's sexual assault algorithm (2012):
level 2 with an altered level of consciousness, abnormal vital signs or severe
emotional distress, level 3 otherwise, level 4 beyond 24 hours; CDC 2018 / USPHS
occupational post-exposure prophylaxis (start within hours: the CTAS level-3 time to
physician, 30 minutes, meets it); the CTAS National Working Group adult first-order
modifier card (haemodynamic compromise, altered level of consciousness: level 2);
Park J, Lim T. KTAS. J Korean Soc Emerg Med 2017;28:547-551 (the same modifiers).
ESI v4 places both presentations at ESI 2 (handbook ch.4); the site scale grades them
by its own modifiers.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings, are asserted.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, make_case, vitals


def _site(
    reason: Reason,
    complaint: str,
    v: dict[str, float],
    age: int = 27,
    one_liner: str | None = None,
    pain: float | None = None,
) -> int:
    out: ReasoningOutput = ktas_walk_in(
        reason, complaint, v, age=age, case_id="ktas26", pain=pain, one_liner=one_liner
    )
    level = out.final.site_level
    assert level is not None
    return level


def test_sexual_assault_without_injury_or_distress_is_ktas_3(reason: Reason) -> None:
    # Assaulted four hours ago, no injury, calm, normal vital signs: level 3.
    level = _site(
        reason,
        "sexual assault",
        vitals(84, 122, 76, 16, 99),
        one_liner="27 y/o woman reports she was sexually assaulted four hours ago,"
        " no injuries, calm",
    )
    assert level == 3


def test_needlestick_from_a_source_patient_is_ktas_3(reason: Reason) -> None:
    # An occupational needlestick one hour ago, well: prophylaxis within hours,
    # level 3 (seen within 30 minutes), not level 2.
    level = _site(
        reason,
        "needle stick injury",
        vitals(78, 118, 72, 14, 99),
        age=34,
        one_liner="34 y/o nurse, needlestick from a used needle one hour ago",
        pain=1,
    )
    assert level == 3


def test_sexual_assault_with_hypotension_is_ktas_2_guard(reason: Reason) -> None:
    # Guard: abnormal vital signs (SBP 84, HR 124): haemodynamic compromise, level 2
    # at least.
    level = _site(reason, "sexual assault", vitals(124, 84, 50, 22, 97))
    assert level <= 2


def test_sexual_assault_with_severe_distress_is_ktas_2_guard(reason: Reason) -> None:
    # Guard: severe emotional distress keeps a sexual assault at level 2.
    level = _site(
        reason,
        "sexual assault, in severe distress",
        vitals(96, 128, 80, 20, 99),
        one_liner="27 y/o woman after a sexual assault an hour ago, in severe"
        " distress, hyperventilating and sobbing",
    )
    assert level <= 2


def test_sexual_assault_responding_to_voice_only_is_ktas_2_guard(
    reason: Reason,
) -> None:
    # Guard: responds to voice only (AVPU V, an altered level of consciousness,
    # CTAS level 2): the assault may have involved a drug.
    block = (
        "Triage Vital Signs: BP: 112/70 | HR: 70 | RR: 14 | Temp: 36.8 °C"
        " | SpO2: 97% | Mental: verbal response"
    )
    case = make_case(
        "sexual assault",
        age=27,
        vitals={**vitals(70, 112, 70, 14, 97), "raw": block},
        triage_scale="KTAS",
        case_id="ktas26",
        arrival={"mode": "walk-in"},
    )
    level = reason(case).final.site_level
    assert level is not None and level <= 2


def test_blood_splash_with_tachycardia_and_low_pressure_is_ktas_2_guard(
    reason: Reason,
) -> None:
    # Guard: a body-fluid exposure is level 3 only while its vital signs are
    # normal; HR 126 with SBP 88 is haemodynamic compromise (2).
    level = _site(
        reason,
        "blood splash to the eye at work",
        vitals(126, 88, 54, 20, 98),
        age=41,
    )
    assert level <= 2


def test_peg_tube_out_after_an_old_stroke_is_not_a_stroke_sign(
    reason: Reason,
) -> None:
    # A dislodged gastrostomy tube in a resident bedbound after an old stroke:
    # the stroke is history (AHA/ASA 2019: signs of stroke are a new deficit), the
    # tube a less urgent problem; no level-2 modifier applies.
    level = _site(
        reason,
        "PEG tube fell out",
        vitals(82, 134, 72, 16, 96),
        age=82,
        one_liner="82 y/o woman, PEG tube fell out this morning, bedbound after an"
        " old stroke",
    )
    assert level >= 3


def test_new_weakness_beside_an_old_stroke_is_ktas_2_guard(reason: Reason) -> None:
    # Guard: a new one-sided weakness since this morning is a stroke sign whatever
    # the history (CTAS level 2 within the treatment window).
    level = _site(
        reason,
        "new right arm weakness",
        vitals(82, 164, 90, 16, 96),
        age=78,
        one_liner="78 y/o man, old stroke, new right arm weakness since this morning",
    )
    assert level <= 2


def _resident(reason: Reason, one_liner: str) -> int:
    block = (
        "Triage Vital Signs: BP: 128/74 | HR: 80 | RR: 16 | Temp: 36.7 °C"
        " | SpO2: 96% | Mental: verbal response"
    )
    case = make_case(
        "PEG tube fell out",
        age=84,
        vitals={**vitals(80, 128, 74, 16, 96, 36.7), "raw": block},
        one_liner=one_liner,
        triage_scale="KTAS",
        case_id="ktas26",
        arrival={"mode": "private ambulance"},
    )
    level = reason(case).final.site_level
    assert level is not None
    return level


def test_responds_to_voice_at_her_baseline_is_not_ktas_2(reason: Reason) -> None:
    # AVPU V stated to be her usual state (advanced dementia): the CTAS
    # consciousness modifier grades a change from baseline, and ESI uptriages
    # *new* confusion only; the dislodged tube is graded as a less urgent problem.
    level = _resident(
        reason,
        "84 y/o nursing-home resident with advanced dementia, PEG tube fell out"
        " this morning, at her baseline mental status per the nursing home",
    )
    assert level >= 3


def test_responds_to_voice_not_at_her_baseline_is_ktas_2_guard(
    reason: Reason,
) -> None:
    # Guard: the carers say she is not at her baseline: an altered level of
    # consciousness (2).
    level = _resident(
        reason,
        "84 y/o nursing-home resident, PEG tube fell out this morning, staff say"
        " she is not at her baseline, sleepier than usual",
    )
    assert level <= 2
