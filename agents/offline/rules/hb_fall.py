"""A haemoglobin fallen from an earlier value: the finding ``hemoglobin_fall``.

Read by ``results.result_findings``. A fall of 2 g/dL or more is a major bleed's mark
(Schulman S, Kearon C. ISTH definition of major bleeding. J Thromb Haemost
2005;3:692); with a peptic ulcer history, an NSAID or an antithrombotic drug an acute
fall is a GI bleed until shown otherwise (Laine L et al. ACG 2021 upper GI bleeding,
Am J Gastroenterol 2021;116:899; Snook J et al. BSG 2021 iron deficiency anaemia).

The earlier value is written beside today's: in brackets after it ("Hb 8.4 g/dL (12.7
in March, 13.8 last year)"), as a baseline or previous value ("baseline 12.4",
"12.5 before surgery"), or as a trend ("dropped from 14.1 to 8.8", "14.1 -> 8.8").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents.offline.rules._spanned_result import AnalyteResult as _Result
from agents.offline.rules.sentence import sentence_start

__all__ = ["HB_FALL_G_DL", "PLATELET_FALL_RATIO", "hemoglobin_fall", "platelet_fall"]

HB_FALL_G_DL: Final = 2.0
"""ISTH 2005: a fall in haemoglobin of 2 g/dL or more marks a major bleed."""
_HB_RANGE: Final = (3.0, 22.0)
"""Plausible haemoglobins in g/dL (a number outside is no earlier haemoglobin)."""


_AFTER: Final = re.compile(
    r"(?i)\s*(?:g/dl|g/l)?\s*\((?P<inner>[^()]{1,80})\)"
    r"|[^.;\n]{0,40}?(?:baseline|previous(?:ly)?|prior|usual|was|from)\s+"
    r"(?:of\s+|at\s+)?(?P<base>\d{1,3}(?:\.\d)?)"
)
"""Earlier values after today's: in brackets, or marked baseline / previous / from."""
_NUMBER: Final = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d.])")
_DATED: Final = re.compile(
    r"(?i)baseline|previous|prior|usual|\bwas\b|ago|last|before|"
    r"in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d{4}|"
    r"months?|years?|weeks?"
)
"""Words that make a bracketed number an earlier value, not a reference range ("(was
128)": medgi56)."""
_BEFORE: Final = re.compile(
    r"(?i)(?:baseline|previous(?:ly)?|prior|usual|from)\s+(?:of\s+|was\s+)?"
    r"(?P<v>\d{1,3}(?:\.\d)?)[^.;\n\d]{0,30}$"
)
"""An earlier value before today's in the same sentence ('baseline 12.4, now 7.9')."""

_FROM: Final = re.compile(r"(?i)\bfrom\s*(?P<v>\d{1,3}(?:\.\d)?)")
"""A trend's first value inside today's result ('dropped from 14 to 9')."""


def _g_dl(value: float) -> float | None:
    """A haemoglobin in g/dL (a value over 30 is read as g/L), None if implausible."""
    v = value / 10.0 if value > 30 else value
    return v if _HB_RANGE[0] <= v <= _HB_RANGE[1] else None


def _earlier_after(
    text: str, end: int, convert: Callable[[float], float | None] = _g_dl
) -> list[float]:
    m = _AFTER.match(text, end)
    if m is None:
        return []
    if m["base"]:
        return [v for v in [convert(float(m["base"]))] if v is not None]
    inner = m["inner"]
    if not _DATED.search(inner) or re.search(r"\d\s*-\s*\d", inner):
        return []  # a reference range ('13.5-17.5') is no earlier value
    return [
        v
        for n in _NUMBER.findall(inner)
        if (v := convert(float(n))) is not None and not re.fullmatch(r"\d{4}", n)
    ]


def _earlier_before(
    text: str, start: int, convert: Callable[[float], float | None] = _g_dl
) -> list[float]:
    lo = sentence_start(text, start)
    m = _BEFORE.search(text[lo:start])
    return [v for v in [convert(float(m["v"]))] if v is not None] if m else []


def _today_and_earlier(
    text: str,
    results: Sequence[_Result],
    analyte: str,
    convert: Callable[[float], float | None],
) -> tuple[_Result, list[float]] | None:
    """Today's result of ``analyte`` and the earlier values written beside it.

    Today's is the one ending last (a trend's earlier values end before it); None
    when the text has no result of ``analyte``.
    """
    found = [r for r in results if r.analyte == analyte]
    if not found:
        return None
    now = max(found, key=lambda r: r.end)
    earlier = [r.value for r in found if r is not now]
    earlier += _earlier_after(text, now.end, convert)
    earlier += _earlier_before(text, now.start, convert)
    return now, earlier


def hemoglobin_fall(text: str, results: Sequence[_Result]) -> tuple[int, int] | None:
    """The span of today's haemoglobin when it is >= 2 g/dL below an earlier value.

    ``results`` are the text's typed results (``results.read_results``).
    """
    got = _today_and_earlier(text, results, "hemoglobin", _g_dl)
    if got is None:
        return None
    now, earlier = got
    trend = _FROM.search(text, now.start, now.end)  # "Hb dropped from 14 to 9"
    if trend is not None and (v := _g_dl(float(trend["v"]))) is not None:
        earlier.append(v)
    if earlier and max(earlier) - now.value >= HB_FALL_G_DL:
        return now.start, now.end
    return None


PLATELET_FALL_RATIO: Final = 0.5
"""The 4Ts' two-point platelet item: a fall of more than 50 % from the value before
heparin (Lo GK et al. J Thromb Haemost 2006;4:759; Cuker A et al. ASH 2018 HIT)."""
_PLATELET_RANGE: Final = (1.0, 1500.0)
"""Plausible platelet counts in x10^9/L."""


def _platelets(value: float) -> float | None:
    lo, hi = _PLATELET_RANGE
    return value if lo <= value <= hi else None


def platelet_fall(text: str, results: Sequence[_Result]) -> tuple[int, int] | None:
    """The span of today's platelet count when it is below half an earlier value.

    The earlier value is written as for the haemoglobin (beside today's, or inside
    its trend: "platelets 230 before surgery, now 84", "fell from 230 to 84").
    """
    got = _today_and_earlier(text, results, "platelets", _platelets)
    if got is None:
        return None
    now, earlier = got
    for n in _NUMBER.findall(text, now.start, now.end):  # the trend's before today's
        if float(n) == now.value:
            break
        earlier += [v for v in [_platelets(float(n))] if v is not None]
    if earlier and now.value < PLATELET_FALL_RATIO * max(earlier):
        return now.start, now.end
    return None
