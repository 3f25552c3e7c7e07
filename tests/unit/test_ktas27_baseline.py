"""ktas27 (issue 10): a mental state stated to be the baseline, in more wordings.

CTAS National Working Group adult first-order modifier card: the level of
consciousness is graded as a change from the patient's baseline; ESI v4 handbook
ch.4: *new* confusion. A carer's "dementia, at baseline" is such a statement; a
negation inside it ("drowsy, not at baseline") is not; a bare "at baseline" (home
oxygen, gait) is not about the mental state.
"""

from __future__ import annotations

import pytest

from agents.offline.rules._esi_risk import baseline_statement
from agents.offline.rules.admission import objective_severity
from agents.offline.rules.facts import ClinicalFacts
from cases.models import Vitals

_V = "Triage Vital Signs: BP: 138/78 | HR: 78 | RR: 16 | SpO2: 96% | Mental: verbal"


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("advanced dementia, at baseline per carer", True),
        ("confused at baseline per her daughter", True),
        ("demented; at her usual baseline", True),
        ("aphasic at baseline after a left MCA stroke", True),
        ("non-verbal at baseline", True),
        ("drowsy, not at baseline", False),
        ("dementia, not at baseline per carer", False),
        ("confused, no longer at baseline", False),
        ("on 2 L home oxygen at baseline", False),
        ("walks with a frame at baseline", False),
    ],
)
def test_baseline_statement(text: str, stated: bool) -> None:
    assert baseline_statement(text) is stated


def test_baseline_statement_reads_any_text() -> None:
    assert baseline_statement("skin tear", None, "mentation at baseline per carer")
    assert not baseline_statement("skin tear", None, None)


def _facts(text: str) -> ClinicalFacts:
    vitals = Vitals(heart_rate=78, systolic_bp=138, diastolic_bp=78, raw=_V)
    return ClinicalFacts(age=86, vitals=vitals, chief_complaint=text)


def test_avpu_v_at_a_stated_baseline_is_no_altered_mentation() -> None:
    facts = _facts("skin tear")
    held = objective_severity(facts, facts.vitals, ())
    assert "altered mentation at triage" in held.reasons
    kept = objective_severity(facts, facts.vitals, (), baseline_stated=True)
    assert "altered mentation at triage" not in kept.reasons
    stated = _facts("skin tear, dementia at baseline per carer")
    assert "altered mentation at triage" not in (
        objective_severity(stated, stated.vitals, ()).reasons
    )
