"""Numbers written as words, one table for every reader of a count or a duration.

"two weeks ago", "an hour", "three rib fractures", "stopped a few months ago": the
readers of durations (``agents._text``, ``agents.offline.rules.stopped``,
``agents.offline.rules.immunocompromise``) and of counts
(``agents.pathways_surgical``) read the same words the same way. "A few" and
"several" are read as three, the smallest count the words usually mean.
Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["NUMBER_WORDS", "number_value"]

NUMBER_WORDS: Final[Mapping[str, float]] = MappingProxyType(
    {
        "a": 1.0,
        "an": 1.0,
        "one": 1.0,
        "two": 2.0,
        "three": 3.0,
        "four": 4.0,
        "five": 5.0,
        "six": 6.0,
        "seven": 7.0,
        "eight": 8.0,
        "nine": 9.0,
        "ten": 10.0,
        "eleven": 11.0,
        "twelve": 12.0,
        "fifteen": 15.0,
        "twenty": 20.0,
        "thirty": 30.0,
        "few": 3.0,
        "several": 3.0,
    }
)
"""Lower-case number words and their values."""


def number_value(word: str) -> float:
    """The value of a number written in digits ("2", "1.5") or as a word ("two").

    Raises:
        ValueError: If ``word`` is neither.
    """
    value = NUMBER_WORDS.get(word.lower())
    return float(word) if value is None else value
