"""The shape of a typed result a text reader locates: its value and where it was read.

Shared by the readers that compare results across a text (``hb_fall``: an earlier
haemoglobin or platelet count beside today's; ``_repeat_potassium``: a repeat that
disproves a high potassium). ``results.LabResult`` satisfies both protocols; they
exist so that those modules need not import ``results`` (which imports them).
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["AnalyteResult", "SpannedResult"]


class SpannedResult(Protocol):
    """A value with the span of the text it was read from."""

    @property
    def value(self) -> float: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class AnalyteResult(SpannedResult, Protocol):
    """A spanned value that names its analyte ("hemoglobin", "platelets")."""

    @property
    def analyte(self) -> str: ...
