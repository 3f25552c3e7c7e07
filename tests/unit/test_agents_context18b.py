"""Scope of negation and history triggers over a comma list (context18b, issue 10).

Written from NegEx (Chapman WW et al. J Biomed Inform 2001;34:301) and ConText
(Harkema H et al. J Biomed Inform 2009;42:839): a trigger's scope ends where a new
clinical statement begins; medspaCy's ``ConTextRule`` ``max_scope`` bounds a trigger
to the words it governs (Eyre H et al. AMIA Annu Symp Proc 2021). A list under one
trigger stays in its scope (the guards below).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings


def _status(text: str, target: str) -> str:
    pos = text.lower().find(target.lower())
    hits = [
        f for f in extract_findings(text, load_knowledge()) if f.start <= pos < f.end
    ]
    return hits[0].status if hits else "not_found"


@pytest.mark.parametrize(
    ("text", "target", "status"),
    [
        # a bare "not" governs its predicate; a noun item after the comma is asserted
        (
            "Not anticoagulated, R-sided weakness + aphasia since 09:40.",
            "aphasia",
            "present",
        ),
        (
            "Not anticoagulated, R-sided weakness + aphasia.",
            "R-sided weakness",
            "present",
        ),
        ("Not diaphoretic, left arm weakness.", "arm weakness", "present"),
        # an item with its own count or onset is a new statement
        ("No flatus, vomiting x3 today.", "vomiting", "present"),
        ("Denies fever, cough for 3 days.", "cough", "present"),
        ("No diarrhoea, vomiting twice this morning.", "vomiting", "present"),
        # "known X" is history; today's described attack after the comma is not
        (
            "Known cluster headache, usual severe L orbital pain.",
            "orbital pain",
            "present",
        ),
        ("Known epilepsy, seizure twice this morning.", "seizure twice", "present"),
        (
            "Known cluster headache, usual severe L orbital pain.",
            "cluster headache",
            "historical",
        ),
        # guards: a list under one trigger stays in its scope
        ("No fever, chills or rigors.", "rigors", "absent"),
        ("No fever, chills or rigors for 3 days.", "rigors", "absent"),
        ("Denies fever, chills, vomiting.", "vomiting", "absent"),
        ("Not tachycardic, hypotensive or hypoxic.", "hypotensive", "absent"),
        ("Pain not pleuritic, positional or exertional.", "exertional", "absent"),
        ("Does not have fever, cough.", "cough", "absent"),
        ("He is not anticoagulated, no weakness.", "weakness", "absent"),
        ("Known HTN, DM, CAD.", "CAD", "historical"),
        ("History of DVT, PE and stroke.", "stroke", "historical"),
        ("Known AF, CKD.", "CKD", "historical"),
    ],
)
def test_scope_over_a_comma_list(text: str, target: str, status: str) -> None:
    assert _status(text, target) == status


@pytest.mark.parametrize(
    ("text", "target", "concept"),
    [
        (
            "Severe L orbital pain with tearing and ptosis.",
            "tearing",
            "cranial_autonomic_signs",
        ),
        (
            "Orbital pain, red eye and lacrimation.",
            "lacrimation",
            "cranial_autonomic_signs",
        ),
        # guards: a dissection's tearing pain (cardio45: its own concept, apart from
        # the back it may radiate to)
        (
            "Sudden tearing chest pain radiating to the back.",
            "tearing",
            "tearing_pain",
        ),
        ("Severe tearing pain, ptosis on the left.", "tearing", "tearing_pain"),
    ],
)
def test_tearing_is_read_by_its_neighbours(
    text: str, target: str, concept: str
) -> None:
    pos = text.lower().find(target)
    hits = {
        f.concept
        for f in extract_findings(text, load_knowledge())
        if f.start <= pos < f.end
    }
    assert hits == {concept}
