"""A raised potassium that a prompt repeat in range shows spurious.

UK Kidney Association 2023 hyperkalaemia guideline: a high potassium without a
clinical reason is pseudohyperkalaemia until repeated (haemolysis, a delayed or
refrigerated sample, a fist clenched or a drip arm); an urgent repeat in range excludes
hyperkalaemia, and only a confirmed value or the ECG changes of hyperkalaemia are
treated. A potassium above the range followed by a value written as a repeat
("repeat venous potassium 4.4", "K rechecked: 4.6") that is within the range, with no
potassium-lowering treatment named between them or in the repeat's sentence (insulin,
salbutamol, calcium, a binder, dialysis, "after treatment"), is that spurious value:
the repeat is the measure. A treated fall ("K 6.9 ... insulin-dextrose ... repeat K
4.4") keeps the raised value. Private to ``agents.offline.rules.results``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, TypeVar

from agents.offline.rules._spanned_result import SpannedResult as _Result
from agents.offline.rules.sentence import sentence_end, sentence_start

__all__ = [
    "POTASSIUM_HIGH",
    "POTASSIUM_RANGE",
    "PSEUDOHYPERKALAEMIA",
    "repeat_potassium_values",
    "repeat_potassium_words",
    "superseded_potassium",
]

PSEUDOHYPERKALAEMIA: Final = "pseudohyperkalaemia"
"""The finding of a high potassium that a prompt repeat in range shows spurious."""
POTASSIUM_HIGH: Final = frozenset(
    {"potassium_high", "potassium_high_moderate", "potassium_high_severe"}
)
"""The raised-potassium findings it withdraws, whatever text gave them."""
POTASSIUM_RANGE: Final = (3.5, 5.5)
"""The reference range in mmol/L (UKKA 2023: hyperkalaemia > 5.5 mmol/L)."""

_REPEAT_BEFORE: Final = re.compile(
    r"(?i)(?<![a-z])(?:repeat(?:ed)?|re-?check(?:ed)?|re-?test(?:ed)?|re-?measured"
    r"|second|fresh|new|free-?flowing)(?![a-z])[^.;\n]{0,60}$"
)
"""A repeat word before the result, in its sentence ("Repeat venous potassium in the
ED", "fresh sample: K")."""
_REPEAT_AFTER: Final = re.compile(
    r"(?i)^[^.;\n]{0,20}?(?<![a-z])(?:on|at|in)?\s*(?:repeat(?:ing)?|re-?check(?:ing)?"
    r"|re-?test(?:ing)?|a fresh sample|a new sample)(?![a-z])"
)
"""A repeat word just after the result ("K 4.4 on repeat", "4.6 on recheck")."""
_TREATED: Final = re.compile(
    r"(?i)(?<![a-z])(?:insulin|dextrose|glucose 25|salbutamol|albuterol"
    r"|calcium (?:gluconate|chloride)|bicarbonate|dialys[ie]s|ha?emodialys[ie]s"
    r"|haemofiltration|hemofiltration|resonium|polystyrene|patiromer|lokelma"
    r"|zirconium|veltassa|furosemide|frusemide|treated|treatment|therapy)(?![a-z])"
)
"""A potassium-lowering treatment named (UKKA 2023 treatments) or treatment at all."""


_REPEAT_VALUE: Final = re.compile(
    r"(?i)(?<![a-z])(?:repeat(?:ed)?|re-?check(?:ed)?|re-?test(?:ed)?)\s+"
    r"(?:(?:venous|serum|plasma|lab(?:oratory)?|formal|gas|blood gas)\s+){0,2}"
    r"(?:potassium|k\+?)(?![a-z])[^.;\n\d]{0,30}?(?:was |of |is |:\s*)?"
    r"(?P<v>\d(?:\.\d{1,2})?)(?!\d|\.\d)"
)
"""A repeat potassium with words between its name and its value ("Repeat venous
potassium in the ED 4.4 mmol/L"), which the analyte's own pattern does not read."""


_WORDS: Final = re.compile(r"(?i)repeat|re-?check|re-?test|re-?measured")


def repeat_potassium_words(text: str) -> bool:
    """Whether ``text`` words a repeat at all (a cheap gate)."""
    return _WORDS.search(text) is not None


def repeat_potassium_values(text: str) -> list[tuple[float, int, int]]:
    """Repeat potassium values (mmol/L) with the value's span, in text order."""
    if not repeat_potassium_words(text):
        return []
    return [
        (float(m.group("v")), m.start("v"), m.end("v"))
        for m in _REPEAT_VALUE.finditer(text)
    ]


R = TypeVar("R", bound=_Result)


def _is_repeat(text: str, r: _Result) -> bool:
    lo = sentence_start(text, r.start)
    return bool(
        _REPEAT_BEFORE.search(text, lo, r.start)
        or _REPEAT_AFTER.match(text[r.end : r.end + 40])
    )


def superseded_potassium(text: str, results: Sequence[R]) -> list[R]:
    """``results`` (one text's potassium values, text order) without spurious highs.

    A value above the range is dropped when a later value written as a repeat is in
    the range and no treatment is named from the high value to the end of the
    repeat's sentence.
    """
    low, high = POTASSIUM_RANGE
    repeats = [r for r in results if low <= r.value <= high and _is_repeat(text, r)]
    if not repeats:
        return list(results)
    out: list[R] = []
    for r in results:
        if r.value > high and any(
            rep.start > r.end
            and not _TREATED.search(text, r.end, sentence_end(text, rep.end))
            for rep in repeats
        ):
            continue  # pseudohyperkalaemia: the repeat in range is the measure
        out.append(r)
    return out
