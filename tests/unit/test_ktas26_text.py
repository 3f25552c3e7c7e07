"""ktas26 (issue 10): a tube that fell out is no fall; a past stroke is no stroke sign.

AHA/ASA 2019 (BE-FAST): signs of stroke are a *new* deficit; a stroke named as past
("old stroke", "post-stroke", "CVA two years ago") is history (``prior_stroke``). A
PEG tube, a tooth or a stitch that "fell out" is no fall of the patient.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._esi_patterns import time_critical
from agents.offline.rules._esi_risk import avpu_at_baseline
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import extract_findings
from cases.models import Case
from cases.views import build_view

KB = load_knowledge()


def _present(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text, KB) if f.status == "present"}


def _stroke_signs(text: str) -> bool:
    case = Case(patient_id="p", encounter_id="e", chief_complaint=text)
    facts = ClinicalFacts.from_view(build_view(case, "triage"), KB)
    return any(r.startswith("signs of stroke") for r in time_critical(facts))


@pytest.mark.parametrize(
    "text",
    ["PEG tube fell out this morning", "a filling has fallen out", "stitches fell out"],
)
def test_something_that_fell_out_is_no_fall(text: str) -> None:
    assert "fall" not in _present(text)


def test_falling_out_of_bed_is_a_fall() -> None:
    assert "fall" in _present("fell out of bed overnight")


@pytest.mark.parametrize(
    "text",
    [
        "PEG tube fell out, bedbound after an old stroke",
        "post-stroke resident, catheter blocked",
        "urinary catheter change, CVA two years ago",
    ],
)
def test_a_past_stroke_is_no_stroke_sign(text: str) -> None:
    assert not _stroke_signs(text)


@pytest.mark.parametrize(
    "text",
    [
        "old stroke, new right arm weakness since this morning",
        "post-stroke, sudden slurred speech an hour ago",
        "stroke symptoms",
    ],
)
def test_a_new_deficit_beside_a_past_stroke_is_a_stroke_sign(text: str) -> None:
    assert _stroke_signs(text)


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("at her baseline mental status per the nursing home", True),
        ("non-verbal at baseline, PEG tube out", True),
        ("mentation at baseline per daughter", True),
        ("family say she is not at her baseline", False),
        ("is no longer at her baseline", False),
        ("on 2 L home oxygen at baseline", False),
        ("back to baseline after the seizure", False),
    ],
)
def test_avpu_at_baseline_statements(text: str, baseline: bool) -> None:
    case = Case(patient_id="p", encounter_id="e", chief_complaint=text)
    facts = ClinicalFacts.from_view(build_view(case, "triage"), KB)
    assert avpu_at_baseline(facts) is baseline
