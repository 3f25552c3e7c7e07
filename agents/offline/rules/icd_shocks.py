"""More than one shock from an implanted defibrillator, read from a note.

Zeppenfeld K et al. ESC 2022 ventricular arrhythmias (Eur Heart J 2022;43:3997):
an electrical storm (three or more sustained VT/VF episodes in 24 h) is treated in
a monitored bed; Stiles MK et al. HRS/EHRA/APHRS/SOLAECE 2015 ICD programming
consensus: more than one shock calls for emergency evaluation and device
interrogation, a single shock in a well patient for the device clinic. Research
software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents.offline.rules.findings import context_status
from cases.rx import word_start

__all__ = ["ICD_SHOCK", "repeated_icd_shocks"]

ICD_SHOCK: Final = word_start(
    r"(?:defibrillator|a?icd)(?: \w+){0,2} (?:shock\w*|fired|firing|went off"
    r"|discharg\w*)|shock\w* (?:\w+ ){0,2}by (?:his |her |the |my )?"
    r"(?:defibrillator|a?icd)"
)
"""An implanted defibrillator's shock (the triage pattern's words)."""
_MORE_THAN_ONE: Final = word_start(
    r"(?:two|three|four|five|six|several|multiple|repeated|recurrent|[2-9]|\d\d) "
    r"(?:\w+ )?(?:shocks|times|discharges)|twice|electrical storm|vt storm"
)
"""More than one shock, or an electrical storm named."""
_IMPLANTED_DEFIBRILLATOR: Final = word_start(
    r"(?:implant\w* (?:cardioverter[- ])?defibrillator|s-?icd\b|a?icd\b"
    r"|(?:cardioverter|internal)[- ]defibrillator|crt-?d\b)"
)
"""An implanted defibrillator documented (ICD, S-ICD, CRT-D)."""
_COUNTED_SHOCKS: Final = word_start(
    r"(?:two|three|four|five|six|several|multiple|repeated|recurrent|[2-9]|\d\d) "
    r"(?:\w+ )?shocks\b|shocked (?:\w+ )?(?:twice|two|three|four|five|several"
    r"|multiple|repeatedly|[2-9])\b"
)
"""Shocks counted in the plural ("three shocks in the last hour", "shocked twice"):
circulatory shock is never counted, so these are a defibrillator's."""


def _present(pattern: re.Pattern[str], text: str) -> bool:
    return any(
        context_status(text, m.start(), m.end()) == "present"
        for m in pattern.finditer(text)
    )


def repeated_icd_shocks(text: str | None) -> bool:
    """Whether ``text`` states more than one ICD shock (or an electrical storm)."""
    if not text:
        return False
    if _present(ICD_SHOCK, text) and _present(_MORE_THAN_ONE, text):
        return True
    # cardio51: "Ischaemic cardiomyopathy with an implantable defibrillator. Three
    # shocks in the last hour": the device and its counted shocks in two sentences
    # (or "ICD, three shocks") are the same storm (ESC 2022 VA 8.3)
    return _present(_IMPLANTED_DEFIBRILLATOR, text) and _present(_COUNTED_SHOCKS, text)
