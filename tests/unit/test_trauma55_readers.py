"""trauma55 readers: a sluggish dilated pupil, an extradural haematoma on CT."""

from __future__ import annotations

import pytest

from agents import resulted
from agents.offline.rules.pupils import unequal_in
from agents.offline.rules.reports import report_findings


def _concepts(text: str) -> set[str]:
    return {f.concept for f in report_findings(text)}


@pytest.mark.parametrize(
    ("text", "unequal"),
    [
        # one side's pupil of 5 mm or more, sluggish: a compressed third nerve (ATLS 6)
        ("GCS 10 (E2 V3 M5). Left pupil 6 mm sluggish.", True),
        ("Right pupil 7 mm, sluggishly reactive.", True),
        ("Left pupil 5 mm and poorly reactive", True),
        # small sluggish pupils (opioids, age) are no herniation
        ("Left pupil 3 mm sluggish", False),
        ("Pupils 3 mm sluggish bilaterally", False),
    ],
)
def test_a_sluggish_dilated_pupil_is_unequal(text: str, unequal: bool) -> None:
    assert unequal_in(text) is unequal


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CT head: left temporal extradural haematoma 2.5 cm with midline shift", True),
        ("CT head shows a right frontal epidural hematoma", True),
        ("CT head: acute EDH, left parietal", True),
        ("CT head: no extradural haematoma, no fracture", False),
        ("CT head to exclude an extradural haematoma", False),
        ("MRI spine: spinal epidural abscess at T8", False),
    ],
)
def test_an_extradural_haematoma_on_head_ct(text: str, found: bool) -> None:
    assert ("ct_extradural" in _concepts(text)) is found


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("CT angiogram: basilar artery occlusion (thrombus in the mid basilar).", True),
        ("CTA head and neck shows a left M1 occlusion.", True),
        (
            "CT angiogram: no aneurysm; mild segmental narrowing of the MCA branches.",
            True,
        ),
        # a chest or aortic angiogram, a plan: not the head's
        ("CT angiogram: bilateral pulmonary emboli.", False),
        ("CTA of the head and neck to be arranged for occlusion.", False),
    ],
)
def test_a_head_cta_stated_with_its_findings_is_done(text: str, done: bool) -> None:
    assert ("CT head with CT angiography" in resulted.read([text]).done) is done
