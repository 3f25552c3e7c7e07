"""One parse tree per pattern for the scanners' three readers (cases.rx.prepare).

``first_chars``, ``required_strings`` and ``required_formula`` each read a pattern's
parse tree; ``prepare`` asks all three about every project pattern at start-up.
They now share one parse (``cases.rx_words.tree_of``): the answers must be the ones
three fresh parses give, and a pattern must be parsed once.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from cases import rx, rx_answers, rx_words


@pytest.fixture(autouse=True)
def _computed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The answers computed from parse trees, not read from the stored ones (perf53)."""
    rx_answers._load()
    monkeypatch.setitem(rx_answers._state, "path", None)


PATTERNS = [
    re.compile(r"(?i)\b(?:chest pain|pressure)\b"),
    re.compile(r"\bfever(?:s|ish)?\b"),
    re.compile(r"(?i)(?<!no )\b(?:s?rom|(?:serum )?hcg)\b"),
    re.compile(r"(?i)\b(?:stemi|st elevation)\b.*\b(?:cath|pci)\b"),
    re.compile(r"[A-Z]{2,}\d+"),
    re.compile(r"(?x) \b sepsis \b  # verbose: no formula"),
    re.compile(r"(?a)\bshock\b"),
]


def _answers(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    return (
        rx.first_chars(pattern),
        rx.required_strings(pattern),
        rx_words.required_formula(pattern),
    )


def _fresh_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    parse = rx_words._P.parse
    monkeypatch.setattr(rx_words, "tree_of", parse)
    monkeypatch.setattr(rx, "tree_of", parse)


def test_shared_trees_give_the_answers_of_fresh_parses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import graph.runtime  # noqa: F401  (the readers' modules: their patterns)
    from graph._warm_patterns import project_patterns

    chosen = PATTERNS + project_patterns()[::7]
    assert len(chosen) > 300
    rx_words.tree_of.cache_clear()
    shared = [_answers(p) for p in chosen]
    with monkeypatch.context() as m:
        _fresh_parse(m)
        fresh = [_answers(p) for p in chosen]
    assert shared == fresh
    assert any(a[0] for a in shared) and any(a[1] for a in shared)
    assert any(a[2] for a in shared)


def test_prepare_parses_each_pattern_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[tuple[str, int]] = Counter()
    parse = rx_words._P.parse

    def counted(source: str, flags: int = 0) -> Any:
        calls[(source, flags)] += 1
        return parse(source, flags)

    # new pattern objects: prepare's per-pattern tables have not seen them (compiled
    # before counting: a compile that misses the regex code file parses too)
    fresh = [re.compile(p.pattern + "(?:perf50)?", p.flags) for p in PATTERNS]
    monkeypatch.setattr(rx_words._P, "parse", counted)
    rx_words.tree_of.cache_clear()
    assert rx.prepare(fresh) == len(fresh)
    mine = {k: n for k, n in calls.items() if "perf50" in k[0] and "(?=" not in k[0]}
    # a VERBOSE pattern is not read at all; every other one is parsed once
    assert len(mine) == sum(not p.flags & re.VERBOSE for p in fresh)
    assert set(mine.values()) == {1}
