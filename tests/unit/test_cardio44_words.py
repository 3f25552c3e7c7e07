"""cardio44: a hemiparesis is no cord deficit, an anti-impulse order's target range,
the congested AF's instability words, syncope during exertion, and the pericardial
effusion on the echo."""

from __future__ import annotations

import pytest

from agents import pathways_cardiac as cardiac
from agents.offline.knowledge import load_knowledge
from agents.offline.rules._lexicon import lexicon, matches
from agents.order_safety import _BP_RANGE, _PRESSURE_LOWERING, drug_classes
from agents.pathways_acute import _CORD_DEFICIT, asserted

KB = load_knowledge()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right arm and leg weakness", False),
        ("weakness of the left arm and the leg", False),
        ("left upper limb and leg weakness", False),
        ("both legs weak", True),
        ("leg weakness and urinary retention", True),
        ("weakness in both legs", True),
        ("arms and legs weak", True),
    ],
)
def test_a_hemiparesis_is_no_cord_deficit(text: str, expected: bool) -> None:
    assert asserted(_CORD_DEFICIT, (text,)) is expected


@pytest.mark.parametrize(
    ("name", "low"),
    [
        ("IV esmolol titrated to HR < 60 then SBP 100-120", "100"),
        ("labetalol to a systolic of 110 to 130", "110"),
        ("IV crystalloid to SBP 70-90 (permissive hypotension)", "70"),
    ],
)
def test_the_target_range_is_read(name: str, low: str) -> None:
    m = _BP_RANGE.search(name.lower())
    assert m is not None and m.group(1) == low


def test_only_pressure_lowering_drugs_carry_the_range_gate() -> None:
    assert drug_classes("IV esmolol titrated to HR < 60 then SBP 100-120") & (
        _PRESSURE_LOWERING
    )
    assert not drug_classes("IV crystalloid to SBP 70-90") & _PRESSURE_LOWERING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cool clammy peripheries", True),
        ("syncope this morning", True),
        ("known heart failure with LVEF 25 %", False),
        ("bibasal crackles and orthopnoea", False),
    ],
)
def test_instability_beside_heart_failure(text: str, expected: bool) -> None:
    assert asserted(cardiac._UNSTABLE_PERFUSION, (text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("collapsed while sprinting for a bus", True),
        ("passed out during exercise at the 8 km mark", True),
        ("fainted at the end of the race while standing still", False),
        ("no syncope during exercise", False),
    ],
)
def test_syncope_during_exertion(text: str, expected: bool) -> None:
    assert asserted(cardiac._EXERTIONAL_SYNCOPE, (text,)) is expected


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("fever, large effusion on echo", "large_pericardial_effusion"),
        (
            "Echo: large circumferential pericardial effusion 22 mm",
            "large_pericardial_effusion",
        ),
        ("small pericardial effusion", "pericardial_effusion"),
        ("CXR large effusion on the right", "large_pleural_effusion"),
    ],
)
def test_an_effusion_on_the_echo_is_the_pericardiums(text: str, concept: str) -> None:
    assert concept in {c for _, _, c in matches(lexicon(KB), text)}
