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


def test_hypoglycaemic_behaviour_change_is_not_treated_as_encephalitis(
    reason: Reason,
) -> None:
    """An insulin-treated diabetic acting strangely with a glucose of 1.9 and no
    fever: neuroglycopenia (ADA Standards of Care 2024 section 6; JBDS 2021), IV
    glucose and a recheck; no aciclovir, lumbar puncture or meningitis cover, as an
    encephalitis needs no alternative cause (IEC 2013, Venkatesan A et al.)."""
    out = reason(
        make_case(
            "agitation",
            age=52,
            sex="M",
            vitals=vitals(112, 150, 88, 18, 98, 36.4),
            one_liner="52M insulin-treated diabetic acting strangely and aggressively",
            ed_note=(
                "52-year-old with type 1 diabetes on insulin, brought by police for "
                "acting strangely and aggressively in a shop. Sweaty, confused, "
                "slurred speech. Capillary glucose 1.9 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, r"dextrose|glucose|glucagon"), O.medications(out)
    assert not O.medication_ordered(out, r"aciclovir|acyclovir", r"vancomycin"), (
        O.medications(out)
    )
    assert not O.ordered(out, r"lumbar puncture"), O.orders(out)


def test_guard_febrile_seizing_encephalitis_keeps_aciclovir_beside_a_low_glucose(
    reason: Reason,
) -> None:
    """Guard: fever, new odd behaviour and a seizure meet the encephalitis criteria
    (IEC 2013) whatever a borderline glucose: aciclovir stays (ABN/BIA 2012)."""
    out = reason(
        make_case(
            "seizure",
            age=34,
            sex="F",
            vitals=vitals(114, 124, 76, 20, 97, 38.8),
            one_liner="34F fever, odd behaviour for 2 days, seizure today",
            ed_note=(
                "34-year-old, 3 days of fever and headache, 2 days of odd behaviour "
                "and confusion, a generalised seizure this morning. Still confused. "
                "Capillary glucose 3.6 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, r"aciclovir|acyclovir"), O.medications(out)


def test_a_slip_at_baseline_is_not_held_for_a_stroke(reason: Reason) -> None:
    """An 85-year-old with dementia at her usual baseline who slipped on a wet floor,
    no head injury, walking, knee x-ray clear, no focal symptom: no stroke held open
    to keep her in (AHA/ASA 2019: a stroke is suspected on a neurological symptom or
    sign; NICE CG161: a multifactorial falls assessment, home)."""
    out = reason(
        make_case(
            "fall",
            age=85,
            sex="F",
            vitals=vitals(76, 140, 80, 16, 97, 36.6),
            one_liner="85F dementia at baseline, slipped, bruised knee, no head injury",
            ed_note=(
                "85-year-old with Alzheimer's dementia, her carer says she is at her "
                "usual baseline. Slipped on a wet floor, landed on her right knee, did "
                "not hit her head. Walks on it. Bruised knee, full range of movement, "
                "x-ray knee: no fracture. Not on anticoagulants."
            ),
        )
    )
    open_mnm = out.final.summary.open_must_not_miss
    assert not any("infarction" in d.lower() for d in open_mnm), out.final
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_a_fall_with_a_weak_side_keeps_the_stroke_open(reason: Reason) -> None:
    """Guard: a fall because the right arm and leg went weak is a stroke until
    imaging says otherwise (AHA/ASA 2019; AGS/BGS 2011 falls): not sent home."""
    out = reason(
        make_case(
            "fall",
            age=79,
            sex="M",
            vitals=vitals(84, 172, 94, 16, 97, 36.7),
            one_liner="79M fell when his right arm and leg went weak an hour ago",
            ed_note=(
                "79-year-old fell at home an hour ago when his right arm and leg "
                "suddenly went weak. Still weak on the right, speech slurred."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.proposes(out, "infarction", "stroke"), O.diagnoses_proposed(out)


def test_a_faint_on_standing_after_new_doxazosin_gets_the_drug_reviewed(
    reason: Reason,
) -> None:
    """A 74-year-old faints on standing 5 days after doxazosin was added, with an
    orthostatic drop and a normal ECG: the alpha-1 blocker is withheld or reduced
    (ESC 2018 syncope 5.2, class IIa; AGS Beers Criteria 2023), home (GUARD of the
    low-risk syncope: no admission)."""
    out = reason(
        make_case(
            "syncope",
            age=74,
            sex="F",
            vitals=vitals(72, 128, 74, 14, 98, 36.6),
            one_liner="74F lightheaded on standing then brief faint, new doxazosin",
            ed_note=(
                "74-year-old stood up quickly from the toilet at night, felt "
                "lightheaded and dim vision, then slumped to the floor for a few "
                "seconds. Recovered at once. Doxazosin added 5 days ago for blood "
                "pressure. Lying BP 128/74, standing 3 min 98/62 with "
                "lightheadedness. ECG normal sinus rhythm, normal intervals. No "
                "injury."
            ),
        )
    )
    assert O.medication_ordered(out, r"doxazosin|alpha-?1 blocker"), O.medications(out)
    assert O.disposition(out).disposition != "Admit", O.disposition(out)


def test_guard_tamsulosin_without_a_faint_or_fall_gets_no_review(
    reason: Reason,
) -> None:
    """Guard: an older man on tamsulosin with renal colic, no faint or fall: no
    orthostatic drug review is added."""
    out = reason(
        make_case(
            "flank pain",
            age=68,
            sex="M",
            vitals=vitals(92, 148, 86, 18, 98, 36.8),
            one_liner="68M left loin to groin pain, known stones, on tamsulosin",
            ed_note=(
                "68-year-old with known kidney stones, on tamsulosin for his prostate. "
                "Colicky left loin pain radiating to the groin since this morning. "
                "Aorta 1.8 cm on bedside ultrasound."
            ),
        )
    )
    assert not O.medication_ordered(out, r"alpha-?1 blocker"), O.medications(out)


def test_an_anxious_sober_man_is_not_worked_as_alcohol_intoxication(
    reason: Reason,
) -> None:
    """Restless and tearful after a row, asking for help, oriented, 'not
    intoxicated': agitation from anxiety (ACEP Clinical Policy: psychiatric patients
    2017; NICE NG10 1.4: talk first, oral medication if wanted), not an intoxication
    watched 'until sober' and admitted."""
    out = reason(
        make_case(
            "agitation",
            age=34,
            sex="M",
            vitals=vitals(98, 138, 84, 16, 99, 36.8),
            one_liner="34M anxious and restless, wants help, calm enough to talk",
            ed_note=(
                "34-year-old with a history of anxiety, restless and tearful after a "
                "row at home, asks to speak to someone. No threats, no weapons, no "
                "self-harm, no suicidal thoughts, not intoxicated."
            ),
        )
    )
    t = O.treatment(out)
    assert t is not None and "alcohol" not in (t.working_diagnosis or "").lower(), t
    assert not O.ordered(out, r"until (?:clinically )?sober"), O.orders(out)
    assert O.disposition(out).disposition != "Admit", O.disposition(out)


def test_guard_a_drunk_agitated_man_keeps_the_intoxication(reason: Reason) -> None:
    """Guard: agitated, slurring and smelling of alcohol after drinking all day: alcohol
    intoxication stays his working diagnosis (ACEP clinical policy, alcohol)."""
    out = reason(
        make_case(
            "agitation",
            age=34,
            sex="M",
            vitals=vitals(98, 138, 84, 16, 99, 36.8),
            one_liner="34M agitated and drunk, drinking all day",
            ed_note=(
                "34-year-old brought in agitated after drinking all day, slurred "
                "speech, smells of alcohol, unsteady. Anxious about his job. No head "
                "injury."
            ),
        )
    )
    t = O.treatment(out)
    assert t is not None and "alcohol" in (t.working_diagnosis or "").lower(), t
