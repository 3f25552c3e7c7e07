"""perf36: shortcuts that must answer exactly as the work they skip.

- ``cases.rx.Prefilter`` reads a short text position by position (its strings filed
  by their first characters) instead of one ``in`` per string: the same bits.
- ``agents._text`` keeps a short text's answers by its digest (``_SHORT``), so an
  equal text parsed again (a repeated complaint, a repeated request) is not scanned
  again: the same answers as a fresh scan, and no text kept as a key.
"""

from __future__ import annotations

import random
import re

from agents import _text
from agents.offline.rules import _esi_patterns, results
from cases.rx import Prefilter, folded_text, may_match

TEXTS = (
    "CHEST PAIN worse today mild #17",
    "chest pain radiating to the left arm, diaphoretic, started 2 hours ago",
    "worst headache of her life, sudden onset while lifting",
    "5 \u212ag dose, \u017fudden weakness",  # folds beyond str.lower
    "\u0130stanbul trip, fever",
    "Sodium 128, K 5.1, Cr 1.8, troponin 0.05, lactate 4.2, Hb 7.1",
    "G2P1 at 34/40, vaginal bleeding",
    "hb",
    "",
)


def _loop(pf: Prefilter, text: str) -> int:
    """The bits by one ``in`` per string (the long-text path, written out)."""
    bits = pf._always
    for s, b in pf._by_case:
        if s in text:
            bits |= b
    low = folded_text(text)
    if low is None:
        return bits | pf._folded
    for s, b in pf._by_folded:
        if s in low:
            bits |= b
    return bits


def _texts() -> list[str]:
    """The fixed texts, their case variants, and texts made of the lists' strings."""
    rng = random.Random(36)
    lists = (_esi_patterns._PREFILTER, results._NAMED)
    words = [s for pf in lists for s, _ in pf._by_folded]
    made = [
        " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        for _ in range(300)
    ]
    glued = ["".join(rng.choice(words) for _ in range(4)) for _ in range(100)]
    base = [*TEXTS, *made, *glued]
    return [*base, *(t.upper() for t in base), *(t.title() for t in base)]


def test_positions_give_the_bits_of_one_test_per_string() -> None:
    for pf in (_esi_patterns._PREFILTER, results._NAMED):
        for text in _texts():
            assert pf._by_positions(text) == _loop(pf, text), text
            assert pf.candidates(text) == _loop(pf, text), text


def test_positions_bits_are_may_match_of_each_pattern() -> None:
    patterns = tuple(p.pattern for p in _esi_patterns.PATTERNS)
    pf = _esi_patterns._PREFILTER
    for text in _texts()[:120]:
        bits = pf._by_positions(text)
        for i, pattern in enumerate(patterns):
            want = not isinstance(pattern, re.Pattern) or may_match(pattern, text)
            assert bool(bits >> i & 1) == want, (pattern, text)


_READS: list[str] = []


def _count_words(text: str) -> int:
    _READS.append(text)
    return len(text.split())


def test_an_equal_short_text_is_answered_from_its_digest() -> None:
    _text.clear_answers()
    _READS.clear()
    pain = re.compile(r"(?i)\bchest pain\b")
    first = "".join(["CHEST PAIN ", "worse today"])
    again = "".join(["CHEST PAIN ", "worse today"])  # equal, another object
    assert first is not again
    assert _text.per_text(_count_words, first) == 4
    assert _text.per_text(_count_words, again) == 4
    assert len(_READS) == 1  # read once
    assert _text.asserted(pain, [first]) and _text.asserted(pain, [again])
    denied = "".join(["no ", "chest pain"])
    assert not _text.asserted(pain, [denied])  # another text: its own answer
    assert all(isinstance(k, bytes) and len(k) == 32 for k in _text._SHORT._data)
    _text.clear_answers()
    assert len(_text._SHORT) == 0
