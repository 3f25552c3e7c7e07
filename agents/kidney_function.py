"""Kidney function as the note states it: an eGFR value, dialysis, CKD stage 4-5.

Drug gates read these (colchicine, nitrofurantoin): KDIGO 2012 CKD stages G4 (eGFR
15-29) and G5 (< 15 or dialysis). Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cases.rx import word_start

__all__ = ["EGFR", "NO_KIDNEY", "SEVERE_CKD", "lowest_egfr"]

NO_KIDNEY: Final = word_start(
    r"(?:ha?emo|peritoneal )?dialysis|on (?:hd|pd)\b|end[- ]stage (?:renal|kidney)|"
    r"esrd\b|eskd\b"
)
"""Dialysis or end-stage kidney disease."""
SEVERE_CKD: Final = word_start(
    r"ckd (?:stage )?(?:4|5|iv|v)\b|(?:chronic kidney disease|ckd),? stage (?:4|5|iv"
    r"|v)\b"
)
"""CKD stage 4-5 (KDIGO 2012 G4-G5)."""
EGFR: Final = word_start(
    r"e?gfr (?:of |is |was |=|: ?)?(?:<|less than )?(\d{1,3})\b(?!\.\d)"
)
"""A stated eGFR (mL/min/1.73 m2): a value is read as measured wherever it stands
("last eGFR 21" is still this patient's kidney function)."""


def lowest_egfr(texts: Sequence[str]) -> int | None:
    """The lowest eGFR the texts state, or None."""
    values = [int(m[1]) for t in texts for m in EGFR.finditer(t)]
    return min(values) if values else None
