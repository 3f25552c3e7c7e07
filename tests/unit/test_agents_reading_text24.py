"""A reading set of ED-note sentences with the status each finding must get (text24).

Written from how ED notes and families word things (not from shared rows). Sources:
ConText (Harkema H et al. J Biomed Inform 2009;42:839) for experiencer and
temporality; the FAST / Cincinnati scale words for a one-sided deficit (Kothari RU et
al. Ann Emerg Med 1999;33:373).

``not_present``: the concept must not be read present (absent or not found).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings

ROWS = [
    # a one-sided deficit in functional or lay words
    ("Cannot lift her right arm.", "unilateral_weakness", "present"),
    ("Unable to grip with the left hand.", "unilateral_weakness", "present"),
    ("Dragging his right leg since lunchtime.", "unilateral_weakness", "present"),
    ("Dropping things from her right hand.", "unilateral_weakness", "present"),
    ("Not moving his left side.", "unilateral_weakness", "present"),
    ("Wife says his smile is lopsided.", "facial_droop", "present"),
    ("His face is drooping.", "facial_droop", "present"),
    ("Denies being unable to lift his right arm.", "unilateral_weakness", "absent"),
    ("Can lift both arms, no drift.", "unilateral_weakness", "not_present"),
    # an event that resolved is still this visit's event (a TIA, a settled chest
    # pain, a fever before the visit); other resolved symptoms are past
    (
        "Right arm weakness resolved after 20 minutes.",
        "unilateral_weakness",
        "present",
    ),
    (
        "Right arm weakness resolved after 20 minutes.",
        "symptoms_resolved",
        "present",
    ),
    ("Facial droop has now resolved.", "facial_droop", "present"),
    ("Chest pain resolved with GTN.", "chest_pain", "present"),
    ("Chest tightness yesterday, now resolved.", "chest_pain", "present"),
    ("Fever to 38.4 at home, now settled.", "fever", "present"),
    ("Ongoing chest pain, not resolved with GTN.", "chest_pain", "present"),
    ("No chest pain, resolved.", "chest_pain", "absent"),
    ("Had diarrhoea last week, settled.", "diarrhea", "historical"),
    ("Vomiting overnight, now settled and drinking.", "vomiting", "historical"),
    ("Cough which has since resolved.", "cough", "historical"),
    ("Fever, cough now resolved.", "fever", "present"),
    # the loss of use that pain or an injury explains is no motor deficit
    (
        "Cannot lift his right arm since the fall, tender shoulder.",
        "unilateral_weakness",
        "not_present",
    ),
    (
        "Can't raise her left arm because of shoulder pain.",
        "unilateral_weakness",
        "not_present",
    ),
]


@pytest.mark.parametrize(("text", "concept", "want"), ROWS)
def test_reading_set(text: str, concept: str, want: str) -> None:
    got = {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }
    if want == "not_present":
        assert "present" not in got
    else:
        assert got == {want}
