"""perf26: the required-string prefilter reads texts with uncased non-ASCII symbols.

``cases.rx.folded_text`` lower-cases a text whose non-ASCII characters are all
uncased ("36.7 °C"), so ``may_match`` and ``Prefilter`` skip the ``(?i)`` patterns
whose required strings it lacks instead of scanning every one; a cased non-ASCII
letter (the Kelvin sign, the long s, "é") still means a full scan.
"""

from __future__ import annotations

import re
import sys

import pytest

from cases import rx


def _uncased_beyond_ascii() -> str:
    """Every code point above ASCII with ``c.lower() == c == c.upper()``."""
    chars = (
        chr(cp) for cp in range(0x80, sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF
    )
    return "".join(c for c in chars if c.lower() == c == c.upper())


def test_no_uncased_character_matches_an_ascii_literal_under_ignorecase() -> None:
    text = _uncased_beyond_ascii()
    assert len(text) > 1_000_000
    for code in range(128):
        literal = re.escape(chr(code))
        for flags in (re.IGNORECASE, re.IGNORECASE | re.ASCII):
            assert re.search(literal, text, flags) is None, (chr(code), flags)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Chest Pain", "chest pain"),
        ("Temp: 36.7 °C (98.1 °F) | SpO2: 88%", "temp: 36.7 °c (98.1 °f) | spo2: 88%"),
        ("BP ± 10 → Repeat", "bp ± 10 → repeat"),
        ("Kelvin \u212a", None),  # folds onto 'k' under (?i)
        ("Tran\u017fferred", None),  # the long s folds onto 's'
        ("Fièvre 39 °C", None),
    ],
)
def test_folded_text(text: str, folded: str | None) -> None:
    assert rx.folded_text(text) == folded


def test_may_match_skips_a_symbol_text_without_the_required_string() -> None:
    pain = re.compile(r"(?i)\bchest pain\b")
    assert not rx.may_match(pain, "Temp: 38.4 °C, no complaints")
    assert rx.may_match(pain, "CHEST PAIN since 2 h, Temp 38.4 °C")
    assert pain.search("CHEST PAIN since 2 h, Temp 38.4 °C")
    assert rx.may_match(pain, "chest pain, 310 \u212a")  # cased non-ASCII: scan


_TEXTS = (
    "Triage Vital Signs:\nBP: 168/98 | Pulse: 108 | Temp: 36.7 °C (98.1 °F)",
    "CHEST PAIN radiating to the back, 38 °C",
    "fever 39 °C, Stiff neck \u212a",
    "Fièvre et toux",
    "plain ascii text about sepsis",
)
_PATTERNS = (
    re.compile(r"(?i)\bchest pain\b"),
    re.compile(r"(?i)stiff\s+neck|meningism"),
    re.compile(r"(?i)\bsepsis\b|septic"),
    re.compile(r"Temp: \d"),
    re.compile(r"(?i)pulse:?\s*\d+"),
    re.compile(r"(?i)fi[eè]vre"),
)


def test_prefilter_bits_are_may_match_and_never_hide_a_match() -> None:
    pre = rx.Prefilter(_PATTERNS)
    for text in _TEXTS:
        bits = pre.candidates(text)
        for i, pattern in enumerate(_PATTERNS):
            may = rx.may_match(pattern, text)
            assert bool(bits >> i & 1) == may, (text, pattern.pattern)
            if not may:
                assert pattern.search(text) is None, (text, pattern.pattern)
