"""trauma53: the readers added this session, called directly (no graph run).

- a head strike or fall weeks ago (Kolias AG et al. Nat Rev Neurol 2014: a chronic
  subdural's injury);
- a nystagmus whose direction changes with the gaze (Kattah JC et al. Stroke 2009: a
  central HINTS sign);
- the back of a cauda equina red flag, the body part and not the adverb (GIRFT 2023).
"""

from __future__ import annotations

import re

import pytest

from agents.offline.rules.cauda_equina_words import SPINE_OR_SCIATICA
from agents.offline.rules.head_strike_weeks import head_injury_weeks_ago_span
from agents.offline.rules.vestibular_words import vestibular_spans

_BACK = re.compile(rf"(?i)(?<![a-z])(?:{SPINE_OR_SCIATICA})(?![a-z])")


@pytest.mark.parametrize(
    "text",
    [
        "hit her head on a kitchen cupboard 3 weeks ago, more confused",
        "fell and banged his head 3 weeks ago, since then muddled",
        "two weeks ago she tripped, now drowsy",
        "a fall a month ago, headaches since",
    ],
)
def test_a_head_strike_or_fall_weeks_ago_is_read(text: str) -> None:
    assert head_injury_weeks_ago_span(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "fell 2 days ago, hip pain",
        "chest pain 3 weeks ago, now breathless",
        "hit his head this morning",
        "redness around a scrape he got while gardening last week",
    ],
)
def test_a_recent_fall_or_another_complaint_weeks_ago_is_not(text: str) -> None:
    assert head_injury_weeks_ago_span(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "nystagmus beating left on left gaze and right on right gaze",
        "left-beating nystagmus on left gaze and right-beating on right gaze",
        "nystagmus changing direction on gaze",
        "bidirectional gaze-evoked nystagmus",
    ],
)
def test_a_direction_changing_nystagmus_is_central(text: str) -> None:
    assert {c for c, _, _ in vestibular_spans(text)} == {"central_vertigo_signs"}


def test_a_one_way_nystagmus_stays_peripheral() -> None:
    concepts = {
        c for c, _, _ in vestibular_spans("nystagmus beating to the right only")
    }
    assert concepts == {"unidirectional_nystagmus"}


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("low back pain", True),
        ("pain in her back", True),
        ("back pain and wet himself", True),
        ("pain radiating to the back", True),
        ("wet himself, now back to normal", False),
        ("came back with the same symptoms", False),
        ("went back home", False),
    ],
)
def test_the_back_of_a_red_flag_is_the_body_part(text: str, back: bool) -> None:
    assert (_BACK.search(text) is not None) is back
