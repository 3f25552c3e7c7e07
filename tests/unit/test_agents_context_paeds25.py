"""A "without" that qualifies its own finding ends there (paeds25, issue 10).

NegEx (Chapman WW et al. J Biomed Inform 2001;34:301) and ConText (Harkema H et al.
J Biomed Inform 2009;42:839): a trigger's scope is the findings it governs. In "red
eyes without discharge, cracked lips" the "without" describes the eyes (non-purulent
conjunctivitis, AHA 2017 Kawasaki disease); the comma items after it are new
findings. An "or" list, a trigger at the head of its clause, and the qualifier itself
stay negated (guards).
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
        # the qualifier's scope ends at its comma (fail on main)
        ("Red eyes without discharge, cracked lips, rash.", "cracked lips", "present"),
        ("Conjunctivae injected without exudate, swollen hands.", "swollen", "present"),
        ("Red eyes without [REDACTED], strawberry tongue.", "strawberry", "present"),
        # guards (pass on both)
        ("Red eyes without discharge, cracked lips.", "discharge", "absent"),
        ("Red eye without discharge, pain or photophobia.", "photophobia", "absent"),
        ("Abdominal pain without fever, vomiting, diarrhoea.", "vomiting", "absent"),
        ("Presents without discharge, pain or itch.", "itch", "absent"),
    ],
)
def test_a_qualifying_without_governs_its_own_item(
    text: str, target: str, status: str
) -> None:
    assert _status(text, target) == status
