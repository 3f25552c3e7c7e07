"""cardio55: exertion in the patient's words, stable angina's course, a serial troponin
written value first, and an unchanged ECG without ST elevation.

Vrints C et al. ESC 2024 chronic coronary syndromes table 5 (typical angina: provoked
by exertion, relieved by rest); Byrne RA et al. ESC 2023 ACS 3.1 (rest, crescendo and
new-severe angina) and 3.2.2 (0/1 h and 0/2-3 h deltas); Thygesen K et al. Fourth
Universal Definition of MI 2018 (a flat raised troponin is chronic injury); Wang K et
al. NEJM 2003 (STEMI mimics).
"""

from __future__ import annotations

import pytest

from agents import leading_gates
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import troponin_change, troponin_static


def _present(text: str) -> set[str]:
    return {
        f.concept
        for f in extract_findings(text, load_knowledge())
        if f.status == "present"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chest tightness brought on after about 300 yards up the hill.",
        "A gripping feeling across the middle of her chest comes on when she climbs "
        "the stairs.",
        "Heaviness in the chest when walking the dog.",
        "Chest pain goes within a minute or two of standing still.",
        "Chest tightness on walking.",
    ],
)
def test_exertion_in_plain_words_is_exertional_pain(text: str) -> None:
    assert "exertional_pain" in _present(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain after a fall, not brought on by walking.",
        "Chest pain at rest, no relation to walking.",
    ],
)
def test_no_exertion_read_where_there_is_none(text: str) -> None:
    assert "exertional_pain" not in _present(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heaviness in the chest when walking briskly for 4 months, eases with rest. "
        "No rest pain, no change in pattern.",
        "For the last six weeks chest tightness comes on when he climbs the stairs "
        "and goes within minutes of standing still. Never at rest, not more "
        "frequent.",
        "Months of chest pain on exertion, relieved by rest.",
    ],
)
def test_stable_angina_pattern(text: str) -> None:
    assert "stable_angina_pattern" in _present(text)


@pytest.mark.parametrize(
    "text",
    [
        # no course stated
        "Chest tightness on walking, eases with rest.",
        # crescendo / rest pain (ESC 2023 ACS 3.1)
        "Exertional chest pain for 6 months, eased by rest; since yesterday it comes "
        "at rest.",
        "Chest pain on exertion for 3 months, now more frequent and with less "
        "exertion.",
    ],
)
def test_no_stable_pattern_without_a_course_or_with_instability(text: str) -> None:
    assert "stable_angina_pattern" not in _present(text)


@pytest.mark.parametrize(
    ("text", "change", "static"),
    [
        ("hs-troponin T 62 ng/L, repeat at 3 h 64 ng/L.", False, True),
        ("hs-troponin T 38 then 164 ng/L at 3 h.", True, False),
        ("troponin 0 h 38 ng/L, 1 h 71 ng/L", True, False),  # the older form kept
        ("hs-troponin T 0 h 5 ng/L, 1 h 5 ng/L.", False, False),
    ],
)
def test_serial_troponin_written_value_first(
    text: str, change: bool, static: bool
) -> None:
    assert (troponin_change(text) is not None) is change
    assert (troponin_static(text) is not None) is static


@pytest.mark.parametrize(
    ("text", "mimic"),
    [
        ("ECG: sinus rhythm, old Q waves inferiorly, unchanged from 2022.", False),
        ("ECG: ST elevation in V1-V3, unchanged from 2019.", True),
        ("ECG: diffuse concave ST elevation with PR depression.", True),
    ],
)
def test_an_unchanged_ecg_is_a_mimic_only_of_its_st_elevation(
    text: str, mimic: bool
) -> None:
    s = leading_gates.read([text], [], None, None, 90.0)
    assert (s.mimic is not None) is mimic
