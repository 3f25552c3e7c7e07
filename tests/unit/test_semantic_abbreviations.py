"""Triage abbreviations are written out only where the whole word is the abbreviation.

Found by perf25 (session 25): the alternatives of one abbreviation ('abd|abdo',
'mvc|mva', 'sob|s.o.b.') were not grouped, so the word boundaries held for one side
only and 'ABDOMINAL PAIN' was rewritten 'abdominalOMINAL PAIN'.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.semantic import expand


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("ABDOMINAL PAIN", "ABDOMINAL PAIN"),
        ("abdominal cramping", "abdominal cramping"),
        ("sobbing toddler", "sobbing toddler"),
        ("abdo pain", "abdominal pain"),
        ("ABD PAIN", "abdominal PAIN"),
        ("SOB", "shortness of breath"),
        ("MVA rollover", "motor vehicle collision rollover"),
        ("N&V x2", "nausea and vomiting x2"),
    ],
)
def test_abbreviation_is_written_out_only_as_a_whole_word(
    text: str, expanded: str
) -> None:
    assert expand(text) == expanded
