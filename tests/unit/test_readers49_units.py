"""readers49: a device's indication, a shared exposure after the family, HIV off
treatment, a "not" ended at its comma, clots with no rectal site, "no appetite",
"lethargic" as tiredness, the reviewing clinician's vitals, a stated PERC, "other
than", a hypotension measured before arrival, "no longer able to pass urine" (sources
in each module)."""

from __future__ import annotations

import pytest

from agents.floors import repeat_vitals
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._lethargy_sense import fatigue_lethargy
from agents.offline.rules.facts import prehospital_hypotension
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.immunocompromise import immunocompromise_findings
from cases.population import Population

KB = load_knowledge()


def _read(text: str, *concepts: str) -> set[tuple[str, str]]:
    return {
        (f.concept, f.status)
        for f in extract_findings(text, KB)
        if not concepts or f.concept in concepts
    }


# --- a device's indication -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Permanent pacemaker in situ for heart block. Knocked her shin.",
            "ecg_av_block",
        ),
        (
            "Pacemaker inserted 10 days ago for complete heart block.",
            "ecg_complete_av_block",
        ),
        (
            "PPM for complete heart block 2019, now a wound on the leg",
            "ecg_complete_av_block",
        ),
        ("Has an ICD for VT. Now a cough.", "ecg_nonsinus"),
    ],
)
def test_a_devices_indication_is_history(text: str, concept: str) -> None:
    assert _read(text, concept) == {(concept, "historical")}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Awaiting a pacemaker for complete heart block.", "ecg_complete_av_block"),
        ("Listed for a PPM for complete heart block.", "ecg_complete_av_block"),
        (
            "ECG: complete heart block. Needs a pacemaker for this.",
            "ecg_complete_av_block",
        ),
        ("ICD fired for VT this morning", "ecg_nonsinus"),
    ],
)
def test_guard_a_device_to_come_or_an_event_keeps_todays_finding(
    text: str, concept: str
) -> None:
    assert _read(text, concept) == {(concept, "present")}


# --- a shared exposure after the family ----------------------------------------------


def test_an_exposure_in_its_own_comma_item_after_the_parents_is_the_patients() -> None:
    text = (
        "7F dizzy and vomiting, parents with headache, car engine running in "
        "closed garage."
    )
    assert _read(text, "co_exposure") == {("co_exposure", "present")}
    assert _read(text, "headache") == {("headache", "family")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Mother has a faulty boiler at her flat.", "family"),
        ("parents with headache, no exhaust fumes", "absent"),
    ],
)
def test_guard_a_relatives_own_exposure_or_a_denied_one_stays(
    text: str, status: str
) -> None:
    assert _read(text, "co_exposure") == {("co_exposure", status)}


# --- HIV off treatment ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Known HIV, stopped antiretrovirals two years ago, CD4 not known.",
        "HIV, off ART for a year, CD4 90.",
        "AIDS, stopped his treatment in 2020.",
    ],
)
def test_hiv_off_treatment_is_immunosuppression(text: str) -> None:
    assert {f.concept for f in immunocompromise_findings(text)} == {
        "immunocompromised",
        "hiv_immunosuppressed",
    }


@pytest.mark.parametrize(
    "text",
    [
        "HIV negative.",
        "HIV test sent.",
        "Stopped PrEP for HIV.",
        "Known HIV on ART, CD4 650.",
    ],
)
def test_guard_a_negative_test_or_a_high_cd4_is_no_immunosuppression(text: str) -> None:
    assert immunocompromise_findings(text) == ()


def test_guard_stopped_chemotherapy_still_ends_its_course() -> None:
    assert immunocompromise_findings("Chemotherapy completed in 2015.") == ()


# --- a "not" ends at its comma -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Still confused and not back to normal since, twitching of the right "
            "side of the mouth.",
            "subtle_seizure_signs",
        ),
        ("Not back to her usual self, drowsy.", "lethargy"),
    ],
)
def test_an_item_after_not_back_to_normal_is_asserted(text: str, concept: str) -> None:
    assert (concept, "present") in _read(text, concept)


def test_guard_a_list_of_predicates_under_not_stays_negated() -> None:
    assert _read("not tachycardic, hypotensive or hypoxic", "hypotension") == {
        ("hypotension", "absent")
    }


# --- clots with no rectal site -------------------------------------------------------


def test_clots_coughed_up_are_no_rectal_clots() -> None:
    text = "Day 6 after tonsillectomy, coughing up bright red blood and clots."
    assert not _read(text, "rectal_clots")


@pytest.mark.parametrize(
    "text",
    [
        "Passing bright red blood and clots per rectum.",
        "Passed red blood and clots this morning, diverticular disease.",
        "Red blood and clots in the toilet after opening her bowels.",
    ],
)
def test_guard_clots_passed_stay_rectal(text: str) -> None:
    assert _read(text, "rectal_clots") == {("rectal_clots", "present")}


# --- "no appetite" -------------------------------------------------------------------


def test_no_appetite_is_anorexia_and_the_list_after_it_is_asserted() -> None:
    text = "82M 3 days no appetite, vomiting, distended."
    assert _read(text, "anorexia", "vomiting", "distension") == {
        ("anorexia", "present"),
        ("vomiting", "present"),
        ("distension", "present"),
    }


def test_guard_a_no_list_of_symptoms_stays_negated() -> None:
    assert _read("no fever, vomiting or diarrhoea", "vomiting") == {
        ("vomiting", "absent")
    }


# --- "lethargic" as tiredness --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "68F tired and lethargic for 3 weeks, no confusion, GCS 15, alert.",
        "Feeling lethargic and tired.",
        "Lethargy, GCS 15.",
    ],
)
def test_a_tired_or_alert_lethargy_is_fatigue(text: str) -> None:
    read = _read(text, "lethargy", "weakness", "altered_mental_status_24h")
    assert ("weakness", "present") in read
    assert not {c for c, s in read if c != "weakness"}


@pytest.mark.parametrize(
    "text",
    [
        "78M lethargic and hard to rouse since this morning, GCS 13.",
        "Child lethargic, floppy.",
        "Lethargic for 2 days.",
    ],
)
def test_guard_a_lethargy_without_alertness_stays_altered_mentation(text: str) -> None:
    assert ("lethargy", "present") in _read(text, "lethargy")


def test_only_the_word_lethargy_has_the_lay_sense() -> None:
    text = "Drowsy and tired, GCS 15."
    assert not fatigue_lethargy(text, 0, len("Drowsy"))


# --- the reviewing clinician's vitals, a stated PERC ---------------------------------


@pytest.mark.parametrize(
    ("text", "hr"),
    [
        ("Anxious. On review 40 minutes later HR 78, RR 14, SpO2 99%.", 78.0),
        ("2 hours later: HR 90, RR 16", 90.0),
        ("On reassessment HR 88, BP 120/70", 88.0),
    ],
)
def test_the_reviewing_clinicians_vitals_are_read(text: str, hr: float) -> None:
    later = repeat_vitals(text)
    assert later is not None and later.heart_rate == hr


def test_guard_a_review_of_systems_is_no_vital_set() -> None:
    assert repeat_vitals("On review of systems: HR 120 noted") is None


@pytest.mark.parametrize("text", ["PERC negative.", "PERC-negative, Wells 0."])
def test_a_stated_negative_perc_is_the_low_pretest_gestalt(text: str) -> None:
    assert ("pe_low_pretest", "present") in _read(text, "pe_low_pretest")


# --- "other than" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No past medical history other than hypertension.", "hypertension"),
        ("No symptoms other than a headache.", "headache"),
        ("No PMH other than type 2 diabetes.", "type_2_diabetes"),
    ],
)
def test_an_exception_after_a_denial_is_asserted(text: str, concept: str) -> None:
    assert (concept, "absent") not in _read(text, concept)
    assert _read(text, concept)


# --- a hypotension measured before arrival -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Per paramedics BP 76/40 on scene, 110/68 after 500 ml fluid.",
        "BP 82/50 on scene.",
        "Ambulance: HR 120, SBP 84.",
    ],
)
def test_a_crews_low_systolic_is_hypotension(text: str) -> None:
    assert [f.concept for f in prehospital_hypotension(text)] == ["hypotension"]


@pytest.mark.parametrize(
    "text",
    [
        "Paramedics: BP 130/80.",
        "Ambulance crew report BP always 85 systolic.",
        "BP 80/40 last year in clinic.",
    ],
)
def test_guard_a_normal_usual_or_unplaced_pressure_is_no_hypotension(text: str) -> None:
    assert prehospital_hypotension(text) == []


def test_a_childs_systolic_is_judged_for_age() -> None:
    toddler = Population(age_days_min=3 * 365, age_days_max=3 * 365)
    assert prehospital_hypotension("Paramedics: BP 84/50.", toddler) == []


# --- "no longer able to pass urine", "SOBOE" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Back pain, today no longer able to pass urine.",
        "No fever, not able to pass urine.",
    ],
)
def test_an_inability_to_void_is_retention(text: str) -> None:
    assert _read(text, "urinary_retention") == {("urinary_retention", "present")}


def test_soboe_is_dyspnoea() -> None:
    assert ("dyspnea", "present") in _read("SOBOE for a week.", "dyspnea")


# --- a verb phrase's "not", an "on" list after a "no" (trauma49) -------------------


def test_an_item_after_did_not_hit_her_head_is_asserted() -> None:
    text = "Fell, no injury, did not hit her head, fourth fall this year."
    assert ("fall", "present") in _read(text, "fall")
    assert _read(text, "head_injury") == {("head_injury", "absent")}


def test_every_drug_of_an_on_list_after_a_no_is_taken() -> None:
    text = "No chest pain, on amlodipine, ramipril and furosemide."
    assert _read(text, "ace_inhibitor_use", "loop_diuretic") == {
        ("ace_inhibitor_use", "present"),
        ("loop_diuretic", "present"),
    }


@pytest.mark.parametrize(
    "text", ["Did not have fever, cough or vomiting.", "Did not have fever, vomiting."]
)
def test_guard_a_verb_whose_object_is_a_list_keeps_it_negated(text: str) -> None:
    assert _read(text, "vomiting") == {("vomiting", "absent")}


def test_voices_after_has_not_slept_for_3_nights_are_asserted() -> None:
    text = "Family say she has not slept for 3 nights, talking oddly, hearing voices."
    assert _read(text, "hallucinations") == {("hallucinations", "present")}


def test_guard_has_not_had_a_fever_for_3_days_keeps_its_list() -> None:
    assert _read("Has not had fever for 3 days, vomiting or rash.", "vomiting") == {
        ("vomiting", "absent")
    }
