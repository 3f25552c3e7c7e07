"""perf30: the scanners' per-pattern answers are prepared at start-up, identically."""

from __future__ import annotations

import re
import sys
import types
from typing import Any

from cases import rx
from cases.rx_words import required_formula
from graph._warm_patterns import project_patterns

_NOTE = (
    "HPI: 61 y.o. man with crushing chest pain radiating to the left arm, "
    "diaphoresis and nausea for 2 hours; denies fever. " * 12
)


def _fresh(source: str) -> re.Pattern[str]:
    # re caches compiled patterns by source: a unique source gives a new object
    return re.compile(source)


def test_prepare_keeps_the_answers_a_first_use_computes() -> None:
    pattern = _fresh(r"(?i)\b(?:chest pain|pressure)\b(?# perf30 a)")
    assert rx.prepare([pattern]) == 1
    assert rx._GUARDS[id(pattern)] == (pattern, rx.guarded(pattern))
    assert rx._NEEDS[id(pattern)] == (pattern, rx.required_strings(pattern))
    assert rx._FORMULAS[id(pattern)] == (pattern, required_formula(pattern))
    # the scanners answer from the prepared entries exactly as from their own
    twin = _fresh(r"(?i)\b(?:chest pain|pressure)\b(?# perf30 b)")
    for text in (_NOTE, "CHEST PAIN", "no complaint", ""):
        assert rx.may_match(pattern, text) == rx.may_match(twin, text)
        assert [m.span() for m in rx.guard_of(pattern).finditer(text)] == [
            m.span() for m in twin.finditer(text)
        ]


def test_an_entry_is_not_served_to_another_pattern() -> None:
    # the tables are keyed by identity; an entry holds its pattern, so a pattern
    # read differently (another source) never gets a prepared pattern's answers
    first = _fresh(r"(?i)\bsyncope\b(?# perf30 c)")
    rx.prepare([first])
    other = _fresh(r"(?i)\bseizure\b(?# perf30 d)")
    assert rx.may_match(other, "witnessed seizure today")
    assert not rx.may_match(first, "witnessed seizure today")
    assert rx._NEEDS[id(other)][1] == rx.required_strings(other)
    assert rx.guard_of(other).search("a seizure") is not None


def test_prepare_skips_bytes_patterns() -> None:
    raw: list[Any] = [re.compile(rb"perf30")]
    assert rx.prepare(raw) == 0


def test_project_patterns_reach_nested_tables_and_project_objects() -> None:
    class Rule:  # a project object holding patterns in its attributes
        __module__ = "agents.perf30_probe"

        def __init__(self) -> None:
            self.pattern = _fresh(r"perf30 in an object")
            self.table = {"x": (_fresh(r"perf30 in a nested tuple"),)}

    module = types.ModuleType("agents.perf30_probe")
    module.RULES = (Rule(),)  # type: ignore[attr-defined]
    module.PLAIN = _fresh(r"perf30 global")  # type: ignore[attr-defined]
    sys.modules["agents.perf30_probe"] = module
    try:
        found = {p.pattern for p in project_patterns()}
    finally:
        del sys.modules["agents.perf30_probe"]
    assert {"perf30 global", "perf30 in an object", "perf30 in a nested tuple"} <= found


def test_project_patterns_cover_the_pathway_modules() -> None:
    import agents.pathways  # noqa: F401  (loads every pathway module)

    found = project_patterns()
    assert len(found) > 1000
    assert all(isinstance(p.pattern, str) for p in found)
