"""peds46 readers: a relative's sudden death by age, a scan of today, door history."""

from __future__ import annotations

import pytest

from agents.offline.rules._family_death_age import older_relative_death
from agents.picture_gates import intrauterine_scanned_today
from cases.background import background_history

_MENTION = "died suddenly"


def _older(text: str) -> bool:
    start = text.index(_MENTION)
    return older_relative_death(text, start, start + len(_MENTION))


@pytest.mark.parametrize(
    "text",
    [
        "His brother died suddenly in his sleep aged 31.",
        "Father died suddenly aged 45.",
        "Her sister died suddenly while swimming.",
        "Grandmother died suddenly aged 38.",
    ],
)
def test_a_young_relatives_sudden_death_is_premature(text: str) -> None:
    assert not _older(text)


@pytest.mark.parametrize(
    "text",
    [
        "Father died suddenly of a heart attack at 72.",
        "Her mother died suddenly in her sixties.",
        "Grandfather died suddenly.",
        "Uncle died suddenly aged 50.",
    ],
)
def test_an_older_relatives_sudden_death_is_not_premature(text: str) -> None:
    assert _older(text)


def test_the_family_history_is_door_history() -> None:
    note = "Fainted at his desk. His brother died suddenly aged 28. Chest clear."
    assert background_history(note) == "His brother died suddenly aged 28."


@pytest.mark.parametrize(
    ("text", "today"),
    [
        (
            "EPU scan this morning: single live intrauterine pregnancy.",
            True,
        ),
        ("Transvaginal scan today showed a live intrauterine pregnancy.", True),
        ("Scan at 7 weeks showed a live intrauterine pregnancy.", False),
        ("IVF pregnancy. Scan this morning: live intrauterine pregnancy.", False),
        ("TVUS this morning to confirm an intrauterine pregnancy.", False),
    ],
)
def test_an_iup_scanned_today(text: str, today: bool) -> None:
    assert intrauterine_scanned_today((text,)) is today
