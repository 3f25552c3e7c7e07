"""Citations: turn a hit into a quotable pointer, and check that pointers resolve.

A citation is valid when its chunk id resolves to a stored chunk with the same note key
and span, and its quote occurs verbatim in that chunk's text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Protocol

from retrieval.schemas import Citation, NoteChunk, NoteHit

DEFAULT_QUOTE_CHARS: Final[int] = 240


class ChunkSource(Protocol):
    """Anything that can fetch chunks by id (``NoteStore`` is one)."""

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[NoteChunk]:
        """Return the stored chunks for ``chunk_ids`` (unknown ids left out)."""
        ...


def _default_quote(text: str, limit: int = DEFAULT_QUOTE_CHARS) -> str:
    """Return a verbatim prefix of ``text`` (at most ``limit`` chars, cut at a word)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip()


def cite(hit: NoteHit | NoteChunk, quote: str | None = None) -> Citation:
    """Build a citation of ``hit`` quoting ``quote`` (default: the chunk's opening).

    Args:
        hit: A search hit (or a bare chunk).
        quote: Verbatim text from the chunk that supports a claim.

    Returns:
        The citation.

    Raises:
        ValueError: If ``quote`` is empty or not in the chunk text verbatim.
    """
    chunk = hit.chunk if isinstance(hit, NoteHit) else hit
    text = _default_quote(chunk.text) if quote is None else quote
    if not text.strip() or text not in chunk.text:
        raise ValueError("quote is not verbatim text of the cited chunk")
    return Citation(
        chunk_id=chunk.chunk_id,
        note_key=chunk.note_key,
        note_type=chunk.note_type,
        year=chunk.year,
        start=chunk.start,
        end=chunk.end,
        quote=text,
    )


def _resolve(
    ids: Sequence[str],
    source: ChunkSource | Mapping[str, NoteChunk] | Iterable[NoteChunk],
) -> dict[str, NoteChunk]:
    if isinstance(source, Mapping):
        return {i: source[i] for i in ids if i in source}
    getter = getattr(source, "get_chunks", None)
    if callable(getter):
        return {c.chunk_id: c for c in getter(list(ids))}
    wanted = set(ids)
    return {c.chunk_id: c for c in source if c.chunk_id in wanted}  # type: ignore[union-attr]


def _valid(citation: Citation, chunk: NoteChunk | None) -> bool:
    return (
        chunk is not None
        and chunk.note_key == citation.note_key
        and chunk.start == citation.start
        and chunk.end == citation.end
        and bool(citation.quote.strip())
        and citation.quote in chunk.text
    )


def verify_citations(
    citations: Sequence[Citation],
    source: ChunkSource | Mapping[str, NoteChunk] | Iterable[NoteChunk],
) -> list[bool]:
    """Check many citations with one lookup; one verdict per citation, in order."""
    chunks = _resolve([c.chunk_id for c in citations], source)
    return [_valid(c, chunks.get(c.chunk_id)) for c in citations]


def verify_citation(
    citation: Citation,
    source: ChunkSource | Mapping[str, NoteChunk] | Iterable[NoteChunk],
) -> bool:
    """Return True when the citation resolves to a chunk containing its quote.

    Args:
        citation: The citation to check.
        source: A ``NoteStore`` (or any ``get_chunks`` provider), a mapping of chunk
            id to chunk, or an iterable of chunks.

    Returns:
        Whether the chunk id resolves, the note key and span match, and the quote
        occurs verbatim in the chunk text.
    """
    return verify_citations([citation], source)[0]
