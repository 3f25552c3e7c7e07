"""lead37: readers a physician's review found wrong.

- A test named after its target and stated negative ("malaria films negative x3",
  "COVID swab negative") states the test negative, not the disease present (NegEx
  post-negation: Chapman WW et al. J Biomed Inform 2001;34:301; the test's own
  words, as "negative flu swab" already reads);
- a value written before an event and today's after it ("platelets 230 before
  surgery, now 84") is a trend: today's value is the last, and a fall of more than
  half is the 4Ts' platelet item (Lo GK et al. J Thromb Haemost 2006;4:759);
- "a proximal DVT" on ultrasound is a DVT (NICE NG158 2020: proximal leg vein
  ultrasound).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import result_findings


def _status(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in extract_findings(text, load_knowledge())}


def _results(text: str) -> set[str]:
    return {f.concept for f in result_findings(text, age=60)}


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("Malaria films negative x3.", "malaria", "absent"),
        ("Three malaria films were negative.", "malaria", "absent"),
        ("COVID swab negative.", "covid19", "absent"),
        ("Influenza PCR negative.", "influenza", "absent"),
        # guards: the disease itself stated, and a positive test
        ("Malaria negative.", "malaria", "absent"),
        ("Influenza, started oseltamivir.", "influenza", "present"),
        ("Cellulitis, culture negative.", "cellulitis", "present"),
    ],
)
def test_a_test_named_negative_is_no_disease(
    text: str, concept: str, status: str
) -> None:
    assert _status(text).get(concept) == status, _status(text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Platelets 230 before surgery, now 84.",
            {"thrombocytopenia", "platelet_fall"},
            set(),
        ),
        ("platelets 150 (baseline 320)", {"platelet_fall"}, set()),
        # guards: a fall of less than half, and a single low count
        (
            "Platelets 250 before surgery, now 160.",
            set(),
            {"platelet_fall", "thrombocytopenia"},
        ),
        ("Platelets 84 x10^9/L.", {"thrombocytopenia"}, {"platelet_fall"}),
    ],
)
def test_a_platelet_trend_reads_todays_count_and_its_fall(
    text: str, present: set[str], absent: set[str]
) -> None:
    got = _results(text)
    assert present <= got and not (absent & got), got


def test_a_proximal_dvt_on_ultrasound_is_a_dvt() -> None:
    assert "us_dvt" in _results("Ultrasound confirms a proximal DVT.")
    assert "us_dvt" not in _results("Ultrasound: no proximal DVT.")
