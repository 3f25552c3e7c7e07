"""ledger25: disposition by need and the ledger's cardiorespiratory leftovers.

Written from: Page RL et al. 2015 ACC/AHA/HRS adult SVT guideline and Brugada J et al.
ESC 2019 SVT guideline (a haemodynamically stable SVT is treated with vagal manoeuvres
and adenosine, and usually discharged once terminated; instability is hypotension,
altered mentation, shock or acute heart failure); AHA ACLS 2020 tachycardia algorithm
(ischaemic chest discomfort, not any chest discomfort). Research software, not for
clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_stable_svt_with_a_tight_chest_is_not_resuscitation(reason: Reason) -> None:
    """A 29-year-old man with a regular narrow-complex tachycardia at 192, a slight
    pressure in the chest, BP 128/80, alert and warm: a stable SVT. It is no ESI 1
    'unstable tachycardia' and, once adenosine has restored sinus rhythm with a normal
    ECG, needs no ICU bed (AHA/ACC/HRS 2015)."""
    out = reason(
        make_case(
            "rapid heart beat",
            age=29,
            sex="M",
            vitals=vitals(192, 128, 80, 18, 98),
            one_liner="29M, heart racing for half an hour with chest tightness.",
            ed_note=(
                "HPI: 29-year-old man, heart suddenly started racing 30 minutes ago at "
                "his desk, some chest tightness, no faint, no breathlessness. "
                "Had one similar episode that stopped by itself.\nExam: alert, warm "
                "hands, BP 128/80.\nECG: regular narrow complex tachycardia 192.\n"
                "Course: vagal manoeuvre unsuccessful, adenosine 6 mg IV restored "
                "sinus rhythm 80; ECG afterwards normal. Feels back to normal."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi >= 2, out.trace[0].output
    dispo = O.disposition(out)
    assert dispo.disposition in ("Discharge", "Observation"), dispo
    assert dispo.admit_level != "icu", dispo


def test_svt_with_hypotension_is_still_unstable(reason: Reason) -> None:
    """Named guard: the same rhythm at 210 with BP 78/50, grey and clammy, is an
    unstable tachycardia (ACLS 2020: synchronised cardioversion), ESI 1."""
    out = reason(
        make_case(
            "palpitations",
            age=58,
            sex="F",
            vitals=vitals(210, 78, 50, 24, 95),
            one_liner="58F, fast palpitations, feels faint, BP 78/50.",
            ed_note=(
                "HPI: 58-year-old woman, sudden fast palpitations an hour ago, now "
                "feels faint.\nExam: grey, cold peripheries, BP 78/50.\nECG: regular "
                "narrow complex tachycardia 210."
            ),
        )
    )
    assert out.final.esi == 1, out.trace[0].output
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_hyperventilation_settled_with_coaching_goes_home(reason: Reason) -> None:
    """A 24-year-old man overbreathing after a row, pins and needles in both hands and
    clawed fingers, SpO2 99 %, no chest pain, no clot risk; coached breathing settles
    him and the numbers are written (HR 86, RR 15): the triage tachypnoea no longer
    holds him in for observation (RCP 2017 NEWS2 scores the current observations;
    Kline 2004 PERC: under 50, no risk factor, HR < 100, SpO2 >= 95 %)."""
    out = reason(
        make_case(
            "difficulty breathing",
            age=24,
            sex="M",
            vitals=vitals(98, 132, 80, 30, 99),
            one_liner="24M, can't catch his breath, pins and needles in both hands.",
            ed_note=(
                "HPI: 24-year-old man, overbreathing since a row with his partner an "
                "hour ago, pins and needles in both hands and around the lips, fingers "
                "clawing. No chest pain, no cough, no fever, no calf swelling, no "
                "recent operation, flight or clot. Previous similar attacks.\nExam: "
                "chest clear, no wheeze, no rash, no lip swelling, SpO2 99% on air, "
                "fingers in carpopedal spasm.\nCourse: "
                "after coached slow breathing and reassurance: HR 86, RR 15, SpO2 99%, "
                "symptoms gone."
            ),
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_first_loin_pain_at_67_keeps_the_aneurysm_open_and_no_tamsulosin(
    reason: Reason,
) -> None:
    """A 67-year-old man with his first ever right loin-to-groin pain and microscopic
    haematuria, haemodynamically normal: renal colic is likely, but at 60 or more a
    first 'renal colic' is a leaking AAA until imaging shows the aorta (RCEM; NICE CKS
    renal colic 2024; ESVS 2024), so the aneurysm stays open and no alpha-blocker is
    started for a stone nobody has seen yet (EAU 2023: MET for a confirmed distal
    ureteric stone)."""
    out = reason(
        make_case(
            "flank pain",
            age=67,
            sex="M",
            vitals=vitals(92, 146, 88, 18, 97),
            one_liner="67M, first episode of right loin pain going into the groin.",
            ed_note=(
                "HPI: 67-year-old man, ex-smoker, never had kidney stones. Colicky "
                "right loin pain for 3 hours spreading to the right groin, "
                "restless, vomited once.\nExam: right renal angle tenderness, soft "
                "abdomen.\nResults: urine dipstick blood 2+, nitrite negative. "
                "Creatinine 88."
            ),
        )
    )
    aaa = [e for e in out.final.ledger if "aortic aneurysm" in e.diagnosis.lower()]
    assert aaa and aaa[0].status != "ruled_out", out.final.ledger
    assert not O.medication_ordered(out, "tamsulosin", "alpha-blocker"), O.orders(out)


def test_loin_pain_with_an_expansile_mass_and_shock_is_the_aneurysm(
    reason: Reason,
) -> None:
    """A 76-year-old man with sudden left loin pain into the groin, pale and sweaty,
    BP 92/60, HR 118, and an expansile pulsatile mass in the epigastrium: a ruptured
    AAA (SVS 2018: a palpable aneurysm with pain and shock), not renal colic, to the
    end of the visit."""
    out = reason(
        make_case(
            "flank pain",
            age=76,
            sex="M",
            vitals=vitals(118, 92, 60, 22, 96),
            one_liner="76M, sudden left loin pain into the groin, pale and sweaty.",
            ed_note=(
                "HPI: 76-year-old man, hypertensive smoker, sudden left loin pain "
                "going into the groin 90 minutes ago, thought it was a stone.\nExam: "
                "pale, sweaty; pulsatile and expansile mass in the epigastrium; "
                "BP 92/60."
            ),
        )
    )
    assert out.final.icd10 is not None and out.final.icd10.startswith("I71"), (
        out.final.icd10,
        out.final.ledger[:3],
    )
    assert not O.medication_ordered(out, "tamsulosin", "ketorolac"), O.orders(out)


def test_sudden_one_sided_pelvic_pain_with_vomiting_is_triaged_as_torsion(
    reason: Reason,
) -> None:
    """A 17-year-old girl whose left-sided lower abdominal pain came on suddenly an
    hour ago, with vomiting: the classic picture of adnexal torsion even before anyone
    writes 'ovary' (ACOG CO 783, 2019), a high-risk situation at triage (ESI 2)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=17,
            sex="F",
            vitals=vitals(98, 118, 72, 18, 99),
            one_liner=(
                "17F, abrupt onset of severe left lower abdominal pain an hour ago, "
                "vomiting."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.trace[0].output


def test_pus_from_a_hot_knee_is_septic_arthritis_not_cellulitis(
    reason: Reason,
) -> None:
    """A 69-year-old woman with a hot, red, swollen left knee and fever whose aspirate
    is purulent with 110,000 white cells and no crystals: septic arthritis (Margaretten
    2007: LR+ 28), treated with IV antibiotics and admitted for washout (BSR/BOA 2006),
    not oral cellulitis antibiotics."""
    out = reason(
        make_case(
            "knee swelling",
            age=69,
            sex="F",
            vitals=vitals(102, 136, 78, 18, 97, t=38.4),
            one_liner="69F, painful swollen left knee for two days with fevers.",
            ed_note=(
                "HPI: 69-year-old woman with type 2 diabetes, left knee swollen, hot "
                "and painful for two days, fevers, cannot walk on it. No injury.\n"
                "Exam: effusion, warm, red, held still, pain on any movement.\n"
                "Aspirate: purulent fluid, WCC 110,000, no crystals; Gram stain and "
                "culture sent."
            ),
        )
    )
    septic = [e for e in out.final.ledger if e.icd10 and e.icd10.startswith("M00")]
    assert septic and septic[0].status == "ruled_in", out.final.ledger[:4]
    treat = O.treatment(out)
    assert treat is not None and "arthritis" in treat.working_diagnosis.lower(), treat
    assert not O.medication_ordered(out, "cephalexin", "doxycycline"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_fever_and_back_pain_on_steroids_images_the_whole_spine(
    reason: Reason,
) -> None:
    """A 62-year-old man on long-term prednisolone with a week of thoracic back pain,
    fever and a raised CRP, neurology intact: a spinal epidural abscess until MRI of
    the WHOLE spine says otherwise (a quarter are multilevel or skip; Darouiche NEJM
    2006), with blood cultures drawn before antibiotics."""
    out = reason(
        make_case(
            "back pain",
            age=62,
            sex="M",
            vitals=vitals(96, 132, 80, 16, 98, t=38.3),
            one_liner="62M on prednisolone, a week of back pain and fevers.",
            ed_note=(
                "HPI: 62-year-old man with polymyalgia on prednisolone 15 mg daily, a "
                "week of constant thoracic back pain that wakes him, fevers and "
                "sweats.\nExam: tender over T10, legs strong, sensation normal.\n"
                "Results: CRP 160."
            ),
        )
    )
    assert O.ordered(out, "whole spine"), O.orders(out)
    assert O.ordered(out, "blood culture"), O.orders(out)
