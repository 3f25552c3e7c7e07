"""trauma48: the cord, cauda equina, tonsillectomy and deficit-date readers.

ASIA 2019 ISNCSCI (a dissociated sensory loss); GIRFT 2023 suspected cauda equina
pathway (numb when wiping, hesitancy); AAO-HNS 2019 (a recent tonsillectomy);
AHA/ASA 2019 (a deficit's own onset).
"""

from __future__ import annotations

import re

import pytest

from agents._text import asserted
from agents.offline.disposition_paths import suspected_cauda_equina
from agents.offline.rules.cauda_equina_words import CAUDA_EQUINA_FLAGS
from agents.offline.rules.cord_words import ANY_INJURY, CORD_SYMPTOM
from agents.offline.rules.tonsil_bleed import RECENT_TONSILLECTOMY
from agents.order_safety import _deficit_dated_today

_CAUDA = re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{CAUDA_EQUINA_FLAGS})(?![A-Za-z0-9])")


@pytest.mark.parametrize(
    "text",
    [
        "cannot move or feel pain in either leg",
        "unable to move either leg",
        "loss of pain and temperature in the left leg",
        "cannot feel pain or temperature in the left leg",
    ],
)
def test_cord_symptom_in_other_words(text: str) -> None:
    assert CORD_SYMPTOM.search(text), text


@pytest.mark.parametrize(
    "text", ["can move both legs normally", "pain in the left leg", "sore knee"]
)
def test_guard_no_cord_symptom(text: str) -> None:
    assert not CORD_SYMPTOM.search(text), text


@pytest.mark.parametrize("text", ["stabbed in the back", "a stab wound", "gunshot"])
def test_a_penetrating_injury_is_an_injury(text: str) -> None:
    assert ANY_INJURY.search(text), text


@pytest.mark.parametrize(
    "text",
    [
        "numb when wiping after the toilet",
        "numbness when wiping",
        "hesitancy passing urine",
        "urinary hesitancy",
        "difficulty starting to pass urine",
    ],
)
def test_cauda_equina_flags_in_lay_words(text: str) -> None:
    assert _CAUDA.search(text), text


def test_cauda_equina_keeps_the_patient_in_until_the_mri() -> None:
    assert suspected_cauda_equina("low back pain, new hesitancy passing urine")


@pytest.mark.parametrize(
    "text",
    [
        "low back pain after lifting, no hesitancy, passing urine normally",
        "low back pain, hesitancy passing urine; MRI lumbar spine: no compression",
        "hesitancy passing urine for a year with a large prostate",
    ],
)
def test_guard_no_cauda_equina_need(text: str) -> None:
    assert suspected_cauda_equina(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "tonsils out 7 days ago, spitting blood",
        "had her tonsils removed last week",
        "tonsillectomy 5 days ago",
    ],
)
def test_a_recent_tonsillectomy_in_lay_words(text: str) -> None:
    assert asserted(RECENT_TONSILLECTOMY, (text,)), text


def test_guard_tonsils_out_as_a_child_is_not_recent() -> None:
    assert not asserted(RECENT_TONSILLECTOMY, ("tonsils out as a child",))


def test_a_deficit_dated_today_after_older_neck_pain() -> None:
    text = (
        "neck pain after a manipulation 2 days ago, today vertigo, slurred speech "
        "and double vision"
    )
    assert _deficit_dated_today((text,))


@pytest.mark.parametrize(
    "text",
    [
        "right arm weakness and slurred speech that started 3 days ago",
        "came in today; slurred speech since 3 days ago",
    ],
)
def test_guard_a_deficit_of_days_is_not_dated_today(text: str) -> None:
    assert not _deficit_dated_today((text,)), text
