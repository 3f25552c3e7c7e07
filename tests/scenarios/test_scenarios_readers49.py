"""readers49 (issue 10): a device's indication read as history, a shared exposure that
ends the family's scope, HIV off treatment read as immunosuppression, a "not" that ends
at its comma, clots that need a rectal site, "no appetite" as a symptom, "lethargic" as
tiredness beside a GCS of 15, the reviewing clinician's vitals and a stated PERC, an
exception ("other than") that asserts, a hypotension the crew measured, "no longer able
to pass urine".

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a mention's sense, experiencer
  and time are its context's); Chapman WW et al. NegEx. J Biomed Inform 2001;34:301;
  Chapman BE et al. pyConText. J Biomed Inform 2011;44:728 (the INDICATION modifier).

Each scenario asserts safety properties; each target failed on main 2b06a400 before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    record = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(record.output, TriageResult)
    return record.output


# --- a device's indication is the history the device treats --------------------------


def test_a_paced_heart_block_is_no_arrhythmia_to_pace_again(reason: Reason) -> None:
    """An 83-year-old with a pacemaker "in situ for complete heart block" who grazed
    her forearm on a door frame. The block is the reason the device was fitted (the
    device treats it: Glikson M et al. ESC 2021 pacing), not a present arrhythmia: no
    pacing pads, no arrhythmic working diagnosis for a skin wound."""
    case = make_case(
        "arm wound",
        age=83,
        sex="F",
        vitals=vitals(70, 142, 80, 16, 97),
        ed_note="Pacemaker in situ for complete heart block since 2021. Grazed her "
        "left forearm on a door frame yesterday, skin tear 3 cm, clean. No "
        "dizziness, no collapse, no palpitations.",
    )
    out = reason(case)
    assert not O.ordered(out, "pacing", "pacer"), [o.name for o in O.orders(out)]
    assert "arrhythmi" not in O.working(out) and "block" not in O.working(out)


def test_guard_a_heart_block_on_todays_ecg_is_still_paced(reason: Reason) -> None:
    """Guard: "awaiting a pacemaker for complete heart block" and a collapse today
    with HR 34: the device is still to come, so the block is today's (ESC 2021
    pacing: transcutaneous pacing for a symptomatic high-grade block)."""
    case = make_case(
        "collapse",
        age=79,
        sex="M",
        vitals=vitals(34, 92, 50, 18, 95),
        ed_note="Collapsed at home. ECG: complete heart block, rate 34. Was listed "
        "for a pacemaker for complete heart block next week.",
    )
    out = reason(case)
    assert O.ordered(out, "pacing", "atropine"), [o.name for o in O.orders(out)]


# --- a shared exposure ends the family's scope ---------------------------------------


def test_a_running_engine_named_after_the_parents_is_the_childs_exposure(
    reason: Reason,
) -> None:
    """A 9-year-old with headache and vomiting; "dad with headache too, car engine
    running in the closed garage". The garage is the household's, the child's
    too (Wolf SJ et al. ACEP 2017 carbon monoxide policy: co-oximetry and high-flow
    oxygen for a suspected exposure)."""
    case = make_case(
        "headache and vomiting",
        age=9,
        sex="M",
        vitals=vitals(112, 108, 64, 22, 99),
        ed_note="Headache and vomiting since breakfast, dad with headache too, car "
        "engine running in the closed garage under the bedroom overnight.",
    )
    out = reason(case)
    assert O.ordered(out, "carboxyh", "co-oximetry"), [o.name for o in O.orders(out)]


# --- HIV off treatment is untreated HIV ----------------------------------------------


def test_hiv_off_antiretrovirals_is_immunosuppression_at_triage(reason: Reason) -> None:
    """A 41-year-old with "known HIV, stopped his antiretrovirals last year", fever
    and a dry cough. Stopping the treatment leaves the infection untreated (WHO 2021
    advanced HIV disease; BHIVA 2011 opportunistic infection guidelines): the fever
    is a fever in an immunocompromised patient."""
    case = make_case(
        "fever",
        age=41,
        sex="M",
        vitals=vitals(104, 122, 74, 22, 94, 38.4),
        ed_note="Known HIV, stopped his antiretrovirals last year, no recent CD4. Two "
        "weeks of dry cough and fevers.",
    )
    out = reason(case)
    flags = " ".join(_triage(out).red_flags).lower()
    assert "immunocompromised" in flags, flags


# --- a "not" ends at the comma that ends its predicate -------------------------------


def test_twitching_after_not_back_to_normal_is_an_ongoing_seizure(
    reason: Reason,
) -> None:
    """A 70-year-old an hour after a fit, "not back to normal since, twitching of the
    left hand and face". The twitching is asserted (NegEx: the "not" ends at its
    comma): a non-convulsive or focal status epilepticus is treated with a
    benzodiazepine (Glauser T et al. AES 2016; NICE NG217)."""
    case = make_case(
        "seizure",
        age=70,
        sex="M",
        vitals=vitals(98, 160, 88, 18, 95),
        ed_note="Generalised fit an hour ago at home, not back to normal since, "
        "twitching of the left hand and face. GCS 11.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "lorazepam", "midazolam", "diazepam"), [
        o.name for o in O.orders(out)
    ]


# --- "no appetite" is a symptom, not the list's negation -----------------------------


def test_vomiting_after_no_appetite_keeps_the_obstruction_open(reason: Reason) -> None:
    """A 79-year-old with a past laparotomy: "no appetite, vomiting, distended, not
    passed wind since yesterday". "No appetite" is anorexia; the vomiting and the
    distension after it are asserted (Bologna guidelines, ten Broek RPG et al. World
    J Emerg Surg 2018;13:24: adhesive obstruction)."""
    case = make_case(
        "abdominal pain",
        age=79,
        sex="F",
        vitals=vitals(102, 130, 76, 20, 96),
        ed_note="Previous laparotomy. Two days no appetite, vomiting, distended, not "
        "passed wind since yesterday.",
    )
    out = reason(case)
    assert "obstruction" in O.working(out), O.working(out)


# --- an exception after a denial asserts ---------------------------------------------


def test_copd_named_as_the_only_history_is_worked_as_copd(reason: Reason) -> None:
    """A 73-year-old breathless with more green sputum and a wheeze, SpO2 87%; "no
    past history other than COPD". The exception asserts the COPD (ConText: "other
    than" ends the negation), so the exacerbation is COPD's with its controlled
    oxygen target (GOLD 2024; O'Driscoll BR et al. BTS 2017 oxygen: 88-92% at risk of
    hypercapnia), not an asthma attack given magnesium."""
    case = make_case(
        "shortness of breath",
        age=73,
        sex="F",
        vitals=vitals(102, 150, 86, 26, 87, 37.0),
        ed_note="Three days more breathless, more sputum, now green. No past history "
        "other than COPD. Wheeze throughout both lungs.",
    )
    out = reason(case)
    assert "copd" in O.working(out) or "obstructive" in O.working(out), O.working(out)
    assert not O.medication_ordered(out, "magnesium"), [o.name for o in O.orders(out)]


# --- "lethargic" beside an alert GCS of 15 is tiredness ------------------------------


def test_tired_and_lethargic_with_gcs_15_gets_no_sepsis_screen(reason: Reason) -> None:
    """A 66-year-old "tired and lethargic for a month, GCS 15, alert", afebrile with
    normal observations. Tiredness is no altered mental status (Posner JB et al. Plum
    and Posner's Diagnosis of Stupor and Coma 2007: lethargy as reduced alertness),
    so no sepsis screen for a confusion she does not have (NICE NG51)."""
    case = make_case(
        "tired",
        age=66,
        sex="F",
        vitals=vitals(76, 128, 76, 16, 98),
        ed_note="Tired and lethargic for a month, GCS 15, alert. Eating normally. "
        "No fever, no weight loss.",
    )
    out = reason(case)
    assert not O.ordered(out, "lactate", "blood cultures"), [
        o.name for o in O.orders(out)
    ]


def test_guard_lethargic_and_hard_to_rouse_with_fever_is_sepsis(
    reason: Reason,
) -> None:
    """Guard: "lethargic and hard to rouse" with fever is reduced alertness (qSOFA's
    altered mentation, Singer M et al. JAMA 2016): the sepsis work-up stays."""
    case = make_case(
        "fever",
        age=81,
        sex="F",
        vitals=vitals(108, 104, 60, 24, 94, 38.6),
        ed_note="Lethargic and hard to rouse today, rousable to voice. Dysuria.",
    )
    out = reason(case)
    assert O.ordered(out, "blood cultures"), [o.name for o in O.orders(out)]
    assert "sepsis" in O.working(out) or O.ordered(out, "antibiotic")


# --- the reviewing clinician's vitals and a stated PERC ------------------------------


def test_settled_hyperventilation_with_a_stated_perc_gets_no_d_dimer(
    reason: Reason,
) -> None:
    """A 22-year-old breathless and tingling after bad news, HR 116 and RR 28 at
    triage; "reassessed 30 minutes later: HR 80, RR 14, SpO2 99%. PERC negative".
    PERC reads the criteria at the clinician's evaluation (Kline JA et al. J Thromb
    Haemost 2004) and a negative PERC in a low pre-test probability needs no D-dimer
    (ACEP 2018 PE policy, Level B)."""
    case = make_case(
        "shortness of breath",
        age=22,
        sex="M",
        vitals=vitals(116, 130, 80, 28, 99),
        ed_note="Breathless with tingling around the mouth after bad news. No chest "
        "pain, no haemoptysis, no leg swelling, no surgery or travel. On review 30 "
        "minutes later HR 80, RR 14, SpO2 99%. PERC negative.",
    )
    out = reason(case)
    assert not O.ordered(out, "d-dimer", "ctpa", "ct pulmonary"), [
        o.name for o in O.orders(out)
    ]


# --- "no longer able to pass urine" --------------------------------------------------


def test_back_pain_and_no_longer_able_to_pass_urine_gets_a_bladder_scan_and_mri(
    reason: Reason,
) -> None:
    """A 49-year-old with back pain for a week, "today no longer able to pass urine".
    An inability to void with back pain is the retention of a cauda equina syndrome
    until imaged (NICE CKS sciatica 2023; Todd NV, Dickson RA. BASS/SBNS 2018
    standards: urgent MRI, a post-void bladder scan)."""
    case = make_case(
        "back pain",
        age=49,
        sex="F",
        vitals=vitals(86, 132, 80, 16, 98),
        ed_note="Low back pain for a week after moving furniture, today no longer "
        "able to pass urine since the morning.",
    )
    out = reason(case)
    assert O.ordered(out, "mri"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "bladder scan", "post-void"), [o.name for o in O.orders(out)]


# --- a hypotension the crew measured -------------------------------------------------


def test_a_pre_hospital_hypotension_with_a_chest_source_is_treated_as_sepsis(
    reason: Reason,
) -> None:
    """A 76-year-old with a productive cough, 38.7 °C; "BP 78/44 on scene per crew,
    112/70 after 500 ml". A systolic under 90 at any point is the sepsis-induced
    hypotension (Evans L et al. SSC 2021; NICE NG51 high risk): antibiotics within the
    hour, not a collapse work-up."""
    case = make_case(
        "collapse",
        age=76,
        sex="M",
        vitals=vitals(98, 112, 70, 22, 95, 38.7),
        ed_note="Found drowsy in his chair. Ambulance crew: BP 78/44 on scene, 112/70 "
        "after 500 ml saline. Productive cough for 4 days.",
    )
    out = reason(case)
    assert O.ordered(out, "antibiotic", "ceftriaxone", "co-amoxiclav"), [
        o.name for o in O.orders(out)
    ]


def test_guard_a_usual_low_pressure_from_the_crew_is_no_hypotension(
    reason: Reason,
) -> None:
    """Guard: the crew's "her BP is always 85 systolic" is her usual pressure (ESI v4
    ch.3: hypotension with hypoperfusion): a sprained wrist stays a sprained wrist."""
    case = make_case(
        "wrist injury",
        age=34,
        sex="F",
        vitals=vitals(72, 96, 60, 14, 99),
        ed_note="Fell on an outstretched hand. Ambulance crew say her BP is always 85 "
        "systolic. Tender distal radius, no deformity.",
    )
    out = reason(case)
    assert not O.ordered(out, "antibiotic", "norepinephrine", "lactate"), [
        o.name for o in O.orders(out)
    ]


# --- a verb phrase's "not" ends at its comma (trauma49) -----------------------------


def test_a_repeat_fall_after_did_not_hit_her_head_gets_the_falls_assessment(
    reason: Reason,
) -> None:
    """An 85-year-old who tripped on a step: "no injury, did not hit her head, second
    fall in a month, on amlodipine, ramipril and furosemide". The "not" negates the
    blow to the head only; the recurrent fall and every drug of the list are asserted,
    so she gets the multifactorial falls assessment and a review of her
    antihypertensives (NICE NG249 2025 falls; AGS/BGS 2011)."""
    case = make_case(
        "fall",
        age=85,
        sex="F",
        vitals=vitals(76, 122, 66, 16, 97),
        ed_note="Tripped on a step at home, no injury, did not hit her head, second "
        "fall in a month, on amlodipine, ramipril and furosemide.",
    )
    out = reason(case)
    assert O.ordered(out, "falls", "medication review"), [o.name for o in O.orders(out)]


# --- guards: lower abdominal pain in old age, clots coughed up ---------------------


def test_guard_vague_lower_abdominal_pain_at_86_is_no_adnexal_torsion(
    reason: Reason,
) -> None:
    """Guard (medgi48's request): an 86-year-old woman with "vague lower abdominal
    pain" for two days. The lexicon reads it as pelvic pain (where an ectopic or a
    torsion shows in a woman of reproductive age: RCOG GTG 21); at 86 the working
    diagnosis is no adnexal torsion and no gynaecologist is called (Tintinalli ch.
    74, abdominal pain in the elderly)."""
    case = make_case(
        "abdominal pain",
        age=86,
        sex="F",
        vitals=vitals(86, 148, 82, 18, 96),
        ed_note="Vague lower abdominal pain for two days, eating, bowels open. Soft, "
        "mildly tender suprapubic.",
    )
    out = reason(case)
    assert "torsion" not in O.working(out), O.working(out)
    assert not O.ordered(out, "gynecolog", "gynaecolog"), [
        o.name for o in O.orders(out)
    ]


def test_guard_clots_coughed_up_after_tonsillectomy_are_the_tonsil_beds(
    reason: Reason,
) -> None:
    """Guard (trauma48's request): a 7-year-old on day 7 after a tonsillectomy,
    "coughing up bright red blood and clots". A post-tonsillectomy haemorrhage (ENT
    UK 2019): ENT, no lower GI bleeding work-up."""
    case = make_case(
        "bleeding from mouth",
        age=7,
        sex="F",
        vitals=vitals(120, 100, 62, 22, 98),
        ed_note="Day 7 after tonsillectomy, coughing up bright red blood and clots for "
        "the last hour.",
    )
    out = reason(case)
    assert "tonsil" in O.working(out), O.working(out)
    assert not O.ordered(out, "colonoscop", "sigmoidoscop"), [
        o.name for o in O.orders(out)
    ]
