"""peds47: intussusception's pattern at triage, a pre-mobile infant's sentinel injury,
a child's unexplained petechiae, bruising with bleeding signs, a child's pain score."""

from __future__ import annotations

from typing import Any

import pytest

from agents import pathways_child
from agents.offline.door import triage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.rules._esi_resources import (
    bruising_with_bleeding_signs,
    sudden_hearing_loss,
)
from agents.offline.rules._intussusception import (
    INTUSSUSCEPTION_REASON,
    paroxysmal_screaming_pattern,
)
from agents.offline.rules.esi import triage_points_to
from agents.pathway_dx import ACTS_ON
from agents.pathways_pain import pain_relief
from cases.population import view_population
from cases.views import StageView, build_view
from tests.scenarios.conftest import make_case

KB = load_knowledge()


def _case(cc: str, days: int, one_liner: str, note: str | None = None, **v: Any):
    vit = {"heart_rate": 140, "respiratory_rate": 34, "spo2": 99, "temperature_c": 36.9}
    return make_case(
        cc,
        demographics={"age_days": days},
        vitals={**vit, **v},
        one_liner=one_liner,
        ed_note=note,
    )


def _view(cc: str, days: int, one_liner: str, note: str | None = None, **v: Any):
    return build_view(_case(cc, days, one_liner, note, **v), "treatment")


@pytest.mark.parametrize(
    ("days", "text", "fires"),
    [
        (230, "bouts of screaming and pulling his knees up", True),
        (400, "episodes of screaming and drawing his legs up", True),
        (200, "screaming on and off every 20 minutes and vomiting", True),
        (500, "paroxysmal crying, pale between episodes", True),
        (50, "episodes of crying in the evenings, drawing her legs up", False),
        (300, "bouts of crying since she was vaccinated", False),
        (700, "crying since he bumped his knee, walking on it", False),
        (1400, "episodes of screaming with legs drawn up", False),
        (230, "bouts of screaming, no vomiting", False),
    ],
)
def test_paroxysmal_screaming_needs_its_age_and_a_second_feature(
    days: int, text: str, fires: bool
) -> None:
    """APLS 6th ed.; Kelley-Quon LI et al. APSA 2021 (3 months-3 years); NICE CKS
    infant colic below 3 months."""
    facts = triage_facts(build_view(_case("CRYING", days, text), "triage"), KB)
    assert bool(paroxysmal_screaming_pattern(facts)) is fires


def test_the_pattern_points_to_intussusception() -> None:
    assert triage_points_to([INTUSSUSCEPTION_REASON]) == {"intussusception"}


def _sentinel(view: StageView) -> bool:
    return bool(pathways_child.physical_abuse(view, view_population(view)))


@pytest.mark.parametrize(
    ("days", "text", "fires"),
    [
        (100, "not moving her right leg since she rolled off the sofa", True),
        (110, "swelling of the left arm after he slipped off the changing table", True),
        (120, "a burn on her hand from a cup of tea", True),
        (80, "burning up since last night, not moving her leg much", False),
        (300, "crawling baby not moving his arm after a fall", False),
        (300, "not yet crawling, not moving his arm after a fall from the bed", True),
    ],
)
def test_a_pre_mobile_infants_injury_is_a_sentinel_injury(
    days: int, text: str, fires: bool
) -> None:
    """NICE CG89 1.2; Sugar NF et al. 1999; Sheets LK et al. Pediatrics 2013: a
    limb not used needs a mechanism (a febrile pseudoparalysis is infection's)."""
    assert _sentinel(_view("IRRITABLE BABY", days, text)) is fires


def _petechiae(view: StageView) -> list[str]:
    return [
        o.name
        for o, _ in pathways_child.unexplained_petechiae(view, view_population(view))
    ]


def test_an_afebrile_childs_unexplained_petechiae_get_a_count_and_a_team() -> None:
    """NICE NG12 2015 1.11.1; Neunert C et al. ASH 2019."""
    view = _view("BRUISING", 1500, "bruises on her legs and a pinpoint red rash")
    names = _petechiae(view)
    assert any("blood film" in n for n in names)
    assert any("haematology" in n for n in names)


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("bruises and a petechial rash", 38.6),
        ("petechiae on the face after a coughing fit", 36.9),
        ("bruises and petechiae two weeks into chemotherapy", 36.9),
        ("bruises on both shins after football", 36.9),
    ],
)
def test_explained_petechiae_are_left_to_their_own_entries(
    text: str, temperature: float
) -> None:
    """A febrile child's petechiae are meningococcal disease's (NICE NG240); a
    strain's on the face (NICE NG143), chemotherapy's, or no petechiae at all."""
    assert not _petechiae(_view("BRUISING", 1500, text, temperature_c=temperature))


def test_unexplained_petechiae_act_on_itp() -> None:
    assert [a.diagnosis for a in ACTS_ON["unexplained_petechiae"]] == [
        "immune_thrombocytopenia"
    ]


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("bruises on her arms and bleeding gums", True),
        ("bruising with a petechial rash on the legs", True),
        ("a bruise on the thigh after a kick", False),
    ],
)
def test_bruising_with_bleeding_signs_counts_two_resources(
    text: str, two: bool
) -> None:
    """NICE NG12 1.10-1.11; ASH 2019; ESI v4 handbook ch.5 (labs and a consult)."""
    case = make_case("BRUISING", age=40, one_liner=text)
    facts = triage_facts(build_view(case, "triage"), KB)
    assert bruising_with_bleeding_signs("bruising", facts) is two
    assert not bruising_with_bleeding_signs("rash_cellulitis", facts)


@pytest.mark.parametrize(
    ("age", "pain", "treated"),
    [(12, 7, True), (12, 5, True), (12, 2, False), (40, 8, False)],
)
def test_a_childs_recorded_pain_score_is_treated(
    age: int, pain: float, treated: bool
) -> None:
    """RCEM 2021 pain in children: moderate or severe pain at triage is treated; an
    adult's documented pain stays the text's (ACEP 2017)."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=age,
        vitals={"heart_rate": 96, "respiratory_rate": 18, "spo2": 99, "pain": pain},
        one_liner="abdominal pain since last night",
    )
    view = build_view(case, "treatment")
    assert bool(pain_relief(view, view_population(view))) is treated


@pytest.mark.parametrize(
    ("text", "sudden"),
    [
        ("woke with hearing loss in the right ear today", True),
        ("sudden loss of hearing in the left ear", True),
        ("hearing getting worse over months", False),
    ],
)
def test_a_sudden_hearing_loss_is_read_from_its_onset(text: str, sudden: bool) -> None:
    """NICE CKS hearing loss 2023; AAO-HNS 2019 (sudden: over 72 hours or less)."""
    case = make_case("HEARING LOSS", age=50, one_liner=text)
    facts = triage_facts(build_view(case, "triage"), KB)
    assert sudden_hearing_loss("hearing_loss", facts) is sudden
    assert not sudden_hearing_loss("ear_pain", facts)
