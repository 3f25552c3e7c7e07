"""Whose mention: family history attaches to relatives' conditions, not to their things.

ConText experiencer (Harkema H et al. J Biomed Inform 2009;42:839): a relative makes a
mention another person's only when the relative is its experiencer. A relative as the
informant or companion ("mother states", "brought in by mother") or as the owner of
what the patient took ("her mother's ferrous sulfate tablets") is not. Every
``present`` case here was read ``family`` before text16 (issue 10).
"""

from __future__ import annotations

import re

import pytest

from agents._text import asserted
from agents.offline.rules.findings import context_status


def _status(text: str, word: str) -> str:
    i = text.index(word)
    return context_status(text, i, i + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("2-year-old found with her mother's ferrous sulfate tablets", "ferrous"),
        ("toddler ate her mother's ferrous sulfate tablets", "ferrous sulfate"),
        ("took his father's oxycodone", "oxycodone"),
        ("swallowed several of grandma's amlodipine pills", "amlodipine"),
        ("mother states he has been vomiting since last night", "vomiting"),
        ("brought in by mother for fever", "fever"),
        ("per mother, fever for 2 days", "fever"),
        ("his mother noticed a rash today", "rash"),
        ("accompanied by her father, wheezing since this morning", "wheezing"),
    ],
)
def test_relatives_things_and_words_are_the_patients_mentions(
    text: str, word: str
) -> None:
    assert _status(text, word) == "present"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("mother had a stroke at 50", "stroke"),
        ("her mother's breast cancer", "breast cancer"),
        ("mother with diabetes", "diabetes"),
        ("father's MI at 45", "MI"),
        ("FH: sister with DVT", "DVT"),
        ("grandmother had a stroke", "stroke"),
        ("uncle died of an aortic dissection", "aortic dissection"),
    ],
)
def test_relatives_conditions_stay_family_history(text: str, word: str) -> None:
    assert _status(text, word) == "family"


def test_asserted_counts_an_ingestion_of_a_relatives_tablets() -> None:
    iron = re.compile(r"(?i)ferrous sulfate|iron")
    assert asserted(iron, ["toddler ate her mother's ferrous sulfate tablets"])
    assert not asserted(iron, ["mother had iron deficiency, child well"])
