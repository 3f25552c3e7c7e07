"""A measured value ends a negation's comma list (peds19, issue 10).

NegEx (Chapman WW et al. J Biomed Inform 2001;34:301) and ConText (Harkema H et al.
J Biomed Inform 2009;42:839): a trigger's scope ends where a new clinical statement
begins. A measurement with its unit ("capillary refill 3 seconds", "SpO2 89%") is an
observation, never a member of a "no ..." list, so the items after it are asserted;
the items before it stay negated (guards).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import context_status


def _status(text: str, target: str) -> str:
    pos = text.lower().find(target.lower())
    return context_status(text, pos, pos + len(target))


@pytest.mark.parametrize(
    ("text", "target", "status"),
    [
        # after a measured item: a new statement (fail on main)
        ("No tears, capillary refill 3 seconds, cool hands.", "cool hands", "present"),
        (
            "No tears, capillary refill 3 seconds, cool hands.",
            "capillary refill",
            "present",
        ),
        ("Denies cough, SpO2 89% on air, grunting.", "grunting", "present"),
        # guards: a plain list stays negated (pass on both)
        ("No fever, chills or rigors.", "rigors", "absent"),
        ("Denies fever, chills, cough, SpO2 97% on air.", "cough", "absent"),
        ("No tears, dry lips, sunken eyes.", "sunken eyes", "absent"),
    ],
)
def test_measured_value_ends_the_negated_list(
    text: str, target: str, status: str
) -> None:
    assert _status(text, target) == status
