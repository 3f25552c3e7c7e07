"""Robust CSV reading and cell coercion shared by the loaders."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from cases.errors import DataError

REPLACEMENT_CHAR = "\ufffd"


def read_csv_robust(
    path: Path, *, encoding: str = "utf-8", **kwargs: Any
) -> tuple[pd.DataFrame, int]:
    """Read a CSV as strings; on bad bytes, re-read with replacement and count them.

    Args:
        path: The CSV file.
        encoding: The first encoding to try.
        **kwargs: Passed to ``pandas.read_csv`` (e.g. ``sep``).

    Returns:
        The frame (all cells str or NaN) and the number of replaced characters
        (0 when the file decoded cleanly).

    Raises:
        DataError: If the file cannot be parsed as CSV.
    """
    try:
        frame = pd.read_csv(path, dtype=str, encoding=encoding, **kwargs)
        return frame, 0
    except UnicodeDecodeError:
        pass
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise DataError(
            f"cannot parse CSV: {type(exc).__name__}", file=path.name
        ) from exc
    frame = pd.read_csv(
        path, dtype=str, encoding=encoding, encoding_errors="replace", **kwargs
    )
    replaced = int(
        sum(
            frame[col].str.count(REPLACEMENT_CHAR).fillna(0).sum()
            for col in frame.columns
        )
    )
    return frame, replaced


def cell(row: Mapping[str, object], column: str) -> str | None:
    """Return a stripped string cell, or None when missing, NaN or blank."""
    value = row.get(column)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def first_cell(row: Mapping[str, object], *columns: str) -> str | None:
    """Return the first non-empty cell among alternative column names."""
    for column in columns:
        if (value := cell(row, column)) is not None:
            return value
    return None


def int_cell(
    row: Mapping[str, object],
    column: str,
    *,
    file: str | None = None,
    line: int | None = None,
) -> int | None:
    """Parse an integer cell ("42", "42.0"); None when empty.

    Raises:
        DataError: If the cell is present but not a whole number.
    """
    text = cell(row, column)
    if text is None:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise DataError("not a number", file=file, row=line, column=column) from None
    if math.isnan(number) or number != int(number):
        raise DataError("not a whole number", file=file, row=line, column=column)
    return int(number)


def float_cell(
    row: Mapping[str, object],
    column: str,
    *,
    file: str | None = None,
    line: int | None = None,
) -> float | None:
    """Parse a float cell, accepting decimal commas; None when empty.

    Raises:
        DataError: If the cell is present but not a number.
    """
    text = cell(row, column)
    if text is None:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise DataError("not a number", file=file, row=line, column=column) from None
    return None if math.isnan(number) else number


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Return the frame's rows as dicts keyed by column name."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]
