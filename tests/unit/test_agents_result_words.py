"""Result words, lithium levels and immunocompromise read from notes (text15).

Each test failed on main before session 15 (the words, the lithium level and the
immunocompromise drugs were not read) unless marked a control.
"""

from __future__ import annotations

import pytest

from agents.offline.explained import unexplained_abnormal
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.results import result_findings
from agents.schemas import DifferentialEntry

KB = load_knowledge()


def _present(text: str) -> frozenset[str]:
    return ClinicalFacts.from_texts([("ed_note", text)], KB).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Blood tests: lymphopenia and mild leukopenia.", "lymphopenia"),
        ("Blood tests: lymphopenia and mild leukopenia.", "wbc_low"),
        ("Labs notable for reduced serum IgM and IgG.", "hypogammaglobulinemia"),
        ("Lymphocytes were low.", "lymphopenia"),
        ("CT chest: extensive crazy-paving pattern.", "ct_crazy_paving"),
        ("CT chest: bilateral ground-glass opacities.", "ground_glass_opacity"),
        ("Mildly decreased hemoglobin.", "hemoglobin_low"),
        ("Marked leukocytosis.", "wbc_high"),
    ],
)
def test_abnormal_result_words_become_findings(text: str, concept: str) -> None:
    assert concept in _present(text)


@pytest.mark.parametrize(
    "text",
    [
        "No lymphopenia.",
        "If the potassium is high, repeat the ECG.",
        "Low sodium diet advised.",
    ],
)
def test_negated_hypothetical_or_dietary_words_are_not_results(text: str) -> None:
    """Controls: ConText status and 'low sodium diet' (a diet, not a result)."""
    assert not {"lymphopenia", "potassium_high", "sodium_low"} & _present(text)


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Lithium level 2.4 mmol/L.", True),
        ("Serum lithium of 1.9 mEq/L.", True),
        ("Lithium 0.7 mmol/L, therapeutic.", False),
        ("Takes lithium 400 mg twice daily.", False),  # a dose, not a level
    ],
)
def test_lithium_level_with_units(text: str, high: bool) -> None:
    """Above the therapeutic range (BNF; EXTRIP, Decker 2015)."""
    found = {f.concept for f in result_findings(text)}
    assert ("lithium_level_high" in found) is high


@pytest.mark.parametrize(
    ("text", "compromised"),
    [
        ("Seven weeks after his sixth dose of ocrelizumab for MS.", True),
        ("Rituximab for vasculitis, last infusion in March.", True),
        ("Last chemotherapy cycle 2 weeks ago for breast cancer.", True),
        ("On prednisolone 40 mg daily for 3 weeks for a COPD flare.", True),
        ("HIV not on treatment, CD4 count 85 cells/uL.", True),
        ("Renal transplant recipient on tacrolimus and mycophenolate.", True),
        ("Neutrophils: ANC 0.3.", True),
        ("Prednisolone 5 mg daily long-term.", False),
        ("Prednisolone 40 mg for 5 days.", False),
        ("No chemotherapy. Denies steroid use.", False),
    ],
)
def test_immunocompromise_is_one_named_fact(text: str, compromised: bool) -> None:
    """IDSA 2013 high-level immunosuppression (Rubin LG et al. CID 2014;58:e44)."""
    facts = ClinicalFacts.from_texts([("ed_note", text)], KB)
    assert facts.immunocompromised is compromised


def _ledger(*ids: str) -> tuple[DifferentialEntry, ...]:
    return tuple(
        DifferentialEntry(
            diagnosis=KB.diagnoses[d].name,
            icd10=KB.diagnoses[d].icd10,
            status="considered",
            probability=round(0.4 / (i + 1), 3),
            changed_by="assessment",
        )
        for i, d in enumerate(ids)
    )


def test_crazy_paving_is_unexplained_by_a_urinary_infection() -> None:
    facts = ClinicalFacts(present=frozenset({"ct_crazy_paving"}))
    odd = unexplained_abnormal(KB, _ledger("uti"), facts)
    assert odd.findings == ("ct_crazy_paving",) and odd.picture
    assert not unexplained_abnormal(KB, _ledger("covid19"), facts).findings


def test_hypogammaglobulinaemia_is_explained_by_a_b_cell_depleting_drug() -> None:
    """Harrison's ch. 351: secondary hypogammaglobulinaemia after anti-CD20 drugs."""
    text = "On ocrelizumab for MS. Labs: reduced serum IgM, lymphopenia."
    facts = ClinicalFacts.from_texts([("ed_note", text)], KB)
    assert not unexplained_abnormal(KB, _ledger("pneumonia"), facts).findings
