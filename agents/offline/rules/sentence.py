"""The sentence around a position: where it starts and where it stops.

A reader that weighs the words beside a mention (a repeat, a remission, a history
word, a cause) looks only inside the mention's sentence: from just after the last
stop before it to the first stop after it. The stops are '.', ';' and a newline
unless a caller names its own (a clause reader may keep ';' inside). A leaf module
(no imports) so every reader can use it; ``agents._text`` re-exports it for the
stage agents.
"""

from __future__ import annotations

from typing import Final

STOPS: Final = ".;\n"
"""The characters that end a sentence for the readers ('.', ';', a newline)."""


def sentence_start(text: str, at: int, stops: str = STOPS) -> int:
    """Index just after the last of ``stops`` before ``at`` (0 when there is none)."""
    return max(text.rfind(c, 0, at) for c in stops) + 1


def sentence_end(text: str, at: int, stops: str = STOPS) -> int:
    """Index of the first of ``stops`` at or after ``at`` (``len(text)`` when none)."""
    return min((i for c in stops if (i := text.find(c, at)) >= 0), default=len(text))
