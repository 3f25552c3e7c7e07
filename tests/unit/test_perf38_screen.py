"""perf38: the replays' screen must answer exactly as the asks it skips.

- ``cases.rx.Screen``: a pattern's bit is clear in a text only when the text lacks
  every string the pattern's matches need (``required_strings``), so the pattern
  cannot match there: checked for every pattern the project compiles, against
  ``may_match`` and against the pattern's own scan, on the demo rows' complaints
  and one-liners (cycled and as ``api_load`` makes them unique), texts made of the
  patterns' own strings, and texts folding beyond ``str.lower``.
- ``agents._reads.screened``: each declared ask gives its unsaid answer wherever
  ``may_match`` fails.
- ``agents._reads.Plan``: a recorded log replays on new texts exactly when every
  recorded check gives the same answer there (``replays``).
"""

from __future__ import annotations

import random
import re
from functools import cache

from agents import _reads, _text, pathways_acute
from benchmarks.api_load import Payloads, rows
from cases.rx import Screen, may_match, required_strings
from graph._warm_patterns import project_patterns

FIXED = (
    "CHEST PAIN worse today mild #17",
    "chest pain radiating to the left arm, diaphoretic, started 2 hours ago",
    "no fever, cough or chest pain; denies headache",
    "5 \u212ag dose, \u017fudden weakness",  # folds beyond str.lower
    "\u0130stanbul trip, fever",
    "Sodium 128, K 5.1, Cr 1.8, troponin 0.05, lactate 4.2, Hb 7.1",
    "G2P1 at 34/40, vaginal bleeding",
    "hb",
    "",
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    import graph.runtime  # noqa: F401  (loads every module whose patterns are asked)

    # at most 2,500 (by source), so that the ``may_match`` tables (8,192 patterns)
    # never cycle when the whole suite has compiled many more
    found = sorted(project_patterns(), key=lambda p: (p.pattern, p.flags))
    return tuple(found[:2500])


@cache
def _texts() -> tuple[str, ...]:
    """Demo complaints and one-liners (plain and made unique), made and fixed texts."""
    base = rows(41)
    shown: list[str] = [*FIXED]
    for payloads in (Payloads(base, unique=False), Payloads(base, unique=True)):
        for i in range(len(base)):
            row = payloads.next(i)["row"]
            for key in ("primarychiefcomplaintname", "One_Sentence_Extracted"):
                if row.get(key):
                    shown.append(row[key])
    rng = random.Random(38)
    strings = sorted(
        {
            s
            for p in _patterns()
            if (need := required_strings(p)) is not None
            for s in need[0]
        }
    )
    made = [
        " ".join(rng.choice(strings) for _ in range(rng.randint(1, 6)))
        for _ in range(80)
    ]
    glued = ["".join(rng.choice(strings) for _ in range(3)) for _ in range(30)]
    every = [*shown, *made, *glued]
    return (*every, *(t.upper() for t in made[:30]))


def test_a_clear_bit_means_the_pattern_cannot_match() -> None:
    screen = Screen()
    patterns = _patterns()
    assert len(patterns) > 1000
    mask = screen.mask(patterns)
    assert mask == (1 << len(patterns)) - 1
    for text in _texts():
        bits = screen.candidates(text, mask)
        for i, pattern in enumerate(patterns):
            if bits >> i & 1:
                continue
            assert not may_match(pattern, text), (pattern.pattern, text)
            assert pattern.search(text) is None, (pattern.pattern, text)


def test_short_texts_bits_are_may_match_of_each_pattern() -> None:
    """Below a note part's length ``may_match`` compares the strings only: equal."""
    screen = Screen()
    patterns = _patterns()
    mask = screen.mask(patterns)
    for text in _texts()[::3]:
        bits = screen.candidates(text, mask)
        for i, pattern in enumerate(patterns):
            assert bool(bits >> i & 1) == may_match(pattern, text), (pattern, text)


def test_a_pattern_added_later_reads_the_text_again() -> None:
    screen = Screen()
    fever = re.compile(r"(?i)\bfever\b")
    stroke = re.compile(r"(?i)\bstroke\b")
    text = "".join(["fever and ", "stroke"])
    first = screen.mask([fever])
    assert screen.candidates(text, first) == first
    both = screen.mask([fever, stroke])
    assert screen.candidates(text, both) == both  # not the first read's bits
    assert screen.candidates("".join(["no ", "stroke"]), first) == 0


def test_screened_asks_give_their_unsaid_answer_where_nothing_may_match() -> None:
    assert len(_reads._UNSAID) >= 5
    patterns = _patterns()[::7]
    for ask, unsaid in _reads._UNSAID.values():
        for text in _texts()[::9]:
            for pattern in patterns:
                if not may_match(pattern, text):
                    assert _reads.same(ask(pattern, text), unsaid), (ask, pattern)


def _checks(
    rng: random.Random, texts: tuple[str, str]
) -> tuple[tuple[int, _reads.Ask, object, object], ...]:
    """Checks as a recorded run on ``texts`` would hold them, asks of several kinds."""
    asks = [a for a, _ in _reads._UNSAID.values() if a is not _text._floats_kept]
    out: list[tuple[int, _reads.Ask, object, object]] = []
    for pattern in rng.sample(_patterns(), 300):
        pos = rng.randrange(2)
        ask = rng.choice(asks)
        out.append((pos, ask, pattern, ask(pattern, texts[pos])))
    for pattern in (pathways_acute._CORE_TEMP, pathways_acute._ARM_BP):  # numbers
        pos = rng.randrange(2)
        floats = _text._floats_kept(pattern, texts[pos])
        out.append((pos, _text._floats_kept, pattern, floats))
    for analyte in ("troponin", "sodium", "lactate"):
        pos = rng.randrange(2)
        out.append(
            (pos, _text.lab_results, analyte, _text.lab_results(analyte, texts[pos]))
        )
    rng.shuffle(out)
    return tuple(out)


def test_a_plan_replays_exactly_when_every_check_does() -> None:
    rng = random.Random(3)
    texts = _texts()
    demo = texts[: len(texts) // 3]
    replayed = failed = 0
    for _ in range(60):
        recorded = (rng.choice(demo), rng.choice(demo))
        checks = _checks(rng, recorded)
        plan = _reads.Plan(checks)
        assert plan.groups  # the unsaid answers are screened
        assert plan.replays(recorded)
        again = tuple(t.encode().decode() for t in recorded)  # equal, new objects
        for new in [
            again,
            *((rng.choice(texts), rng.choice(texts)) for _ in range(15)),
        ]:
            got = plan.replays(new)
            assert got == _reads.replays(checks, new), (recorded, new)
            replayed += got
            failed += not got
        assert not plan.replays((None, recorded[1]))
    assert replayed and failed


def test_a_screened_pattern_said_in_the_new_text_stops_the_replay() -> None:
    """A "not said" recorded on one complaint is not replayed on one saying it."""
    stroke = re.compile(r"(?i)\bstroke\b")
    first = ("".join(["sore ", "throat"]), "".join(["well ", "otherwise"]))
    checks = ((0, _text._asserted_one, stroke, False),)
    plan = _reads.Plan(checks)
    assert plan.replays(first)
    assert not plan.replays(("".join(["stroke ", "symptoms"]), first[1]))
    assert plan.replays(("".join(["no ", "stroke"]), first[1]))  # negated: unsaid
