"""readers41: one test per reader rule (sources in the modules' docstrings)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._site_pain import site_pain_spans
from agents.offline.rules._valued_mention import normal_value_after
from agents.offline.rules.ecg_reports import ecg_findings
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import aki_stage, read_results


def _status(text: str, concept: str) -> set[str]:
    return {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }


# --- a treated episode dated or closed before the visit ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Treated for cellulitis of the right leg last month with cephalexin.",
        "Treated with clindamycin for cellulitis last week, course finished.",
        "Treated for cellulitis in March.",
        "Treated for cellulitis with cephalexin, completed.",
        "Treated for cellulitis with flucloxacillin, now healed.",
    ],
)
def test_a_treated_episode_dated_or_closed_is_history(text: str) -> None:
    assert _status(text, "cellulitis") == {"historical"}


@pytest.mark.parametrize(
    "text",
    [
        "Treated for cellulitis with cephalexin, completed, now spreading again.",
        "Treated for cellulitis 3 days ago, now spreading.",
        "Treated with flucloxacillin for cellulitis last week, still red and hot.",
        "Cellulitis of the shin, treated with cephalexin.",
    ],
)
def test_a_treated_episode_that_persists_or_is_undated_stays_present(text: str) -> None:
    assert _status(text, "cellulitis") == {"present"}


# --- a negation's scope -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("Not on anticoagulation, 4 h cold pale left foot.", "neurovascular_compromise",
         "present"),
        ("No fever, 3 days cough.", "cough", "present"),
        ("No chest pain, 2 h palpitations.", "palpitations", "present"),
        ("No palpable pedal pulses, reduced sensation of the toes.", "numbness",
         "present"),
        ("No neck stiffness, reduced air entry at the left base.",
         "decreased_breath_sounds", "present"),
        ("Not short of breath, chest pain on inspiration.", "pleuritic_pain",
         "present"),
        ("not short of breath, haemoptysis", "hemoptysis", "present"),
        # guards: a list under one trigger stays negated
        ("Not short of breath, wheezy or cyanosed.", "wheezing", "absent"),
        ("Not tachycardic, clammy or drowsy.", "diaphoresis", "absent"),
        ("Not tachycardic, hypotensive or hypoxic.", "hypotension", "absent"),
        ("No fever, cough or reduced appetite.", "cough", "absent"),
        ("No rash, photophobia, neck stiffness.", "neck_stiffness", "absent"),
        ("No fever, chills or rigors for 3 days.", "chills", "absent"),
    ],
)  # fmt: skip
def test_negation_scope_ends_at_a_timed_or_quantified_item(
    text: str, concept: str, status: str
) -> None:
    assert _status(text, concept) == {status}


# --- a normal value after a finding's name --------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Capillary ketones 0.3 mmol/L.", True),
        ("Ketones 0.4.", True),
        ("ketones < 0.6", True),
        ("beta-hydroxybutyrate 4 mg/dL", True),
        ("ketones 1.2 mmol/L", False),
        ("Ketones 5.1 mmol/L, pH 7.1.", False),
        ("urine ketones 2+", False),
        ("ketones 0.3 -> 2.4", False),
        ("ketones 0.3 on arrival, now 3.1", False),
    ],
)
def test_normal_value_after_the_ketones(text: str, normal: bool) -> None:
    lower = text.lower()
    name = "beta-hydroxybutyrate" if "beta" in lower else "ketones"
    end = lower.index(name) + len(name)
    assert normal_value_after("ketosis", text, end) is normal
    assert _status(text, "ketosis") == {"absent" if normal else "present"}


def test_normal_value_after_only_for_concepts_with_a_limit() -> None:
    assert not normal_value_after("fever", "fever 0.1", 5)


# --- both ankles, a rising creatinine (lexicon) ---------------------------------


@pytest.mark.parametrize(
    "text",
    ["Bilateral ankle oedema.", "Swollen ankles.", "Swelling of both ankles.",
     "Both legs swollen."],
)  # fmt: skip
def test_both_ankles_swollen_is_leg_swelling(text: str) -> None:
    assert _status(text, "leg_swelling") == {"present"}


def test_no_ankle_oedema_is_absent() -> None:
    assert _status("No ankle oedema.", "leg_swelling") == {"absent"}


def test_creatinine_rising_in_words_is_a_high_creatinine() -> None:
    assert _status("Creatinine rising.", "creatinine_high") == {"present"}


# --- the pericarditis ECG ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ECG widespread saddle ST elevation.",
        "ECG: saddle-shaped ST elevation, PR depression.",
        "Saddle-shaped widespread ST elevation.",
        "diffuse concave ST elevation",
    ],
)
def test_saddle_or_widespread_st_elevation_is_the_pericarditis_pattern(
    text: str,
) -> None:
    concepts = {(f.concept, f.status) for f in ecg_findings(text)}
    assert ("ecg_pericarditis_pattern", "present") in concepts
    assert ("ecg_stemi_criteria", "present") not in concepts


def test_concave_st_elevation_with_reciprocal_change_is_no_pericarditis() -> None:
    text = "ECG concave ST elevation V1-V4 with reciprocal depression"
    assert all(f.concept != "ecg_pericarditis_pattern" for f in ecg_findings(text))


# --- a trend word before the values --------------------------------------------


@pytest.mark.parametrize(
    ("text", "analyte", "current"),
    [
        ("Creatinine rising, 90 a week ago now 240 umol/L.", "creatinine", 2.71),
        ("sodium rising from 118 to 124", "sodium", 124.0),
        ("Hb dropping to 70", "hemoglobin", 7.0),
        ("K rising, now 6.2", "potassium", 6.2),
    ],
)
def test_the_current_value_after_a_trend_word(
    text: str, analyte: str, current: float
) -> None:
    values = [r.value for r in read_results(text) if r.analyte == analyte]
    assert values and values[0] == pytest.approx(current, abs=0.01)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Creatinine rising, 90 a week ago now 240 umol/L.", 2),
        ("creatinine 1.0 two weeks ago, now 2.6", 2),
        ("Creatinine 240 (baseline 90)", 2),
        ("creatinine 110 a year ago, now 130", None),
        ("Cr 85 5 days ago, 120 today", None),
    ],
)
def test_aki_stage_from_a_dated_earlier_value(text: str, stage: int | None) -> None:
    staged = aki_stage(text)
    assert (staged[0] if staged else None) == stage


# --- a pain named before its site ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sudden severe pain in the left testicle",
        "severe pain of the right testis",
        "excruciating pain in his scrotum",
    ],
)
def test_a_pain_before_its_testicle_is_testicular_pain(text: str) -> None:
    assert site_pain_spans(text)
    assert _status(text, "testicular_pain") == {"present"}
    assert _status(text, "severe_pain") <= {"present"}


@pytest.mark.parametrize(
    "text", ["no pain in the testicles", "pain in the balls of the feet"]
)
def test_no_testicular_pain_read_where_none_is_stated(text: str) -> None:
    assert "present" not in _status(text, "testicular_pain")
