"""Leakage filters for note search, as one object with two faces.

The same rule is rendered as a Chroma ``where`` clause (dense search) and as a Python
predicate over chunk metadata (lexical search), so both retrievers see the same notes.

Time rule. ER-Reason records years only, so "strictly before the encounter" cannot be
decided for a note written in the encounter's own year. A note is visible when:

- it belongs to ``patient_id``; and
- it is not in ``exclude_note_keys`` (the current ED note is always excluded); and
- when ``allowed_note_keys`` is given (the dataset lists these notes as prior for this
  encounter): its key is in that set and, when ``before_year`` is given, its year is
  ``<= before_year`` (same-year notes pass only because the dataset lists them as prior;
  a listed note with a missing year also passes, since the listing is the evidence);
- when ``allowed_note_keys`` is None and ``before_year`` is given: its year is known and
  ``< before_year`` (same-year and undated notes are withheld: they may be later).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final

MISSING_YEAR: Final[int] = -1
"""Metadata sentinel for a note without a year (Chroma metadata cannot hold None)."""

MetaValue = object
"""Chroma metadata values (str, int, float, bool); kept loose at this edge."""


@dataclass(frozen=True)
class NoteFilter:
    """Which of a patient's chunks one search may see."""

    patient_id: str
    allowed_note_keys: frozenset[str] | None = None
    before_year: int | None = None
    exclude_note_keys: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        patient_id: str,
        allowed_note_keys: Collection[str] | None,
        before_year: int | None,
        exclude_note_keys: Collection[str],
    ) -> NoteFilter:
        """Build a filter from the ``NoteRetriever.asearch`` arguments."""
        allowed = None if allowed_note_keys is None else frozenset(allowed_note_keys)
        return cls(patient_id, allowed, before_year, frozenset(exclude_note_keys))

    @property
    def empty(self) -> bool:
        """True when no note can pass (an empty allow-list)."""
        allowed = self.allowed_note_keys
        return allowed is not None and not (allowed - self.exclude_note_keys)

    def where(self) -> dict[str, object]:
        """Render the filter as a Chroma ``where`` clause."""
        clauses: list[dict[str, object]] = [{"patient_id": self.patient_id}]
        if self.allowed_note_keys is not None:
            clauses.append({"note_key": {"$in": sorted(self.allowed_note_keys)}})
            if self.before_year is not None:
                clauses.append({"year": {"$lte": self.before_year}})
        elif self.before_year is not None:
            clauses.append({"year": {"$gte": 0}})
            clauses.append({"year": {"$lt": self.before_year}})
        if self.exclude_note_keys:
            clauses.append({"note_key": {"$nin": sorted(self.exclude_note_keys)}})
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def accepts(self, meta: Mapping[str, MetaValue]) -> bool:
        """Return True when a chunk with metadata ``meta`` passes the filter."""
        if meta.get("patient_id") != self.patient_id:
            return False
        key = str(meta.get("note_key"))
        if key in self.exclude_note_keys:
            return False
        raw_year = meta.get("year")
        year = int(raw_year) if isinstance(raw_year, int | float) else MISSING_YEAR
        if self.allowed_note_keys is not None:
            if key not in self.allowed_note_keys:
                return False
            return self.before_year is None or year <= self.before_year
        if self.before_year is not None:
            return 0 <= year < self.before_year
        return True
