"""trauma49: retrograde amnesia of 'the hour', NEXUS's distracting injury, two
benzodiazepine doses, the Canadian C-spine rule's motorised vehicle, and the lay words
of the new concepts.

NICE NG232 2023 1.4.9; Hoffman JR et al. N Engl J Med 2000 (NEXUS); Stiell IG et al.
JAMA 2001 (Canadian C-spine); Glauser T et al. AES 2016; Kim JS. Stroke 2003;
Gilhus NE. N Engl J Med 2016; Robinson CM, Aderinto J. J Bone Joint Surg Am 2005.
"""

from __future__ import annotations

import functools

import pytest

from agents._text import asserted
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.retrograde_amnesia import RETROGRADE_AMNESIA_30
from agents.offline.rules.trauma import nexus
from agents.pathways import _TWO_BENZODIAZEPINE_DOSES
from agents.pathways_medical import _HIGH_RISK_CSPINE


@functools.lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return load_knowledge()


def _present(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text, _kb()) if f.status == "present"}


@pytest.mark.parametrize(
    "text",
    [
        "cannot remember anything from the hour before the assault",
        "cannot remember the half hour before the fall",
        "no memory of the 45 minutes before the crash",
    ],
)
def test_retrograde_amnesia_of_thirty_minutes_or_more(text: str) -> None:
    assert RETROGRADE_AMNESIA_30.search(text), text


@pytest.mark.parametrize(
    "text",
    [
        "cannot remember the minute before the fall",
        "cannot remember the hour of the fall",
    ],
)
def test_guard_a_short_or_undated_gap_is_no_retrograde_amnesia(text: str) -> None:
    assert not RETROGRADE_AMNESIA_30.search(text), text


def test_an_open_long_bone_fracture_is_a_nexus_distracting_injury() -> None:
    facts = ClinicalFacts(present=frozenset({"bone_exposed", "neck_pain"}))
    assert nexus(facts).score >= 1


def test_guard_neck_pain_alone_is_nexus_negative() -> None:
    facts = ClinicalFacts(present=frozenset({"neck_pain", "alert_oriented"}))
    assert nexus(facts).score == 0


@pytest.mark.parametrize(
    "text",
    [
        "given IV lorazepam twice",
        "two doses of midazolam",
        "a second dose of lorazepam",
        "benzodiazepine-refractory status",
    ],
)
def test_two_benzodiazepine_doses(text: str) -> None:
    assert asserted(_TWO_BENZODIAZEPINE_DOSES, [text]), text


@pytest.mark.parametrize(
    "text", ["given buccal midazolam by paramedics", "lorazepam 4 mg IV given"]
)
def test_guard_one_benzodiazepine_dose(text: str) -> None:
    assert not asserted(_TWO_BENZODIAZEPINE_DOSES, [text]), text


@pytest.mark.parametrize(
    "text", ["motorbike crash", "knocked off his bike by a car", "quad bike rollover"]
)
def test_canadian_cspine_dangerous_mechanism(text: str) -> None:
    assert _HIGH_RISK_CSPINE.search(text), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("cannot understand what is said to her", "speech_disturbance"),
        ("numb left side of face", "brainstem_signs"),
        ("double vision worse at the end of the day", "fatigable_weakness"),
        ("head dropping forward", "neck_weakness"),
        ("holding the arm internally rotated", "posterior_shoulder_signs"),
        ("painful left hip after the fall", "hip_pain"),
        ("legs getting weak", "leg_weakness"),
    ],
)
def test_lay_words_of_the_concepts(text: str, concept: str) -> None:
    assert concept in _present(text), (text, _present(text))


def test_hip_pain_is_still_an_extremity_pain() -> None:
    assert "extremity_pain" in _kb().implies.get("hip_pain", [])
