"""A laboratory trend is read at its current value; a baseline value is history.

LOINC result semantics (a result is its specimen's collection time) and ConText's
'historical' (Harkema H et al. J Biomed Inform 2009;42:839); the Glasgow-Blatchford
score uses today's haemoglobin (Blatchford O et al. Lancet 2000;356:1318).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import extract_measurements
from agents.offline.rules.results import read_results


def _values(text: str, analyte: str) -> list[float]:
    return [r.value for r in read_results(text) if r.analyte == analyte]


@pytest.mark.parametrize(
    "text",
    [
        "Hemoglobin level decreased to 7.5 g/dL from a baseline of 14 g/dL.",
        "Baseline hemoglobin 14 g/dL. Hemoglobin decreased to 7.5 g/dL.",
        "Hb dropped from 14 to 7.5 g/dL.",
        "Hb down to 7.5 g/dL.",
        "Hb 14 -> 7.5 g/dL over 3 days.",
        "Hb 14 at baseline, now 7.5",
        "Hb 14 a year ago; Hb 7.5 today.",
        "Hb 140 -> 75 g/L",
    ],
)
def test_haemoglobin_trend_is_measured_at_today_s_value(text: str) -> None:
    assert extract_measurements(text)["hemoglobin"] == 7.5
    assert 7.5 in _values(text, "hemoglobin")


@pytest.mark.parametrize(
    "text",
    [
        "Baseline hemoglobin level of 14 g/dL prior to current presentation.",
        "Previous Hb 14 g/dL.",
        "Hb 14 g/dL (baseline).",
        "Hb 14 g/dL two months ago.",
    ],
)
def test_a_baseline_value_alone_is_no_result(text: str) -> None:
    assert "hemoglobin" not in extract_measurements(text)
    assert _values(text, "hemoglobin") == []


@pytest.mark.parametrize(
    ("text", "analyte", "current"),
    [
        ("Creatinine rose from 1.0 to 2.6 mg/dL.", "creatinine", 2.6),
        ("Previous potassium 4.2. Potassium now 6.9 mmol/L.", "potassium", 6.9),
        ("Sodium 128 -> 121 mmol/L.", "sodium", 121.0),
        ("Lactate 4.1, now 1.8 mmol/L.", "lactate", 1.8),
    ],
)
def test_each_lab_reads_its_current_value(
    text: str, analyte: str, current: float
) -> None:
    assert current in _values(text, analyte)


def test_earlier_values_of_a_trend_are_still_results() -> None:
    """A potassium of 6.9 treated to 5.0 was a hyperkalaemia (safety first)."""
    assert sorted(_values("K 6.9 -> 5.0 after insulin.", "potassium")) == [5.0, 6.9]


def test_troponin_rise_reads_both_values_and_measures_the_latest() -> None:
    """ESC 0/1 h: the rise is the delta; the current value is the later one."""
    text = "hs-troponin T rose from 12 to 240 ng/L at 1 hour."
    assert sorted(_values(text, "troponin_hs")) == [12.0, 240.0]
    assert extract_measurements(text)["troponin"] == 240.0


def test_a_baseline_written_after_today_s_value_labels_the_next_value() -> None:
    """'Creatinine 310 umol/L (baseline 90)': 310 is today's (KDIGO 2012)."""
    text = "Creatinine 310 umol/L (baseline 90), potassium 5.4."
    assert [round(v, 1) for v in _values(text, "creatinine")] == [3.5]


def test_an_age_is_no_history_word() -> None:
    assert extract_measurements("72-year-old, Hb 9 g/dL.")["hemoglobin"] == 9.0
