"""peds55: the readers changed this session, called directly (no graph).

NegEx pseudo-triggers (Chapman WW et al. J Biomed Inform 2001;34:301): a sleeplessness
told ("not slept for 3 nights") asserts it and denies nothing after it, so the
agitation and the delusion of a postpartum psychosis are read (NICE CG192).
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings


def _status(text: str) -> dict[str, str]:
    kb = load_knowledge()
    return {f.concept: f.status for f in extract_findings(text, kb, source="ed_note")}


def test_not_slept_denies_nothing_after_it() -> None:
    found = _status(
        "Not slept for 3 nights, agitated, says the nurses are poisoning her."
    )
    assert found.get("agitation") == "present"
    assert found.get("delusions") == "present"


def test_guard_a_plain_negation_still_denies_its_list() -> None:
    found = _status("Not agitated, no fever, no cough.")
    assert found.get("agitation") == "absent"
    assert found.get("fever") == "absent"
