"""neuro18: lateralised limb weakness and the NIHSS as written (CPSS, Kothari 1999;
AHA/ASA 2019; Brott 1989), and a subdural haematoma reported on head imaging (BTF
2016; NICE NG232)."""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import sign_findings
from agents.offline.rules.reports import report_findings


def _signs(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in sign_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "R arm and leg weakness",
        "weakness of the L arm and leg",
        "power 3/5 in the right arm",
        "weak L hand",
        "Left-sided arm & leg weakness",
        "R-sided weakness + aphasia",
    ],
)
def test_one_sides_limb_weakness_is_unilateral(text: str) -> None:
    assert _signs(text).get("unilateral_weakness") == "present"


@pytest.mark.parametrize(
    "text", ["L facial weakness only", "bilateral leg weakness", "generalised weakness"]
)
def test_a_face_alone_or_both_sides_is_not(text: str) -> None:
    assert "unilateral_weakness" not in _signs(text)


def test_negated_weakness_and_nihss() -> None:
    assert _signs("no R arm weakness") == {"unilateral_weakness": "absent"}
    assert _signs("NIHSS 17") == {"focal_deficit": "present"}
    assert _signs("NIHSS 0") == {"focal_deficit": "absent"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CT head: acute left subdural haematoma 9 mm with midline shift.", True),
        ("Non-contrast CT brain showed a small right acute-on-chronic SDH", True),
        ("CT head shows chronic subdural hematoma", True),
        ("CT head to exclude subdural haematoma.", False),
        ("CT head: no subdural haematoma.", False),
        ("CT head negative for SDH", False),
        ("if CT head shows a subdural, call neurosurgery", False),
    ],
)
def test_subdural_on_head_imaging(text: str, found: bool) -> None:
    concepts = {f.concept for f in report_findings(text) if f.status == "present"}
    assert ("ct_subdural" in concepts) is found


@pytest.mark.parametrize(
    ("text", "deficit"),
    [
        ("4-month-old not moving left leg, said to have rolled off a sofa", False),
        ("not moving her left arm since her brother pulled it", False),
        ("not moving his left arm after a road accident", False),
        ("sudden onset, not moving her right arm, slurred speech", True),
        ("not moving his left arm, previous cerebrovascular accident", True),
    ],
)
def test_a_limb_not_moved_after_its_injury_is_no_deficit(
    text: str, deficit: bool
) -> None:
    """peds31: the mechanism names the cause (pseudoparalysis, a pulled elbow)."""
    assert (_signs(text).get("unilateral_weakness") == "present") is deficit
