"""perf56: ESI decision point A read alone equals the whole assessment's point A.

The disposition stage asks only which immediate life-saving needs its facts show
(ESI v4 Implementation Handbook, Gilboy et al., ch.3 decision point A: pulseless,
apnoeic, unresponsive, hypotension with poor perfusion, severe respiratory distress),
so it reads ``life_saving_reasons`` instead of a whole second assessment. The two
must agree on any facts, with or without a life-saving need.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage, life_saving_reasons
from cases.models import Vitals

KB = load_knowledge()

NORMAL = {
    "heart_rate": 80,
    "respiratory_rate": 16,
    "spo2": 99,
    "systolic_bp": 125,
    "temperature_c": 36.8,
}

CASES = [
    ("CARDIAC ARREST", "Found pulseless, CPR in progress.", 60, {}),
    ("CHEST PAIN", "", 70, {"heart_rate": 130, "systolic_bp": 78, "spo2": 93}),
    ("UNRESPONSIVE", "Responds to pain only, GCS 7.", 45, NORMAL),
    (
        "SHORTNESS OF BREATH",
        "Severe respiratory distress, tripoding.",
        66,
        {**NORMAL, "spo2": 84, "respiratory_rate": 36},
    ),
    (
        "OVERDOSE",
        "Took pills, RR 6, pinpoint pupils.",
        30,
        {**NORMAL, "respiratory_rate": 6},
    ),
    ("ANKLE INJURY", "Twisted ankle playing football, walking.", 25, NORMAL),
    ("ABDOMINAL PAIN", "Crampy pain since yesterday.", 40, {}),
]


@pytest.mark.parametrize(("cc", "text", "age", "vitals"), CASES)
def test_point_a_alone_equals_the_assessment(
    cc: str, text: str, age: int, vitals: dict[str, Any]
) -> None:
    facts = ClinicalFacts.from_texts(
        [("cc", cc), ("note", text)],
        KB,
        age=age,
        vitals=Vitals(**vitals),
        chief_complaint=cc,
    )
    whole = esi_triage(facts, KB.match_complaint(cc))
    alone = life_saving_reasons(facts)
    assert alone == whole.life_saving_reasons
    assert bool(alone) == (whole.level == 1)


def test_some_case_has_a_life_saving_need() -> None:
    facts = ClinicalFacts.from_texts(
        [("cc", "CARDIAC ARREST"), ("note", "Found pulseless, CPR in progress.")],
        KB,
        age=60,
        vitals=Vitals(),
        chief_complaint="CARDIAC ARREST",
    )
    assert life_saving_reasons(facts)  # the equality above is not vacuous
