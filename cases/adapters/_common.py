"""Helpers shared by the dataset adapters."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from cases.models import Demographics
from cases.population import age_days_from_text, pregnancy_from_text, sex_from_text

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


def demographics_from_text(text: str) -> Demographics:
    """Age, sex and pregnancy stated in a narrative; infants' ages kept in days.

    "A 3-week-old girl" gives ``age_days=21`` (``age`` 0), never an unknown age that
    downstream code could take for an adult.
    """
    age, sex = age_sex_from_text(text)
    days: int | None = None
    if age is None and (band := age_days_from_text(text)):
        days = band[0]
    sex = sex or {"M": "Male", "F": "Female"}.get(sex_from_text(text) or "")
    return Demographics(
        age=age, age_days=days, sex=sex, pregnancy=pregnancy_from_text(text)
    )
