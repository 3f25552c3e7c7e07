"""readers43: one block per reader rule, each with its guards (issue 10).

Sources: Harkema H et al. ConText, J Biomed Inform 2009;42:839 (a possibility
trigger reaches its target; FAMILY "family history"); Weed LL. N Engl J Med
1968;278:593 (a problem, then its evidence); ESC 2020 NSTE-ACS (timed hs-troponin
samples); Surviving Sepsis 2021 (the repeat lactate); NICE NG232 2023 (the GCS as its
score); TG18 (Kiriyama S et al. 2018: liver tests in the cholestasis criterion);
KDIGO 2012 AKI; McDonald LC et al. IDSA/SHEA 2017 C. difficile (antibiotics in the
last 3 months); Wells PS et al. NEJM 2003 (surgery within 12 weeks).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.antibiotic_course import antibiotic_course_spans
from agents.offline.rules.findings import extract_findings, extract_measurements
from agents.offline.rules.lab_words import normal_word_findings
from agents.offline.rules.results import read_results, result_findings


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _status(kb, text: str, concept: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.status for f in extract_findings(text, kb) if f.concept == concept}


# --- a queried diagnosis closed by a colon: what follows is asserted --------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "r/o appendicitis: periumbilical pain moving to the RIF, guarding.",
            "guarding",
        ),
        (
            "Referred to rule out DVT: swollen painful right calf.",
            "unilateral_leg_swelling",
        ),
        ("Concern for cord compression: urinary retention.", "urinary_retention"),
    ],
)
def test_the_evidence_after_a_queried_diagnosis_is_present(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, concept) == {"present"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("r/o appendicitis: periumbilical pain.", "appendicitis"),  # the query itself
        ("DDx: appendicitis, ovarian torsion.", "appendicitis"),  # the trigger's colon
        ("Possible causes: pneumonia, pulmonary embolism.", "pneumonia"),  # list noun
        ("Rule out the following: pneumonia, pulmonary embolism.", "pneumonia"),
        ("Differential includes: pneumonia.", "pneumonia"),
    ],
)
def test_guard_a_differential_list_stays_a_differential(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, concept) == {"differential"}


def test_guard_a_clock_time_is_no_colon_of_a_query(kb) -> None:  # type: ignore[no-untyped-def]
    text = "r/o ACS since 07:30 with chest pain."
    assert _status(kb, text, "chest_pain") == {"differential"}


# --- serial values dated by the clock -------------------------------------------


@pytest.mark.parametrize(
    ("text", "analyte", "value"),
    [
        ("Troponin 09:00 12 ng/L, 12:00 58 ng/L.", "troponin_hs", 58.0),
        ("Lactate 1.8 at 10:00, 4.6 at 13:00.", "lactate", 4.6),
        ("Lactate 10:00 1.8, 13:00 4.6", "lactate", 4.6),
        ("lactate 2.1 (09:15) -> 3.4 (11:40)", "lactate", 3.4),
        ("troponin 12 at 09:00 and 58 at 12:00", "troponin_hs", 58.0),
        ("Lactate at 10:00: 1.8", "lactate", 1.8),
        ("K 5.9 at 08:00", "potassium", 5.9),
    ],
)
def test_the_last_timed_value_is_current(text, analyte, value) -> None:  # type: ignore[no-untyped-def]
    first = next(r for r in read_results(text) if r.analyte == analyte)
    assert first.value == value


def test_a_clock_hour_is_never_a_value() -> None:
    values = {r.value for r in read_results("Troponin 09:00 12 ng/L, 12:00 58 ng/L.")}
    assert values == {12.0, 58.0}
    assert extract_measurements("Lactate 1.8 at 10:00, 4.6 at 13:00.") == {
        "lactate": 4.6
    }


def test_guard_a_timed_value_then_a_count_is_one_result() -> None:
    """ "Hb 98 at 14:00, 2 units given": the 2 has no time; no second haemoglobin."""
    assert [r.value for r in read_results("Hb 98 at 14:00, 2 units given.")] == [9.8]


def test_guard_reference_ranges_are_not_values() -> None:
    assert [r.value for r in read_results("K 6.8 (3.5-5.3) mmol/L")] == [6.8]
    assert [r.value for r in read_results("Hb 7.9 (13-17) g/dL")] == [7.9]


# --- a scale's score after a negated list -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No LOC, no vomiting, GCS 15, not anticoagulated.",
        "Fell on apixaban, no LOC, GCS 15.",
        "No loss of consciousness, no vomiting, acting normally, GCS 15.",
    ],
)
def test_a_gcs_after_a_negated_list_is_observed(kb, text) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, "alert_oriented") == {"present"}


def test_guard_the_negated_items_stay_negated(kb) -> None:  # type: ignore[no-untyped-def]
    text = "No LOC, no vomiting, GCS 15."
    assert _status(kb, text, "vomiting") == {"absent"}
    assert _status(kb, text, "loss_of_consciousness") == {"absent"}


def test_guard_normally_as_a_habit_is_still_history(kb) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, "Normally confused at night.", "confusion") == {"historical"}


# --- a family-history label the lexicon split -------------------------------------


@pytest.mark.parametrize(
    "text", ["Family history of epilepsy. Fainted.", "Family hx of epilepsy."]
)
def test_a_family_history_label_is_a_relatives(kb, text) -> None:  # type: ignore[no-untyped-def]
    found = {
        f.status
        for f in extract_findings(text, kb)
        if f.concept in ("known_epilepsy", "seizure_disorder")
    }
    assert found == {"family"}


def test_guard_the_patients_history_of_epilepsy_stays_the_patients(kb) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, "History of epilepsy, on levetiracetam.", "known_epilepsy") == {
        "present"
    }


# --- tests stated normal in words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("LFTs normal.", {"lfts_normal"}),
        ("Normal liver function tests.", {"lfts_normal"}),
        ("Renal function normal.", {"creatinine_normal"}),
        ("Creatinine normal.", {"creatinine_normal"}),
        ("normal U&Es", {"normal_electrolytes", "creatinine_normal"}),
        ("Bloods unremarkable.", {"normal_electrolytes", "creatinine_normal"}),
    ],
)
def test_tests_stated_normal(text, concepts) -> None:  # type: ignore[no-untyped-def]
    assert {f.concept for f in normal_word_findings(text)} == concepts


@pytest.mark.parametrize(
    "text",
    [
        "If the LFTs are normal, discharge.",
        "Previous LFTs normal.",
        "Bloods unremarkable apart from a raised creatinine.",
        "Bloods unremarkable except a potassium of 6.2.",
    ],
)
def test_guard_not_this_visits_normal_result(text) -> None:  # type: ignore[no-untyped-def]
    found = {f.concept for f in normal_word_findings(text)}
    assert not found & {"lfts_normal", "creatinine_normal", "normal_electrolytes"}


def test_a_raised_value_beside_the_words_wins() -> None:
    found = {f.concept for f in result_findings("normal LFTs, bilirubin 80 umol/L")}
    assert "bilirubin_high" in found and "lfts_normal" not in found
    found = {f.concept for f in result_findings("U&Es normal, K 6.2")}
    assert "potassium_high" in found and "normal_electrolytes" not in found


# --- an antibiotic course named by its drug ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Treated for cellulitis last month with cephalexin, completed.",
        "Finished a week of co-amoxiclav for a chest infection.",
        "On doxycycline for 5 days.",
    ],
)
def test_a_recent_course_is_read(kb, text) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, "recent_antibiotics") == {"present"}


@pytest.mark.parametrize(
    "text",
    [
        "Allergic to penicillin.",
        "Amoxicillin - rash.",
        "Not on any antibiotics.",
        "Plan: start amoxicillin 500 mg three times a day.",
        "Had clarithromycin in 2019.",
        "Mother on ciprofloxacin.",
        "Given ceftriaxone 2 g IV in the ED.",
        "Home on nitrofurantoin.",
    ],
)
def test_guard_no_course_taken_before_the_illness(kb, text) -> None:  # type: ignore[no-untyped-def]
    assert "present" not in _status(kb, text, "recent_antibiotics")


def test_the_spans_are_the_drug_names() -> None:
    text = "Treated with cephalexin, completed."
    assert [text[a:b] for a, b in antibiotic_course_spans(text)] == ["cephalexin"]


# --- requests of other helpers ---------------------------------------------------


def test_a_study_with_its_own_verb_after_a_negation_is_asserted(kb) -> None:  # type: ignore[no-untyped-def]
    """peds43: "no pain, scan last week showed a pregnancy in the womb"."""
    text = "8 weeks pregnant, spotting, no pain, scan last week showed a pregnancy in "
    text += "the womb."
    assert _status(kb, text, "intrauterine_pregnancy") == {"present"}
    assert _status(kb, "No fever, CXR showed consolidation.", "cxr_infiltrate") == {
        "present"
    }


def test_guard_a_negated_finding_on_a_study_stays_negated(kb) -> None:  # type: ignore[no-untyped-def]
    text = "No cough, no fever, no consolidation on CXR."
    assert _status(kb, text, "cxr_infiltrate") == {"absent"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lactate 4.6, repeat lactate 4.9", 4.9),
        ("Lactate 4.1; after 30 mL/kg of crystalloid, repeat lactate 1.4", 1.4),
        ("Lactate 2.0. After fluids BP better, lactate 5.2", 5.2),
        ("Lactate 3.0. Repeat in 2 hours.", 3.0),
    ],
)
def test_a_repeat_value_is_the_current_measurement(text, value) -> None:  # type: ignore[no-untyped-def]
    """infect43: the repeat lactate after fluids decides (Sepsis-3; SSC 2021)."""
    assert extract_measurements(text)["lactate"] == value


def test_guard_a_second_value_without_repeat_words_keeps_the_first() -> None:
    assert extract_measurements("Hb 98, then 2 units transfused, Hb 110")[
        "hemoglobin"
    ] == pytest.approx(9.8)


def test_an_hs_troponin_below_the_lod_in_words() -> None:
    """cardio43: ESC 2023 ACS 3.1 (below the LoD, pain > 3 h before: rule-out)."""
    found = {
        f.concept
        for f in result_findings("Chest pain for 6 hours. hs-troponin T undetectable.")
    }
    assert {"troponin_below_lod", "troponin_single_rule_out"} <= found
    words = "hs-troponin below the limit of detection."
    assert "troponin_below_lod" in {f.concept for f in result_findings(words)}


def test_guard_lod_words_need_the_hs_assay_and_yield_to_a_value() -> None:
    assert "troponin_below_lod" not in {
        f.concept for f in result_findings("troponin undetectable")
    }
    text = "hs-troponin below the limit of detection, repeat hs-troponin 40 ng/L"
    assert "troponin_below_lod" not in {f.concept for f in result_findings(text)}
