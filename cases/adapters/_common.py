"""Helpers shared by the dataset adapters."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Final

from cases.errors import DataError
from cases.models import Demographics
from cases.population import (
    CHILDBEARING_YEARS,
    age_days_from_text,
    pregnancy_from_text,
    sex_from_text,
)

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
_KIN_WORDS: Final = {
    "mother": "Female",
    "mom": "Female",
    "mum": "Female",
    "wife": "Female",
    "daughter": "Female",
    "grandmother": "Female",
    "father": "Male",
    "dad": "Male",
    "husband": "Male",
    "son": "Male",
    "grandfather": "Male",
}
_AGE_SEX_SHORT = re.compile(
    # "45 y/o F", "38 yo healthy M"; "58M", "34F" written together (never a
    # temperature's "98.5 F" or a catheter's French size "14F Foley")
    r"\b(\d{1,3})\s*(?:y/?o|y\.o\.|yrs?|years?)\s*(?:[a-z]+\s+)?([MF])\b"
    r"|(?<![\d.,])(?<![Tt] )(?<!temp )(?<!Temp )\b(\d{1,3})([MF])\b"
    r"(?!\s*(?i:fr\b|french|foley|cath|tube|ng\b|ett))"
)
_SEX_AGE = re.compile(
    # "woman, 45", "Male, 58", "a man of 76", "woman aged 88"
    r"(?i)\b(male|female|man|woman|boy|girl|gentleman|lady)\b,?\s+(?:aged?\s+|of\s+)?"
    r"(\d{1,3})\b(?!\s*(?:%|/|\.\d|[a-z]*\s*(?:mg|kg|cm|mm|min|hour|hr|day|week|wk"
    r"|month|times|x\b)))"
)
_AGE_KIN = re.compile(
    r"(?i)\b(\d{1,3})[-\s]*(?:year|yr)s?[-\s]*old\s+(" + "|".join(_KIN_WORDS) + r")\b"
)
_AGED = re.compile(r"(?i)\baged\s+(\d{1,3})\b")


def age_sex_from_text(text: str) -> tuple[int | None, str | None]:
    """Find age and sex in a narrative, as nurses and clinicians write them.

    "56-year-old male", "45 y/o F", "58M", "woman, 45", "a man of 76", "72-year-old
    mother", "aged 88".
    """
    if m := _AGE_SEX.search(text):
        return int(m.group(1)), _SEX_WORDS[m.group(2).lower()]
    if m := _AGE_KIN.search(text):
        return int(m.group(1)), _KIN_WORDS[m.group(2).lower()]
    if m := _AGE_SEX_SHORT.search(text):
        age, sex = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return int(age), {"M": "Male", "F": "Female"}[sex]
    if m := _SEX_AGE.search(text):
        return int(m.group(2)), _SEX_WORDS[m.group(1).lower()]
    if m := _AGE_ONLY.search(text) or _AGED.search(text):
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
    # a child's gestation ("term infant, 38+3 weeks") is her birth's, not a pregnancy
    child = days is not None or (age is not None and age < CHILDBEARING_YEARS[0])
    return Demographics(
        age=age,
        age_days=days,
        sex=sex,
        pregnancy="unknown" if child else pregnancy_from_text(text),
    )


def find_data_file(
    path: Path | str,
    *,
    dataset: str,
    expected: str,
    suffixes: tuple[str, ...],
    fits: Callable[[Path], bool],
    preferred: tuple[str, ...] = (),
) -> Path:
    """Resolve ``path`` (a file of any name, or a folder) to the one data file to read.

    A file is taken as given when it has the right shape; in a folder, a preferred
    name wins, else the one file whose suffix and shape fit.

    Args:
        path: What the user passed (``--data``).
        dataset: Dataset name, for messages.
        expected: What a fitting file is, e.g. "a ';'-separated CSV with KTAS_expert".
        suffixes: File suffixes considered in a folder, e.g. ``(".csv",)``.
        fits: Whether a file has the right shape (checks its header or keys).
        preferred: File names tried first in a folder (the usual release names).

    Returns:
        The file to read.

    Raises:
        DataError: The path is missing, the file does not fit, or a folder holds no
            fitting file or several (the message says what was expected and found).
    """
    path = Path(path)
    if not path.exists():
        raise DataError(f"{dataset}: {path} does not exist; expected {expected}")
    if path.is_file():
        if not fits(path):
            raise DataError(
                f"{dataset}: file does not fit; expected {expected}", file=path.name
            )
        return path
    for name in preferred:
        if (path / name).is_file() and fits(path / name):
            return path / name
    candidates = sorted(
        p for p in path.iterdir() if p.is_file() and p.name.endswith(suffixes)
    )
    fitting = [p for p in candidates if fits(p)]
    if len(fitting) == 1:
        return fitting[0]
    seen = ", ".join(p.name for p in candidates[:10]) or "no such files"
    if not fitting:
        raise DataError(
            f"{dataset}: no file in {path} fits; expected {expected} (found: {seen})"
        )
    names = ", ".join(p.name for p in fitting[:10])
    raise DataError(
        f"{dataset}: several files in {path} fit ({names}); expected one: pass a "
        "file with --data"
    )
