"""text32: negation scope at list and clause boundaries; inline history labels.

Phrase table written from the NegEx / ConText literature (Chapman WW et al. J Biomed
Inform 2001;34:301: a trigger's scope runs over the findings after it, to a
termination term; Harkema H et al. J Biomed Inform 2009;42:839: ConText's modifiers
are scoped to the findings they govern and end at a new clause or a new finding with
its own assertion; medspaCy's ConText implements the same defaults: scope to the
sentence end unless a terminator, a pseudo-trigger or ``max_scope`` ends it).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings


def _status(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in extract_findings(text, load_knowledge())}


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        # an examination list alternates absent and present findings: an item
        # opened by its own site, side or severity is a finding of its own
        ("no neck stiffness, bibasal crackles", "rales", "present"),
        ("no neck stiffness, bibasal crackles", "neck_stiffness", "absent"),
        ("no JVD, bibasal crepitations", "rales", "present"),
        ("no cough, bilateral wheeze", "wheezing", "present"),
        ("no rash, bilateral leg swelling", "leg_swelling", "present"),
        ("no fever, severe headache", "headache", "present"),
        # one trigger over a list: every item stays negated (NegEx)
        ("no fever, chills, night sweats", "night_sweats", "absent"),
        ("denies fever, cough, shortness of breath", "dyspnea", "absent"),
        ("no rash, bilateral leg swelling or pain", "leg_swelling", "absent"),
        ("no wheeze or crackles", "rales", "absent"),
        # a verb of denial governs its object list, sides included
        ("denies fever, left arm pain", "extremity_pain", "absent"),
        # "and" with a new past-tense verb is a new predicate (ConText termination)
        (
            "could not lay down new memories and asked the same questions",
            "repetitive_questioning",
            "present",
        ),
        ("no chest pain and vomited twice", "vomiting", "present"),
        ("no fever or chills and fell twice", "fall", "present"),
        ("no palpitations and fainted at church", "syncope", "present"),
        # "and" joining two findings keeps them under the trigger
        ("not confused and vomiting", "vomiting", "absent"),
        ("no wheezing and no crackles", "wheezing", "absent"),
    ],
)
def test_negation_scope(text: str, concept: str, status: str) -> None:
    assert _status(text).get(concept) == status


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        # a history label opening a sentence mid-line heads the patient's history
        (
            "Anxious for a month. Background: asthma with wheeze on exertion.",
            "wheezing",
            "historical",
        ),
        ("Cough. PMH: COPD, HTN. Now wheeze and SpO2 88%.", "wheezing", "present"),
        # it ends at the next label ("Exam:") or at a sentence about today
        (
            "Palpitations. Background: asthma. Exam: fine tremor, goitre.",
            "tremor",
            "present",
        ),
        (
            "Background: asthma with wheeze in winter. Today wheezy, audible wheeze.",
            "wheezing",
            "present",
        ),
    ],
)
def test_inline_history_label(text: str, concept: str, status: str) -> None:
    assert _status(text).get(concept) == status


def test_known_prefix_counts_the_history() -> None:
    facts = ClinicalFacts(historical=frozenset({"asthma"}))
    assert facts.has("known:asthma")
    assert not facts.has("asthma")
    assert not facts.has("known:copd")
