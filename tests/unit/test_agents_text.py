"""``agents._text.asserted``: the safety layer's keyword check reads mention context.

Sentences written from the NegEx (Chapman WW et al. J Biomed Inform 2001;34:301) and
ConText (Harkema H et al. J Biomed Inform 2009;42:839) trigger classes; every case
below failed with the former 40-character negation window unless marked a control.
"""

from __future__ import annotations

import re

import pytest

from agents._text import asserted
from agents.pathways import BILIOUS


def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{re.escape(word)}")


@pytest.mark.parametrize(
    ("text", "word", "counts"),
    [
        # a termination term after a comma ends the negation's reach
        ("Denies chest pain, reports dyspnoea on exertion.", "dyspnoea", True),
        ("Patient denies headache, but has neck stiffness.", "neck stiffness", True),
        # pseudo-negations negate nothing
        ("Not only chest pain but also diaphoresis.", "chest pain", True),
        ("No increase in abdominal pain since arrival.", "abdominal pain", True),
        # post-negation, exclusion with a result
        ("Hypoglycaemia (excluded, glucose 142).", "hypoglycaemia", False),
        ("Pneumonia was ruled out.", "pneumonia", False),
        ("Headache has resolved.", "headache", False),
        ("Seizure-free for three years.", "seizure", False),
        # hypothetical and another person's
        ("Return to the ED if fever or chest pain.", "fever", False),
        ("Mother had a stroke at 60.", "stroke", False),
        ("Family history of aortic dissection.", "aortic dissection", False),
        # history and possibilities still count (safety steps for a possibility)
        ("History of GI bleed on warfarin.", "GI bleed", True),
        ("Differential includes sepsis and PE.", "sepsis", True),
        # controls: the old window got these right too
        ("No fever, cough or chest pain.", "chest pain", False),
        ("CXR without pneumonia, PE, heart failure.", "PE", False),
    ],
)
def test_keyword_counts_by_context(text: str, word: str, counts: bool) -> None:
    assert asserted(_word(word), [text]) is counts


def test_hyphenated_negative_prefix_is_not_bilious_vomiting() -> None:
    """'non-bilious' is the opposite of bilious (APSA: bilious vomiting = volvulus)."""
    assert not asserted(BILIOUS, ["Non-bilious vomiting for two days."])
    assert asserted(BILIOUS, ["Bilious vomiting for two days."])


def test_long_note_answers_are_the_same_as_short_text() -> None:
    """A note part (memoised per digest) gets the same answer as a short text."""
    note = "HPI: denies chest pain, reports dyspnoea. " + "Exam unremarkable. " * 60
    assert len(note) > 1000
    assert asserted(_word("dyspnoea"), [note])
    assert not asserted(_word("chest pain"), [note])
