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
