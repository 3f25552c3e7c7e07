"""readers54: vitals in the note's running text (a later re-assessment, the gaps of a
partial record, a GCS with no record, a rate in words), digit groups in a result, the
natriuretic peptides, "+ve Murphy's", asplenia, and other patients as an exposure's
sources (sources in each module)."""

from __future__ import annotations

import pytest

from agents.floors import repeat_vitals
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import later_vital_findings
from agents.offline.rules.findings import extract_findings, extract_measurements
from agents.offline.rules.results import read_results, result_findings
from cases.models import Case, Vitals
from cases.views import build_triage_view
from cases.vitals import extract_vitals, worded_rates

KB = load_knowledge()


def _read(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in extract_findings(text, KB):
        out.setdefault(f.concept, set()).add(f.status)
    return out


def _case(vitals: dict[str, float], note: str) -> Case:
    return Case.model_validate(
        {
            "patient_id": "P-u",
            "encounter_id": "E-u",
            "chief_complaint": "cough",
            "demographics": {"age": 70, "sex": "F"},
            "vitals": vitals,
            "ed_note": note,
            "source": "scenario",
        }
    )


@pytest.mark.parametrize(
    ("text", "hr", "sbp"),
    [
        ("Re-assessed at 2 h: now HR 132, BP 78/42, RR 30.", 132.0, 78.0),
        ("Reviewed after 30 minutes: HR 118, BP 88/50.", 118.0, 88.0),
        ("Seen again at 1 hour: HR 90, BP 124/80.", 90.0, 124.0),
    ],
)
def test_a_timed_reassessment_is_a_later_measurement(
    text: str, hr: float, sbp: float
) -> None:
    later = repeat_vitals(text)
    assert later is not None
    assert (later.heart_rate, later.systolic_bp) == (hr, sbp)


def test_no_numbers_after_a_review_is_no_measurement() -> None:
    assert repeat_vitals("Reviewed at 1 h, feels better.") is None


def test_later_signs_are_present_with_their_source_never_absent() -> None:
    later = Vitals(heart_rate=132, systolic_bp=78, diastolic_bp=42, respiratory_rate=30)
    found = later_vital_findings(later, None, set())
    concepts = {f.concept for f in found}
    assert {"hypotension", "tachycardia"} <= concepts
    assert all(f.status == "present" for f in found)
    assert all("after triage" in f.text for f in found)
    # a later set in range documents nothing (the triage sign stands)
    assert (
        later_vital_findings(Vitals(heart_rate=80, systolic_bp=120), None, set()) == []
    )
    # a sign the triage set already shows keeps its triage evidence
    kept = later_vital_findings(later, None, {"tachycardia"})
    assert "tachycardia" not in {f.concept for f in kept}


def test_running_text_fills_the_gaps_of_a_partial_record() -> None:
    view = build_triage_view(
        _case(
            {"temperature_c": 38.4},
            "Cough for 3 days. Resp rate 30, BP 86/52, sats 87% on air.",
        )
    )
    v = view.vitals
    assert (v.temperature_c, v.respiratory_rate, v.systolic_bp, v.spo2) == (
        38.4,
        30.0,
        86.0,
        87.0,
    )
    assert "vitals:ed_note" in view.exposed_fields


def test_a_recorded_value_wins_over_the_text() -> None:
    view = build_triage_view(
        _case({"temperature_c": 38.4, "heart_rate": 96}, "HR 130, BP 90/60.")
    )
    assert view.vitals.heart_rate == 96.0
    assert view.vitals.systolic_bp == 90.0


def test_a_full_record_says_nothing_came_from_the_note() -> None:
    full = {
        "heart_rate": 80,
        "systolic_bp": 120,
        "diastolic_bp": 80,
        "respiratory_rate": 14,
        "spo2": 98,
        "temperature_c": 36.8,
        "pain": 2,
    }
    view = build_triage_view(_case(full, "HR 130, BP 90/60."))
    assert "vitals:ed_note" not in view.exposed_fields
    assert view.vitals.heart_rate == 80.0


def test_the_notes_gcs_is_kept_when_nothing_is_recorded() -> None:
    view = build_triage_view(_case({}, "Found down. GCS 8 (E2 V2 M4). Pupils equal."))
    assert view.vitals.raw is not None and "GCS 8" in view.vitals.raw
    assert extract_measurements(view.vitals.raw).get("gcs") == 8.0


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Heart rate one hundred and eighty, regular.", "heart_rate", 180.0),
        ("pulse of ninety", "heart_rate", 90.0),
        ("HR one hundred and two", "heart_rate", 102.0),
        ("resp rate thirty-two", "respiratory_rate", 32.0),
        ("RR twelve", "respiratory_rate", 12.0),
        ("sats eighty-eight on air", "spo2", 88.0),
    ],
)
def test_a_rate_in_words_is_read(text: str, field: str, value: float) -> None:
    assert getattr(extract_vitals(text), field) == value


def test_words_that_are_no_rate_are_left_alone() -> None:
    assert worded_rates("HR is one of the concerns") == "HR is one of the concerns"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("High-sensitivity troponin T 2,340 ng/L.", [2340.0]),
        ("troponin 1,005 ng/L", [1005.0]),
        ("troponin 3 and 4 ng/L", [4.0, 3.0]),
        ("hs-TnT 6, 7 ng/L", [7.0, 6.0]),
    ],
)
def test_digit_groups_are_one_value_not_two_samples(
    text: str, values: list[float]
) -> None:
    assert [r.value for r in read_results(text) if "troponin" in r.analyte] == values


def test_the_troponin_measurement_reads_digit_groups() -> None:
    assert extract_measurements("troponin T 2,340 ng/L")["troponin"] == 2340.0


@pytest.mark.parametrize(
    ("text", "age", "concept"),
    [
        ("BNP 2,400 pg/mL", 77, "natriuretic_peptide_raised"),
        ("BNP 45", 60, "natriuretic_peptide_normal"),
        ("NT-proBNP 12,500 ng/L", 80, "natriuretic_peptide_raised"),
        ("NT-proBNP < 125 pg/mL", 70, "natriuretic_peptide_normal"),
        ("NT-proBNP 600 pg/mL", 45, "natriuretic_peptide_raised"),
    ],
)
def test_natriuretic_peptides_by_their_thresholds(
    text: str, age: int, concept: str
) -> None:
    assert concept in {f.concept for f in result_findings(text, age=age)}


def test_an_nt_probnp_in_the_grey_zone_is_neither() -> None:
    found = {f.concept for f in result_findings("NT-proBNP 600 pg/mL", age=80)}
    assert not found & {"natriuretic_peptide_raised", "natriuretic_peptide_normal"}


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("RUQ pain 2/7, +ve Murphy's, N/V.", "ruq_tenderness", "present"),
        ("Spleen removed after a fall from a horse in 2010.", "asplenia", "historical"),
        ("Asplenic since childhood. Fever since last night.", "asplenia", "present"),
        ("She has no spleen.", "asplenia", "present"),
        ("not splenectomised", "asplenia", "absent"),
        (
            "Headache for 3 weeks, worse when she lies down and when she strains.",
            "headache_raised_icp_features",
            "present",
        ),
        ("Headache, worse when he coughs.", "headache_raised_icp_features", "present"),
    ],
)
def test_readings(text: str, concept: str, status: str) -> None:
    found = _read(text).get(concept, set())
    # an operation's date leaves its state (asplenia counts from the history too)
    assert status in found or (status == "historical" and "present" in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Soft abdomen, spleen not palpable, no hepatosplenomegaly.",
        "-ve Murphy's, soft abdomen.",
    ],
)
def test_no_asplenia_or_murphy_from_a_normal_exam(text: str) -> None:
    read = _read(text)
    assert "asplenia" not in read
    assert "present" not in read.get("ruq_tenderness", set())


def test_other_patients_are_an_exposures_sources() -> None:
    read = _read("Sharps injury on a ward with patients on chemotherapy.")
    assert "present" not in read.get("recent_chemotherapy", set())
    # the patient's own chemotherapy stays his
    assert (
        "present" in _read("He is on chemotherapy for lymphoma.")["recent_chemotherapy"]
    )


def test_no_raised_pressure_from_a_negated_aggravator_or_another_pain() -> None:
    assert "headache_raised_icp_features" not in _read(
        "Headache not worse when she lies down."
    )
    assert "headache_raised_icp_features" not in _read(
        "Chest pain worse when she lies down. Mild headache."
    )


def test_a_working_diagnosis_is_a_hypothesis() -> None:
    assert _read("Working diagnosis pulmonary embolism.")["pulmonary_embolism"] == {
        "differential"
    }
    assert (
        "present"
        in _read("Diagnosis: pulmonary embolism on CTPA.")["pulmonary_embolism"]
    )


def test_a_glucometer_reading_is_a_glucose() -> None:
    assert [r.analyte for r in read_results("Glucometer 28 mmol/L")] == ["glucose"]


def test_polyuria_with_a_dka_ketonaemia_places_a_bare_glucose() -> None:
    from agents.offline.rules.findings import GLUCOSE_HYPER_WORDED, case_glucose_unit

    text = "Polyuria and polydipsia for weeks. Glucose 24, ketones 4.8, pH 7.15."
    assert case_glucose_unit([text]) == GLUCOSE_HYPER_WORDED
    found = {
        f.concept for f in result_findings(text, glucose_unit=GLUCOSE_HYPER_WORDED)
    }
    assert "glucose_high" in found
    # a low ketone or no osmotic symptom leaves a bare 24 unread
    assert case_glucose_unit(["Polyuria. Glucose 24, ketones 0.4."]) == ""
    assert case_glucose_unit(["Vomiting. Glucose 24, ketones 4.8."]) == ""
