"""gi41: result concepts and an admission level added for the gut and liver.

McDonald LC et al. IDSA/SHEA 2017 (severe C. difficile: WBC >= 15); Crabb DW et al.
NIAAA 2016 (alcoholic hepatitis: AST > 50, AST/ALT > 1.5, both < 400 IU/L); Banks PA
et al. revised Atlanta 2012 and Tenner S et al. ACG 2024 (pancreatitis with organ
failure: intensive or intermediate care).
"""

from __future__ import annotations

import pytest

from agents.offline.disposition_paths import pancreatitis_organ_failure
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.results import result_findings
from cases.models import Vitals


def _concepts(text: str) -> set[str]:
    return {f.concept for f in result_findings(text)}


@pytest.mark.parametrize(
    ("text", "severe"),
    [("WBC 15.0", True), ("WBC 21", True), ("WBC 14.2", False), ("WBC 9", False)],
)
def test_white_count_of_severe_c_difficile(text: str, severe: bool) -> None:
    assert ("wbc_high_15" in _concepts(text)) is severe


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("AST 190, ALT 70", True),
        ("ALT 80, AST 210", True),
        ("AST 120, ALT 100", False),  # ratio 1.2
        ("AST 2400, ALT 1100", False),  # a toxic or ischaemic hepatitis
        ("AST 45, ALT 20", False),  # AST not above 50
        ("AST 190", False),  # no ALT to compare
    ],
)
def test_alcoholic_hepatitis_aminotransferase_pattern(text: str, pattern: bool) -> None:
    assert ("ast_alt_alcoholic" in _concepts(text)) is pattern


def _facts(text: str, **v: float) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("note", text)], load_knowledge(), age=55, sex="M", vitals=Vitals(**v)
    )


def test_pancreatitis_with_a_failing_kidney_needs_intensive_care() -> None:
    text = "Lipase 2400. Creatinine 2.3 mg/dL."
    need = pancreatitis_organ_failure("pancreatitis", _facts(text, spo2=97), text)
    assert need is not None and need.level == "icu"
    assert "creatinine 2.3" in need.reason


def test_pancreatitis_with_low_saturation_or_shock_needs_intensive_care() -> None:
    text = "Lipase 900. Creatinine 0.9 mg/dL."
    low = pancreatitis_organ_failure("pancreatitis", _facts(text, spo2=90), text)
    shock = pancreatitis_organ_failure(
        "pancreatitis", _facts(text, spo2=97, systolic_bp=84), text
    )
    assert low is not None and shock is not None


def test_mild_pancreatitis_or_another_diagnosis_needs_no_escalation() -> None:
    text = "Lipase 900. Creatinine 0.9 mg/dL."
    facts = _facts(text, spo2=98, systolic_bp=128)
    assert pancreatitis_organ_failure("pancreatitis", facts, text) is None
    high = "Creatinine 2.6 mg/dL."
    assert pancreatitis_organ_failure("kidney_stone", _facts(high), high) is None


def test_chronic_kidney_disease_is_its_own_baseline() -> None:
    text = "Known chronic kidney disease. Lipase 900. Creatinine 2.6 mg/dL."
    assert (
        pancreatitis_organ_failure("pancreatitis", _facts(text, spo2=98), text) is None
    )
