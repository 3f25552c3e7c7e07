"""The patient's usual pain (CTAS 2016 pain modifier: chronic pain one level less)."""

from __future__ import annotations

import pytest

from agents.offline.rules.ctas import usual_pain


@pytest.mark.parametrize(
    "text",
    [
        "migraine like her usual migraines",
        "his usual sickle cell pain",
        "back pain same as his usual flares",
        "pain similar to her usual pain",
    ],
)
def test_a_pain_like_the_usual_is_chronic(text: str) -> None:
    assert usual_pain(text)


@pytest.mark.parametrize(
    "text",
    [
        "headache not like her usual migraines",
        "worse than her usual headaches",
        "different from his usual headaches",
        "the worst, unlike her usual migraine",
        "headache, first one like this",
        "usual headache",
        None,
    ],
)
def test_a_pain_unlike_the_usual_is_acute(text: str | None) -> None:
    assert not usual_pain(text)
