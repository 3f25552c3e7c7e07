"""Decimal commas read as decimal points, keeping every offset of the text.

Much of Europe writes a decimal with a comma ("Temp 38,5", "K 2,6 mmol/l", "lactate
3,1"; ISO 80000-1 allows either sign). Every numeric reader of a note (vital signs,
typed results, the pathways' patterns) expects a point, so "38,5" read as 38 and
"2,6" as 2. :func:`decimal_points` turns such a comma into a point, one character
for one, so spans found in the result are spans of the original text.

A comma is a decimal sign only between a number of one to three digits and one or
two digits that end the number: a thousands separator has three digits after it
("85,000"), a list has another comma or point after the second number ("ribs
4,5,6"), a list of readings has a space after its comma ("HR 88, BP 120/80"), and a
number joined to a letter is a label ("L4,5", "C5,6" spinal levels; "x2,3"). A number
after a slash ("120/80,5") is left alone.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["decimal_points"]

_DECIMAL_COMMA: Final = re.compile(
    r"(?<![\w/])(?<!\d[.,])\d{1,3}(,)\d{1,2}(?!\d|[.,]\d)"
)


def decimal_points(text: str) -> str:
    """``text`` with each decimal comma written as a point (same length, same spans).

    Args:
        text: Any note text.

    Returns:
        The text with "38,5" written "38.5"; unchanged when it has no decimal comma.
    """
    if "," not in text:
        return text
    parts: list[str] = []
    last = 0
    for m in _DECIMAL_COMMA.finditer(text):
        parts.append(text[last : m.start(1)])
        parts.append(".")
        last = m.end(1)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
