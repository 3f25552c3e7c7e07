"""Triage reads all triage-time text, and adult screens stay with adults (triage17).

Vignettes written for this file from the sources each group names, before any run and
never from rows of the shared data. The ESI v4 handbook (Gilboy N et al., AHRQ
2012/2020 ed., ch.2-4) triages on the chief complaint *and* the triage history: a
complaint word ("WEAKNESS", "FEVER", "FALL") does not hide what the patient, family or
ambulance crew said at arrival (the one-liner's presenting part, an EMS pre-alert).
CTAS/KTAS grade ESI's high-risk situations at level 2 (Bullard MJ et al. CJEM 2017;
Park & Lim 2017), so the site's scale follows.

- stroke: AHA/ASA 2019 acute ischaemic stroke guideline (Powers WJ et al.; EMS
  pre-notification, BE-FAST): stroke words in any triage text -> ESI <= 2;
- occult sepsis in an older adult: Surviving Sepsis Campaign 2021 (Evans L et al.:
  screen with SIRS/NEWS, not qSOFA alone); Bone RC et al. Chest 1992 (SIRS); Tokuda Y
  et al. Am J Med 2005 (shaking chills and bacteraemia);
- malignant spinal cord compression: NICE NG234 (2023) MSCC (back pain with cancer and
  neurological symptoms: immediate assessment);
- febrile neutropenia: ASCO/IDSA 2018 (Taplitz RA et al.): fever within 6 weeks of
  chemotherapy is an emergency; ESI handbook ch.4 (immunocompromise);
- postpartum pre-eclampsia: ACOG Practice Bulletin 222 (2020): headache or visual
  symptoms with raised BP up to 6 weeks after delivery;
- trauma in pregnancy >= 20 weeks: ACOG Committee Opinion 2019 / EAST 2010 (abruption
  after minor abdominal trauma: fetal monitoring);
- qSOFA in children: Seymour CW et al. JAMA 2016 (Sepsis-3, adults); the ESI handbook's
  paediatric fever criteria and age-banded danger zones (ch.6) and PALS 2020 grade a
  febrile child instead.

Properties asserted: ESI <= 2 and KTAS <= 2 for each time-critical presentation worded
only outside the complaint; no qSOFA named in a child's triage; a later result or
diagnosis in the one-liner is not triage-time text (no leakage).
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


_OLD = vitals(88, 150, 84, 16, 97)

TIME_CRITICAL = [
    # AHA/ASA 2019: sudden unilateral weakness, speech or face: a stroke alert
    pytest.param(
        "WEAKNESS",
        {
            "age": 74,
            "sex": "F",
            "vitals": vitals(96, 188, 98, 18, 96),
            "one_liner": "74 y.o. female with AF off anticoagulation presenting with"
            " sudden left-sided weakness and slurred speech",
        },
        id="stroke-weakness-one-liner-aha2019",
    ),
    pytest.param(
        "weakness",
        {
            "age": 66,
            "sex": "M",
            "vitals": vitals(80, 170, 90, 16, 98),
            "one_liner": "66 y.o. male with diabetes, wife found him unable to lift his"
            " right arm 40 minutes ago",
        },
        id="stroke-cannot-lift-arm-one-liner-aha2019",
    ),
    pytest.param(
        "GENERALIZED WEAKNESS",
        {
            "age": 81,
            "sex": "F",
            "vitals": vitals(78, 164, 80, 16, 97),
            "one_liner": "81 y.o. female presenting with a facial droop and"
            " word-finding difficulty since breakfast",
        },
        id="stroke-facial-droop-one-liner-befast",
    ),
    pytest.param(
        "WEAKNESS",
        {
            "age": 70,
            "sex": "M",
            "vitals": vitals(84, 176, 92, 16, 97),
            "arrival": {"mode": "ambulance, stroke alert"},
        },
        id="stroke-ems-prealert-arrival-aha2019",
    ),
    pytest.param(
        "NUMBNESS",
        {
            "age": 55,
            "sex": "F",
            "vitals": vitals(84, 150, 88, 16, 98),
            "one_liner": "55 y.o. female with sudden left face and arm numbness",
        },
        id="stroke-side-with-limb-list-numbness-aha2019",
    ),
    pytest.param(
        "right arm and leg weakness",
        {"age": 68, "sex": "M", "vitals": vitals(84, 160, 88, 16, 98)},
        id="stroke-side-with-limb-list-weakness-aha2019",
    ),
    # SSC 2021 / Bone 1992: fever with SIRS in an older adult, no localising complaint
    pytest.param(
        "off legs",
        {
            "age": 89,
            "sex": "F",
            "vitals": vitals(106, 118, 64, 24, 95, 38.4),
        },
        id="older-adult-fever-sirs-off-legs-ssc2021",
    ),
    pytest.param(
        "FALL",
        {
            "age": 84,
            "sex": "M",
            "vitals": vitals(98, 126, 70, 22, 96, 38.7),
            "one_liner": "84 y.o. male with BPH and a catheter, found on the floor at"
            " home",
        },
        id="older-adult-fever-sirs-fall-ssc2021",
    ),
    pytest.param(
        "FEVER",
        {
            "age": 79,
            "sex": "F",
            "vitals": vitals(96, 132, 72, 18, 97, 38.6),
            "one_liner": "79 y.o. female with recurrent UTIs presenting with fever and"
            " shaking chills",
        },
        id="older-adult-fever-rigors-tokuda2005",
    ),
    # NICE NG234: back pain, known cancer, new leg weakness or sphincter change
    pytest.param(
        "BACK PAIN",
        {
            "age": 63,
            "sex": "F",
            "vitals": vitals(82, 134, 80, 16, 98),
            "one_liner": "63 y.o. female with metastatic breast cancer presenting with"
            " thoracic back pain and weakness in both legs",
        },
        id="mscc-breast-cancer-leg-weakness-ng234",
    ),
    pytest.param(
        "back pain",
        {
            "age": 71,
            "sex": "M",
            "vitals": vitals(76, 142, 84, 16, 97),
            "one_liner": "71 y.o. male with prostate cancer, legs giving way and new"
            " urinary retention",
        },
        id="mscc-prostate-cancer-retention-ng234",
    ),
    pytest.param(
        "back pain, metastatic prostate ca, can't pass urine",
        {"age": 72, "sex": "M", "vitals": vitals(82, 138, 80, 16, 98)},
        id="mscc-lay-retention-short-complaint-ng234",
    ),
    pytest.param(
        "low back pain, myeloma, legs keep giving way",
        {"age": 67, "sex": "F", "vitals": vitals(78, 132, 78, 16, 98)},
        id="mscc-lay-legs-giving-way-ng234",
    ),
    # ASCO/IDSA 2018: fever within 6 weeks of chemotherapy
    pytest.param(
        "FEVER",
        {
            "age": 52,
            "sex": "M",
            "vitals": vitals(98, 122, 74, 18, 98, 38.3),
            "one_liner": "52 y.o. male receiving chemotherapy for lymphoma, last cycle"
            " 9 days ago, presenting with fever",
        },
        id="febrile-neutropenia-chemo-one-liner-asco-idsa2018",
    ),
    pytest.param(
        "chills",
        {
            "age": 44,
            "sex": "F",
            "vitals": vitals(92, 118, 70, 16, 99, 38.5),
            "one_liner": "44 y.o. female on chemo for breast cancer with temperature"
            " 38.5 at home",
        },
        id="febrile-neutropenia-on-chemo-asco-idsa2018",
    ),
    # ACOG PB 222: postpartum pre-eclampsia up to 6 weeks
    pytest.param(
        "HEADACHE",
        {
            "age": 30,
            "sex": "F",
            "vitals": vitals(84, 162, 104, 16, 99),
            "one_liner": "30 y.o. female who delivered 8 days ago presenting with"
            " headache and blurred vision",
        },
        id="postpartum-preeclampsia-headache-acog2020",
    ),
    pytest.param(
        "blurry vision",
        {
            "age": 27,
            "sex": "F",
            "vitals": vitals(80, 158, 102, 16, 99),
            "one_liner": "27 y.o. female 3 weeks postpartum with seeing spots",
        },
        id="postpartum-preeclampsia-visual-acog2020",
    ),
    pytest.param(
        "SHORTNESS OF BREATH",
        {
            "age": 34,
            "sex": "F",
            "vitals": vitals(104, 150, 96, 22, 95),
            "one_liner": "34 y.o. female POD 5 from C-section with shortness of breath",
        },
        id="postpartum-breathless-after-caesarean-acog2020-aha2019",
    ),
    # ACOG 2019 / EAST: abdominal trauma at >= 20 weeks
    pytest.param(
        "FALL",
        {
            "age": 29,
            "sex": "F",
            "vitals": vitals(94, 116, 70, 18, 99),
            "one_liner": "29 y.o. G2P1 at 31 weeks pregnant who slipped on ice and"
            " landed on her abdomen",
        },
        id="trauma-in-pregnancy-fall-acog-east",
    ),
    pytest.param(
        "MVC",
        {
            "age": 24,
            "sex": "F",
            "vitals": vitals(90, 120, 72, 18, 99),
            "one_liner": "24 y.o. female, 26 weeks pregnant, restrained driver in a"
            " low-speed collision, seatbelt across the belly",
        },
        id="trauma-in-pregnancy-mvc-acog-east",
    ),
]


@pytest.mark.parametrize("complaint, kwargs", TIME_CRITICAL)
def test_time_critical_text_outside_the_complaint_is_esi_2(
    reason: Reason, complaint: str, kwargs: dict[str, Any]
) -> None:
    """What the triage history says makes the patient high risk, whatever the word."""
    triage = _triage(reason(make_case(complaint, **kwargs)))
    assert triage.esi <= 2, triage.rationale


@pytest.mark.parametrize("complaint, kwargs", TIME_CRITICAL[:1] + TIME_CRITICAL[6:7])
def test_time_critical_text_is_level_2_in_ktas(
    reason: Reason, complaint: str, kwargs: dict[str, Any]
) -> None:
    """ESI's high-risk situations bind the site's scale (CTAS 2016 / KTAS)."""
    triage = _triage(reason(make_case(complaint, triage_scale="KTAS", **kwargs)))
    assert triage.site_level is not None and triage.site_level <= 2, triage.rationale


def test_a_result_in_the_one_liner_is_not_triage_text(reason: Reason) -> None:
    """Only the presenting part of a one-liner is triage-time text: imaging read
    after arrival ("CT showing a cerebellar stroke") is not what triage knew."""
    case = make_case(
        "dizziness",
        age=45,
        sex="F",
        vitals=vitals(76, 128, 78, 14, 99),
        one_liner="45 y.o. female presenting with dizziness when rolling over in bed,"
        " CT showing a cerebellar stroke",
    )
    triage = _triage(reason(case))
    assert not any("stroke" in f for f in triage.red_flags), triage.red_flags


CHILDREN = [
    pytest.param(4, vitals(128, 95, 60, 28, 98, 39.1), id="4-year-old-sbp95-rr28"),
    pytest.param(2, vitals(140, 90, 56, 32, 97, 38.9), id="2-year-old-sbp90-rr32"),
    pytest.param(9, vitals(110, 98, 60, 24, 98, 38.6), id="9-year-old-sbp98-rr24"),
]


@pytest.mark.parametrize("age, v", CHILDREN)
def test_no_qsofa_in_a_child(reason: Reason, age: int, v: dict[str, float]) -> None:
    """Sepsis-3's qSOFA is an adult score (Seymour 2016): a febrile child's normal
    blood pressure and breathing rate for age are not 'qSOFA 2'."""
    triage = _triage(reason(make_case("fever", age=age, sex="M", vitals=v)))
    assert "qsofa" not in triage.rationale.lower(), triage.rationale
    assert not any("qsofa" in f.lower() for f in triage.red_flags), triage.red_flags


def test_a_lethargic_febrile_child_is_still_esi_2(reason: Reason) -> None:
    """Guard: without qSOFA the paediatric criteria still catch a sick child (ESI
    handbook: lethargy is new altered mentation; PALS)."""
    case = make_case(
        "fever, very sleepy and hard to wake",
        age=4,
        sex="F",
        vitals=vitals(150, 92, 56, 34, 96, 39.4),
    )
    assert _triage(reason(case)).esi <= 2


HYPERTENSION = [
    pytest.param(
        vitals(78, 180, 100, 16, 98), False, id="bp-180-100-not-emergency-range"
    ),
    pytest.param(
        vitals(78, 176, 120, 16, 98), False, id="bp-176-120-not-emergency-range"
    ),
    pytest.param(vitals(78, 188, 124, 16, 98), True, id="bp-188-124-handbook-example"),
]


@pytest.mark.parametrize("v, emergency", HYPERTENSION)
def test_hypertensive_emergency_range_is_above_180_or_120(
    reason: Reason, v: dict[str, float], emergency: bool
) -> None:
    """ACC/AHA 2017 (Whelton PK et al.): a hypertensive emergency is BP > 180 and/or
    > 120 mmHg with target-organ damage; the ESI handbook's ch.4 example (188/124
    with a headache) is ESI 2. A headache at exactly 180/100 is severe hypertension,
    not the emergency range."""
    triage = _triage(reason(make_case("headache", age=58, sex="M", vitals=v)))
    flagged = any("hypertensive emergency" in f for f in triage.red_flags)
    assert flagged is emergency, triage.red_flags
    if emergency:
        assert triage.esi <= 2


_WELL = vitals(78, 122, 76, 14, 99)

ONE_RESOURCE_UNNAMED = [
    pytest.param("ingrown toenail", 4, id="ingrown-toenail-simple-procedure"),
    pytest.param("ring stuck on swollen finger", 4, id="ring-removal-simple-procedure"),
    pytest.param("bead in nose", 4, id="nasal-foreign-body-simple-procedure"),
    pytest.param("stubbed toe", 4, id="stubbed-toe-one-x-ray"),
    pytest.param("needs a work note", 5, id="work-note-no-resource"),
]


@pytest.mark.parametrize("complaint, least_urgent", ONE_RESOURCE_UNNAMED)
def test_a_complaint_without_a_name_is_graded_by_its_predicted_resources(
    reason: Reason, complaint: str, least_urgent: int
) -> None:
    """ESI v4 handbook ch.5 (Table 5-1: a simple procedure or one x-ray is one
    resource; a work note none) and the CTAS level definitions (4: acute, less
    urgent; 5: non-urgent): when ESI predicts the resources from what the text says,
    the site's scale grades the visit by them, not 'unrecognised complaint, 3'."""
    case = make_case(complaint, age=30, sex="M", vitals=_WELL, triage_scale="KTAS")
    triage = _triage(reason(case))
    assert triage.esi >= 4, triage.rationale
    assert triage.site_level is not None and triage.site_level >= 4, triage.rationale
    assert triage.site_level <= least_urgent


def test_danger_zone_vitals_still_bind_an_unnamed_complaint(reason: Reason) -> None:
    """Guard (CTAS first-order modifiers): the same one-resource visit with a heart
    rate of 136 is graded by the haemodynamic modifier, not by its resources."""
    case = make_case(
        "ring stuck on swollen finger",
        age=30,
        sex="M",
        vitals=vitals(136, 122, 76, 14, 99),
        triage_scale="KTAS",
    )
    triage = _triage(reason(case))
    assert triage.site_level is not None and triage.site_level <= 3, triage.rationale
