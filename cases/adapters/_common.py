"""Helpers shared by the dataset adapters."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

SHARED_DATA_ROOT: Final = Path(__file__).resolve().parents[3] / "shared" / "data"
"""``../shared/data`` relative to the repository root (read only when present)."""

_AGE_SEX = re.compile(
    r"(?i)\b(\d{1,3})[-\s]*(?:year|yr|y)s?[-\s]*(?:old|o\.?)?\b[^.;\n]{0,20}?"
    r"\b(male|female|man|woman|boy|girl|gentleman|lady)\b"
)
_SEX_WORDS: Final = {
    "male": "Male",
    "man": "Male",
    "boy": "Male",
    "gentleman": "Male",
    "female": "Female",
    "woman": "Female",
    "girl": "Female",
    "lady": "Female",
}
_AGE_ONLY = re.compile(r"(?i)\b(\d{1,3})[-\s]*(?:year|yr)s?[-\s]*old\b")


def age_sex_from_text(text: str) -> tuple[int | None, str | None]:
    """Find "56-year-old male"-style age and sex in a narrative."""
    if m := _AGE_SEX.search(text):
        return int(m.group(1)), _SEX_WORDS[m.group(2).lower()]
    if m := _AGE_ONLY.search(text):
        return int(m.group(1)), None
    return None, None
