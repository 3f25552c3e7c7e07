"""The first-character guard (cases.rx) changes speed, never matches."""

from __future__ import annotations

import re

import pytest

from cases.rx import first_chars, guarded

CORPUS = [
    "",
    "HPI: 34 y.o. F, G2P1 at 12 weeks, +UPT. Onset 3 hours ago; started 2 hrs prior.",
    "Denies fever. Temp 38.6. No melena, BRBPR x2. MVC with loss of consciousness.",
    "ſK \u212a\u017f İstanbul ǅ ﬁ: Unicode folds (long s, Kelvin, dotted I, digraph).",
    "Pt unresponsive, GCS 7, responds only to pain; AVPU P. Hgb 6.1, lactate 4.2",
    "not pregnant; post-menopausal. hCG negative. LMP 3 wks ago. EF 25%. WBC: 14.2",
    "Consult for laparoscopic appendectomy; admitted to ICU for pressors.\nEOF",
]


def _all_matches(rx: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\b(?:hematemesis|melena|bleed\w*|brbpr)",
        r"(?i)(?<![a-z])(?:icu|intensive care)(?![a-z])",
        r"(?i)(?:(?:onset|started|x)\s*(?P<a>\d+)\s*h\w*)|(?:(?P<b>\d+)\s*hrs? ago)",
        r"(?i)\b(?:positive|\+)\s*(?:upt|hcg)|\b\d{1,2}\s*weeks?",
        r"(?i)\bs[k-m]",
        r"\b[A-Z][a-z]+",
        r"(?i)(?<![A-Za-z0-9])(?:GCS|glasgow)\s*:?\s*(\d+)",
        r"(?i)\b(?:s?rom\b|waters?|(?:serum\s+)?hcg)",  # an optional first item
        r"(?i)(?:\+\s*)?\d{1,2}\s*(?:weeks?|wks?)",
        r"(?i)\b(?:(?:urine|serum)\s+)*(?:upt|hcg)",
    ],
)
def test_guarded_pattern_finds_the_same_matches(pattern: str) -> None:
    rx = re.compile(pattern)
    fast = guarded(rx)
    assert fast is not rx and fast.pattern.find("(?=[") >= 0
    assert fast.flags == rx.flags and fast.groupindex == rx.groupindex
    for text in CORPUS + [t.upper() for t in CORPUS] + [" ".join(CORPUS)]:
        assert _all_matches(fast, text) == _all_matches(rx, text)


def test_case_folding_of_the_guard_equals_the_patterns_own() -> None:
    # Under (?i) 's' also matches U+017F and 'k' the Kelvin sign U+212A.
    rx = re.compile(r"(?i)\bsk")
    assert guarded(rx).search("\u017f\u212a") is not None
    assert rx.search("\u017f\u212a") is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)(?:a|)b",  # an alternative can be empty
        r"\w*x",  # optional start
        r"(?i)[^a]bc",  # negated class
        r"(?i:abc)",  # scoped flags
        r".x",  # any character
        r"\w+ing",  # a word-character guard saves nothing
        r"(?i)x?",  # an optional item with nothing after it can match empty
        r"(?i)(?:a?)?b",  # the optional item can itself be empty
    ],
)
def test_unreadable_first_characters_leave_the_pattern_as_it_is(pattern: str) -> None:
    rx = re.compile(pattern)
    assert first_chars(rx) is None
    assert guarded(rx) is rx


def test_verbose_patterns_are_left_as_they_are() -> None:
    rx = re.compile(r"abc  # a comment", re.VERBOSE)
    assert guarded(rx) is rx


def test_guarded_is_memoised_per_pattern() -> None:
    pattern = re.compile(r"(?i)\b(?:memo|cache)d?")
    assert guarded(pattern) is guarded(re.compile(pattern.pattern, pattern.flags))
    assert guarded(pattern).pattern != pattern.pattern  # the guard was added


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\b(?:hematemesis|melena|bleed\w*|brbpr)",
        r"(?i)(?<![a-z])(?:icu|intensive care)(?![a-z])",
        r"(?i)\bg\d+\s*p\d+\w*\s*(?:at|@)\s*\d{1,2}\s*(?:weeks?|wks?|w\b|/40)",
        r"(?i)(?:kelvin|\u212a)|stick",
        r"lactate\s*:?\s*\d",
        r"(?i)s?rom\b|(?:serum )?hcg",
        r"(?i)(?:a|b)+c",
    ],
)
def test_may_match_is_false_only_without_a_match(pattern: str) -> None:
    from cases.rx import may_match

    rx = re.compile(pattern)
    for text in CORPUS + [t.upper() for t in CORPUS] + ["KELVIN", "\u212aelvin"]:
        if not may_match(rx, text):
            assert rx.search(text) is None, (pattern, text)


def test_required_strings_read_literals_and_branches() -> None:
    from cases.rx import may_match, required_strings

    got = required_strings(re.compile(r"(?i)\b(?:positive|\+)\s*hcg"))
    assert got == (frozenset({"hcg"}), True)
    assert required_strings(re.compile(r"(?i)\d+\s*[a-z]+")) is None
    # (?i) compares on ASCII text only: the Kelvin sign folds onto "k"
    rx = re.compile(r"(?i)kg")
    assert rx.search("5 \u212ag") and may_match(rx, "5 \u212ag")
    assert not may_match(rx, "five grams")
