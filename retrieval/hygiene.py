"""Bad-input handling for ingest: clean, count, and never drop a note silently."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Final

from cases.models import ClinicalNote

OVERSIZED_CHARS: Final[int] = 100_000
"""Notes above this are "oversized" (ER-Reason caps prompts at 4,000 chars a note)."""


@dataclass
class IngestReport:
    """What one ``NoteStore.add_notes`` call did (counts only: no text, no ids)."""

    notes: int = 0
    """Notes received."""
    empty_notes: int = 0
    """Notes whose text was empty or whitespace (kept in the count, no chunks)."""
    oversized_notes: int = 0
    """Notes longer than ``OVERSIZED_CHARS`` (chunked like any other)."""
    non_utf8_notes: int = 0
    """Notes with undecodable bytes (surrogates), cleaned with U+FFFD."""
    duplicate_key_conflicts: int = 0
    """Notes whose key was already seen with different text (both kept)."""
    repeated_notes: int = 0
    """Notes whose key and text were already seen (chunked once)."""
    missing_year_notes: int = 0
    """Notes without a year (stored with year -1; withheld by time filters)."""
    chunks: int = 0
    """Chunks produced."""
    added: int = 0
    """Chunks embedded and written."""
    skipped_existing: int = 0
    """Chunks already in the index (not re-embedded)."""
    embedded_texts: int = 0
    """Texts sent to the model (identical texts in a batch are embedded once)."""
    seconds: float = 0.0
    """Wall time of the call."""
    errors: list[str] = field(default_factory=list)
    """Error class names of notes that failed to chunk (nothing else recorded)."""

    @property
    def chunks_per_second(self) -> float:
        """Chunks added per second of wall time."""
        return self.added / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, object]:
        """Return the counts as a plain dict (for JSON summaries)."""
        out = asdict(self)
        out["chunks_per_second"] = round(self.chunks_per_second, 2)
        return out


def clean_text(text: str) -> tuple[str, bool]:
    """Replace undecodable bytes (lone surrogates, NUL) with U+FFFD.

    Loaders that read with ``errors="surrogateescape"`` keep bad bytes as lone
    surrogates; they cannot be stored as UTF-8, so they become replacement characters.

    Returns:
        The cleaned text and whether anything was replaced.
    """
    try:
        text.encode("utf-8")
        bad = "\x00" in text
    except UnicodeEncodeError:
        bad = True
    if not bad:
        return text, False
    raw = text.encode("utf-8", errors="surrogateescape")
    cleaned = raw.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
    # Surrogates that were not escapes of bytes (e.g. "\ud800" literals) survive the
    # round trip; encode-with-replace catches them.
    cleaned = cleaned.encode("utf-8", errors="replace").decode("utf-8")
    return cleaned, True


class NoteTriage:
    """Classifies incoming notes for the report and cleans their text."""

    def __init__(self, report: IngestReport) -> None:
        """Count into ``report``."""
        self._report = report
        self._seen: dict[str, set[str]] = {}

    def admit(self, note: ClinicalNote) -> ClinicalNote | None:
        """Return the (cleaned) note to chunk, or None when it adds nothing new."""
        rep = self._report
        rep.notes += 1
        text, was_bad = clean_text(note.text)
        if was_bad:
            rep.non_utf8_notes += 1
            note = note.model_copy(update={"text": text})
        if note.year is None:
            rep.missing_year_notes += 1
        if len(text) > OVERSIZED_CHARS:
            rep.oversized_notes += 1
        if not text.strip():
            rep.empty_notes += 1
            return None
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        key = f"{note.patient_id}\x1f{note.note_key}"
        seen = self._seen.setdefault(key, set())
        if digest in seen:
            rep.repeated_notes += 1
            return None
        if seen:
            rep.duplicate_key_conflicts += 1
        seen.add(digest)
        return note
