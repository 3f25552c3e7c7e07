"""readers46: one block per reader rule, each with its guards (issue 10).

The sentence bounds every mention reader shares (``agents.offline.rules.sentence``):
the last '.', ';' or newline before a mention and the first after it (Harkema H et
al. ConText, J Biomed Inform 2009;42:839: a modifier's scope ends at the sentence).
"""

from __future__ import annotations

import pytest

from agents import _text
from agents.offline.rules.sentence import sentence_end, sentence_start


def _idiom_start(text: str, at: int, stops: str) -> int:
    return max(text.rfind(c, 0, at) for c in stops) + 1


def _idiom_end(text: str, at: int, stops: str) -> int:
    found = [i for c in stops if (i := text.find(c, at)) >= 0]
    return min(found, default=len(text))


_TEXTS = (
    "",
    "no stop at all",
    "Pain. K 6.8 (haemolysed); repeat 4.9.\nPlan: home",
    "a;b.c\nd",
    ".;\n",
)


@pytest.mark.parametrize("stops", [".;\n", ".\n", ".;", "."])
@pytest.mark.parametrize("text", _TEXTS)
def test_bounds_equal_the_idiom_they_replace(text: str, stops: str) -> None:
    for at in range(len(text) + 1):
        assert sentence_start(text, at, stops) == _idiom_start(text, at, stops)
        assert sentence_end(text, at, stops) == _idiom_end(text, at, stops)


def test_the_sentence_of_a_mention() -> None:
    text = "Chest pain. No fever; K 7 haemolysed\nrepeat 5"
    at = text.index("K 7")
    lo, hi = sentence_start(text, at), sentence_end(text, at)
    assert text[lo:hi] == " K 7 haemolysed"
    # a caller's own stops: ';' kept inside
    lo, hi = sentence_start(text, at, ".\n"), sentence_end(text, at, ".\n")
    assert text[lo:hi] == " No fever; K 7 haemolysed"


def test_no_stop_gives_the_whole_text() -> None:
    assert (sentence_start("abc", 2), sentence_end("abc", 1)) == (0, 3)


def test_re_exported_for_the_stage_agents() -> None:
    assert _text.sentence_start is sentence_start
    assert _text.sentence_end is sentence_end
