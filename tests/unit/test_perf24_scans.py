"""perf24: the scan shortcuts answer as the scans they skip (behaviour unchanged)."""

from __future__ import annotations

import re

from agents.offline import stage_facts
from agents.offline.rules import _esi_patterns
from agents.offline.rules.results import onset_hours
from cases import population
from cases.rx import Prefilter, match_starts, may_match

TEXTS = (
    "crushing chest pain radiating to the left arm, started 2 hours ago",
    "CHEST PAIN AND SHORTNESS OF BREATH",
    "worst headache of her life, sudden onset while lifting",
    "5 \u212ag dose of sodium, \u017fudden weakness",
    "fever and rash in a 3 week old",
    "G2P1 at 34/40, positive pregnancy test, vaginal bleeding",
    "",
)
PATTERNS = (
    re.compile(r"(?i)\bchest pain"),
    re.compile(r"(?i)\bworst headache|thunderclap"),
    re.compile(r"(?i)\bsudden\b"),
    re.compile(r"Kg\b"),
    re.compile(r"(?i)\d+\s*kg\b"),
    re.compile(r"(?i)\bweak(?:ness)?"),
    re.compile(r"\w*"),  # no required string: always a candidate
)


def test_prefilter_bits_are_may_match_of_each_pattern():
    texts = (*TEXTS, *(t.upper() for t in TEXTS), *(t.swapcase() for t in TEXTS))
    entries = (*PATTERNS, object())  # not a pattern: always a candidate
    pf = Prefilter(entries)
    for text in texts:
        bits = pf.candidates(text)
        for i, pattern in enumerate(entries):
            want = not isinstance(pattern, re.Pattern) or may_match(pattern, text)
            assert bool(bits >> i & 1) == want, (pattern, text)


def test_time_critical_prefilter_covers_every_pattern():
    for text in TEXTS:
        bits = _esi_patterns._PREFILTER.candidates(text)
        for bit, p in zip(_esi_patterns._BITS, _esi_patterns.PATTERNS, strict=True):
            if isinstance(p.pattern, re.Pattern) and p.pattern.search(text):
                assert bits & bit, p.name


def test_match_starts_keeps_every_match_start():
    patterns = (*PATTERNS, population._POSITIVE, population._NEGATIVE)
    for pattern in patterns:
        for text in TEXTS:
            starts = set(match_starts(pattern, text, len(text)))
            assert {i for i in range(len(text)) if pattern.match(text, i)} <= starts


def test_joined_onset_equals_the_joined_text():
    parts = [
        ["chest pain", "58 yo man with pain for", "3 hours. Exam: diaphoretic."],
        ["chest pain for", "2 hours", "HPI ...", "MDM ..."],
        ["headache", "onset 40 minutes ago while lifting", "HPI: sudden."],
        ["fall", "", "no onset stated"],
        ["dizzy", "started", "an hour ago " + "x" * 2000],
    ]
    for texts in parts:
        texts = [t for t in texts if t]
        assert stage_facts._joined_onset(texts) == onset_hours(" ".join(texts))


def test_joined_population_scan_equals_the_search():
    note = "HPI: abdominal pain. " + "Exam benign. " * 30
    for texts in (
        ("abdominal pain, positive", "pregnancy test today", note),
        ("pain", "G2P1 at 34/40", "obstetric history " + note),
        ("pain", "urine hcg negative", note),
        ("pain", None, note),
    ):
        joined = population._Joined(texts)
        for pattern in (population._POSITIVE, population._NEGATIVE):
            assert joined.found(pattern) == (pattern.search(joined.text) is not None)
