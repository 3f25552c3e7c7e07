"""Near-faint and queried-diagnosis wordings with the status each finding must get.

Written from how ED notes are worded (not from shared rows). Sources: ESC 2018
syncope guideline (syncope is a transient loss of consciousness; a faint that nearly
happened is presyncope); ConText (Harkema H et al. J Biomed Inform 2009;42:839): a
diagnosis someone "queried" is a possibility, not an assertion.

``not_present``: the concept must not be read present (absent or not found).
"""

from __future__ import annotations

import pytest

from tests.unit._reading import assert_read

ROWS = [
    ("He nearly blacked out on standing.", "presyncope", "present"),
    ("He nearly blacked out on standing.", "syncope", "not_present"),
    ("Felt like she was going to pass out.", "presyncope", "present"),
    ("Felt like she was going to pass out.", "syncope", "not_present"),
    ("Almost passed out in the shower.", "syncope", "not_present"),
    ("Went grey and nearly collapsed at the bus stop.", "presyncope", "present"),
    ("Passed out in the shower, came round in a minute.", "syncope", "present"),
    ("Keeps passing out when she stands.", "syncope", "present"),
    ("Did not pass out.", "syncope", "not_present"),
    ("Paramedics queried renal colic.", "kidney_stone", "not_present"),
]


@pytest.mark.parametrize(("text", "concept", "want"), ROWS)
def test_reading_set(text: str, concept: str, want: str) -> None:
    assert_read(text, concept, want)
