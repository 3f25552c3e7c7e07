"""cardio43: the words behind AF's other causes of a low pressure, a zoster rash, a
recent cardiac operation, a splinter that is no wound, and serial troponins written
value first."""

from __future__ import annotations

import pytest

from agents import pathways_cardiac as cardiac
from agents.offline.rules.results import troponin_change
from agents.pathways import _TETANUS_PRONE, _WOUND
from agents.pathways_acute import _AAS_PERFUSION_DEFICIT, asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hs-troponin I 48 ng/L at 0 h and 96 ng/L at 1 h", True),
        ("hs-troponin T 30 ng/L at 0 h, 38 at 1 h", True),
        ("hs-troponin I 40 ng/L at 0 h then 52 ng/L at 2 h", False),
        ("troponin 8 ng/L at 0 h and 9 ng/L at 1 h", False),
        ("troponin 0 h 38 ng/L, 1 h 71 ng/L", True),
    ],
)
def test_troponin_change_reads_each_value_before_its_hour(
    text: str, expected: bool
) -> None:
    assert (troponin_change(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vomiting and diarrhoea for 3 days", True),
        ("urinary tract infection with rigors", True),
        ("melaena this morning", True),
        ("no fever, no bleeding, no vomiting or diarrhoea", False),
        ("palpitations and chest tightness, cool peripheries", False),
    ],
)
def test_other_cause_of_a_low_pressure_beside_af(text: str, expected: bool) -> None:
    assert asserted(cardiac._OTHER_SHOCK_CAUSE, (text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a band of grouped vesicles in one dermatome", True),
        ("shingles rash on the left chest", True),
        ("dermatomal rash from the back to the nipple", True),
        ("had the shingles vaccine last year", False),
        ("no rash", False),
    ],
)
def test_zoster_rash(text: str, expected: bool) -> None:
    assert asserted(cardiac.ZOSTER_RASH, (text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CABG 6 days ago, discharged yesterday", True),
        ("coronary bypass surgery 9 days ago", True),
        ("two weeks after aortic valve replacement", True),
        ("post-CABG day 5", True),
        ("bypass surgery 12 years ago", False),
        ("CABG in 2015", False),
    ],
)
def test_recent_cardiac_surgery(text: str, expected: bool) -> None:
    assert asserted(cardiac._RECENT_CARDIAC_SURGERY, (text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("splinter haemorrhages on two fingernails", False),
        ("a wooden splinter in the palm", True),
    ],
)
def test_splinter_haemorrhages_are_no_wound(text: str, expected: bool) -> None:
    assert asserted(_TETANUS_PRONE, (text,)) is expected
    assert asserted(_WOUND, (text,)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right hemiparesis, NIHSS 7", True),
        ("left arm and leg weakness", True),
        ("left arm BP unrecordable", True),
        ("no focal weakness", False),
        ("generalised weakness", False),
    ],
)
def test_aortic_perfusion_deficit(text: str, expected: bool) -> None:
    assert asserted(_AAS_PERFUSION_DEFICIT, (text,)) is expected
