"""cardio52's readers: an infarct's pain beyond 48 h now over (ESC 2023 ACS 5.2.2), and
a breathlessness of six weeks or more (NICE CG163 1.1.1). Research software."""

from __future__ import annotations

import pytest

from agents.offline.rules.chronic_breathlessness import chronic_breathlessness_spans
from agents.offline.rules.late_infarct import reperfusion_window_passed_spans


@pytest.mark.parametrize(
    "text",
    [
        "Severe central chest pain 3 days ago lasting hours. Now pain free.",
        "Chest tightness four days ago, did not come in. Currently pain-free.",
        "Five days ago he had crushing chest pain; no chest pain now.",
        "Chest pain 60 hours ago. Pain has resolved.",
        "Heart attack last week at home, now asymptomatic.",
    ],
)
def test_late_infarct_now_over_is_read(text: str) -> None:
    assert reperfusion_window_passed_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain 2 days ago, now pain free.",  # 48 h: still within the window
        "Chest pain for 3 hours, ongoing.",
        "Chest pain 3 days ago, still having chest pain.",
        "Chest pain 3 days ago, now pain free but in cardiogenic shock.",
        "Chest pain 4 days ago. Pulmonary oedema on the film.",
        "Chest pain 5 days ago, worse today.",  # nothing says it is over
        "Knee pain 3 days ago, now pain free.",
    ],
)
def test_late_infarct_not_read(text: str) -> None:
    assert not reperfusion_window_passed_spans(text)


def test_a_denied_instability_does_not_stop_the_late_reading() -> None:
    text = "Chest pain 3 days ago, now pain free. No pulmonary oedema, not hypotensive."
    assert reperfusion_window_passed_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Progressive breathlessness for 2 months and a dry cough.",
        "Breathless on exertion for three months, worse.",
        "Shortness of breath over the last 8 weeks.",
        "Six months of breathlessness on exertion.",
        "Dyspnoea for 1 year.",
    ],
)
def test_persistent_breathlessness_is_read(text: str) -> None:
    assert chronic_breathlessness_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Breathless for 3 days with a fever.",
        "Shortness of breath for 2 weeks.",
        "Cough for 3 months, no breathlessness.",  # the duration is the cough's
        "Breathless since this morning.",
    ],
)
def test_short_breathlessness_is_not_read(text: str) -> None:
    assert not chronic_breathlessness_spans(text)
