"""Exact-label parsing for ER-Reason gold columns (tolerant of case and spacing)."""

from __future__ import annotations

from typing import Final

from cases.labels import (
    ACUITY_WORDS,
    DISPOSITION_LABELS,
    ESI_TO_ACUITY,
    Acuity,
    Disposition,
)


def _norm_label(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


_ACUITY_BY_NORM: Final = {_norm_label(w): w for w in ACUITY_WORDS}
_DISPOSITION_BY_NORM: Final = {_norm_label(d): d for d in DISPOSITION_LABELS}


def parse_acuity(value: str | None) -> Acuity | None:
    """Map an acuity word (any case/spacing) or an ESI digit 1-5 to the label."""
    if value is None:
        return None
    if value.strip() in {"1", "2", "3", "4", "5"}:
        return ESI_TO_ACUITY[int(value.strip())]
    return _ACUITY_BY_NORM.get(_norm_label(value))


def parse_disposition(value: str | None) -> Disposition | None:
    """Map a disposition string (any case/spacing/punctuation) to the label."""
    return None if value is None else _DISPOSITION_BY_NORM.get(_norm_label(value))
