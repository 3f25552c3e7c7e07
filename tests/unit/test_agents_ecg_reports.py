"""ECG results stated in words (``agents.offline.rules.ecg_reports``)."""

from __future__ import annotations

import pytest

from agents.offline.rules.ecg_reports import ecg_findings, stemi_criteria_denied


def _read(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in ecg_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ECG: ST elevation in II, III, aVF, meets STEMI criteria.",
        "ECG: STEMI criteria met.",
        "ECG: ST depression V1-V3; posterior leads V7-V9 show ST elevation 1 mm.",
        "ECG: 0.5 mm ST elevation in V7-V9.",
    ],
)
def test_stemi_criteria_stated_present(text: str) -> None:
    assert _read(text).get("ecg_stemi_criteria") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "ECG: 0.5 mm ST elevation in V2 only, does not meet STEMI criteria.",
        "ECG: STEMI criteria not met.",
    ],
)
def test_stemi_criteria_stated_absent(text: str) -> None:
    assert _read(text).get("ecg_stemi_criteria") == "absent"
    assert stemi_criteria_denied(text)


def test_a_conditional_states_nothing() -> None:
    assert _read("Activate the cath lab if the ECG meets STEMI criteria.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "ECG: type 1 Brugada pattern in V1-V2.",
        "ECG: coved ST elevation 2.5 mm in V1-V2 with T inversion.",
    ],
)
def test_type_1_brugada_pattern(text: str) -> None:
    assert _read(text).get("ecg_brugada_type1") == "present"


def test_no_text_no_findings() -> None:
    assert ecg_findings(None) == ()
    assert not stemi_criteria_denied("ECG: sinus rhythm, normal.")


@pytest.mark.parametrize(
    "text",
    [
        "ECG: diffuse concave ST elevation with PR depression.",
        "ECG: widespread ST elevation, no reciprocal changes.",
        "ECG: PR segment depression in II and aVF.",
        "ECG: saddle-shaped ST elevation in most leads.",
    ],
)
def test_pericarditis_pattern_read(text: str) -> None:
    # mend33: Adler Y et al. ESC 2015 pericardial diseases 3.1
    assert _read(text).get("ecg_pericarditis_pattern") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "ECG: widespread ST elevation V1-V6 with reciprocal ST depression inferiorly.",
        "ECG: diffuse ST elevation; anterior STEMI.",
        "ECG: ST elevation in II, III and aVF.",
        "No PR depression was seen.",
    ],
)
def test_pericarditis_pattern_not_read_beside_occlusion_or_negated(text: str) -> None:
    # mend33: reciprocal change marks an occlusion MI (ACC/AHA 2013; Fourth UDMI 2018)
    assert _read(text).get("ecg_pericarditis_pattern") != "present"
