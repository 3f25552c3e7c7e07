"""How many ribs are broken, and on which side: one reader for the pathway and the code.

EAST 2016 (Galvagno SM et al. J Trauma Acute Care Surg 2016;81:936) and Bulger EM et
al. (J Trauma 2000;48:1040) weigh the number of fractured ribs (three or more at 65 or
older: admission, ``agents.pathways_surgical.rib_fractures_older``). ICD-10-CM codes the
same count: S22.3- is a fracture of ONE rib, S22.4- multiple fractures of ribs (fifth
character the side: 1 right, 2 left, 3 bilateral, 9 unspecified; ICD-10-CM FY2024), so
"fractures of right ribs 5, 6 and 7" is S22.41XA. Both read ``rib_count``.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from cases.number_words import number_value

__all__ = ["MULTIPLE_RIBS", "ORDINAL_RIBS", "rib_count", "rib_fracture_spans"]

ORDINAL_RIBS: Final = (
    r"((?:\d{1,2}(?:st|nd|rd|th)\s*(?:,|and|to|-|&)\s*)+\d{1,2}(?:st|nd|rd|th))"
)
_RIB_LIST: Final = re.compile(
    r"(?i)\bribs?\s+((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|to|-|&)\s*)+\d{1,2})"
    rf"(?:st|nd|rd|th)?\b|\b{ORDINAL_RIBS}\s+(?:(?:left|right)\s+)?ribs?\b"
)
"""Ribs named by number: 'ribs 5-7', 'ribs 4, 5 and 6', 'the 5th, 6th and 7th ribs'."""
_RIB_COUNT: Final = re.compile(
    r"(?i)\b(\d|two|three|four|five|six|seven|eight|multiple|several|bilateral)\s+"
    r"(?:\w+\s+){0,2}rib\s+fractures?\b|\b(flail)\b"
)
_RIB_COUNT_AFTER: Final = re.compile(
    r"(?i)\b(?:fractur\w*|broken|broke)\s+(?:of\s+)?(?:the\s+|his\s+|her\s+)?"
    r"(\d|two|three|four|five|six|seven|eight|multiple|several)\s+(?:\w+\s+)?ribs\b"
)
"""trauma45: the count written after the fracture: 'fractures of four left ribs',
'broke three ribs', 'fractured his two lower ribs' (the film's count was not read, and a
78-year-old with four broken ribs was forecast home)."""
_RIB_WORDS: Final = {"multiple": 3.0, "flail": 3.0, "bilateral": 2.0}
"""Counts the rib words carry beyond ``NUMBER_WORDS``: a flail segment is three or more
adjacent ribs broken in two places, "multiple rib fractures" is read as three (EAST
2016's threshold) and "bilateral rib fractures" as two (one a side, at least)."""
MULTIPLE_RIBS: Final = 2
"""Two or more fractured ribs: ICD-10-CM S22.4- (multiple fractures of ribs)."""
_FRACTURE: Final = re.compile(r"(?i)\bfractur\w*|\bfx\b|\bbroken\b|\bbroke\b|\bflail\b")
_SENTENCE: Final = re.compile(r"[^.;\n]+")
_SIDE: Final = re.compile(r"(?i)\b(right|left|bilateral\w*)\b")


def _matches(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each rib count stated in ``text``: (the count, its match)."""
    for m in _RIB_LIST.finditer(text):
        listed = m.group(1) or m.group(2)
        numbers = [int(n) for n in re.findall(r"\d{1,2}", listed)]
        if re.search(r"(?i)\bto\b|-", listed) and len(numbers) == 2:
            yield abs(numbers[1] - numbers[0]) + 1, m
        else:
            yield len(numbers), m
    for m in (*_RIB_COUNT.finditer(text), *_RIB_COUNT_AFTER.finditer(text)):
        word = (m.group(1) or m.group(2)).lower()
        count = _RIB_WORDS.get(word)
        yield int(number_value(word) if count is None else count), m


def rib_count(texts: Iterable[str]) -> int:
    """The largest number of ribs a text names (0 when none is counted)."""
    return max((n for t in texts for n, _m in _matches(t)), default=0)


def _side(sentence: str, start: int, end: int) -> str | None:
    """The side written with a rib count: in it or in the words just before it."""
    sides = {s.lower()[:5] for s in _SIDE.findall(sentence[max(0, start - 30) : end])}
    if "bilat" in sides or {"right", "left"} <= sides:
        return "bilateral"
    return next(iter(sides), None)


def rib_fracture_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each count of two or more BROKEN ribs: (concept, start, end).

    ``rib_fractures_multiple`` for the count, with ``rib_fractures_multiple_<side>``
    when its side is written. A count is read only in a sentence that names the
    fracture ("ribs 5-7 tender" is no fracture).
    """
    if "rib" not in text.lower():
        return
    for s in _SENTENCE.finditer(text):
        sentence = s.group()
        if "rib" not in sentence.lower() or not _FRACTURE.search(sentence):
            continue
        for n, m in _matches(sentence):
            if n < MULTIPLE_RIBS:
                continue
            start, end = s.start() + m.start(), s.start() + m.end()
            yield "rib_fractures_multiple", start, end
            side = _side(sentence, m.start(), m.end())
            if side is not None:
                yield f"rib_fractures_multiple_{side}", start, end
