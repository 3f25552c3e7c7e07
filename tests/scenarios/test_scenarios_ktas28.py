"""KTAS: chest pain in older adults before its troponin; first-order modifier guards.

Sources: Gulati M et al. AHA/ACC 2021 chest pain guideline (Circulation
2021;144:e368: acute chest pain suspected of ACS is risk-stratified with an ECG and
high-sensitivity troponin by a clinical decision pathway; patients 75 and over are
named apart; angina is provoked by exertion); Backus BE et al. Int J Cardiol 2013
and the ACEP clinical policy NSTE-ACS 2018 (HEART <= 3 with its troponin may go
home, 4-6 observation with serial troponins; its age item is 2 points from 65); the
CTAS National Working Group adult first-order modifier card and Bullard MJ et al.
CTAS 2016 (CJEM 2017) as KTAS adapts them (Park J, Lim T. J Korean Soc Emerg Med
2017): SpO2 < 92 moderate respiratory distress 2, fever with 3 SIRS criteria looks
septic 2, acute central pain 8-10 is 2 and peripheral 8-10 is 3, a possible major
bleed on an anticoagulant 2.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds, not a discharge), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, make_case, vitals


def test_chest_pain_at_78_is_not_a_discharge_forecast_before_troponin(
    reason: Reason,
) -> None:
    # A triage record alone: chest pain in a 78-year-old woman, vital signs normal.
    # HEART cannot be completed without its troponin and its age item is already 2;
    # AHA/ACC 2021 names patients 75 and over apart: observation, not home.
    out = ktas_walk_in(
        reason,
        "chest pain",
        vitals(76, 142, 80, 18, 97, 36.6),
        age=78,
        case_id="ktas28-cp78",
        pain=3,
    )
    assert out.final.site_level is not None and out.final.site_level <= 2
    assert out.final.disposition != "Discharge"


def test_chest_discomfort_at_80_no_text_is_not_sent_home(reason: Reason) -> None:
    # Chest discomfort in an 80-year-old man, nothing else recorded: the
    # forecast waits for the serial troponins.
    out = ktas_walk_in(
        reason,
        "left chest discomfort",
        vitals(70, 134, 76, 16, 96, 36.4),
        age=80,
        case_id="ktas28-cp80",
    )
    assert out.final.disposition != "Discharge"


def test_exertional_chest_discomfort_walking_uphill_is_not_a_discharge(
    reason: Reason,
) -> None:
    # Chest discomfort brought on by walking uphill in a 71-year-old smoker: angina
    # provoked by exertion is a suspicious history item, so HEART reaches the
    # observation band (age 2, smoking 1, history 1) before any troponin.
    case = make_case(
        "chest pain",
        age=71,
        sex="Male",
        vitals=vitals(82, 140, 82, 16, 98, 36.5),
        one_liner="71-year-old man, smoker, chest discomfort on walking uphill for"
        " three days, settles when he stops",
        case_id="ktas28-exertional",
    )
    out = reason(case)
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.disposition != "Discharge"


def test_headache_worse_climbing_stairs_is_not_angina_guard(reason: Reason) -> None:
    # Guard: activity worsening a headache is no exertional chest pain; the
    # chest-pain exertion wording names the chest.
    case = make_case(
        "headache",
        age=34,
        sex="Female",
        vitals=vitals(78, 122, 76, 16, 99, 36.7),
        one_liner="34-year-old woman, tension-type headache for two days, worse on"
        " climbing stairs, no fever, no neck stiffness",
        case_id="ktas28-headache",
    )
    out = reason(case)
    assert out.final.esi is not None and out.final.esi >= 3


def test_older_chest_pain_with_stemi_stays_admitted_guard(reason: Reason) -> None:
    # Guard: the observation criterion never softens an admission: chest pain at
    # 79 with ST elevation on the ECG is a STEMI for reperfusion.
    case = make_case(
        "chest pain",
        age=79,
        sex="Female",
        vitals=vitals(92, 128, 74, 18, 96, 36.6),
        one_liner="79-year-old woman, crushing central chest pain for an hour",
        ed_note="ECG: ST elevation in II, III and aVF. Cath lab activated.",
        case_id="ktas28-stemi",
    )
    out = reason(case)
    assert out.final.disposition in ("Admit", "OR Admit")


def test_spo2_91_is_level_2_guard(reason: Reason) -> None:
    # Guard: SpO2 below 92 is moderate respiratory distress (CTAS card): level 2.
    out = ktas_walk_in(
        reason,
        "dyspnea",
        vitals(98, 136, 80, 22, 91, 36.9),
        age=66,
        case_id="ktas28-spo2",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_fever_with_three_sirs_criteria_is_level_2_guard(reason: Reason) -> None:
    # Guard: fever with a heart rate over 90 and a rate over 20 looks septic: 2.
    out = ktas_walk_in(
        reason,
        "fever",
        vitals(108, 124, 72, 24, 96, 38.8),
        age=47,
        case_id="ktas28-sirs",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_central_and_peripheral_severe_pain_guard(reason: Reason) -> None:
    # Guard: acute central pain 9/10 (abdomen) is level 2; acute peripheral pain
    # 9/10 (an ankle) is level 3, not 2, with normal vital signs.
    central = ktas_walk_in(
        reason,
        "abdominal pain",
        vitals(92, 132, 80, 18, 98, 37.0),
        age=41,
        case_id="ktas28-central",
        pain=9,
    )
    peripheral = ktas_walk_in(
        reason,
        "ankle pain",
        vitals(90, 126, 78, 16, 99, 36.6),
        age=29,
        case_id="ktas28-peripheral",
        pain=9,
    )
    assert central.final.site_level is not None and central.final.site_level <= 2
    assert peripheral.final.site_level == 3


def test_anticoagulated_head_injury_is_level_2_guard(reason: Reason) -> None:
    # Guard: a head injury on warfarin is a possible major bleed in a bleeding
    # disorder (CTAS bleeding-disorder modifier): level 2.
    out = ktas_walk_in(
        reason,
        "head injury",
        vitals(80, 150, 84, 16, 97, 36.5),
        age=77,
        case_id="ktas28-warfarin",
        one_liner="77-year-old on warfarin for atrial fibrillation, tripped and hit"
        " her forehead, no loss of consciousness",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2
