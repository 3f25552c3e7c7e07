"""triage54: the triage view keeps history told at the door (ESI v4 handbook ch.2).

A diagnosis made before this visit and a treatment given before arrival are the
triage history; a diagnosis, a result or a treatment of the ED visit is not.
"""

from __future__ import annotations

import pytest

from agents.pathways_surgical import estimated_burn_percent
from cases.presentation import presenting_part


@pytest.mark.parametrize(
    ("one_liner", "kept"),
    [
        (
            "44F with newly diagnosed AML, started chemotherapy 8 days ago, "
            "presenting with fever",
            "presenting with fever",
        ),
        (
            "71M diagnosed with lung cancer last month, presenting with a swollen face",
            "swollen face",
        ),
        (
            "19F recently diagnosed with type 1 diabetes, presents with vomiting",
            "vomiting",
        ),
        (
            "58M on gliclazide found confused, given glucose by paramedics, now alert",
            "now alert",
        ),
        (
            "8M with peanut allergy, given his auto-injector by his mother 20 minutes "
            "ago, now talking",
            "now talking",
        ),
        ("30M received chemotherapy 10 days ago, presenting with fever", "fever"),
    ],
)
def test_history_told_at_the_door_is_kept(one_liner: str, kept: str) -> None:
    part = presenting_part(one_liner)
    assert part is not None and kept in part


@pytest.mark.parametrize(
    ("one_liner", "cut"),
    [
        ("65M presenting with chest pain, newly diagnosed with NSTEMI", "NSTEMI"),
        ("65M presenting with chest pain, diagnosed with NSTEMI", "NSTEMI"),
        (
            "60M with sepsis given antibiotics and fluids, admitted to ICU",
            "antibiotics",
        ),
        ("70F presenting with weakness, CT showing a bleed", "bleed"),
        (
            "30M received chemotherapy 10 days ago presenting with fever, labs showing "
            "ANC 0.1",
            "ANC",
        ),
    ],
)
def test_the_visits_own_diagnosis_and_treatment_are_still_cut(
    one_liner: str, cut: str
) -> None:
    part = presenting_part(one_liner) or ""
    assert cut not in part
    assert not part.rstrip().endswith(("newly", "was", "with"))


def test_the_back_of_a_hand_is_not_the_back() -> None:
    """Rule of nines (ATLS 10th ed. ch. 9): the back of a hand is the hand."""
    assert estimated_burn_percent(("scalded the back of his right hand",)) is None
    assert estimated_burn_percent(("burns to his back and buttocks",)) == 18.0
    assert estimated_burn_percent(("flame burns across the upper back",)) == 18.0
