"""Clinical-structure-aware chunking with exact character spans.

A note is first split on clinical headings (HPI, PMH, Medications, Assessment/Plan,
Impression, Findings, ...). Each section is then packed into chunks that fit the
embedding model's window (all-MiniLM-L6-v2 truncates at 256 word pieces), breaking at
paragraph, line, sentence or word boundaries, with a small overlap between consecutive
chunks of one section. Every chunk keeps ``start``/``end`` offsets so that
``note.text[chunk.start:chunk.end] == chunk.text`` always holds; citations rely on it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from cases.models import ClinicalNote
from retrieval.schemas import NoteChunk

HEADINGS: Final[tuple[str, ...]] = (
    "History of Present Illness",
    "HPI",
    "Chief Complaint",
    "CC",
    "Past Medical History",
    "PMH",
    "Past Surgical History",
    "PSH",
    "Family History",
    "Social History",
    "Review of Systems",
    "ROS",
    "Home Medications",
    "Discharge Medications",
    "Medications",
    "Meds",
    "Allergies",
    "Physical Exam",
    "Physical Examination",
    "Exam",
    "Vital Signs",
    "Vitals",
    "Labs",
    "Laboratory Data",
    "Laboratory",
    "Pertinent Results",
    "Imaging",
    "Studies",
    "Technique",
    "Comparison",
    "Findings",
    "Impression",
    "Interpretation",
    "Conclusions",
    "Conclusion",
    "Summary",
    "Assessment and Plan",
    "Assessment/Plan",
    "Assessment & Plan",
    "A/P",
    "Assessment",
    "Plan",
    "Hospital Course",
    "Brief Hospital Course",
    "Discharge Diagnoses",
    "Discharge Diagnosis",
    "Discharge Condition",
    "Discharge Instructions",
    "Problem List",
    "Recommendations",
    "Procedures",
    "Code Status",
    "Functional Status",
)
"""Headings recognised at line start (case-insensitive, colon optional)."""

_NAMES = "|".join(re.escape(h) for h in sorted(HEADINGS, key=len, reverse=True))
# A heading starts a line. With a colon, content may follow on the same line; without
# one, the heading must be alone on its line (so "Medications were reviewed" is prose).
_HEADING_RE: Final[re.Pattern[str]] = re.compile(
    rf"^[ \t]*(?:#+[ \t]*)?(?P<name>{_NAMES})[ \t]*(?::|[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
_CANONICAL: Final[dict[str, str]] = {h.lower(): h for h in HEADINGS}

DEFAULT_MAX_CHARS: Final[int] = 700
"""Conservative budget: clinical text runs ~3-4 chars per MiniLM word piece."""
DEFAULT_OVERLAP_CHARS: Final[int] = 100
MODEL_MAX_TOKENS: Final[int] = 254
"""all-MiniLM-L6-v2 max_seq_length (256) minus [CLS] and [SEP]."""

TokenCounter = Callable[[str], int]


@dataclass(frozen=True)
class Section:
    """A heading-delimited span of a note (``name`` is None before any heading)."""

    name: str | None
    start: int
    end: int


def split_sections(text: str) -> list[Section]:
    """Split ``text`` into heading-delimited sections covering the whole string.

    Args:
        text: The note text.

    Returns:
        Sections in order; their spans tile ``[0, len(text))`` without gaps.
    """
    sections: list[Section] = []
    cursor, name = 0, None
    for match in _HEADING_RE.finditer(text):
        if match.start() > cursor:
            sections.append(Section(name, cursor, match.start()))
        cursor = match.start()
        name = _CANONICAL.get(match.group("name").lower(), match.group("name"))
    if cursor < len(text):
        sections.append(Section(name, cursor, len(text)))
    return sections


def chunk_id(
    note_key: str, start: int, end: int, text: str, patient_id: str = ""
) -> str:
    """Return the content-addressed id of a chunk (stable across re-ingests).

    The patient id is hashed too, so two patients can never share a chunk id.
    """
    payload = f"{patient_id}\x1f{note_key}\x1f{start}\x1f{end}\x1f{text}".encode(
        errors="replace"
    )
    return hashlib.sha256(payload).hexdigest()[:32]


def _break_point(text: str, lo: int, hi: int) -> int:
    """Return the best cut in ``(lo, hi]``: paragraph > line > sentence > word."""
    window = text[lo:hi]
    floor = len(window) // 3  # never make a chunk shorter than a third of the budget
    for sep in ("\n\n", "\n", ". ", "; ", " "):
        idx = window.rfind(sep)
        if idx >= floor:
            return lo + idx + len(sep)
    return hi


def _next_start(text: str, prev_start: int, cut: int, overlap: int) -> int:
    """Start the next chunk ``overlap`` chars before ``cut``, at a word boundary."""
    start = max(cut - overlap, prev_start + 1)
    if start < cut:
        space = text.find(" ", start, cut)
        start = space + 1 if space != -1 else cut
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _spans(
    text: str, section: Section, max_chars: int, overlap: int
) -> Iterator[tuple[int, int]]:
    """Yield trimmed chunk spans packing one section into ``max_chars`` windows."""
    pos = section.start
    while pos < section.end:
        hi = min(pos + max_chars, section.end)
        cut = hi if hi == section.end else _break_point(text, pos, hi)
        start, end = _trim(text, pos, cut)
        if end > start:
            yield start, end
        if cut >= section.end:
            break
        pos = _next_start(text, pos, cut, overlap)


def _fit_tokens(
    text: str, start: int, end: int, count: TokenCounter, max_tokens: int
) -> Iterator[tuple[int, int]]:
    """Split a span in two (at a boundary) until each piece fits ``max_tokens``."""
    if end - start < 2 or count(text[start:end]) <= max_tokens:
        yield start, end
        return
    mid = _break_point(text, start, start + (end - start) // 2 + 1)
    left, right = _trim(text, start, mid), _trim(text, mid, end)
    for lo, hi in (left, right):
        if hi > lo:
            yield from _fit_tokens(text, lo, hi, count, max_tokens)


def chunk_note(
    note: ClinicalNote,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    overlap_chars: int = DEFAULT_OVERLAP_CHARS,
    token_counter: TokenCounter | None = None,
    max_tokens: int = MODEL_MAX_TOKENS,
) -> list[NoteChunk]:
    """Chunk one note along its clinical headings.

    Args:
        note: The note to chunk (its text may be empty; then no chunks are returned).
        max_chars: Character budget per chunk before token checking.
        overlap_chars: Characters repeated between consecutive chunks of a section.
        token_counter: Optional word-piece counter (e.g. the model tokenizer); when
            given, any chunk above ``max_tokens`` is split further.
        max_tokens: Token limit enforced when ``token_counter`` is given.

    Returns:
        Chunks in note order; ``note.text[c.start:c.end] == c.text`` for each.
    """
    if max_chars <= 0 or not 0 <= overlap_chars < max_chars:
        raise ValueError("need max_chars > 0 and 0 <= overlap_chars < max_chars")
    text = note.text
    chunks: list[NoteChunk] = []
    for section in split_sections(text):
        for start, end in _spans(text, section, max_chars, overlap_chars):
            pieces = (
                _fit_tokens(text, start, end, token_counter, max_tokens)
                if token_counter is not None
                else iter(((start, end),))
            )
            for lo, hi in pieces:
                piece = text[lo:hi]
                if _HEADING_RE.fullmatch(piece):
                    continue  # a heading with an empty body carries no evidence
                chunks.append(
                    NoteChunk(
                        chunk_id=chunk_id(
                            note.note_key, lo, hi, piece, note.patient_id
                        ),
                        note_key=note.note_key,
                        note_type=note.note_type,
                        patient_id=note.patient_id,
                        year=note.year,
                        section=section.name,
                        start=lo,
                        end=hi,
                        text=piece,
                    )
                )
    return chunks


def embedding_text(chunk: NoteChunk) -> str:
    """Return the text to embed: the chunk, prefixed by its section when it lacks it.

    The stored document stays the exact source span; only the vector sees the prefix,
    so a continuation chunk of "Medications" still embeds as medication content.
    """
    if chunk.section and not chunk.text.lower().startswith(chunk.section.lower()):
        return f"{chunk.section}: {chunk.text}"
    return chunk.text
