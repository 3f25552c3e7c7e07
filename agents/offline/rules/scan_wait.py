"""A leg vein scan documented as more than 4 hours away.

NICE NG158 2020 (1.1.3, 1.1.6): when a proximal leg vein ultrasound cannot be done
within 4 hours of a suspected DVT being 'likely' (or 'unlikely' with a positive
D-dimer), interim therapeutic anticoagulation is offered until it is done. The note
says so in words ("ultrasound not available until tomorrow", "scan booked for 16
hours' time"); this reader finds them for the finding ``scan_delayed``. Research
software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SCAN_CUES", "SCAN_WAIT_HOURS", "scan_delayed_spans"]

SCAN_WAIT_HOURS: Final = 4.0
"""NICE NG158 2020 1.1.3: the scan within 4 hours, else interim anticoagulation."""
SCAN_CUES: Final = ("ultrasound", "scan", "duplex", "doppler")
"""Cheap words without which no scan's wait is read (the hot path)."""
_SCAN: Final = r"(?:ultrasound|ultrasonograph\w*|scan|duplex|doppler)s?"
_LATER: Final = (
    r"tomorrow|next (?:day|morning)|overnight|(?:on )?monday|after the weekend|"
    r"in the morning"
)
_WAIT: Final = re.compile(
    rf"\b{_SCAN}\b[^.;]{{0,50}}?\b(?:{_LATER})\b|"
    rf"\b{_SCAN}\b[^.;]{{0,50}}?\b(?:in|for|within) (?P<h>\d{{1,3}}) ?"
    r"(?:h|hours?|hrs?)\b",
    re.IGNORECASE,
)


def scan_delayed_spans(text: str) -> list[tuple[int, int]]:
    """Spans naming a scan that is tomorrow or more than 4 hours away."""
    out: list[tuple[int, int]] = []
    for m in _WAIT.finditer(text):
        hours = m.group("h")
        if hours is not None and float(hours) <= SCAN_WAIT_HOURS:
            continue
        out.append(m.span())
    return out
