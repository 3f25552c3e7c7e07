"""text26 (issue 10): ED wording read as written.

Decimal commas (ISO 80000-1), templated review-of-systems answers and list negation
(NegEx, Chapman WW et al. J Biomed Inform 2001;34:301), a "non-" prefix at triage,
failed oral intake, British and abbreviated signs.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._esi_patterns import time_critical
from agents.offline.rules.admission_criteria import ORAL_FAILURE
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import context_status, extract_findings
from agents.offline.rules.results import analyte_results, read_results
from cases.decimal import decimal_points
from cases.vitals import extract_vitals, text_temperature


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temp 38,5, HR 112", "Temp 38.5, HR 112"),
        ("K 2,6 mmol/l", "K 2.6 mmol/l"),
        ("pH 7,53", "pH 7.53"),
        ("HR 88, BP 120/80", "HR 88, BP 120/80"),
        ("WCC 85,000", "WCC 85,000"),
        ("1,200 mL", "1,200 mL"),
        ("ribs 4,5,6", "ribs 4,5,6"),
        ("L4,5 disc", "L4,5 disc"),
        ("BP 120/80,5", "BP 120/80,5"),
    ],
)
def test_decimal_commas_become_points_and_lists_stay(text: str, expected: str) -> None:
    assert decimal_points(text) == expected
    assert len(decimal_points(text)) == len(text)


def test_vitals_and_results_read_a_decimal_comma() -> None:
    note = "Obs: Temp 38,5, HR 112, BP 96/58, RR 24. K 2,6 mmol/l, lactate 3,1."
    v = extract_vitals(note)
    assert v.temperature_c == 38.5
    assert v.heart_rate == 112
    assert v.systolic_bp == 96
    assert text_temperature(note) == 38.5
    assert [r.value for r in analyte_results(note, "potassium")] == [2.6]
    assert [r.value for r in read_results(note) if r.analyte == "lactate"] == [3.1]


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("ROS: Constitutional: neg. CV: +CP, neg palpitations.", "CP", "present"),
        ("ROS: CV: +CP, neg palpitations.", "palpitations", "absent"),
        ("chest pain, neg.", "chest pain", "absent"),
        ("Urea 9.1 mmol/L. Confusion: nil new.", "Confusion", "absent"),
        ("SOB: neg", "SOB", "absent"),
        ("Fever: none.", "Fever", "absent"),
        ("Confusion: new", "Confusion", "present"),
        ("Pain: nil at rest, severe on movement", "Pain", "present"),
    ],
)
def test_templated_answers_and_list_negation(text: str, word: str, status: str) -> None:
    i = text.index(word)
    assert context_status(text, i, i + len(word)) == status


def _bilious_flag(complaint: str) -> bool:
    facts = ClinicalFacts(chief_complaint=complaint, age=0, sex="M")
    return any(r.startswith("bilious vomiting") for r in time_critical(facts))


def test_non_bilious_vomiting_is_not_a_bilious_red_flag() -> None:
    """APSA / Nelson: bilious vomiting in an infant is malrotation until proven
    otherwise; "non-bilious" is its negation (NegEx reads "non" as a pre-negation)."""
    assert _bilious_flag("5-week-old, projectile bilious vomiting after feeds")
    assert not _bilious_flag("5-week-old, projectile non-bilious vomiting after feeds")
    assert not _bilious_flag("5-week-old, projectile nonbilious vomiting after feeds")


@pytest.mark.parametrize(
    ("text", "failed"),
    [
        ("Vomiting x5 days, can't keep anything down incl. water.", True),
        ("unable to keep fluids down", True),
        ("not keeping anything down since yesterday", True),
        ("tolerating fluids, keeping it down", False),
    ],
)
def test_failed_oral_intake_in_ed_wording(text: str, failed: bool) -> None:
    assert bool(ORAL_FAILURE.search(text)) is failed


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("JVP ↑, bibasal creps to mid zones.", "jvd"),
        ("JVP ↑, bibasal creps to mid zones.", "rales"),
        ("Coarse crepitations R base.", "rales"),
        ("Tender RIF, Rovsing +ve.", "rovsing_sign"),
        ("Anorexic, vomited once.", "anorexia"),
    ],
)
def test_british_and_abbreviated_signs_are_read(text: str, concept: str) -> None:
    found = extract_findings(text, load_knowledge())
    assert any(f.concept == concept and f.status == "present" for f in found)


@pytest.mark.parametrize(
    ("text", "analyte", "value"),
    [
        ("BSL 2.3", "glucose", 41.4),
        ("BGL 512 mg/dL", "glucose", 512.0),
        ("WCC 16.8, CRP 210", "wbc", 16.8),
    ],
)
def test_uk_and_australian_result_names(text: str, analyte: str, value: float) -> None:
    assert [r.value for r in read_results(text) if r.analyte == analyte] == [value]


def test_a_joint_aspirate_count_is_not_a_blood_count() -> None:
    """Margaretten ME et al. JAMA 2007: the synovial count is the joint's, not the
    blood's leukocytosis."""
    found = {r.analyte for r in read_results("Knee aspirate: turbid, WCC 85,000")}
    assert found == {"synovial_wbc"}


def test_abdo_snt_is_a_non_tender_abdomen() -> None:
    found = extract_findings("Abdo SNT. Abdo soft, non-tender.", load_knowledge())
    assert {(f.concept, f.status) for f in found} == {
        ("abdominal_tenderness", "absent")
    }
