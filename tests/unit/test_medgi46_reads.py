"""medgi46: the serum osmolality, the MCV, a mild hypercalcaemia, a bare low
magnesium, and the abnormal-lab complaint's list by the result sent in."""

from __future__ import annotations

import pytest

from agents.offline import differential, stage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.results import read_results, result_findings
from cases.models import Case
from cases.views import build_view


def _concepts(text: str) -> set[str]:
    return {f.concept for f in result_findings(text)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Glucose 44 mmol/L, calculated osmolality 348.", True),
        ("serum osmolality 352 mOsm/kg", True),
        ("plasma osmolarity 331", True),
        ("Serum osmolality 296.", False),
        ("Urine osmolality 420, urine sodium 48.", False),
        ("osmolar gap 38", False),
    ],
)
def test_osmolality_of_hhs(text: str, found: bool) -> None:
    assert ("osmolality_hhs" in _concepts(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hb 72 g/L, MCV 66 fL.", True),
        ("mean cell volume 74", True),
        ("MCV 88.", False),
        ("MCV 104 fL", False),
    ],
)
def test_mcv_low(text: str, found: bool) -> None:
    assert ("mcv_low" in _concepts(text)) is found


@pytest.mark.parametrize(
    ("text", "mild"),
    [
        ("Adjusted calcium 2.82 mmol/L.", True),
        ("corrected calcium 11.4 mg/dL", True),
        ("Adjusted calcium 3.4 mmol/L.", False),
        ("Adjusted calcium 2.40 mmol/L.", False),
    ],
)
def test_calcium_high_mild(text: str, mild: bool) -> None:
    assert ("calcium_high_mild" in _concepts(text)) is mild


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("magnesium 0.62.", True),  # low in mmol/L and in mg/dL
        ("Mg 0.55 mmol/L", True),
        ("magnesium 1.2 mg/dL", True),
        ("magnesium 0.9.", False),  # 0.9 mmol/L normal, 0.9 mg/dL low: not read
        ("magnesium 1.1", False),
    ],
)
def test_magnesium_low(text: str, low: bool) -> None:
    assert ("magnesium_low" in _concepts(text)) is low


def test_a_bare_ambiguous_magnesium_is_not_read() -> None:
    assert not [r for r in read_results("magnesium 0.9.") if r.analyte == "magnesium"]


def _facts(complaint: str, note: str) -> ClinicalFacts:
    case = Case.model_validate(
        {
            "patient_id": "P-medgi46",
            "encounter_id": "E-1",
            "chief_complaint": complaint,
            "demographics": {"age": 77, "sex": "F"},
            "vitals": {"heart_rate": 74, "systolic_bp": 142},
            "ed_note": note,
            "source": "scenario",
        }
    )
    view = build_view(case, "disposition")  # type: ignore[arg-type]
    return stage_facts.facts_with_notes(view, (), load_knowledge())


def test_abnormal_lab_lists_only_the_results_documented() -> None:
    kb = load_knowledge()
    facts = _facts("abnormal lab", "Sent in with sodium 131 mmol/L. Well.")
    ids = {s.id for s in differential.candidate_specs(kb, "abnormal lab", facts)}
    assert "hyponatremia" in ids
    assert not ids & {"hyperglycemia", "dka", "hhs", "anemia", "hyperkalemia"}
    listed = differential.listed_ids(kb, "abnormal lab", facts) or {}
    assert "hyperglycemia" not in listed


def test_abnormal_lab_with_no_result_read_keeps_its_list() -> None:
    kb = load_knowledge()
    facts = _facts("abnormal lab", "Sent in by the GP for a blood result.")
    listed = differential.listed_ids(kb, "abnormal lab", facts) or {}
    assert {"hyperkalemia", "hyponatremia", "hyperglycemia"} <= set(listed)


def test_another_complaint_keeps_its_whole_list() -> None:
    kb = load_knowledge()
    facts = _facts("weakness", "Weak for a week. Sodium 131 mmol/L.")
    listed = differential.listed_ids(kb, "weakness", facts) or {}
    assert {"hypoglycemia", "hyperkalemia", "anemia"} <= set(listed)
