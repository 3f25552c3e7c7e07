"""Primary PCI documented as not achievable within 120 minutes.

Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720) 5.2.2: a STEMI is reperfused
by primary PCI when it can be done within 120 min of the ECG diagnosis; when it
cannot, fibrinolysis is given within 10 min of the diagnosis (class I), followed by
transfer to a PCI centre (angiography within 2-24 h, rescue PCI if it fails). The note
says so in words ("the nearest PCI centre is 3 hours by ambulance", "transfer time to
the cath lab 150 minutes", "primary PCI not available within 120 minutes"); this
reader finds them for the finding ``pci_delayed``. A PCI centre named without a time
("no cath lab on site") is not read: a transfer within 120 min is still primary PCI.
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["PCI_CUES", "PCI_MAX_MINUTES", "pci_delayed_spans"]

PCI_MAX_MINUTES: Final = 120.0
"""ESC 2023 ACS 5.2.2: primary PCI if achievable within 120 min of the diagnosis."""
PCI_CUES: Final = ("pci", "cath", "catheter lab", "angioplasty", "heart attack centre")
"""Cheap words without which no delay is read (the hot path)."""
_CENTRE: Final = (
    r"(?:primary )?pci(?: centre| center| hospital| facility| unit| lab)?|"
    r"cath(?:eter(?:isation|ization)?)? ?lab(?:oratory)?|angioplasty (?:centre|center)|"
    r"heart attack cent(?:re|er)"
)
_TIME: Final = r"(?P<n>\d{1,3}(?:\.\d)?) ?(?P<u>hours?|hrs?|h|minutes?|mins?)\b"
_MORE: Final = r"(?:about |around |approximately |~)?(?P<more>over |more than |> ?)?"
_AWAY: Final = re.compile(
    rf"\b(?:{_CENTRE})\b[^.;]{{0,40}}?\b{_MORE}{_TIME} (?:away|by road|by ambulance|"
    r"drive|driving|transfer|transport|travel|journey)",
    re.IGNORECASE,
)
_IS_TIME: Final = re.compile(
    rf"\b(?:{_CENTRE})\b[^.;]{{0,40}}?\b(?:is|are) {_MORE}{_TIME}(?! ago)",
    re.IGNORECASE,
)
"""The centre and its time ("the nearest cath lab is about 3 hours"); the views
redact "transfer" (``cases.redaction``), so the sentence may read "[REDACTED] time to
the nearest cath lab is about 3 hours"."""
_TRANSFER: Final = re.compile(
    r"\b(?:transfer|transport|travel|journey|drive|door-to-balloon|door to balloon|"
    rf"ambulance) (?:time|delay)\b[^.;]{{0,40}}?{_MORE}{_TIME}",
    re.IGNORECASE,
)
_NOT_IN_TIME: Final = re.compile(
    rf"\b(?:{_CENTRE})\b[^.;]{{0,30}}?\b(?:not (?:available|achievable|possible)|"
    r"unavailable|cannot be (?:done|performed|achieved)|can ?not be (?:done|performed|"
    r"achieved)) (?:with)?in (?:the )?(?:120 ?min\w*|2 hours?|two hours)",
    re.IGNORECASE,
)


def _over(m: re.Match[str]) -> bool:
    """Whether the stated time is beyond 120 min ("over 2 hours" is)."""
    value = float(m.group("n"))
    minutes = value if m.group("u").lower().startswith("m") else value * 60
    return minutes > PCI_MAX_MINUTES or (
        m.group("more") is not None and minutes >= PCI_MAX_MINUTES
    )


def pci_delayed_spans(text: str) -> list[tuple[int, int]]:
    """Spans stating that primary PCI cannot be had within 120 min."""
    out = [m.span() for m in _NOT_IN_TIME.finditer(text)]
    for rx in (_AWAY, _IS_TIME, _TRANSFER):
        out.extend(m.span() for m in rx.finditer(text) if _over(m))
    return sorted(set(out))
