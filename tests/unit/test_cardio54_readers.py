"""cardio54: the EDACS score from a triage history and a raised, flat troponin.

Than M et al. Emerg Med Australas 2014;26:34 (EDACS); Thygesen K et al. Fourth
Universal Definition of MI 2018 (a change of 20 % or more with a raised baseline).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.cardio import EDACS_LOW_RISK_BELOW, edacs
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.results import troponin_static


def _facts(text: str, age: int | None, sex: str | None) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("triage", text)], load_knowledge(), age=age, sex=sex
    )


@pytest.mark.parametrize(
    ("text", "age", "sex", "expected"),
    [
        ("chest pain", 40, "M", 8),  # 2 + male 6
        ("chest pain", 63, "F", 10),  # age 61-65
        ("chest pain", 66, "M", 18),  # 12 + 6
        ("chest pain", 47, None, 10),  # 4 + an unknown sex counted male
        # under 51 with three risk factors: +4
        ("chest pain, diabetes, hypertension, smoker", 48, "M", 14),
        ("central chest pain radiating to the left arm, sweaty", 35, "F", 10),
        ("chest pain worse on deep breathing", 30, "M", 4),
        ("chest pain", None, "M", None),
    ],
)
def test_edacs(
    text: str, age: int | None, sex: str | None, expected: int | None
) -> None:
    assert edacs(_facts(text, age, sex)) == expected


def test_edacs_threshold() -> None:
    assert EDACS_LOW_RISK_BELOW == 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hs-troponin T 48 ng/L at 0 h and 49 ng/L at 3 h", True),
        # a rise: the 0/2-3 h delta of hs-cTnT is met
        ("hs-troponin T 20 ng/L at 0 h and 48 ng/L at 3 h", False),
        # one hour apart: the observe zone, not a flat series
        ("hs-troponin T 48 ng/L at 0 h and 49 ng/L at 1 h", False),
        # normal values are no chronic injury
        ("hs-troponin T 6 ng/L at 0 h and 7 ng/L at 3 h", False),
    ],
)
def test_troponin_static(text: str, expected: bool) -> None:
    assert (troponin_static(text) is not None) is expected
