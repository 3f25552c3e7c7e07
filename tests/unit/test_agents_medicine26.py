"""medicine26 readers: a mild sodium, a drug stopped weeks ago, the NIHSS, an eye that
"blacked out", and the pulsed steroid that is hospital care.

Sources: Spasovski G et al. ESE 2014 hyponatraemia (mild 130-134 mmol/L); Ross DS et
al. ATA 2016 and Vicente N et al. Eur Thyroid J 2017 (agranulocytosis recovers within
weeks of withdrawal); Kleindorfer DO et al. AHA/ASA 2021 (NIHSS of a minor stroke);
Mackie SL et al. BSR 2020 GCA (IV methylprednisolone for up to 3 days).
"""

from __future__ import annotations

import re

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings, stated_nihss
from agents.offline.rules.needs import planned_needs
from agents.offline.rules.results import result_findings
from agents.offline.rules.stopped import stopped_weeks_ago, withdrawn

KB = load_knowledge()
_CARBIMAZOLE = re.compile(r"(?i)carbimazole")


def _results(text: str) -> set[str]:
    return {f.concept for f in result_findings(text)}


@pytest.mark.parametrize(
    ("text", "mild"),
    [
        ("sodium 134", True),
        ("Na 131 mmol/L", True),
        ("sodium 128", False),
        ("Na 128, repeat sodium 131 after saline", False),
        ("sodium 116", False),
        ("sodium 139", False),
    ],
)
def test_a_mild_hyponatraemia_is_read_only_without_a_lower_value(
    text: str, mild: bool
) -> None:
    assert ("sodium_low_mild" in _results(text)) is mild


@pytest.mark.parametrize(
    ("text", "weeks_ago"),
    [
        ("she stopped carbimazole 3 months ago", True),
        ("carbimazole was stopped a year ago", True),
        ("stopped carbimazole 5 weeks ago", True),
        ("stopped carbimazole 2 weeks ago", False),
        ("stopped carbimazole 3 days ago", False),
        ("stopped carbimazole", False),
        ("on carbimazole 20 mg daily", False),
    ],
)
def test_a_stop_dated_weeks_ago(text: str, weeks_ago: bool) -> None:
    m = _CARBIMAZOLE.search(text)
    assert m is not None
    assert stopped_weeks_ago(text, m.start(), m.end()) is weeks_ago


def test_withdrawn_needs_every_mention_stopped() -> None:
    long_ago = "Graves' disease; stopped carbimazole 2 months ago."
    assert withdrawn(_CARBIMAZOLE, ["Graves' off carbimazole", long_ago])
    assert not withdrawn(_CARBIMAZOLE, [long_ago, "restarted carbimazole last week"])
    assert not withdrawn(_CARBIMAZOLE, ["no thyroid history"])


def test_the_worst_stated_nihss() -> None:
    assert stated_nihss(["NIHSS 4 on arrival", "NIHSS of 12 at 30 min"]) == 12
    assert stated_nihss(["no deficit"]) is None


def test_an_eye_that_blacked_out_is_visual_loss_not_a_faint() -> None:
    eye = "the vision in her right eye blacked out for two minutes"
    found = {(f.concept, f.status) for f in extract_findings(eye, KB)}
    assert ("vision_loss", "present") in found
    assert ("syncope", "present") not in found
    faint = {(f.concept, f.status) for f in extract_findings("he blacked out", KB)}
    assert ("syncope", "present") in faint


def test_three_days_of_pulsed_methylprednisolone_is_ward_care() -> None:
    needs = planned_needs(
        ["IV methylprednisolone 500-1000 mg daily for 3 days, ophthalmology today"]
    )
    assert [n.level for n in needs] == ["ward"]
    assert not planned_needs(["methylprednisolone 125 mg IV once"])
