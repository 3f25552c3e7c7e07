"""Triage levels from the ESI v4 handbook's own definitions (triage18).

Vignettes written for this file from the sources each group names, before any run and
never from rows of the shared data.

- ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012/2020 ed.), ch.3 decision
  point A: level 1 is the patient who *requires an immediate life-saving
  intervention* (Table 3-1: airway and breathing support, emergency procedures), and
  ch.6 Table 6-2 (anaphylaxis with stridor, respiratory failure). An upper airway
  that is closing (stridor or swelling with secretions that cannot be swallowed, a
  tripod or sniffing posture, the tongue pushed up) needs the airway team now
  (Tintinalli 9th ed. ch.246-247; Difficult Airway Society 2015), not within 10
  minutes. An umbilical cord prolapse needs the presenting part elevated by hand now
  and a category-1 caesarean (RCOG Green-top Guideline 50, 2014; AWHONN
  Maternal-Fetal Triage Index 2015: cord prolapse is MFTI 1, "requires immediate
  life-saving intervention").
- ESI v4 handbook ch.4 decision point B (high-risk situation: "would you give your
  last open bed to this patient?"): a sentinel injury of physical abuse in an infant
  or young child (AAP 2015, Christian CW, Pediatrics 2015;135:e1337; TEN-4-FACESp,
  Pierce MC et al. JAMA Netw Open 2021; Sheets LK et al. Pediatrics 2013: a sentinel
  injury precedes severe abuse) is a high-risk situation whatever the resources.
- ESI v4 handbook ch.5 decision point C (resources are counted by type: an x-ray is
  one, a simple procedure such as a laceration repair another; the handbook's
  example of an injured limb with a laceration is two resources, level 3).

- ESI v4 handbook ch.4 (severe pain/distress): the patient's 0-10 rating, or the
  distress the nurse observes (writhing, doubled over), with a presentation needing a
  work-up, is considered for level 2; the CTAS 2016 severe band (8-10) confirms it
  (Bullard MJ et al. CJEM 2017). A minor injury or a toothache rated 10/10 stays at
  its resource level.

Properties asserted: ESI 1 for an immediately threatened airway and a prolapsed cord
(ESI 2 for stridor alone, and for croup stridor only when crying, the controls); ESI
<= 2 for an infant with sentinel injuries of abuse; ESI 3 (two resources) for an
injured limb that needs an x-ray plus a laceration repair, and ESI 4 for either alone;
ESI 2 for severe pain rated or observed in the narrative with a work-up complaint, ESI
>= 4 for the same rating with a toothache or a sprain.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


LEVEL_ONE = [
    # Tintinalli ch.246 (epiglottitis): drooling, cannot swallow saliva, tripod
    pytest.param(
        "sore throat and fever since yesterday, now drooling and unable to swallow"
        " his saliva, sitting forward in a tripod position, muffled voice",
        {"age": 46, "sex": "M", "vitals": vitals(118, 146, 88, 24, 95, 38.9)},
        id="epiglottitis-secretions-tripod",
    ),
    # Tintinalli ch.247 (Ludwig's angina): floor of mouth swelling, tongue pushed up
    pytest.param(
        "tooth infection for 3 days, now swelling under the jaw and floor of the"
        " mouth, tongue pushed up, cannot handle secretions",
        {"age": 38, "sex": "F", "vitals": vitals(112, 132, 80, 22, 96, 38.4)},
        id="ludwig-tongue-elevated",
    ),
    # RCOG GTG 50; AWHONN MFTI 2015: cord prolapse is MFTI 1
    pytest.param(
        "36 weeks pregnant, waters broke 10 minutes ago and the umbilical cord is"
        " hanging out of the vagina",
        {"age": 29, "sex": "F", "vitals": vitals(104, 122, 74, 20, 99)},
        id="cord-prolapse-visible",
    ),
    pytest.param(
        "39 weeks pregnant, waters broke at home and she can feel the umbilical cord"
        " in the vagina",
        {"age": 28, "sex": "F", "vitals": vitals(100, 120, 70, 18, 99)},
        id="cord-prolapse-felt",
    ),
    pytest.param(
        "cord prolapse",
        {"age": 33, "sex": "F", "vitals": vitals(110, 118, 70, 20, 99)},
        id="cord-prolapse-complaint",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), LEVEL_ONE)
def test_immediate_life_saving_need_is_esi_1(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi == 1, t.rationale


LEVEL_TWO_AIRWAY = [
    # stridor with a sore throat, no secretion or posture sign: high risk (ch.4)
    pytest.param(
        "sore throat for two days, now some stridor",
        {"age": 52, "sex": "M", "vitals": vitals(100, 140, 84, 20, 97, 38.2)},
        id="stridor-alone-sore-throat",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), LEVEL_TWO_AIRWAY)
def test_stridor_alone_stays_high_risk_not_resuscitation(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi == 2, t.rationale


ABUSE = [
    # TEN-4-FACESp: ear and cheek bruising in an infant with an implausible story
    pytest.param(
        "4-month-old with bruises on both ears and the left cheek, father says she"
        " rolled off the sofa",
        {"age": 0, "sex": "F", "vitals": vitals(148, 88, 52, 36, 99, 36.9)},
        id="ten4-bruising-infant",
    ),
    # AAP 2015: a fracture in a non-ambulant infant is a sentinel injury
    pytest.param(
        "5-month-old not moving the right leg, thigh swollen; x-ray at the clinic"
        " shows a femur fracture, no history of injury",
        {"age": 0, "sex": "M", "vitals": vitals(150, 90, 54, 34, 99, 37.0)},
        id="femur-fracture-non-ambulant-infant",
    ),
    # a worded suspicion at triage: the nurse's concern is itself the high risk
    pytest.param(
        "suspected non-accidental injury: 7-month-old with bruising on the back",
        {"age": 0, "sex": "M", "vitals": vitals(140, 92, 56, 32, 99, 36.8)},
        id="worded-nai-infant",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), ABUSE)
def test_sentinel_injury_of_abuse_in_an_infant_is_high_risk(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi <= 2, t.rationale


RESOURCES = [
    # handbook ch.5: x-ray (1) + laceration repair (1) = 2 resources -> ESI 3
    pytest.param(
        "fell off his bicycle onto the right arm, painful swollen wrist, and a 3 cm"
        " laceration on the left knee",
        {"age": 27, "sex": "M", "vitals": vitals(84, 128, 76, 16, 99)},
        3,
        id="limb-injury-plus-laceration-two-resources",
    ),
    # controls: either alone is one resource -> ESI 4
    pytest.param(
        "fell off his bicycle onto the right arm, painful swollen wrist",
        {"age": 27, "sex": "M", "vitals": vitals(84, 128, 76, 16, 99)},
        4,
        id="limb-injury-alone-one-resource",
    ),
    # the pain of a laceration is the wound's own: no x-ray for it
    pytest.param(
        "fell and cut her knee, 2 cm laceration to the knee, knee is painful",
        {"age": 30, "sex": "F", "vitals": vitals(84, 128, 76, 16, 99)},
        4,
        id="laceration-painful-at-the-wound-one-resource",
    ),
    pytest.param(
        "cut his hand on a kitchen knife, 3 cm laceration on the palm, hand hurts",
        {"age": 27, "sex": "M", "vitals": vitals(84, 128, 76, 16, 99)},
        4,
        id="hand-laceration-hurts-one-resource",
    ),
    # a limb that cannot bear weight needs its x-ray whatever else is wounded
    pytest.param(
        "fell off a ladder, laceration to the forehead, cannot bear weight on the"
        " right ankle",
        {"age": 40, "sex": "M", "vitals": vitals(84, 128, 76, 16, 99)},
        3,
        id="forehead-laceration-plus-ankle-no-weight-two-resources",
    ),
    pytest.param(
        "3 cm laceration on the left knee from a fall off his bicycle",
        {"age": 27, "sex": "M", "vitals": vitals(84, 128, 76, 16, 99)},
        4,
        id="laceration-alone-one-resource",
    ),
]


@pytest.mark.parametrize(("complaint", "kw", "level"), RESOURCES)
def test_resources_of_different_types_add_up(
    reason: Reason, complaint: str, kw: dict[str, Any], level: int
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi == level, t.rationale


SEVERE_PAIN = [
    # ch.4: the patient's rating, written in the narrative, is the rating
    pytest.param(
        "sudden right flank pain radiating to the groin with vomiting; he rates the"
        " pain as 9/10",
        {"age": 38, "sex": "M", "vitals": vitals(96, 148, 88, 18, 99)},
        id="renal-colic-rated-9-in-words",
    ),
    pytest.param(
        "lower abdominal pain for 6 hours, pain 10 out of 10",
        {"age": 30, "sex": "F", "vitals": vitals(94, 120, 76, 18, 99)},
        id="abdominal-pain-10-out-of-10",
    ),
    # ch.4: or the distress the nurse observes
    pytest.param(
        "abdominal pain since this morning, writhing on the stretcher",
        {"age": 50, "sex": "F", "vitals": vitals(92, 138, 84, 18, 99)},
        id="abdominal-pain-writhing",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), SEVERE_PAIN)
def test_severe_pain_worded_in_the_narrative_is_esi_2(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi == 2, t.rationale


MINOR_SEVERE_PAIN = [
    # ch.4: severe pain does not raise a presentation needing no work-up
    pytest.param(
        "toothache since yesterday, he rates the pain as 10/10",
        {"age": 38, "sex": "M", "vitals": vitals(78, 128, 74, 16, 99, 37.0)},
        id="toothache-10-of-10",
    ),
    pytest.param(
        "twisted his ankle stepping off a curb, pain 20/10",
        {"age": 24, "sex": "M", "vitals": vitals(84, 126, 78, 14, 99)},
        id="ankle-sprain-20-of-10",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), MINOR_SEVERE_PAIN)
def test_severe_pain_with_a_minor_complaint_stays_at_its_resources(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi >= 4, t.rationale


NOT_NOW = [
    # a suspicion worded as past history is not a sentinel injury now
    pytest.param(
        "3-year-old with a cough, history of non-accidental injury in the past, now"
        " in foster care",
        {"age": 3, "sex": "F", "vitals": vitals(110, 98, 60, 24, 99)},
        id="past-nai-history",
    ),
    # of two ratings, the one given now is the triage rating
    pytest.param(
        "abdominal pain was 9/10 last night, now 2/10, feels better",
        {"age": 35, "sex": "F", "vitals": vitals(80, 118, 74, 14, 99)},
        id="pain-was-severe-now-mild",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), NOT_NOW)
def test_past_findings_do_not_raise_the_level(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi >= 3, t.rationale
