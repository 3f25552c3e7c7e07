"""Retrieval scoped to one case's own prior notes (one request, one run).

A shared index keyed by patient id and note key lets one client read another's
notes: two requests with the same ids but different text would search each other's
chunks. :class:`ScopedNotes` searches only the chunks of the notes the case itself
carries, identified by their content-addressed chunk ids (patient, note key, span and
text hashed; ``retrieval.chunking.chunk_id``), in an in-memory index built for the run:

- ``persist=False`` (the API default): the chunks are embedded in memory and
  nothing is written anywhere. Their vectors go through the embedder's process-wide
  :class:`~retrieval.embeddings.VectorCache` (keyed by the SHA-256 of the text, no
  text kept), so a note seen before costs a hash, not a model call; the chunks not
  seen before are embedded in one batch. The built index (chunk texts, BM25,
  vectors) stays in process memory after the run, read-only, under the SHA-256 of
  every field of the notes and the embedder (the last :data:`INDEX_CACHE_SIZE`
  indexes, never written anywhere): only a request carrying exactly the same notes
  gets it, so a returning patient's notes are not re-chunked and re-indexed.
- ``persist=True`` (the harness, or ``REASONER_PERSIST_REQUEST_NOTES``): the notes are
  added to the persistent store (skipping chunks it holds) and the run's index is
  read back from it by those same chunk ids, so it still holds only this case's text.

Searches apply the same leakage filters (patient, listed prior notes, year, current
note) and the same hybrid fusion as :class:`~retrieval.store.NoteStore`. Chroma stays
the store of the shared index; for a request's handful of chunks the dense ranking is
exact cosine in numpy (0.04-0.07 ms for 5-100 chunks and 4 queries, measured) where an
in-memory Chroma collection costs 7-23 ms to create, fill, query and drop, or
1-2.3 ms per query when kept (benchmarks/RESULTS.md, issue 15).
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from cases.memo import HashMemo, digest
from cases.models import ClinicalNote
from retrieval.chunking import chunk_note, embedding_text
from retrieval.embeddings import VectorCache, encode_cached
from retrieval.filters import NoteFilter
from retrieval.fusion import MIN_COVERAGE, Ranking, run_lexical
from retrieval.lexical import PatientLexicon
from retrieval.schemas import NoteChunk, NoteHit
from retrieval.writer import chunk_metadata

if TYPE_CHECKING:
    from retrieval.store import NoteStore

INDEX_CACHE_SIZE = 256
"""In-memory scoped indexes kept per process (a few chunks of one patient each)."""

_INDEXES: HashMemo[PatientLexicon | None] = HashMemo(INDEX_CACHE_SIZE)

_LEXICAL: HashMemo[Ranking] = HashMemo(4 * INDEX_CACHE_SIZE)
"""BM25 rankings of one query over a kept index, by the SHA-256 of the index key,
the query and the search's filter and depth (no text kept as a key): the later
stages' diagnosis queries recur for a returning case, its complaint does not."""


def _filter_parts(flt: NoteFilter) -> list[str | None]:
    """The filter's fields as digest parts (sets sorted, None kept apart)."""
    allowed = flt.allowed_note_keys
    return [
        flt.patient_id,
        None if allowed is None else "\x1f".join(sorted(allowed)),
        None if flt.before_year is None else str(flt.before_year),
        "\x1f".join(sorted(flt.exclude_note_keys)),
    ]


def _index_key(embedder: object, notes: Sequence[ClinicalNote]) -> bytes:
    """Digest of what an in-memory index is built from: the embedder and the notes."""
    name = getattr(embedder, "identity", None)
    if not isinstance(name, str):
        name = f"{type(embedder).__qualname__}:{getattr(embedder, 'model_id', '')}"
    parts: list[str | None] = [name, str(getattr(embedder, "max_tokens", ""))]
    for n in notes:
        year = None if n.year is None else str(n.year)
        date = None if n.date is None else str(n.date)
        parts += [n.note_key, n.note_type, n.patient_id, n.text, year, date]
        parts.append(n.encounter_id)
    return digest(parts)


class ScopedNotes:
    """A ``NoteRetriever`` over one case's notes only (see the module docstring)."""

    def __init__(
        self,
        store: NoteStore,
        notes: Sequence[ClinicalNote] = (),
        *,
        persist: bool = False,
    ) -> None:
        """Scope searches of ``store`` to ``notes`` (the case's own prior notes).

        The index is built by ``add_notes`` (the graph's retrieve node) or, when a
        run resumes after that node, on the first search.
        """
        self.store = store
        self.notes = tuple(notes)
        self.persist = persist
        self._built = False
        self._lexicon: PatientLexicon | None = None
        self._kept: bytes | None = None
        """The key of the kept in-memory index this run searches (None: persisted)."""
        self._lock = threading.Lock()

    def _chunks(
        self, notes: Sequence[ClinicalNote]
    ) -> list[tuple[NoteChunk, str | None]]:
        embedder = self.store.embedder
        counter = getattr(embedder, "count_tokens", None)
        max_tokens = int(getattr(embedder, "max_tokens", 254))
        out: dict[str, tuple[NoteChunk, str | None]] = {}
        for note in notes:
            if not note.text.strip():
                continue
            for chunk in chunk_note(
                note,
                token_counter=counter if callable(counter) else None,
                max_tokens=max_tokens,
            ):
                out.setdefault(chunk.chunk_id, (chunk, note.encounter_id))
        return list(out.values())

    def add_notes(self, notes: Sequence[ClinicalNote]) -> object:
        """Build this run's index from the case's notes (and persist when asked)."""
        self.notes = tuple(dict.fromkeys((*self.notes, *notes)))
        report = self.store.add_notes(list(notes)) if self.persist else None
        self._build()
        return report

    async def aadd_notes(self, notes: Sequence[ClinicalNote]) -> object:
        """Async :meth:`add_notes`: in a worker thread unless the index is kept.

        A kept index (the same notes seen before) costs one digest, less than the
        thread hand-off; new notes are chunked and embedded off the event loop.
        """
        merged = tuple(dict.fromkeys((*self.notes, *notes)))
        if not self.persist and _index_key(self.store.embedder, merged) in _INDEXES:
            return self.add_notes(notes)
        return await asyncio.to_thread(self.add_notes, notes)

    def _build(self) -> None:
        self._built = True  # a failed build leaves no index, as before
        if self.persist:
            lexicon = self._index()
        else:  # the same notes make the same in-memory index: kept, read-only
            key = _index_key(self.store.embedder, self.notes)
            lexicon = _INDEXES.get_or_compute(key, self._index)
            self._kept = key
        with self._lock:
            self._lexicon = lexicon

    def _index(self) -> PatientLexicon | None:
        chunks = self._chunks(self.notes)
        if not chunks:
            return None
        ids = [c.chunk_id for c, _ in chunks]
        vectors = self._stored_vectors(ids) if self.persist else None
        if vectors is None:  # embed in memory (vector cache: misses in one batch)
            texts = [embedding_text(c) for c, _ in chunks]
            vectors = encode_cached(self.store.embedder, texts)
        return PatientLexicon(
            ids=ids,
            documents=[c.text for c, _ in chunks],
            metadatas=[chunk_metadata(c, enc) for c, enc in chunks],
            embeddings=vectors,
        )

    def _stored_vectors(self, ids: list[str]) -> np.ndarray | None:
        got = self.store.collection.get(ids=ids, include=["embeddings"])
        # Chroma returns the embeddings as one numpy array (no truth value) or None.
        vectors = got.get("embeddings")
        stored = dict(zip(got["ids"], [] if vectors is None else vectors, strict=False))
        if any(i not in stored for i in ids):
            return None
        return np.asarray([stored[i] for i in ids], dtype=np.float32)

    def search(
        self,
        queries: Sequence[str],
        *,
        patient_id: str,
        allowed_note_keys: Collection[str] | None = None,
        before_year: int | None = None,
        exclude_note_keys: Collection[str] = (),
        k: int = 5,
    ) -> list[NoteHit]:
        """Hybrid search over this case's chunks, leakage filters applied."""
        from retrieval.fusion import fuse_hits, run_dense_cached

        if not self._built:
            self._build()
        lexicon = self._lexicon
        qs = list(dict.fromkeys(q.strip() for q in queries if q and q.strip()))
        flt = NoteFilter.build(
            patient_id, allowed_note_keys, before_year, exclude_note_keys
        )
        if lexicon is None or not qs or k <= 0 or flt.empty:
            return []
        n = max(self.store.candidates, k)
        dense = run_dense_cached(lexicon, self.store.embedder, qs, flt, n)
        kept = self._kept
        if kept is None:
            lexical = run_lexical(lexicon, qs, flt, n, min_coverage=MIN_COVERAGE)
        else:  # each query's ranking is its own (BM25 per query): kept per query
            parts = [*_filter_parts(flt), str(n), str(MIN_COVERAGE)]
            lexical = [
                _LEXICAL.get_or_compute(
                    digest((kept, q, *parts)),
                    functools.partial(_rank_one, lexicon, q, flt, n),
                )
                for q in qs
            ]
        return fuse_hits(qs, dense, lexical, k)

    async def asearch(
        self,
        queries: Sequence[str],
        *,
        patient_id: str,
        allowed_note_keys: Collection[str] | None = None,
        before_year: int | None = None,
        exclude_note_keys: Collection[str] = (),
        k: int = 5,
    ) -> list[NoteHit]:
        """Async :meth:`search`: in a worker thread when a query must be embedded.

        With the index built and every query's vector in the vector cache the search
        is a few array operations, cheaper than the thread hand-off: it runs here.
        """
        run = functools.partial(
            self.search,
            queries,
            patient_id=patient_id,
            allowed_note_keys=allowed_note_keys,
            before_year=before_year,
            exclude_note_keys=exclude_note_keys,
            k=k,
        )
        if self._built and self._queries_cached(queries):
            return run()
        return await asyncio.to_thread(run)

    def _queries_cached(self, queries: Sequence[str]) -> bool:
        cache = getattr(self.store.embedder, "vectors", None)
        if not isinstance(cache, VectorCache):
            return False
        return all(
            cache.get(VectorCache.key(q.strip())) is not None
            for q in queries
            if q and q.strip()
        )

    def ping(self) -> bool:
        """Readiness of the underlying store."""
        return self.store.ping()


def _rank_one(lexicon: PatientLexicon, query: str, flt: NoteFilter, n: int) -> Ranking:
    """``run_lexical`` of one query (rankings of several queries are independent)."""
    return run_lexical(lexicon, [query], flt, n, min_coverage=MIN_COVERAGE)[0]
