"""cardio48 readers: the anginal equivalent outside the chest, a device pocket's
infection, a pacemaker's failure to capture, a mechanical complication's murmur, a
bifascicular block written out and a measured orthostatic fall (issue 10)."""

from __future__ import annotations

import pytest

from agents import pathways_cardiac as cardiac


def _hit(pattern: object, text: str) -> bool:
    return bool(pattern.search(text))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aching in the jaw and left arm when walking uphill", True),
        ("pain in her left arm on exertion, settling with rest", True),
        ("heaviness in both arms when climbing the stairs", True),
        ("neck and jaw ache after walking to the shops", True),
        ("exertional jaw ache", True),
        ("aching in the right arm since moving house", False),
        ("jaw pain when chewing", False),
        ("shoulder pain at night lying on it", False),
    ],
)
def test_arm_jaw_exertional(text: str, expected: bool) -> None:
    assert _hit(cardiac._ARM_JAW_EXERTIONAL, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pacemaker box changed 5 weeks ago. Pocket red, swollen and tender", True),
        ("erythema and discharge over the pacemaker", True),
        ("ICD pocket infection", True),
        ("pacemaker site looks normal", False),
        ("Permanent pacemaker in situ. The left shin wound is red and swollen", False),
        ("generator erosion through the skin", True),
    ],
)
def test_cied_pocket_infection(text: str, expected: bool) -> None:
    assert _hit(cardiac._CIED_POCKET_INFECTION, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pacing spikes not followed by QRS complexes", True),
        ("failure to capture on the rhythm strip", True),
        ("loss of capture", True),
        ("lead displacement on the chest film", True),
        ("paced rhythm at 70 with 1:1 capture", False),
        ("complete heart block with a broad escape rhythm", False),
    ],
)
def test_pacing_failure(text: str, expected: bool) -> None:
    assert _hit(cardiac._PACING_FAILURE, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("new loud pansystolic murmur at the apex", True),
        ("a harsh holosystolic murmur at the left sternal edge", True),
        ("pansystolic murmur not previously documented", True),
        ("known pansystolic murmur at the apex for years", False),
        ("ejection systolic murmur", False),
    ],
)
def test_new_systolic_murmur(text: str, expected: bool) -> None:
    assert _hit(cardiac._NEW_SYSTOLIC_MURMUR, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("had chest pain at home 4 days ago that he ignored", True),
        ("three days after a heart attack", True),
        ("ECG: Q waves in II, III, aVF", True),
        ("chest pain for 2 hours", False),
    ],
)
def test_recent_infarct(text: str, expected: bool) -> None:
    assert _hit(cardiac._RECENT_INFARCT, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right bundle branch block with left anterior fascicular block", True),
        ("RBBB and LAFB", True),
        ("RBBB with left axis deviation", True),
        ("bifascicular block", True),
        ("right bundle branch block", False),
        ("left anterior fascicular block", False),
    ],
)
def test_bifascicular_written_out(text: str, expected: bool) -> None:
    assert _hit(cardiac._BIFASCICULAR, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lying BP 132/78, standing after 3 minutes 98/60 with symptoms", True),
        ("lying 140/80, standing 135/76", False),
        ("supine blood pressure 150/90 and standing 126/84", True),
        ("sitting 118/70, standing at 3 min 112/58", True),
        ("lying 110/70 standing 86/60", True),
        ("Lying and standing BP without a drop", False),
    ],
)
def test_measured_orthostatic_drop(text: str, expected: bool) -> None:
    assert cardiac.measured_orthostatic_drop([text]) is expected
