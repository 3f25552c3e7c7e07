"""trauma56 readers: a knee's large effusion, a sized cerebellar bleed on CT, an
altitude written as a number, a negative eFAST, an ankylosed spine, a hoarse voice."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._altitude import altitude_spans
from agents.offline.rules.reports import report_findings
from agents.pathways import _EFAST_NEGATIVE
from agents.pathways_acute import asserted
from tests.unit._reading import assert_read


@pytest.mark.parametrize(
    ("text", "pleural"),
    [
        # a knee's examination (BTS 2023 is the chest's; a haemarthrosis after injury)
        (
            "Landed with the knee hyperextended. Large effusion, grossly unstable.",
            False,
        ),
        ("Swollen right knee: large effusion, positive patellar tap.", False),
        # the chest film's, as cardio44's reader has it
        ("CXR large effusion on the right", True),
        ("Stony dull right base. Large effusion on the chest film.", True),
    ],
)
def test_a_large_effusion_is_the_knees_in_a_knee_examination(
    text: str, pleural: bool
) -> None:
    assert_read(text, "large_pleural_effusion", "present" if pleural else "not_present")
    if not pleural:
        assert_read(text, "joint_swelling", "present")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CT head: 4 cm right cerebellar haemorrhage with early hydrocephalus", True),
        ("CT head: a 3.5 cm left cerebellar haematoma", True),
        ("CT head: 35 mL right basal ganglia haemorrhage", True),
        ("CT head: no haemorrhage", False),
        ("CT head: small left parietal haemorrhagic infarct", False),
    ],
)
def test_a_sized_parenchymal_bleed_on_ct_is_read(text: str, found: bool) -> None:
    got = {f.concept for f in report_findings(text)}
    assert ("ct_intracranial_hemorrhage" in got) is found


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Mountain resort clinic at 2,900 m.", True),
        ("trekking at 14,000 ft for a week", True),
        ("ascended to 4200 metres yesterday", True),
        ("slept at 2000 m", False),  # below the ~2,500 m of altitude illness
        ("at 8000 ft", False),
        ("fell from a height of 3 m", False),
        ("ran 5000 m this morning", False),  # a distance, no place
    ],
)
def test_an_altitude_written_as_a_number(text: str, high: bool) -> None:
    assert bool(altitude_spans(text)) is high


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("eFAST negative.", True),
        ("FAST scan: negative", True),
        ("negative eFAST", True),
        ("eFAST: no free fluid", True),
        ("eFAST positive: free fluid in Morison's pouch", False),
    ],
)
def test_a_negative_efast(text: str, negative: bool) -> None:
    assert asserted(_EFAST_NEGATIVE, [text]) is negative


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ankylosing spondylitis for 40 years, fell on ice.", "ankylosing_spondylitis"),
        ("DISH of the cervical spine on old films", "ankylosed_spine"),
        ("Pulled from a house fire, voice hoarse", "hoarse_voice"),
    ],
)
def test_an_ankylosed_spine_and_a_hoarse_voice(text: str, concept: str) -> None:
    assert_read(text, concept, "present")


def test_ankylosing_spondylitis_ankyloses_the_spine_and_stays_uveitis_associated() -> (
    None
):
    implied = set(load_knowledge().implies["ankylosing_spondylitis"])
    assert {"ankylosed_spine", "uveitis_associated_disease"} <= implied
