"""medgi45: a repeat potassium in range, an insulin overdose, ferritin, triglycerides
and a paracetamol level reported undetectable."""

from __future__ import annotations

import pytest

from agents.offline.rules._insulin_overdose import (
    INSULIN_OVERDOSE,
    insulin_overdose_spans,
)
from agents.offline.rules.results import (
    read_results,
    result_findings,
    spurious_potassium,
)
from agents.pathways_acute import paracetamol_nomogram_void


def _potassium(text: str) -> list[float]:
    return [r.value for r in read_results(text) if r.analyte == "potassium"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prompt repeat in range, untreated between: the first value is spurious
        (
            "K 6.9 on a delayed sample. Repeat venous potassium in the ED 4.4 mmol/L.",
            [4.4],
        ),
        ("Potassium 6.3 mmol/L. K 4.8 on repeat.", [4.8]),
        ("K 6.1 (haemolysed). Repeat K 4.1.", [4.1]),
        # treatment between: the fall is the treatment's
        (
            "K 6.9. Given calcium gluconate and insulin-dextrose. Repeat K 4.4.",
            [6.9, 4.4],
        ),
        ("K 6.9. Repeat K 4.4 after insulin and dextrose.", [6.9, 4.4]),
        # a repeat still high, or a value not written as a repeat
        ("Potassium 6.9. Repeat potassium 6.6.", [6.9, 6.6]),
        ("K 6.9 mmol/L. Later K 4.4.", [6.9, 4.4]),
        ("K 4.2.", [4.2]),
    ],
)
def test_repeat_potassium(text: str, expected: list[float]) -> None:
    assert _potassium(text) == expected


def test_spurious_potassium_gives_its_finding() -> None:
    text = "K 6.7 on a GP sample from Friday. Repeat potassium 4.6 mmol/L."
    assert spurious_potassium(text) is not None
    concepts = {f.concept for f in result_findings(text)}
    assert "pseudohyperkalaemia" in concepts
    assert not concepts & {"potassium_high", "potassium_high_severe"}
    assert spurious_potassium("K 6.7. Repeat potassium 6.5.") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Injected 300 units of insulin glargine two hours ago.", True),
        ("took 120 units of her Lantus", True),
        ("Insulin overdose.", True),
        ("overdosed on her insulin", True),
        ("too much insulin at breakfast", True),
        ("Takes 30 units of glargine at night.", False),
        ("gave himself 50 units of insulin", False),
        ("Type 1 diabetes on insulin.", False),
    ],
)
def test_insulin_overdose(text: str, found: bool) -> None:
    assert (
        bool([c for c, _, _ in insulin_overdose_spans(text) if c == INSULIN_OVERDOSE])
        is found
    )


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ferritin 6 ug/L, MCV 71.", "ferritin_low"),
        ("serum ferritin 12 ng/mL", "ferritin_low"),
        ("Triglycerides 28 mmol/L.", "triglycerides_very_high"),
        ("triglycerides 2150 mg/dL", "triglycerides_very_high"),
    ],
)
def test_ferritin_and_triglycerides(text: str, concept: str) -> None:
    assert concept in {f.concept for f in result_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ferritin 180 ug/L.",
        "Triglycerides 1.6 mmol/L.",
        "TG18 grade II cholangitis.",  # Tokyo Guidelines, no triglyceride
        "triglycerides 450 mg/dL",
    ],
)
def test_no_low_ferritin_or_very_high_triglycerides(text: str) -> None:
    concepts = {f.concept for f in result_findings(text)}
    assert not concepts & {"ferritin_low", "triglycerides_very_high"}


def test_an_undetectable_paracetamol_level_names_no_ingestion() -> None:
    hepatitis = (
        "Jaundice. ALT 2400, INR 1.1. Hepatitis A IgM positive. "
        "Paracetamol level undetectable.",
    )
    assert paracetamol_nomogram_void(hepatitis) is None
    staggered = (
        "Took extra paracetamol over 3 days. ALT 900. Paracetamol level undetectable.",
    )
    assert paracetamol_nomogram_void(staggered) is not None
