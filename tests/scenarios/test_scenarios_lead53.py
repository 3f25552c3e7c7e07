"""lead53 (session 53): a Parkinson's patient who has missed his doses, a panic attack
among chest pains, a person with dementia who is newly agitated and seeing people, a
disclosed rape coded as the assault.

Written from the sources named in each docstring, never from rows of the shared data:
- NICE NG71 2017 1.5 (Parkinson's medicines are time-critical); Parkinson's UK 'Get it
  on time' 2019; Newman EJ et al. J Neurol Neurosurg Psychiatry 2009;80:1157;
- DSM-5-TR panic attack (APA 2022); Fleet RP et al. Am J Med 1996;101:371 (panic among
  ED chest pain); Byrne RA et al. ESC 2023 ACS (an ischaemic ECG is ACS's);
- NICE CG103 2023 delirium 1.1; NICE NG97 2018 1.7 (dementia with Lewy bodies:
  antipsychotic sensitivity); Inouye SK et al. Lancet 2014;383:911;
- Workowski KA et al. CDC STI treatment guidelines 2021, sexual assault and abuse;
  ICD-10-CM FY2024 I.C.19.f (abuse coded as documented).

Each target failed on main b24000b7 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_parkinsons_missed_doses_restarts_them_by_another_route(
    reason: Reason,
) -> None:
    """NICE NG71 1.5: a vomiting Parkinson's patient who has missed his levodopa and
    is now rigid: the doses restarted (nasogastric or a rotigotine patch), no dopamine
    antagonist, the trigger sought, admitted; coded as the Parkinson's disease."""
    out = reason(
        make_case(
            "UNABLE TO TAKE MEDICATIONS",
            age=72,
            sex="M",
            vitals=vitals(98, 134, 80, 18, 97, 37.0),
            one_liner="Parkinson's disease, vomiting, missed levodopa since yesterday",
            ed_note="Known Parkinson's disease on co-careldopa four times daily. "
            "Vomiting since yesterday and has missed doses. Now rigid, unable to get "
            "out of bed, swallow poor.",
        )
    )
    assert "parkinson" in O.working(out), O.working(out)
    assert O.ordered(out, "rotigotine"), O.order_names(out)
    assert O.ordered(out, "creatine kinase"), O.order_names(out)
    assert not O.medication_ordered(out, "metoclopramide", "haloperidol")
    assert O.dispo(out).startswith("Admit"), O.dispo(out)
    assert out.final.icd10 == "G20.A1", out.final.icd10


def test_parkinsons_taken_as_usual_is_no_missed_dose_diagnosis(reason: Reason) -> None:
    """Guard: a Parkinson's patient who takes his tablets and has no new rigidity or
    vomiting is not coded as missed doses (the weakness is worked up as weakness)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=70,
            sex="M",
            vitals=vitals(80, 130, 80, 16, 97, 36.8),
            one_liner="Parkinson's disease, generally weak",
            ed_note="Known Parkinson's disease, takes his tablets regularly, no missed "
            "doses. Feels weaker over 2 weeks, eating less. Examination at baseline.",
        )
    )
    assert "missed" not in O.working(out), O.working(out)
    assert out.final.icd10 != "G20.A1", out.final.icd10


def test_a_panic_attack_with_chest_tightness_is_worked_as_panic_not_pneumonia(
    reason: Reason,
) -> None:
    """DSM-5-TR / Fleet 1996: a young woman's chest tightness with paraesthesiae and
    the fear of dying during an exam, no fever or cough: a panic attack after the ECG,
    not a pneumonia with a chest film and an observation bed."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=22,
            sex="F",
            vitals=vitals(104, 128, 78, 24, 99, 36.8),
            one_liner="chest tightness and tingling fingers during an exam",
            ed_note="Sudden chest tightness, breathlessness, tingling in both hands "
            "and around the mouth during a university exam. Feels she is going to die. "
            "No risk factors for PE, not on the pill, no leg swelling. ECG sinus "
            "tachycardia.",
        )
    )
    assert "panic" in O.working(out), O.working(out)
    assert O.ordered(out, "ECG"), O.order_names(out)
    assert not O.ordered(out, "chest x-ray"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_crushing_chest_pain_with_st_depression_stays_acs(reason: Reason) -> None:
    """Guard (ESC 2023 ACS): crushing chest pain radiating to the arm with sweating
    and ST depression is worked as NSTE-ACS with aspirin, not as panic."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=58,
            sex="M",
            vitals=vitals(86, 146, 90, 16, 98, 36.7),
            one_liner="central chest pain 40 minutes at rest",
            ed_note="Central crushing chest pain for 40 minutes at rest, radiating to "
            "the left arm, sweaty. Feels he is going to die. Smoker, diabetic. ECG: "
            "2 mm ST depression V4-V6, no ST elevation.",
        )
    )
    assert "myocardial infarction" in O.working(out), O.working(out)
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)
    assert "panic" not in O.working(out)


def test_new_hallucinations_in_lewy_body_dementia_are_delirium(reason: Reason) -> None:
    """NICE CG103 / NG97: an 84-year-old with dementia with Lewy bodies, newly agitated
    and seeing people for 3 days, is delirious until shown otherwise: the causes sought
    (bladder, bloods, drugs), no antipsychotic, admitted."""
    out = reason(
        make_case(
            "AGITATION",
            age=84,
            sex="M",
            vitals=vitals(88, 142, 84, 16, 96, 36.8),
            one_liner="dementia with Lewy bodies, agitated at night",
            ed_note="Known dementia with Lewy bodies. More agitated and seeing people "
            "in the room for 3 days. Pulling at his catheter. Hearing and vision aids "
            "not in.",
        )
    )
    assert "delirium" in O.working(out), O.working(out)
    assert O.ordered(out, "bladder scan"), O.order_names(out)
    assert not O.medication_ordered(out, "haloperidol", "olanzapine")


def test_a_disclosed_rape_is_coded_as_the_assault_with_its_preventive_care(
    reason: Reason,
) -> None:
    """CDC 2021 sexual assault / ICD-10-CM I.C.19.f: a woman disclosing a rape 10
    hours ago gets emergency contraception and HIV PEP assessed, and the final names
    the assault (T74.21XA) instead of abstaining."""
    out = reason(
        make_case(
            "SEXUAL ASSAULT",
            age=24,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 99, 36.7),
            one_liner="sexually assaulted 10 hours ago",
            ed_note="Reports vaginal rape by a stranger 10 hours ago, no condom. No "
            "injuries seen except bruising on the wrists. Not on contraception.",
        )
    )
    assert O.ordered(out, "emergency contraception"), O.order_names(out)
    assert O.ordered(out, "post-exposure prophylaxis"), O.order_names(out)
    assert out.final.icd10 == "T74.21XA", out.final.icd10
