"""trauma54 readers: a stop's own clause, acronyms that are words, a car's deformity."""

from __future__ import annotations

import re

import pytest

from agents.offline.diagnosis import stated_diagnoses
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._not_stroke import (
    bilateral_feet_numbness_span,
    bilateral_leg_deficit_span,
)
from agents.offline.rules.findings import _vehicle_deformity
from agents.offline.rules.stopped import stopped

_DRUG = re.compile(r"(?i)apixaban|warfarin|anticoagulation")


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        # the stroke's time in the next comma part is no dose (AHA/ASA 2019 3.5)
        ("74M AF off anticoagulation, sudden vertigo 2 h ago", True),
        ("Apixaban stopped 2 days ago, fell today", True),
        ("Fell today, off warfarin for 3 weeks", True),
        # the drug's own course in the next comma part still dates the stop
        ("Stopped apixaban, last dose this morning", False),
        ("Off apixaban, restarted yesterday", False),
        ("Apixaban held this morning.", False),
    ],
)
def test_a_stop_is_dated_by_its_own_clause(text: str, ended: bool) -> None:
    m = _DRUG.search(text)
    assert m is not None
    assert stopped(text, m.start(), m.end()) is ended


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Diagnosed with it by neurology last year.", []),
        ("Impression: hit by a car, bruised leg.", []),
        (
            "Impression: LAST after a femoral nerve block.",
            ["local_anaesthetic_toxicity"],
        ),
    ],
)
def test_word_acronyms_are_stated_only_in_capitals(text: str, ids: list[str]) -> None:
    kb = load_knowledge()
    assert [s.id for s in stated_diagnoses(text, kb)] == ids


@pytest.mark.parametrize(
    ("text", "vehicle"),
    [
        ("steering wheel deformed", True),
        ("a deformed steering wheel", True),
        ("helmet was badly deformed", True),
        ("wrist deformed", False),
        ("obvious deformity of the left forearm", False),
    ],
)
def test_a_vehicles_deformity_is_no_limbs(text: str, vehicle: bool) -> None:
    m = re.search(r"deform\w*", text)
    assert m is not None
    assert _vehicle_deformity(text, m.start(), m.end()) is vehicle


def test_both_feet_numb_is_its_own_pattern_not_weak_legs() -> None:
    assert bilateral_feet_numbness_span("BOTH FEET NUMB") is not None
    assert bilateral_feet_numbness_span("tingling in both feet") is not None
    assert bilateral_feet_numbness_span("both feet were cold") is None
    assert bilateral_leg_deficit_span("both feet numb") is None
