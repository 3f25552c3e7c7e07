"""A positive blood culture and its organism class, and a timed level in words.

Holland TL et al. JAMA 2014 (S. aureus bacteraemia); Tamma PD et al. IDSA 2023
(Gram-negative); Hall KK, Lyman JA. Clin Microbiol Rev 2006 (contaminants); UK
CHM/MHRA 2012 paracetamol (a timed level read against the line).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.blood_cultures import blood_culture_findings
from agents.offline.rules.results import onset_hours, result_findings


def _concepts(text: str) -> set[str]:
    return {f.concept for f in blood_culture_findings(text)}


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        (
            "Lab phoned: blood cultures taken yesterday show gram negative rods in 2 "
            "of 2 bottles.",
            {"bacteremia", "gram_negative_bacteremia"},
        ),
        (
            "Staphylococcus aureus isolated from 1 of 2 blood culture bottles.",
            {"bacteremia", "bacteremia_typical", "staph_aureus_bacteremia"},
        ),
        (
            "Blood cultures grew E. coli sensitive to ceftriaxone.",
            {"bacteremia", "gram_negative_bacteremia"},
        ),
        ("Blood cultures positive for Streptococcus pneumoniae.", {"bacteremia"}),
        (
            "Blood cultures: viridans streptococci in 3 of 3 sets.",
            {"bacteremia", "bacteremia_typical"},
        ),
    ],
)
def test_an_organism_grown_in_the_blood_is_read_by_its_class(
    text: str, concepts: set[str]
) -> None:
    assert _concepts(text) == concepts


@pytest.mark.parametrize(
    "text",
    [
        "Blood cultures sent.",
        "Blood cultures: no growth at 48 hours.",
        "Blood cultures pending, urine culture grew E. coli.",
        "Coagulase-negative staphylococci in 1 of 2 bottles, likely contaminant.",
        "History of MRSA bacteraemia in 2019.",
        "If blood cultures grow Staph aureus, start flucloxacillin.",
        "Ascitic fluid in blood culture bottles grew E. coli.",
        "Gram stain gram positive cocci in clusters, no crystals seen. Blood cultures "
        "sent.",
        "Knee aspirate: Gram stain gram positive cocci; blood cultures awaited.",
    ],
)
def test_no_bacteraemia_without_a_grown_blood_organism(text: str) -> None:
    assert _concepts(text) == set()


def test_a_level_timed_in_words_is_read_against_the_line() -> None:
    text = "Four-hour paracetamol level 58 mg/L (below the treatment line)."
    assert onset_hours(text, ingestion=True) == 4.0
    assert "acetaminophen_level_low" in {f.concept for f in result_findings(text)}
    toxic = "4-hour paracetamol level 180 mg/L."
    assert "acetaminophen_level_toxic" in {f.concept for f in result_findings(toxic)}
