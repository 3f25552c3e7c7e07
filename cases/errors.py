"""Data errors that name the file, the 1-based data row and the column."""

from __future__ import annotations


class DataError(ValueError):
    """A problem in an input data file, located by file, data row and column.

    Attributes:
        message: What is wrong, without any note text or patient identifiers.
        file: The file name (not the full path), when known.
        row: The 1-based data row (the header is row 0), when known.
        column: The column name, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.row = row
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [
            f"{label}={value}"
            for label, value in (
                ("file", self.file),
                ("row", self.row),
                ("column", self.column),
            )
            if value is not None
        ]
        return f"{self.message} ({', '.join(where)})" if where else self.message
