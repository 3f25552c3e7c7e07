"""One reader of a burn's stated %TBSA for code, burns pathway and triage (trauma32).

The table holds what each former reader read (``burn_extent.TBSA`` for the code and
the pathway, ``_esi_lsi._TBSA`` for triage) and what the one reader reads now: every
phrase either kept or improved (ABA ABLS 2018; ATLS 10th ed. ch. 9; ICD-10-CM T31).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.burn_extent import stated_tbsa

# text, expected %TBSA (None: no extent stated)
TABLE: tuple[tuple[str, float | None], ...] = (
    ("flame burns estimated 36% TBSA", 36.0),  # both readers
    ("burns 45 % of total body surface", 45.0),  # both
    ("TBSA about 30 %", 30.0),  # both
    ("body surface area estimated 22%", 22.0),  # the code's reader only
    ("30% partial thickness TBSA", 30.0),  # triage's reader only
    ("scald of 25% of his body", 25.0),  # triage's reader only
    ("burns over 40% after a house fire", 40.0),  # triage's reader only
    ("burns 12.5% TBSA", 12.5),  # triage read "5"
    ("burned his hand sats 94% on air", None),  # triage read 94 (SpO2)
    ("burn to the palm, pain 8/10, SpO2 98%", None),
    ("superficial burn, no extent stated", None),
)


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_one_reader_of_the_stated_extent(text: str, expected: float | None) -> None:
    assert stated_tbsa(text) == expected
