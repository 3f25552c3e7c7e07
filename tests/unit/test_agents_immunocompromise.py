"""One immunocompromise reading (IDSA 2014 / ATS-IDSA 2019), used by every reader.

Before text16 (issue 10) three readings disagreed: the facts (the lexicon's
"HIV", "transplant", "on steroids" plus ``rules.immunocompromise``), pneumonia's
admission criterion (its own word list: any HIV, any "daily" steroid, a year-old
chemotherapy) and triage's fever screen (any prednisone, any chemotherapy). Each case
below was read differently by at least two of them on main.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules._esi_patterns import immunocompromise_words
from agents.offline.rules.admission_criteria import _immunosuppression
from agents.offline.rules.immunocompromise import immunocompromise

CASES = [
    # (text, immunocompromised per IDSA 2014 / Ramirez 2020)
    ("HIV on ART, CD4 650, cough and fever", False),  # CD4 >= 200
    ("HIV, CD4 150, cough and fever", True),
    ("CD4 120 in 2010, now CD4 540 on ART; fever", False),  # the latest count
    ("prednisone 40 mg daily for 5 days for COPD, fever", False),  # a burst
    ("prednisone 5 mg daily long-term, fever", False),  # below 20 mg
    ("prednisone 20 mg daily for 3 weeks, fever", True),
    ("lupus on prednisone, fever", True),  # no dose stated: cannot be excluded
    ("breast cancer, chemotherapy in 2015, fever", False),  # years ago
    ("chemotherapy 3 months ago, fever", False),  # beyond 6 weeks
    ("lung cancer on chemotherapy, fever", True),
    ("kidney transplant candidate on dialysis, fever", False),
    ("awaiting liver transplant, fever", False),
    ("kidney transplant recipient on tacrolimus, fever", True),
    ("rheumatoid arthritis on methotrexate, fever", True),  # DMARD (Ramirez 2020)
    ("rheumatoid arthritis on tofacitinib, fever", True),  # JAK inhibitor
    ("hair transplant last year, fever", False),
    ("lupus on hydroxychloroquine, fever", False),
    ("no chemotherapy, fever", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_every_reader_reads_the_one_declaration(text: str, expected: bool) -> None:
    kb = load_knowledge()
    facts = ClinicalFacts.from_texts(
        [("ed_note", text)], kb, age=55, chief_complaint=text
    )
    assert (immunocompromise(text) is not None) is expected
    assert facts.immunocompromised is expected
    assert (_immunosuppression(facts, text) is not None) is expected
    assert immunocompromise_words(facts) is expected


def test_triage_adds_febrile_risk_groups_that_are_not_immunocompromise() -> None:
    """Asplenia and haematological malignancy: triage's fever screen, not the fact."""
    kb = load_knowledge()
    text = "fever, sickle cell disease"
    facts = ClinicalFacts.from_texts(
        [("ed_note", text)], kb, age=30, chief_complaint=text
    )
    assert immunocompromise_words(facts)
    assert not facts.immunocompromised


def test_a_completed_course_within_six_weeks_still_counts() -> None:
    found = immunocompromise("completed chemotherapy 2 weeks ago, now febrile")
    assert found is not None and found.text == "chemotherapy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HIV on ART, CD4 800, ear pain", False),  # counted by main's NOE word list
        ("awaiting kidney transplant, ear pain", False),  # counted on main
        ("renal transplant recipient on tacrolimus, ear pain", True),
        ("on methotrexate for psoriasis, ear pain", True),  # missed on main
        ("type 2 diabetes on insulin, ear pain", True),
    ],
)
def test_the_pathways_risk_lists_read_the_same_declaration(
    text: str, expected: bool
) -> None:
    """Necrotising otitis externa's risk (diabetes or immunocompromise) and the spinal
    infection risk read ``rules.immunocompromise`` through ``agents._text``."""
    from agents._text import immunocompromised
    from agents.pathways_medical import noe_risk

    assert noe_risk((text,)) is expected
    assert immunocompromised((text,)) is (expected and "diabetes" not in text)
