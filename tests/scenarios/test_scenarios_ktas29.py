"""KTAS: the stroke treatment window and the lower end of normal blood pressure.

Sources: the CTAS National Working Group adult first-order modifier card and Bullard
MJ et al. CTAS 2016 (CJEM 2017) as KTAS adapts them (Park J, Lim T. J Korean Soc
Emerg Med 2017): haemodynamic compromise is borderline perfusion, unexplained
tachycardia or suspected hypotension (lower than normal blood pressure: level 2);
vital signs at the upper and lower ends of normal as they relate to the complaint are
level 3; pain is central or peripheral, acute or chronic (chronic one level less
urgent). The CEDIS presenting-complaint list (Grafstein E et al. CJEM 2008) and the
Ontario prehospital CTAS reference: symptoms of CVA within the treatment window are
level 2, beyond it or resolved level 3. Powers WJ et al. AHA/ASA 2019: IV lysis to
4.5 h, thrombectomy for a large-vessel occlusion to 24 h from last known well; the
ESI v4 handbook keeps signs of stroke at ESI 2 whatever the time.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, make_case, vitals


def test_arm_weakness_for_three_days_is_level_3_on_the_site_scale(
    reason: Reason,
) -> None:
    # Weakness of one arm that began three days ago and has not changed: beyond
    # every reperfusion window, CTAS/KTAS level 3; ESI keeps it at 2.
    out = ktas_walk_in(
        reason,
        "right arm weakness",
        vitals(80, 150, 84, 16, 98, 36.6),
        age=66,
        case_id="ktas29-late-arm",
        one_liner="66-year-old man, weakness of the right arm for 3 days, unchanged",
    )
    assert out.final.site_level is not None and out.final.site_level == 3
    assert out.final.esi is not None and out.final.esi <= 2


def test_slurred_speech_since_two_days_is_level_3_on_the_site_scale(
    reason: Reason,
) -> None:
    # Slurred speech that began two days before arrival, nothing else abnormal.
    out = ktas_walk_in(
        reason,
        "slurred speech",
        vitals(76, 146, 82, 16, 97, 36.7),
        age=71,
        case_id="ktas29-late-speech",
        one_liner="71-year-old woman, slurred speech since 2 days ago",
    )
    assert out.final.site_level is not None and out.final.site_level == 3


def test_systolic_90_alone_is_the_lower_end_of_normal_not_compromise(
    reason: Reason,
) -> None:
    # A sore throat with a systolic of 90 and a normal pulse: the lower end of the
    # normal range (level 3), not hypotension (below 90: level 2).
    out = ktas_walk_in(
        reason,
        "sore throat",
        vitals(78, 90, 60, 16, 98, 36.9),
        age=34,
        case_id="ktas29-sbp90",
        pain=3,
    )
    assert out.final.site_level is not None and out.final.site_level == 3


def test_late_weakness_worse_this_morning_stays_level_2_guard(reason: Reason) -> None:
    # Guard: a deficit of three days that worsened this morning may be a stroke in
    # progress within the window: level 2.
    out = ktas_walk_in(
        reason,
        "left leg weakness",
        vitals(84, 162, 90, 16, 97, 36.6),
        age=74,
        case_id="ktas29-worse",
        one_liner="74-year-old man, left leg weakness for 3 days, much worse since"
        " this morning",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_weakness_without_a_stated_onset_stays_level_2_guard(reason: Reason) -> None:
    # Guard: no onset recorded: the more urgent level when in doubt.
    out = ktas_walk_in(
        reason,
        "left side weakness",
        vitals(82, 158, 88, 16, 97, 36.5),
        age=69,
        case_id="ktas29-no-onset",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_facial_droop_for_two_hours_stays_level_2_guard(reason: Reason) -> None:
    # Guard: within the lysis window.
    out = ktas_walk_in(
        reason,
        "facial droop",
        vitals(88, 170, 94, 16, 97, 36.6),
        age=63,
        case_id="ktas29-window",
        one_liner="63-year-old woman, facial droop and slurred speech for 2 hours",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_arm_weakness_days_after_a_fall_stays_level_2_guard(reason: Reason) -> None:
    # Guard: a focal deficit after a head injury is a subdural until imaged, not a
    # stroke graded by its window.
    out = ktas_walk_in(
        reason,
        "head injury",
        vitals(78, 148, 84, 16, 97, 36.6),
        age=79,
        case_id="ktas29-subdural",
        one_liner="79-year-old man, fell and hit his head 3 days ago, now right arm"
        " weakness",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_weakness_days_after_a_fall_named_in_the_complaint_stays_level_2_guard(
    reason: Reason,
) -> None:
    # Guard: the same, the fall named in the complaint itself.
    out = ktas_walk_in(
        reason,
        "fell 3 days ago, now right arm weakness",
        vitals(78, 148, 84, 16, 97, 36.6),
        age=79,
        case_id="ktas29-subdural-cc",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_late_weakness_with_avpu_v_stays_level_2_guard(reason: Reason) -> None:
    # Guard: the consciousness modifier grades a drowsy patient at 2 whatever the
    # onset of the deficit.
    block = (
        "Triage Vital Signs: BP: 150/84 | HR: 80 | RR: 16 | Temp: 36.6 °C"
        " | SpO2: 98% | Mental: verbal response"
    )
    case = make_case(
        "right arm weakness",
        age=66,
        vitals=vitals(80, 150, 84, 16, 98, 36.6),
        one_liner="66-year-old man, weakness of the right arm for 3 days",
        triage_scale="KTAS",
        case_id="ktas29-late-v",
        arrival={"mode": "walk-in"},
    )
    case = case.model_copy(
        update={"vitals": case.vitals.model_copy(update={"raw": block})}
    )
    level = reason(case).final.site_level
    assert level is not None and level <= 2


def test_systolic_86_is_compromise_guard(reason: Reason) -> None:
    # Guard: below the normal range: suspected hypotension, level 2.
    out = ktas_walk_in(
        reason,
        "sore throat",
        vitals(96, 86, 54, 18, 98, 37.0),
        age=34,
        case_id="ktas29-sbp86",
        pain=3,
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_chronic_low_back_pain_6_is_not_urgent_guard(reason: Reason) -> None:
    # Guard: the back is the axial skeleton (peripheral pain) and the pain is
    # chronic: one level less urgent than acute peripheral moderate pain (4).
    out = ktas_walk_in(
        reason,
        "chronic low back pain",
        vitals(76, 128, 78, 16, 98, 36.6),
        age=55,
        case_id="ktas29-chronic-back",
        pain=6,
    )
    assert out.final.site_level is not None and out.final.site_level >= 4
