"""Haemostasis as written (BSH 2011; NICE CKS epistaxis): stopped, or not yet."""

from __future__ import annotations

import pytest

from agents.offline.rules.anticoagulated_bleed import haemostasis_documented


@pytest.mark.parametrize(
    "text",
    [
        "Bleeding stopped with pressure.",
        "Haemostasis achieved after cautery.",
        "Observed for 1 hour, no further bleeding.",
        "Epistaxis controlled with an anterior pack.",
        "Gums bled this morning, stopped now.",
    ],
)
def test_haemostasis_documented(text: str) -> None:
    assert haemostasis_documented((text,))


@pytest.mark.parametrize(
    "text",
    [
        "Still oozing after 20 minutes of pressure; anterior pack placed.",
        "Bleeding has not stopped despite pressure.",
        "Bleeding stopped, then restarted in the waiting room.",
        "Nosebleed for 1 hour.",
        None,
    ],
)
def test_haemostasis_not_documented(text: str | None) -> None:
    assert not haemostasis_documented((text,))
