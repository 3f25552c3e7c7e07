"""The stated extent of skin detachment in SJS/TEN, read as its ICD-10-CM class.

Stevens-Johnson syndrome and toxic epidermal necrolysis are one disease graded by the
body surface detached: under 10 % SJS, 10-30 % the SJS/TEN overlap, over 30 % TEN
(Bastuji-Garin S et al. Arch Dermatol 1993;129:92; Creamer D et al. BAD UK SJS/TEN
guidelines 2016, Br J Dermatol 2016;174:1194). ICD-10-CM codes the three apart: L51.1,
L51.3 and L51.2. The percentage is read only in a note that describes detachment
(peeling, sloughing, a positive Nikolsky sign) and in a sentence that names no burn (a
burn's %TBSA is ``burn_extent``'s). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["OVERLAP_MIN", "TEN_MIN", "detachment_spans"]

OVERLAP_MIN: Final = 10.0
"""From 10 % of the body surface detached: the SJS/TEN overlap (Bastuji-Garin 1993)."""
TEN_MIN: Final = 30.0
"""Over 30 %: toxic epidermal necrolysis (Bastuji-Garin 1993; Creamer 2016)."""
_DETACHMENT: Final = re.compile(
    r"(?i)\bdetach\w*|\bpeel\w*|\bslough\w*|\bnikolsky\b|"
    r"\bepidermal (?:loss|necrolysis)|"
    r"\bskin (?:slides|slid|comes|came|wipes) (?:off|away)"
)
"""Wordings of detachment; the last is a positive Nikolsky sign told in words ("the skin
slides off with light pressure": Creamer 2016), lead49."""
_BURN: Final = re.compile(r"(?i)\bburn\w*|\bscald\w*|\bflame\w*|\bfire\b")
_PERCENT: Final = re.compile(
    r"(?i)(\d{1,3}(?:\.\d)?)\s*(?:%|percent\b|per cent\b)\s*(?:of\s+(?:the\s+|her\s+|"
    r"his\s+)?)?(?:body|bsa\b|tbsa\b|skin\b|total body|of body)"
)
_SENTENCE: Final = re.compile(r"[^.;\n]+(?:\.\d[^.;\n]*)*")


def detachment_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each stated detached surface of 10 % or more: (concept, start, end).

    ``sjs_ten_overlap`` for 10-30 %, ``toxic_epidermal_necrolysis`` over 30 %.
    """
    if "%" not in text and "per" not in text.lower():
        return
    if not _DETACHMENT.search(text):
        return
    for s in _SENTENCE.finditer(text):
        sentence = s.group()
        if _BURN.search(sentence):
            continue
        for m in _PERCENT.finditer(sentence):
            value = float(m.group(1))
            if value < OVERLAP_MIN or value > 100:
                continue
            concept = (
                "toxic_epidermal_necrolysis" if value > TEN_MIN else "sjs_ten_overlap"
            )
            yield concept, s.start() + m.start(), s.start() + m.end()
