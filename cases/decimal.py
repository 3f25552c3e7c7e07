"""Decimal commas read as decimal points, keeping every offset of the text.

Much of Europe writes a decimal with a comma ("Temp 38,5", "K 2,6 mmol/l", "lactate
3,1"; ISO 80000-1 allows either sign). Every numeric reader of a note (vital signs,
typed results, the pathways' patterns) expects a point, so "38,5" read as 38 and
"2,6" as 2. :func:`decimal_points` turns such a comma into a point, one character
for one, so spans found in the result are spans of the original text.

A comma between two numbers is also how a short list is written ("ribs 4,5 and 6",
"fingers 2,3", "GCS 14,15"), so a comma is a decimal sign only where the number is a
measurement: a unit follows it ("2,6 mmol/l", "38,5 °C", "9,4 g/dL", "94,5 %") or a
vital sign or laboratory name stands before it ("Temp 38,5", "K+ 2,6", "lactate of
3,1", "pH: 7,28"; ISO 80000-1 7.2: a number of a quantity is written with its unit or
its quantity's name). Even then only between a number of one to three digits and one
or two digits that end the number: a thousands separator has three digits after it
("85,000"), a longer list has another comma or point after the second number ("ribs
4,5,6"), a list of readings has a space after its comma ("HR 88, BP 120/80"), and a
number joined to a letter is a label ("L4,5", "C5,6" spinal levels). A number after a
slash ("120/80,5") is left alone.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["decimal_points"]

_DECIMAL_COMMA: Final = re.compile(
    r"(?<![\w/])(?<!\d[.,])\d{1,3}(,)\d{1,2}(?!\d|[.,]\d)"
)
_UNIT_AFTER: Final = re.compile(
    r"(?i)\s?(?:%|°|º|deg(?:rees?)?\b|(?:mmol|µmol|umol|nmol|pmol|mol|meq|mg|µg|mcg|"
    r"ug|ng|pg|g|kg|iu|u|units?|ml|dl|l|kpa|mmhg|cm|mm)(?![A-Za-z])|[cf](?![A-Za-z])"
    r"|[x×]\s?10)"
)
"""A unit right after the number: concentration, mass, volume, pressure, length,
temperature, percent, count per litre ("x10^9")."""
_MEASURED_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:t|temp|temperature|tmax|sp?o2|sats?|saturations?|fio2|wt"
    r"|weight|k|na|cl|ca|mg|hco3|bicarb(?:onate)?|ph|pco2|po2|pa?co2|pa?o2"
    r"|base excess|hb|hgb|ha?emoglobin|hct|wbc|wcc|plt|platelets|neut\w*|lymph\w*"
    r"|crp|pct|procalcitonin|lac|lactate|lactic acid|glucose|bsl|bgl|bm|cbg|sugar"
    r"|cr|creat\w*|urea|bun|egfr|inr|pt|aptt|ptt|fibrinogen|d-?dimer|trop\w*|tn[it]"
    r"|bnp|nt-?probnp|ck|bili\w*|alt|ast|alp|ggt|lipase|amylase|alb\w*|phos\w*|po4"
    r"|magnesium|mg2\+|calcium|potassium|sodium|chloride|ketones?|osm\w*|ammonia"
    r"|tsh|ft4|t4|mcv|esr|ethanol|etoh|alcohol|paracetamol|acetaminophen|salicylate"
    r"|lithium|digoxin|ionised calcium|ica|qtc?|anion gap|ag)"
    r"\s*\+?\s*(?:\([^()]{0,12}\)\s*)?"
    r"(?:(?:level|value|of|was|is|were|at|now|measured|reading|[:=])\s*){0,3}[-−]?$"
)
"""A vital sign or laboratory name just before the number ("K+ 2,6", "Temp: 38,5",
"lactate was 3,1", "Hb (venous) 9,4")."""


def _measurement(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is a measured quantity."""
    if _UNIT_AFTER.match(text, end):
        return True
    return _MEASURED_BEFORE.search(text[max(0, start - 40) : start]) is not None


def decimal_points(text: str) -> str:
    """``text`` with each decimal comma written as a point (same length, same spans).

    Args:
        text: Any note text.

    Returns:
        The text with "38,5" written "38.5" where it is a measurement; unchanged
        when it has no decimal comma.
    """
    if "," not in text:
        return text
    parts: list[str] = []
    last = 0
    for m in _DECIMAL_COMMA.finditer(text):
        if not _measurement(text, m.start(), m.end()):
            continue
        parts.append(text[last : m.start(1)])
        parts.append(".")
        last = m.end(1)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
