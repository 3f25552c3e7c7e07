"""Course readers: mentation altered >= 24 h (IEC 2013), complex seizures (AAP 2011)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._mental_status_course import (
    prolonged_altered_mentation_spans,
)
from agents.offline.rules._seizure_course import seizure_course_spans
from agents.offline.rules.findings import extract_findings


@pytest.mark.parametrize(
    "text",
    [
        "confused for 3 days with fever",
        "Three days of confusion and headache",
        "increasingly drowsy since yesterday",
        "behaviour change over the past week",
        "disorientated for 36 hours",
    ],
)
def test_altered_mentation_of_a_day_or_more_is_read(text: str) -> None:
    assert prolonged_altered_mentation_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "One hour later still drowsy, not back to baseline.",
        "drowsy for 12 hours",
        "post-ictal and drowsy for 1 day",
        "fever for 2 days. Drowsy now.",
    ],
)
def test_brief_or_post_ictal_drowsiness_is_not(text: str) -> None:
    assert not prolonged_altered_mentation_spans(text)


def test_denied_prolonged_confusion_is_no_finding() -> None:
    kb = load_knowledge()
    found = extract_findings("No confusion for 2 days, fever today.", kb)
    assert not any(
        f.concept == "altered_mental_status_24h" and f.status == "present"
        for f in found
    )


def test_seizure_length_and_side() -> None:
    concepts = {
        c
        for c, *_ in seizure_course_spans(
            "a 20 minute seizure affecting his right side"
        )
    }
    assert concepts == {"prolonged_seizure", "focal_seizure"}
    assert not seizure_course_spans(
        "generalised tonic-clonic seizure lasting 2 minutes"
    )
    # a range is read by its upper end (safety first)
    assert [c for c, *_ in seizure_course_spans("seizure lasting 10-20 minutes")] == [
        "prolonged_seizure"
    ]
