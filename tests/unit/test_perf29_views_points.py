"""Stage views turn decimal commas into points once per text (perf29).

Every view of a run read the same scrubbed note parts through ``decimal_points``
again (~5 times a request, a returning patient's again on the next visit); the
answer is kept by the text's digest (``views._POINTED``). Same texts.
"""

from __future__ import annotations

import pytest

from cases import views
from cases.decimal import decimal_points

COMMA = "Triage: T 38,5 C, HR 112, BP 100/60. Lactate 2,6 mmol/L. Plan: fluids."
PLAIN = "Triage: T 37.1 C. Well, alert, no distress."


def test_a_text_is_pointed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    views._POINTED.clear()
    calls: list[str] = []

    def counted(text: str) -> str:
        calls.append(text)
        return decimal_points(text)

    monkeypatch.setattr(views, "decimal_points", counted)
    first = views._visible(COMMA)
    again = views._visible("".join(list(COMMA)))  # equal text, another object
    assert first == again == decimal_points(COMMA)
    assert "38.5" in (first or "")
    assert len(calls) == 1


def test_unchanged_text_is_the_same_object() -> None:
    views._POINTED.clear()
    assert views._points(PLAIN) is PLAIN
    assert views._points(PLAIN) is PLAIN
    other = "".join(list(PLAIN))
    assert views._points(other) is other
