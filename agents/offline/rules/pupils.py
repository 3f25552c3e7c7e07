"""Pupil sizes written in millimetres, read as anisocoria.

Research software, not for clinical use. "L pupil 6 mm sluggish, R 3 mm" documents
unequal pupils as surely as the word "anisocoria": a difference of more than 1 mm is
anisocoria (Bullock MR et al. Neurosurgery 2006;58:S2-25, surgical management of TBI),
and after head trauma with a falling GCS a sign of transtentorial herniation (Brain
Trauma Foundation 4th ed. 2016; ATLS 10th ed. ch. 6).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from agents.offline.rules.findings import Finding

__all__ = ["ANISOCORIA_MM", "anisocoria", "pupil_findings", "unequal_in"]

_PUPIL_SIZES: Final = re.compile(
    r"(?i)\b(?:right|left|r|l)\b\s*(?:pupil\s*)?(\d(?:\.\d)?)\s*mm[^.;]{0,40}?"
    r"\b(?:right|left|r|l)\b\s*(?:pupil\s*)?(\d(?:\.\d)?)\s*mm"
)
ANISOCORIA_MM: Final = 1.0
"""Anisocoria: pupils differing by more than 1 mm (Bullock 2006)."""
_ONE_PUPIL_BLOWN: Final = re.compile(
    r"(?i)\b(?:right|left|one)\s+pupil\s+(?:is\s+|was\s+|has\s+)?"
    r"(?:(?:now|become|gone|been|then)\s+)*"
    r"(?:blown|fixed(?:\s+and|,)?\s+dilated|dilated(?:\s+and|,)?\s+fixed"
    r"|[5-9](?:\.\d)?\s*mm,?\s+(?:and\s+)?(?:fixed|unreactive|non-?reactive"
    r"|sluggish(?:ly reactive)?|poorly reactive|slow(?:ly)? to react)"
    r"|fixed|unreactive|non-?reactive)\b"
)
"""peds45: one side's pupil written blown, fixed or unreactive, or 5 mm or more and
unreactive ("his right pupil is now blown", "Right pupil 7 mm unreactive"): the
unilateral fixed dilated pupil of transtentorial herniation (Brain Trauma Foundation
4th ed. 2016; ATLS 10th ed. ch. 6). A dilated pupil alone may be a mydriatic's.
trauma55: one side's pupil of 5 mm or more and sluggish ("Left pupil 6 mm sluggish")
is the same compressed third nerve caught earlier (ATLS 10th ed. ch. 6: a dilating,
sluggish pupil on the side of the mass)."""


def _unequal(text: str) -> re.Match[str] | None:
    for m in _PUPIL_SIZES.finditer(text):
        if abs(float(m.group(1)) - float(m.group(2))) > ANISOCORIA_MM:
            return m
    return _ONE_PUPIL_BLOWN.search(text)


def anisocoria(texts: Iterable[str]) -> bool:
    """Whether any text shows unequal pupils.

    Two sizes more than 1 mm apart, or one side's pupil blown, fixed or unreactive.
    """
    return any(unequal_in(t) for t in texts)


def unequal_in(text: str) -> bool:
    """Whether ``text`` shows unequal pupils (``anisocoria`` of one text)."""
    return _unequal(text) is not None


def pupil_findings(text: str | None) -> tuple[Finding, ...]:
    """``unequal_pupils`` when the text shows unequal pupils (``anisocoria``)."""
    m = _unequal(text) if text else None
    if m is None:
        return ()
    return (
        Finding(
            concept="unequal_pupils",
            status="present",
            text=m.group(0),
            start=m.start(),
            end=m.end(),
        ),
    )
