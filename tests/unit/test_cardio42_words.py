"""cardio42: the words behind an unstable slow rhythm, secondary AF, a very-high-risk
NSTE-ACS and a congested chest at a crisis-range pressure."""

from __future__ import annotations

import pytest

from agents import pathways_cardiac as cardiac
from agents.pathways import _BILATERAL_CRACKLES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("crushing chest pain, ECG ST elevation in II, III and aVF", True),
        ("ischaemic chest pain at rest", True),
        ("chest pain, ECG normal sinus rhythm", False),
        ("ST depression in V5-V6, no chest pain", False),
        ("no chest pain", False),
    ],
)
def test_ischaemic_chest_discomfort(text: str, expected: bool) -> None:
    assert cardiac.ischaemic_chest_discomfort((text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECG: atrial fibrillation at 158", True),
        ("atrial flutter 2:1", True),
        ("known WPW, atrial fibrillation with delta waves", False),
        ("broad complex tachycardia, VT", False),
        ("narrow complex tachycardia, SVT", False),
        ("sinus tachycardia", False),
    ],
)
def test_secondary_af_reads_af_without_vt_svt_or_pre_excitation(
    text: str, expected: bool
) -> None:
    assert cardiac._secondary_af((text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pain persists despite GTN", True),
        ("ongoing chest pain despite two sprays of GTN", True),
        ("refractory chest pain", True),
        ("pain-free after GTN", False),
        ("pain resolved", False),
    ],
)
def test_refractory_pain(text: str, expected: bool) -> None:
    assert bool(cardiac._REFRACTORY_PAIN.search(text.lower())) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bibasal crackles", True),
        ("crackles bibasally", True),
        ("crackles to mid-zones", True),
        ("bilateral crepitations", True),
        ("right basal crackles", False),
        ("chest clear", False),
    ],
)
def test_bilateral_crackles(text: str, expected: bool) -> None:
    assert bool(_BILATERAL_CRACKLES.search(text.lower())) is expected
