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


_ANTIBIOTIC = (
    r"nitrofurantoin",
    r"trimethoprim",
    r"ceftriaxone",
    r"cefalexin|cephalexin",
    r"amoxicillin|co-amoxiclav",
    r"ciprofloxacin|levofloxacin",
    r"gentamicin",
    r"fosfomycin",
    r"pivmecillinam",
    r"antibiotic",
)


def _bacteriuria_case(ed_note: str, *, age: int = 85) -> dict[str, object]:
    return {
        "age": age,
        "sex": "F",
        "vitals": vitals(74, 136, 72, 16, 97, 36.6),
        "one_liner": f"{age}F nursing home, smelly urine, dipstick positive",
        "ed_note": ed_note,
    }


def test_asymptomatic_bacteriuria_in_an_older_woman_is_not_treated_or_imaged(
    reason: Reason,
) -> None:
    """A positive dipstick without a urinary symptom, fever or new confusion in an
    85-year-old: asymptomatic bacteriuria, no antibiotic, no culture, no renal imaging,
    home (Nicolle LE et al. IDSA 2019 rec. 6-7; SIGN 160 2020)."""
    out = reason(
        make_case(
            "urinary problem",
            **_bacteriuria_case(  # type: ignore[arg-type]
                "85-year-old nursing-home resident sent in because her urine smells "
                "strong and a dipstick was positive for leucocytes and nitrites. No "
                "dysuria, no frequency, no fever, no new confusion (carer says she is "
                "her usual self), no loin pain. Eating and drinking normally."
            ),
        )
    )
    assert not O.medication_ordered(out, *_ANTIBIOTIC), O.medications(out)
    tests = [o.name for o in O.orders(out) if o.kind == "diagnostic"]
    assert not [t for t in tests if re.search(r"(?i)\bct\b|ultrasound|culture", t)]
    assert O.disposition(out).disposition == "Discharge"
    assert "calculus" not in (out.final.diagnosis_name or "").lower(), out.final


def test_guard_cystitis_symptoms_keep_their_antibiotic(reason: Reason) -> None:
    """Guard: dysuria and frequency with a positive dipstick is a cystitis, treated
    (NICE NG109 2018; IDSA 2011): no bacteriuria label withholds the antibiotic."""
    out = reason(
        make_case(
            "dysuria",
            age=70,
            sex="F",
            vitals=vitals(84, 132, 76, 16, 98, 37.1),
            one_liner="70F burning on passing urine and frequency for 2 days",
            ed_note=(
                "70-year-old with 2 days of burning on passing urine, frequency and "
                "suprapubic discomfort. No fever, no loin pain. Dipstick positive for "
                "leucocytes and nitrites."
            ),
        )
    )
    assert O.medication_ordered(out, *_ANTIBIOTIC), O.medications(out)
    assert "bacteriuria" not in (out.final.diagnosis_name or "").lower(), out.final


def test_a_ward_based_ceiling_keeps_a_septic_patient_out_of_icu(
    reason: Reason,
) -> None:
    """Advanced dementia with a ReSPECT form, 'ward-based care, not for intubation or
    ICU', and a confused septic pneumonia: antibiotics and oxygen on a ward, no ICU
    bed and no intubation (Resuscitation Council UK ReSPECT 2017; GMC 2010)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=91,
            sex="F",
            vitals=vitals(118, 96, 54, 30, 87, 38.6),
            one_liner="91F advanced dementia, ward-based ceiling, pneumonia",
            ed_note=(
                "91-year-old with advanced dementia from a nursing home, more confused "
                "than usual. DNACPR and a ReSPECT form in place: ward-based care, not "
                "for intubation or ICU, for antibiotics and oxygen. 2 days of cough "
                "and fever. Crackles right base, SpO2 87 % on air."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "ward", d
    assert O.medication_ordered(out, r"antibiotic|ceftriaxone|amoxicillin"), (
        O.medications(out)
    )
    assert not O.ordered(out, r"intubat", r"rapid sequence"), O.orders(out)


def test_comfort_care_only_gets_symptom_control_not_investigations(
    reason: Reason,
) -> None:
    """Metastatic cancer, recognised as dying, comfort care only: symptom control
    for breathlessness and secretions and the palliative team, no D-dimer, CT or
    blood gas, no ICU (NICE NG31 2015 1.1, 1.4-1.8)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=86,
            sex="M",
            vitals=vitals(118, 96, 54, 30, 86, 37.2),
            one_liner="86M dying of metastatic prostate cancer, comfort care",
            ed_note=(
                "86-year-old with metastatic prostate cancer, known to the palliative "
                "care team, recognised as dying last week. Advance care plan: comfort "
                "care only, no hospital investigations, DNACPR. Family called the "
                "ambulance because his breathing became noisy and fast. Rattly "
                "breathing, drowsy."
            ),
        )
    )
    assert O.medication_ordered(out, r"glycopyrronium|hyoscine"), O.medications(out)
    assert O.ordered(out, r"palliative"), O.orders(out)
    tests = [o.name for o in O.orders(out) if o.kind == "diagnostic"]
    assert not [t for t in tests if re.search(r"(?i)d-dimer|\bct\b|blood gas", t)]
    assert O.disposition(out).admit_level != "icu"


def test_guard_dnacpr_alone_does_not_withhold_icu(reason: Reason) -> None:
    """Guard: a DNACPR decision limits CPR only ('DNACPR does not mean do not treat':
    BMA/RC(UK)/RCN 2016): septic shock for full treatment otherwise keeps ICU care."""
    out = reason(
        make_case(
            "fever",
            age=78,
            sex="M",
            vitals=vitals(124, 78, 44, 28, 93, 39.1),
            one_liner="78M fever, rigors, low blood pressure, DNACPR",
            ed_note=(
                "78-year-old with a DNACPR decision, otherwise for full active "
                "treatment including intensive care. Fever and rigors, confused, "
                "loin pain and dysuria. Lactate 5.1. BP 78/44 after 1 L of fluid."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu", d
