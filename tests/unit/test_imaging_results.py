"""Imaging studies read negative in ED word orders (``rules.imaging_results``)."""

from __future__ import annotations

import pytest

from agents.offline.rules.imaging_results import negative_studies
from agents.offline.rules.results import result_findings


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(r.modality, r.region, r.negative_for) for r in negative_studies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CT head today, 68 hours after onset, normal.", [("CT", "head", "any")]),
        ("Head CT from this morning was unremarkable.", [("CT", "head", "any")]),
        ("CT head was read by radiology as normal.", [("CT", "head", "any")]),
        ("Normal CT head.", [("CT", "head", "any")]),
        (
            "CT head: no intracranial haemorrhage, no skull fracture.",
            [("CT", "head", "haemorrhage")],
        ),
        (
            "CT C-spine negative for acute fracture or malalignment.",
            [("CT", "cervical_spine", "fracture")],
        ),
        (
            "Imaging: no fracture on CT cervical spine; chest x-ray clear.",
            [("CT", "cervical_spine", "fracture"), ("radiograph", "chest", "any")],
        ),
        ("c-spine CT negative", [("CT", "cervical_spine", "any")]),
        (
            "CT head and C-spine: no acute findings.",
            [("CT", "head", "any"), ("CT", "cervical_spine", "any")],
        ),
        (
            "Unremarkable CT abdomen and pelvis with contrast.",
            [("CT", "abdomen_pelvis", "any")],
        ),
        ("Ankle X-ray: no fracture.", [("radiograph", "ankle", "fracture")]),
        (
            "Wrist X-ray with scaphoid views: no fracture seen.",
            [("radiograph", "wrist", "fracture")],
        ),
    ],
)
def test_negative_readings_in_ed_word_orders(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CT head pending.",
        "CT head ordered, normal neuro exam.",
        "Plan CT head; if normal, discharge.",
        "If CT head is normal, LP.",
        "CT head 2 years ago was normal.",
        "Prior CT head normal.",
        "PMH: CT head normal 2019.",
        "CT head showed acute SDH, no fracture.",
        "CT head normal except for a small chronic infarct.",
        "CT head: ventricles enlarged compared with prior scan.",
        "CT chest: normal heart size, RLL consolidation.",
        "CT C-spine: normal alignment, C2 fracture.",
    ],
)
def test_no_negative_reading(text: str) -> None:
    assert _read(text) == []


def test_validated_findings_only() -> None:
    """A head CT, a cervical spine CT and an abdominal CT map to their concepts; a
    normal wrist radiograph excludes nothing (NICE NG38: occult scaphoid fractures)."""
    concepts = {
        f.concept
        for f in result_findings(
            "CT head: normal. No fracture on CT C-spine. Unremarkable CT abdomen and "
            "pelvis. Wrist X-ray: no fracture."
        )
    }
    assert {"ct_head_negative", "ct_cspine_negative", "ct_appendicitis_negative"} <= (
        concepts
    )
    assert not any("wrist" in c or "scaphoid" in c for c in concepts)


def test_early_head_ct_timed_after_its_verdict() -> None:
    """Perry 2011: the scan's own time may follow its verdict; 70 h is not early."""
    early = {
        f.concept for f in result_findings("Normal CT head at 2 hours after onset.")
    }
    late = {f.concept for f in result_findings("CT head 70 hours after onset: normal.")}
    assert "ct_head_negative_early" in early
    assert "ct_head_negative_early" not in late and "ct_head_negative" in late
