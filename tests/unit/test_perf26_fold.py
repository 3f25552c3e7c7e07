"""perf26: the required-string prefilter reads every text but the four folds.

Under ``re.IGNORECASE`` only four non-ASCII characters match an ASCII literal
(``cases.rx.FOLDS_TO_ASCII``), so ``may_match`` and ``Prefilter`` compare a text
without them lower-cased ("36.7 °C", "fièvre") instead of scanning every ``(?i)``
pattern; a text holding one of them (the Kelvin sign, the long s) is still scanned.
"""

from __future__ import annotations

import re
import sys

import pytest

from cases import rx


def test_only_the_four_folds_match_an_ascii_literal_under_ignorecase() -> None:
    text = "".join(
        chr(cp) for cp in range(0x80, sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF
    )
    found: set[str] = set()
    for code in range(128):
        literal = re.escape(chr(code))
        for flags in (re.IGNORECASE, re.IGNORECASE | re.ASCII):
            found.update(m.group() for m in re.finditer(literal, text, flags))
    assert found == rx.FOLDS_TO_ASCII


def test_lowering_keeps_one_character_for_one_but_the_dotted_capital_i() -> None:
    longer = {
        chr(cp)
        for cp in range(sys.maxunicode + 1)
        if not 0xD800 <= cp <= 0xDFFF and len(chr(cp).lower()) != 1
    }
    assert longer == {"\u0130"}
    assert longer <= rx.FOLDS_TO_ASCII


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Chest Pain", "chest pain"),
        ("Temp: 36.7 °C (98.1 °F) | SpO2: 88%", "temp: 36.7 °c (98.1 °f) | spo2: 88%"),
        ("BP ± 10 → Repeat", "bp ± 10 → repeat"),
        ("Kelvin \u212a", None),  # folds onto 'k' under (?i)
        ("Tran\u017fferred", None),  # the long s folds onto 's'
        ("Fièvre 39 °C", "fièvre 39 °c"),
        ("DİZZY", None),  # the dotted capital I folds onto 'i'
    ],
)
def test_folded_text(text: str, folded: str | None) -> None:
    assert rx.folded_text(text) == folded


def test_may_match_skips_a_symbol_text_without_the_required_string() -> None:
    pain = re.compile(r"(?i)\bchest pain\b")
    assert not rx.may_match(pain, "Temp: 38.4 °C, no complaints")
    assert rx.may_match(pain, "CHEST PAIN since 2 h, Temp 38.4 °C")
    assert pain.search("CHEST PAIN since 2 h, Temp 38.4 °C")
    assert rx.may_match(pain, "chest pain, 310 \u212a")  # a fold: scanned


_TEXTS = (
    "Triage Vital Signs:\nBP: 168/98 | Pulse: 108 | Temp: 36.7 °C (98.1 °F)",
    "CHEST PAIN radiating to the back, 38 °C",
    "fever 39 °C, Stiff neck \u212a",
    "Fièvre et toux",
    "FIÈVRE ET TOUX, 39 °C",
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
