"""triage56: the readers behind the session's triage fixes (words, not levels).

A son or daughter who tells or sees is the informant (ConText, Harkema 2009); the
lips' swelling and a tight throat (WAO 2020; RCUK 2021); nuts after a food; a missed
dialysis told by its sessions; a known psychosis's usual voices (ESI v4 ch.4; CTAS
2016); a time-critical pattern's diagnosis carried to later stages.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from agents.pathway_dx import (
    TRIAGE_PATTERN,
    triage_pattern_verdict,
    triage_verdict_carried,
)
from agents.schemas import DifferentialEntry


def _status(text: str, concept: str) -> str | None:
    found = extract_findings(
        text, load_knowledge(), source="one_liner", newborn_other=True
    )
    return next((f.status for f in found if f.concept == concept), None)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("her son noticed her face drooping on the left", "facial_droop"),
        ("her daughter says her speech is slurred", "speech_disturbance"),
        ("son noticed that her face was drooping", "facial_droop"),
    ],
)
def test_a_son_or_daughter_who_tells_is_the_informant(text: str, concept: str) -> None:
    assert _status(text, concept) == "present"


def test_a_newborn_subject_stays_the_babys() -> None:
    assert (
        _status("delivered last week; her baby is jaundiced and sleepy", "jaundice")
        != "present"
    )


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("hives after a cake, lips swelling", "angioedema"),
        ("her lips are swelling", "angioedema"),
        ("her throat feels tight", "throat_tightness"),
        ("tightness in the throat after a prawn", "throat_tightness"),
        ("hives after eating a cake with nuts", "allergen_exposure"),
        ("on haemodialysis, missed his last two sessions", "missed_dialysis"),
    ],
)
def test_told_words_are_read(text: str, concept: str) -> None:
    assert _status(text, concept) == "present"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("no lip swelling, throat not tight", "angioedema"),
        ("throat not tight", "throat_tightness"),
    ],
)
def test_denied_words_are_absent(text: str, concept: str) -> None:
    assert _status(text, concept) != "present"


def _facts(cc: str, one_liner: str) -> ClinicalFacts:
    from agents.offline.door import triage_facts
    from agents.stage import build_stage_view
    from tests.scenarios.conftest import make_case

    view = build_stage_view(
        make_case(cc, age=40, sex="F", one_liner=one_liner), "triage"
    )
    return triage_facts(view, load_knowledge())


@pytest.mark.parametrize(
    "one_liner",
    [
        "long-standing schizophrenia, the same voices for years, calm",
        "known psychosis, hears voices as usual, not distressed",
        "hears her usual voices, unchanged, wants her depot",
    ],
)
def test_usual_voices(one_liner: str) -> None:
    from agents.offline.rules._usual_voices import usual_voices_only

    assert usual_voices_only(_facts("HEARING VOICES", one_liner))


@pytest.mark.parametrize(
    "one_liner",
    [
        "hearing voices telling him to hurt his neighbour",
        "her usual voices for years, now telling her to jump off a bridge",
        "the same voices for years but louder and frightened",
        "new voices since yesterday",
        "hearing voices",
    ],
)
def test_voices_not_usual(one_liner: str) -> None:
    from agents.offline.rules._usual_voices import usual_voices_only

    assert not usual_voices_only(_facts("HEARING VOICES", one_liner))


def test_a_triage_pattern_verdict_is_carried_by_its_entry() -> None:
    verdict = triage_pattern_verdict(
        "ischemic_stroke", "signs of stroke (focal deficit)"
    )
    entry = DifferentialEntry(
        diagnosis="Cerebral infarction, unspecified",
        icd10="I63.9",
        status="cannot_exclude",
        probability=0.05,
        evidence_for=(verdict.evidence,),
        changed_by="assessment",
    )
    carried = triage_verdict_carried(entry, "ischemic_stroke")
    assert carried is not None
    assert carried.pathway == TRIAGE_PATTERN
    assert carried.strength == "keeps_open"
    plain = entry.model_copy(update={"evidence_for": ()})
    assert triage_verdict_carried(plain, "ischemic_stroke") is None
