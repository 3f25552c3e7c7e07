"""cardio53: the readers of an advance care plan's "no hospital admission", a ceiling's
goal of symptom control, a paced patient's missing spikes and a fluoropyrimidine.

ReSPECT 2017 / NICE NG31 2015 / MCA 2005 ss. 24-26; Glikson M et al. ESC 2021 pacing
9.1-9.2; Lyon AR et al. ESC 2022 cardio-oncology 6.4.
"""

from __future__ import annotations

import pytest

from agents import ceilings
from agents._text import asserted
from agents.pathways_cardiac import _FLUOROPYRIMIDINE, _NO_SPIKES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Advance care plan agreed last year: no hospital [REDACTED], no CPR.",
            True,
        ),
        ("ReSPECT form: not for hospital [REDACTED] unless for symptom control.", True),
        ("Her ReSPECT form says not for [REDACTED].", True),
        ("She does not want to go back to hospital wards.", True),
        ("Declines hospital [REDACTED].", True),
        ("Does not want to be [REDACTED] to hospital.", True),
        # a past admission names no plan; a scrubbed word alone could be a discharge
        ("No hospital [REDACTED] in the past year.", False),
        ("Advance care plan discussed. No hospital [REDACTED] this year.", False),
        ("Does not want to be [REDACTED].", False),
        ("Happy to stay in hospital.", False),
    ],
)
def test_no_admission(text: str, expected: bool) -> None:
    assert ceilings.no_admission([text]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DNACPR; treatment escalation plan: ward-based care, for symptom control.",
            True,
        ),
        ("On the palliative care register, wants to be comfortable.", True),
        # a DNACPR decision alone limits nothing else (RC(UK) 2016)
        ("DNACPR in place. For full active treatment.", False),
        ("Ward-based care ceiling agreed.", False),
    ],
)
def test_palliative_comfort_goal(text: str, expected: bool) -> None:
    assert ceilings.palliative_comfort_goal([text]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECG: complete heart block at 38, no pacing spikes seen.", True),
        ("Pacing spikes absent on the strip.", True),
        ("Paced rhythm, pacing spikes before every QRS.", False),
    ],
)
def test_no_pacing_spikes(text: str, expected: bool) -> None:
    assert asserted(_NO_SPIKES, [text]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bowel cancer on capecitabine.", True),
        ("Second cycle of FOLFOX last week.", True),
        ("5-FU infusion started on Monday.", True),
        ("On letrozole for breast cancer.", False),
    ],
)
def test_fluoropyrimidine(text: str, expected: bool) -> None:
    assert asserted(_FLUOROPYRIMIDINE, [text]) is expected
