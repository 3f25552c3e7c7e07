"""triage33 readers: a stated CIWA-Ar (ASAM 2020), thunderclap timing wordings (Ottawa
SAH rule), a CSF shunt failure worded at triage (Kahle 2016)."""

from __future__ import annotations

import pytest

from agents.offline.rules._ciwa import mild_withdrawal, severe_withdrawal, stated_ciwa
from agents.offline.rules._headache_onset import headache_onset_spans
from agents.offline.rules._limb_signs import limb_sign_spans
from agents.pathways_specialty import _csf_shunt_failing


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("CIWA-Ar 22", 22),
        ("ciwa score of 8", 8),
        ("CIWA: 14, tremulous", 14),
        ("CIWA Ar = 19", 19),
        ("no score recorded", None),
        ("CIWA 99", None),
    ],
)
def test_stated_ciwa(text: str, score: int | None) -> None:
    assert stated_ciwa(text) == score


def test_ciwa_bands() -> None:
    assert severe_withdrawal("tremor, CIWA-Ar 19") is not None
    assert severe_withdrawal("CIWA-Ar 18") is None
    assert mild_withdrawal("mild tremor, CIWA-Ar 6")
    assert not mild_withdrawal("CIWA-Ar 6, seeing bugs on the wall")
    assert not mild_withdrawal("had a seizure, CIWA 8")
    assert not mild_withdrawal("CIWA-Ar 12")


@pytest.mark.parametrize(
    "text",
    [
        "headache that reached full intensity in under a minute",
        "headache maximal in intensity within a minute",
        "headache, peaked in less than a minute",
        "headache came on in under a minute",
    ],
)
def test_instantly_peaking_wordings_are_thunderclap(text: str) -> None:
    assert any(s[0] == "thunderclap_headache" for s in headache_onset_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "headache built up over 30 minutes",
        "dizziness settles within a minute, no headache",
        "headache for a week, worst in the mornings",
    ],
)
def test_gradual_or_headache_free_wordings_are_not_thunderclap(text: str) -> None:
    assert not any(s[0] == "thunderclap_headache" for s in headache_onset_spans(text))


@pytest.mark.parametrize(
    ("text", "failing"),
    [
        ("VP shunt, headache and vomiting", True),
        ("hydrocephalus with a shunt, sleepy", True),
        ("shunt revision last week, now headache", True),
        ("shunt malfunction", True),
        ("dialysis shunt malfunction", False),
        ("AV fistula, blocked shunt", False),
        ("VP shunt, twisted ankle", False),
    ],
)
def test_csf_shunt_failing(text: str, failing: bool) -> None:
    assert _csf_shunt_failing([text]) is failing


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        ("her left arm and leg suddenly went weak", True),
        ("right arm and leg became weak", True),
        ("left arm and leg weakness", True),
        ("her left arm and leg were bruised", False),
    ],
)
def test_one_sided_limbs_linked_to_their_weakness(text: str, weak: bool) -> None:
    spans = limb_sign_spans(text)
    assert any(s[0] == "unilateral_weakness" for s in spans) is weak
