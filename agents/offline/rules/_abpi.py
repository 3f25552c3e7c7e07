"""An ankle-brachial pressure index below 0.90: peripheral arterial disease.

An ABPI (ABI) of 0.90 or less diagnoses peripheral arterial disease (Aboyans V et al.
ESC/ESVS 2017 PAD guideline; Gerhard-Herman MD et al. AHA/ACC 2016 PAD), and in a
diabetic foot infection PAD is a complicating feature that admits a moderate
infection (Senneville E et al. IWGDF/IDSA 2023). Read as "ABPI 0.5", "ABI of 0.62",
"ankle-brachial pressure index 0.7". Private to ``agents.offline.rules.findings``
(the caller reads each span's ConText status). Research software, not for clinical
use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ABPI_LOW", "PAD_ABPI", "abpi_pad_spans"]

ABPI_LOW: Final = "abpi_low"
"""The finding: an ABPI measured at or below ``PAD_ABPI`` (PAD by its measurement, kept
apart from a documented history of PAD so that it weighs only where read)."""
PAD_ABPI: Final = 0.90
"""ABPI at or below which the leg has peripheral arterial disease (ESC/ESVS 2017)."""

_ABPI: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:ABPIs?|ABIs?|ankle[- ]brachial (?:pressure )?ind(?:ex|ices))"
    r"(?: (?:was|is|of|measured|on the (?:right|left)|right|left|R|L))*\s*[:=]?\s*"
    r"(0?\.\d{1,2}|1\.\d{1,2})(?!\d|\.\d)"
)


def abpi_pad_spans(text: str) -> list[tuple[str, int, int]]:
    """``(abpi_low, start, end)`` of each ABPI written at or below 0.90."""
    return [
        (ABPI_LOW, *m.span())
        for m in _ABPI.finditer(text)
        if float(m.group(1)) <= PAD_ABPI
    ]
