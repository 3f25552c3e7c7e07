"""A high-risk situation found at triage is worked up, whatever the complaint's words.

Triage flags a time-critical presentation from the complaint as written (ESI v4
handbook ch.4); the plan must then contain that presentation's imaging and consults,
even when no finding later in the chart repeats it and another diagnosis leads the
list by its prior alone. Sources per case; written from guidelines, not data rows.
"""

from __future__ import annotations

import re

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

ADULT_VITALS = {
    "heart_rate": 84,
    "systolic_bp": 158,
    "diastolic_bp": 88,
    "respiratory_rate": 16,
    "spo2": 97,
    "temperature_c": 36.8,
}


@pytest.mark.parametrize(
    "complaint",
    ["Motor weakness", "ARM WEAKNESS", "hemiparesis", "L side weakness"],
)
def test_stroke_signs_get_stroke_imaging_and_team(
    reason: Reason, complaint: str
) -> None:
    """AHA/ASA 2019: every suspected stroke gets emergency brain imaging and the
    stroke team's reperfusion decision; a prior-only 'first seizure' must not lead."""
    out = reason(make_case(complaint, age=66, sex="M", vitals=ADULT_VITALS))
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.ordered(out, r"\bct\b.*angiograph|\bcta\b|non-contrast ct head")
    assert O.ordered(out, "stroke team")
    tx = O.treatment(out)
    assert tx is not None and tx.working_diagnosis is not None
    assert "seizure" not in tx.working_diagnosis.lower()


def test_sudden_severe_headache_gets_ct(reason: Reason) -> None:
    """ACEP clinical policy: acute headache 2019 (sudden-onset severe headache is
    evaluated for subarachnoid haemorrhage with non-contrast head CT)."""
    out = reason(
        make_case(
            "worst headache of life, sudden onset", age=45, sex="F", vitals=ADULT_VITALS
        )
    )
    assert O.ordered(out, r"\bct\b")


def test_without_a_triage_flag_no_ct_for_a_prior_only_diagnosis(reason: Reason) -> None:
    """ACEP 2017 syncope policy: no routine head CT. A young adult's simple faint
    flags nothing at triage, so no intracranial imaging follows from the complaint."""
    out = reason(
        make_case(
            "fainted while standing in line, felt warm and sweaty before",
            age=24,
            sex="F",
            vitals={**ADULT_VITALS, "systolic_bp": 118, "diastolic_bp": 72},
        )
    )
    assert not O.ordered(out, r"\bct\b.*head|head ct|ct angiograph")


def test_qsofa_positive_suspected_infection_gets_the_sepsis_bundle(
    reason: Reason,
) -> None:
    """Surviving Sepsis Campaign 2021 / Seymour 2016: suspected infection with
    qSOFA >= 2 (RR >= 22, SBP <= 100, mentation below alert on AVPU) is treated as
    sepsis: lactate, blood cultures, antibiotics within 1 h, whatever leads the list."""
    out = reason(
        make_case(
            "fever",
            age=64,
            sex="M",
            vitals={
                "heart_rate": 100,
                "systolic_bp": 100,
                "diastolic_bp": 70,
                "respiratory_rate": 24,
                "temperature_c": 38.4,
                "raw": "Triage Vital Signs: BP: 100/70 | HR: 100 | RR: 24 |"
                " Temp: 38.4 °C | Mental: verbal response",
            },
        )
    )
    assert O.ordered(out, "blood culture")
    assert O.ordered(out, "lactate")
    assert O.medication_ordered(out, "antibiotic")
    tx = O.treatment(out)
    assert tx is not None and "sepsis" in (tx.working_diagnosis or "").lower()


def test_fever_in_a_well_young_adult_gets_no_sepsis_antibiotics(reason: Reason) -> None:
    """Surviving Sepsis Campaign 2021: antibiotics within 1 h are for probable sepsis
    or shock; an alert adult with normal respiratory rate and pressure is not."""
    out = reason(
        make_case(
            "fever",
            age=25,
            sex="F",
            vitals={
                "heart_rate": 96,
                "systolic_bp": 122,
                "diastolic_bp": 74,
                "respiratory_rate": 16,
                "temperature_c": 38.3,
                "raw": "Triage Vital Signs: BP: 122/74 | HR: 96 | RR: 16 |"
                " Temp: 38.3 °C | Mental: alert",
            },
        )
    )
    assert not O.medication_ordered(out, "broad-spectrum")


def test_afebrile_flank_pain_gets_no_sepsis_cultures(reason: Reason) -> None:
    """Surviving Sepsis Campaign 2021 / Bone 1992: an afebrile (measured 36.5 °C),
    normotensive adult with flank pain has no sign of infection: blood cultures and
    lactate 'to exclude sepsis' are not indicated; a measured normal temperature is
    documented absence of fever."""
    out = reason(
        make_case(
            "pain, flank",
            age=64,
            sex="M",
            vitals={
                "heart_rate": 79,
                "systolic_bp": 150,
                "diastolic_bp": 87,
                "respiratory_rate": 18,
                "temperature_c": 36.5,
                "pain": 3,
            },
        )
    )
    assert not O.ordered(out, "blood culture")


def test_new_confusion_in_an_older_adult_gets_a_head_ct(reason: Reason) -> None:
    """ACR Appropriateness Criteria, altered mental status (2019): non-contrast head CT
    is usually appropriate for new unexplained confusion; neurosurgery follows a
    haemorrhage on the scan, it is not called on suspicion."""
    out = reason(
        make_case(
            "altered mentality",
            age=75,
            sex="F",
            vitals={**ADULT_VITALS, "raw": "Mental: verbal response"},
        )
    )
    assert O.ordered(out, r"\bct head|head ct")
    assert not O.ordered(out, "neurosurg")


def test_stroke_team_on_suspicion_but_not_neurosurgery(reason: Reason) -> None:
    """AHA/ASA 2019: the stroke team is activated at arrival for suspected stroke;
    a neurosurgical consult follows imaging that shows haemorrhage."""
    out = reason(make_case("Lt. side weakness", age=64, sex="M", vitals=ADULT_VITALS))
    assert O.ordered(out, "stroke team")
    assert not O.ordered(out, "neurosurg")


def test_anal_bleeding_is_a_gi_bleed_not_a_vaginal_bleed(reason: Reason) -> None:
    """ACG 2023 acute lower GI bleeding: bleeding per rectum is worked up as GI
    bleeding (rectal exam, blood count); a uterine or pregnancy diagnosis must not
    lead because the patient is a woman of childbearing age."""
    out = reason(make_case("anal bleeding", age=24, sex="F", vitals=ADULT_VITALS))
    tx = O.treatment(out)
    assert tx is not None and tx.working_diagnosis is not None
    assert not re.search(r"(?i)uterine|abortion|ectopic", tx.working_diagnosis)


def test_a_small_forearm_burn_is_a_burn_not_a_sprain(reason: Reason) -> None:
    """American Burn Association 2022 / Lloyd 2012 (outpatient burns): a small burn
    is cooled, sized, dressed and given tetanus if due; no joint sprain or fracture
    leads a burn complaint."""
    out = reason(make_case("right forearm burn", age=56, sex="F", vitals=ADULT_VITALS))
    tx = O.treatment(out)
    assert tx is not None and "burn" in (tx.working_diagnosis or "").lower()
    assert O.ordered(out, "tbsa")
    assert O.ordered(out, "tetanus")


@pytest.mark.parametrize(("age", "fluids"), [(40, True), (4, False)])
def test_an_extensive_burn_gets_the_burn_centre_and_adult_fluids_only_in_adults(
    reason: Reason, age: int, fluids: bool
) -> None:
    """ATLS 10th ed. ch.9 / ABA: an extensive burn (30 % stated: the adult formula
    needs a stated extent, ISBI 2016) is sized, gets access, the burn
    centre and (adults) 2 mL/kg/%TBSA; a child's 3 mL/kg rule is not the adult
    order, so no adult fluid dose is written for a 4-year-old."""
    out = reason(
        make_case(
            "flame burn, 30% TBSA to chest and both arms",
            age=age,
            sex="M",
            vitals={"heart_rate": 118, "systolic_bp": 104, "respiratory_rate": 24},
        )
    )
    assert O.ordered(out, "burn centre")
    assert O.ordered(out, r"2 mL/kg per %TBSA") is fluids
    assert O.disposition(out).disposition != "Discharge"


def test_a_red_swollen_prosthetic_knee_is_aspirated(reason: Reason) -> None:
    """BSR/BOA hot swollen joint guideline (Coakley 2006); Margaretten, JAMA 2007
    (prosthetic joint LR+ 3.1): a red, swollen joint is septic until aspirated, so
    synovial fluid cell count, Gram stain and culture are ordered."""
    out = reason(
        make_case(
            "knee pain",
            age=64,
            sex="M",
            vitals={**ADULT_VITALS, "temperature_c": 37.2},
            one_liner="64 y.o. male, knee replacement 3 months ago, knee is red,"
            " swollen and tender",
        )
    )
    assert O.ordered(out, "arthrocentesis|synovial")


def test_a_painful_eye_is_not_worked_up_as_a_stroke(reason: Reason) -> None:
    """AHA/ASA 2021 scientific statement on CRAO; AAO PPP: visual loss from stroke or
    retinal artery occlusion is painless; a painful eye after a blow with normal
    vision gets an eye examination, not a stroke workup."""
    out = reason(
        make_case(
            "eye pain after a baseball hit me in the eye, vision is fine",
            age=34,
            sex="F",
            vitals=ADULT_VITALS,
        )
    )
    assert not any(
        o.for_diagnosis and "infarction" in o.for_diagnosis.lower()
        for o in O.orders(out)
    )
