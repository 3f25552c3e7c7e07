"""Intraocular pressures of both eyes written as one list, each read with its eye.

Research software, not for clinical use. An eye examination records the pressure of
each eye, right first (OD then OS): 'IOP 16/52 mmHg', 'intraocular pressure (26 mmHg
in the right eye, 47 mmHg in the left eye)', 'IOP R 52 L 18', 'IOPs 26 and 47 mmHg'.
The single-value reader takes the first number after the name only, so the higher
pressure of the other eye (an attack of angle closure, an orbital compartment
syndrome) was lost. Both are read here, each with the eye it is written with, or by
the convention's order when no eye is named (AAO Preferred Practice Pattern
comprehensive adult medical eye evaluation 2020: right eye first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from cases.rx import guarded

__all__ = ["EyeValue", "paired_iop"]

_EYE: Final = r"(?:right|left|od|os|re|le|r|l)"
_RIGHT: Final = frozenset({"right", "od", "re", "r"})
_NOT_PRESSURE: Final = (
    r"(?!\s*(?:%|min|mins|minutes?|h|hrs?|hours?|d|days?|wks?|weeks?|y|yrs?|years?|"
    r"mg|ml|mm(?!\s?hg)|cm)(?![A-Za-z]))"
)
"""A number followed by a time, dose or length unit is no pressure ('IOP 18, 20 min
after the drops')."""


def _item(n: int) -> str:
    """One eye's value: its eye before ('R 52', 'right eye: 52') or after it."""
    return (
        rf"(?:(?P<e{n}>{_EYE})(?:\s*eye)?\s*[:=]?\s*)?"
        rf"(?P<v{n}>\d{{1,2}}(?:\.\d)?)(?![\d.]){_NOT_PRESSURE}\s*(?:mm\s?hg)?"
        rf"(?:\s*(?:in\s+(?:the\s+)?)?(?P<f{n}>{_EYE})(?:\s*eye)?(?![A-Za-z]))?"
    )


_PAIR: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:intraocular pressures?|iops?)\s*"
        r"(?:(?:was|were|is|are|of|measured(?: at)?|:|=)\s*)*\(?\s*"
        + _item(1)
        + rf"(?:\s*(?:[,/;&]|\band\b)\s*|\s+(?={_EYE}(?![A-Za-z])))"
        + _item(2)
    )
)
"""The name, then two values separated by a comma, slash, 'and', or an eye's label."""
MAX_IOP_MMHG: Final = 90.0
"""Above any measured intraocular pressure: a larger number is something else."""


@dataclass(frozen=True)
class EyeValue:
    """One eye's pressure in mmHg, with where its list was written."""

    value: float
    eye: str
    """'right' or 'left'."""
    start: int
    end: int


def _eye(label: str | None, default: str) -> str:
    if not label:
        return default
    return "right" if label.lower() in _RIGHT else "left"


def paired_iop(text: str) -> list[EyeValue]:
    """Both eyes' pressures of each list in ``text`` (right first when unnamed)."""
    out: list[EyeValue] = []
    for m in _PAIR.finditer(text):
        first = _eye(m.group("e1") or m.group("f1"), "right")
        second = _eye(
            m.group("e2") or m.group("f2"),
            "left" if first == "right" else "right",
        )
        values = (float(m.group("v1")), float(m.group("v2")))
        if max(values) > MAX_IOP_MMHG:
            continue
        out.append(EyeValue(values[0], first, m.start(), m.end()))
        out.append(EyeValue(values[1], second, m.start(), m.end()))
    return out
