"""Robust CSV reading and cell coercion shared by the loaders."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
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


_FIELD_LIMIT = 1 << 28
"""Largest CSV field (256 M characters): long notes are fine, a runaway quote fails."""


@dataclass
class CsvRow:
    """One data record: its 1-based data row number, first physical line and cells."""

    row: int
    line: int
    cells: dict[str, str | None]
    replaced: int = 0
    """U+FFFD replacement characters in the record (undecodable bytes)."""


@dataclass
class CsvTable:
    """A CSV read record by record, with the records that could not be used."""

    columns: list[str]
    rows: list[CsvRow] = field(default_factory=list)
    bad: list[DataError] = field(default_factory=list)
    """Records skipped (wrong field count, unreadable), located by row and line."""
    replaced: int = 0


def read_csv_rows(path: Path, *, encoding: str = "utf-8") -> CsvTable:
    """Read a CSV record by record, checking each record's field count.

    Unlike ``pandas.read_csv``, a ragged record does not abort the file and a
    record whose quote is never closed (it swallows the lines after it) is not
    loaded column-shifted: both are skipped and reported with their data row and
    physical lines. Undecodable bytes become U+FFFD and are counted per record.

    Raises:
        DataError: If the file is empty (no header row).
    """
    raw = path.read_bytes()
    try:
        text, replaced = raw.decode(encoding), 0
    except UnicodeDecodeError:
        text = raw.decode(encoding, errors="replace")
        replaced = text.count(REPLACEMENT_CHAR)
    reader = csv.reader(io.StringIO(text, newline=""))
    old_limit = csv.field_size_limit(_FIELD_LIMIT)
    try:
        header = next(reader, None)
        if not header:
            raise DataError("empty file (no header row)", file=path.name)
        table = CsvTable(columns=[h.strip() for h in header], replaced=replaced)
        _read_records(reader, table, path.name, replaced > 0)
    finally:
        csv.field_size_limit(old_limit)
    return table


def _read_records(reader: Any, table: CsvTable, name: str, decoded_bad: bool) -> None:
    width, number, line = len(table.columns), 0, reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            msg = f"unreadable record ({exc}); lines {line}-{reader.line_num}"
            table.bad.append(DataError(msg, file=name, row=number))
            line = reader.line_num + 1
            continue
        first, line = line, reader.line_num + 1
        if not any(v.strip() for v in record):
            continue  # a blank line
        number += 1
        if len(record) != width:
            lines = (
                f"line {first}" if first == line - 1 else f"lines {first}-{line - 1}"
            )
            msg = (
                f"{len(record)} fields where the header has {width} ({lines}; "
                "an unbalanced quote or a stray delimiter?)"
            )
            table.bad.append(DataError(msg, file=name, row=number))
            continue
        cells = {
            c: (v if v.strip() else None)
            for c, v in zip(table.columns, record, strict=True)
        }
        bad = sum(v.count(REPLACEMENT_CHAR) for v in record) if decoded_bad else 0
        table.rows.append(CsvRow(number, first, cells, bad))


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


def csv_header(path: Path, sep: str = ",") -> list[str]:
    """Return the column names of a CSV file's first line ([] when unreadable)."""
    try:
        with path.open("rb") as fh:
            first = fh.readline(65536).decode("utf-8-sig", errors="replace")
    except OSError:
        return []
    return [c.strip() for c in next(csv.reader([first], delimiter=sep), [])]
