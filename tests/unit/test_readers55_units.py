"""readers55's readers: a home temperature beside the triage one, an oxygen flow in
words, the one course reader (headache, dysphagia, a cough of three weeks), lay
polyuria with a ketonaemia, "+ve UPT", "neuts", a hypothesis placed in pregnancy.
Sources in each module's docstring (NICE NG18, ISPAD 2022, BTS 2017, NICE NG33, NICE
NG126, NICE NG151, ConText)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._dysphagia_weeks import dysphagia_over_weeks_span
from agents.offline.rules._headache_weeks import headache_over_weeks_span
from agents.offline.rules._symptom_weeks import chronic_cough_span
from agents.offline.rules.findings import (
    case_glucose_unit,
    context_status,
    extract_findings,
    hyperglycaemia_worded,
)
from agents.offline.rules.results import read_results
from agents.offline.rules.self_harm_intent import self_harm_intent_spans
from cases.vitals import extract_vitals

KB = load_knowledge()


@pytest.mark.parametrize(
    ("note", "celsius"),
    [
        ("Temperature 38.9 at home yesterday. In triage T 35.4, HR 118", 35.4),
        ("Temp 104 F at home, 103.5 F in triage. HR 124, BP 118/70", 39.7),
        ("Temp 38.2, HR 100, BP 120/80", 38.2),
        ("Tmax 39.4, T 37.1 now, HR 90", 37.1),
        ("Temp 38 at home; HR 100, BP 120/80", None),
    ],
)
def test_a_home_temperature_is_history_not_the_vital_sign(
    note: str, celsius: float | None
) -> None:
    assert extract_vitals(note).temperature_c == celsius


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Sats 95% on 4 L nasal oxygen.", True),
        ("saturating 93% on 2L NC", True),
        ("on 15 litres O2 via a reservoir mask", True),
        ("3 L/min of oxygen", True),
        ("given 1 L of saline", False),
        ("troponin 4 ng/L", False),
    ],
)
def test_an_oxygen_flow_in_words_is_supplemental_oxygen(text: str, read: bool) -> None:
    found = {f.concept for f in extract_findings(text, KB) if f.status == "present"}
    assert ("supplemental_oxygen" in found) is read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Cough 3/52, night sweats", True),
        ("cough x 4 weeks", True),
        ("six weeks of dry cough", True),
        ("persistent cough for the past month", True),
        ("cough x 2/12", True),
        ("cough for 2/52", False),
        ("cough since 3/12", False),
        ("cough for 3 days", False),
    ],
)
def test_a_cough_of_three_weeks_or_more_in_any_words(text: str, read: bool) -> None:
    assert (chronic_cough_span(text) is not None) is read


def test_the_headache_and_dysphagia_courses_read_as_before() -> None:
    assert headache_over_weeks_span("2-week history of headaches") is not None
    assert headache_over_weeks_span("headache x 3/52") is not None
    assert headache_over_weeks_span("headache for 2 days") is None
    assert headache_over_weeks_span("headache since 3/12") is None
    assert dysphagia_over_weeks_span("dysphagia for weeks") is not None
    assert dysphagia_over_weeks_span("food sticking for the past six weeks") is not None
    assert dysphagia_over_weeks_span("food sticking since lunch") is None


@pytest.mark.parametrize(
    ("text", "worded"),
    [
        ("passing lots of urine and thirsty, ketones 5.1, glucose 27", True),
        ("weeing a lot, blood ketones 4.0", True),
        ("thirsty and vomiting, ketones 3.4, glucose 30", False),
        ("passing lots of urine, ketones 0.4", False),
    ],
)
def test_lay_polyuria_with_a_ketonaemia_words_hyperglycaemia(
    text: str, worded: bool
) -> None:
    assert hyperglycaemia_worded(text) is worded
    assert (case_glucose_unit([text]) != "") is worded


@pytest.mark.parametrize(
    "text", ["+ve UPT", "UPT +ve", "hCG +ve", "+ve urine pregnancy test"]
)
def test_a_positive_pregnancy_test_in_shorthand(text: str) -> None:
    found = {f.concept for f in extract_findings(f"Spotting. {text}.", KB)}
    assert "pregnancy_test_positive" in found


def test_neuts_is_the_neutrophil_count() -> None:
    got = [r for r in read_results("WCC 1.1, neuts 0.3") if r.analyte == "neutrophils"]
    assert got and got[0].value == pytest.approx(0.3)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Working diagnosis PE in pregnancy.", "present"),
        ("?DVT during pregnancy", "present"),
        ("Differential includes ectopic pregnancy.", "differential"),
        ("Possible pregnancy.", "differential"),
    ],
)
def test_a_hypothesis_placed_in_pregnancy_states_the_pregnancy(
    text: str, status: str
) -> None:
    i = text.index("pregnancy")
    assert context_status(text, i, i + len("pregnancy")) == status


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ECG: regular narrow complex tachycardia at 182.", True),
        ("Pulse 176, regular.", True),
        ("Rhythm: Tachycardia present. Regular rhythm.", False),
        ("Rate and Rhythm: Normal rate and regular rhythm.", False),
        ("HR 150, rhythm regular.", True),
        ("Pulse irregularly irregular at about 150.", False),
        ("Palpitations, takes her regular medications.", False),
        ("Heart: regular rate and rhythm, no murmur.", False),
    ],
)
def test_a_fast_rhythm_described_regular(text: str, read: bool) -> None:
    found = {f.concept for f in extract_findings(text, KB) if f.status == "present"}
    assert ("regular_tachycardia" in found) is read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Took about twenty paracetamol tablets after a row with her partner.", True),
        ("Took thirty-two ibuprofen tablets after a fight.", True),
        ("Took two paracetamol tablets after an argument.", False),
    ],
)
def test_an_overdose_count_in_words_after_a_row(text: str, read: bool) -> None:
    assert bool(self_harm_intent_spans(text)) is read
