"""geri38 (session 38): older adults and mental health in the ED, ninth domain review.

Written from guidelines, not from shared data: rapid tranquillisation takes the ECG
before an antipsychotic and uses IM lorazepam while there is none (NICE NG10 2015
1.4.31-1.4.33); Parkinson's disease keeps its time-critical doses and gets no dopamine
antagonist (NICE NG71 2017; NICE CG103 1.6.3; AGS Beers Criteria 2023); a long lie
told as "found on the bedroom floor, there since last night" gets CK and pressure-area
care (NICE CG179; Fleming & Brayne BMJ 2008).
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_PD_HARMFUL = (
    r"haloperidol",
    r"droperidol",
    r"metoclopramide",
    r"prochlorperazine",
    r"chlorpromazine",
    r"promethazine",
    r"olanzapine",
    r"risperidone",
)


def _ecg_orders(out: ReasoningOutput) -> list[str]:
    return [
        o.name.lower()
        for o in O.orders(out)
        if o.kind == "diagnostic" and re.search(r"(?i)\becg\b", o.name)
    ]


def test_rapid_tranquillisation_takes_the_ecg_first_and_lorazepam_without_it(
    reason: Reason,
) -> None:
    """Schizophrenia off treatment, threatening staff, no ECG yet: NICE NG10 (2015)
    1.4.32-1.4.33: with no ECG, IM lorazepam, not IM haloperidol; the ECG is a
    diagnostic order of its own, not only a check after parenteral sedation."""
    out = reason(
        make_case(
            "agitation",
            age=30,
            sex="M",
            vitals=vitals(108, 146, 88, 18, 98, 36.9),
            one_liner="30M shouting, threatening staff, known schizophrenia off meds",
            ed_note=(
                "30-year-old with schizophrenia, stopped his medication a month ago. "
                "Shouting, pacing, threatening staff with his fists, believes the "
                "staff are poisoning him. Glucose 5.8. No ECG yet. No alcohol."
            ),
        )
    )
    assert _ecg_orders(out), O.orders(out)
    sedation = [
        o.name.lower()
        for o in O.medications(out)
        if re.search(r"(?i)haloperidol|lorazepam", o.name)
    ]
    assert sedation, O.medications(out)
    assert any(re.search(r"\bim lorazepam\b", s) for s in sedation), sedation
    for s in sedation:
        # haloperidol is offered only once the ECG is read
        if "haloperidol" in s:
            assert re.search(r"ecg[^;]{0,40}normal|after (?:an|the) ecg", s), s


def test_parkinsons_disease_gets_its_doses_on_time(reason: Reason) -> None:
    """Parkinson's disease on co-careldopa, febrile and confused with urinary
    symptoms, two doses missed today: the usual doses on time (NICE NG71 2017 1.5;
    Parkinson's UK 'Get it on time') and no dopamine antagonist (AGS Beers 2023)."""
    out = reason(
        make_case(
            "agitation",
            age=76,
            sex="M",
            vitals=vitals(104, 150, 84, 20, 96, 38.4),
            one_liner="76M Parkinson's disease, agitated, seeing things, fever",
            ed_note=(
                "76-year-old with Parkinson's disease on co-careldopa. 1 day of "
                "agitation, visual hallucinations and confusion, burning on passing "
                "urine and frequency, fever. Wife says he missed two doses of his "
                "Parkinson's tablets today."
            ),
        )
    )
    assert O.medication_ordered(out, r"levodopa|parkinson'?s medication"), (
        O.medications(out)
    )
    assert not O.medication_ordered(out, *_PD_HARMFUL), O.medications(out)


def test_parkinsons_psychosis_agitation_gets_no_haloperidol(reason: Reason) -> None:
    """Parkinson's disease with hallucinations and agitation: no haloperidol or other
    dopamine antagonist (AGS Beers Criteria 2023 table 3; NICE NG71 2017 1.6:
    quetiapine or clozapine for psychosis; NICE CG103 1.6.3)."""
    out = reason(
        make_case(
            "hallucinations",
            age=72,
            sex="F",
            vitals=vitals(96, 144, 82, 18, 97, 36.8),
            one_liner="72F Parkinson's disease, seeing people in the house, agitated",
            ed_note=(
                "72-year-old with Parkinson's disease for 10 years on levodopa and "
                "ropinirole. For two weeks sees strangers in the house, now agitated, "
                "shouting and pacing, will not settle. No fever. Glucose 6.2."
            ),
        )
    )
    assert not O.medication_ordered(out, *_PD_HARMFUL), O.medications(out)


def test_guard_wolff_parkinson_white_is_not_parkinsons_disease(
    reason: Reason,
) -> None:
    """Guard: Wolff-Parkinson-White is no Parkinson's disease: no levodopa order."""
    out = reason(
        make_case(
            "palpitations",
            age=29,
            sex="M",
            vitals=vitals(96, 124, 76, 16, 98),
            one_liner="29M palpitations, known Wolff-Parkinson-White",
            ed_note=(
                "29-year-old with Wolff-Parkinson-White syndrome. 1 hour of "
                "palpitations, settled on arrival. ECG sinus rhythm with a short PR "
                "and delta waves."
            ),
        )
    )
    assert not O.medication_ordered(out, r"levodopa|parkinson'?s medication"), (
        O.medications(out)
    )


def test_long_lie_told_as_there_since_last_night(reason: Reason) -> None:
    """Found on the bedroom floor, there since last night, could not get up: a long
    lie: CK and pressure-area care (NICE CG179 2014 1.1; Fleming J, Brayne C. BMJ
    2008;337:a2227)."""
    out = reason(
        make_case(
            "fall",
            age=87,
            sex="F",
            vitals=vitals(96, 118, 64, 18, 96, 36.2),
            one_liner="87F found on the floor, down overnight",
            ed_note=(
                "87-year-old lives alone, found on the bedroom floor by her daughter "
                "this morning, had been there since last night, could not get up. "
                "Sore left hip, able to move it. Redness over the sacrum."
            ),
        )
    )
    assert O.ordered(out, r"pressure[- ]area"), O.orders(out)
    assert O.ordered(out, r"\bck\b|creatine kinase"), O.orders(out)
