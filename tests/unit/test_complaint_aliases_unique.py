"""Every complaint alias names one complaint (trauma31).

An alias listed under two complaints is matched to whichever comes first in the
table, silently (BEE STING was both an allergic reaction and a sting): each alias,
as the matcher normalises it, must resolve to its own complaint.
"""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge


def test_every_alias_resolves_to_its_own_complaint() -> None:
    kb = load_knowledge()
    wrong = {
        (alias, spec.id, matched.id if matched else None)
        for spec in kb.complaints.values()
        for alias in spec.aliases
        if (matched := kb.match_complaint(alias)) is None or matched.id != spec.id
    }
    assert not wrong, sorted(wrong)
