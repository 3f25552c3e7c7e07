"""Batch writer for ingest: skip existing ids, embed the rest once, upsert."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

import numpy as np
import numpy.typing as npt

from cases.labels import NoteType
from retrieval.chunking import embedding_text
from retrieval.embeddings import Embedder
from retrieval.filters import MISSING_YEAR, MetaValue
from retrieval.hygiene import IngestReport
from retrieval.schemas import NoteChunk

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection as ChromaCollection

MEMO_SIZE = 10_000


def chunk_metadata(chunk: NoteChunk, encounter_id: str | None) -> dict[str, str | int]:
    """Return the Chroma metadata of a chunk (sentinels: year -1, empty strings)."""
    return {
        "patient_id": chunk.patient_id,
        "encounter_id": encounter_id or "",
        "note_type": chunk.note_type,
        "note_key": chunk.note_key,
        "year": MISSING_YEAR if chunk.year is None else chunk.year,
        "section": chunk.section or "",
        "start": chunk.start,
        "end": chunk.end,
    }


def chunk_from_record(
    chunk_id: str, document: str | None, meta: Mapping[str, MetaValue] | None
) -> NoteChunk:
    """Rebuild a :class:`NoteChunk` from a Chroma record."""
    m = meta or {}
    year = int(cast(int, m.get("year", MISSING_YEAR)))
    return NoteChunk(
        chunk_id=chunk_id,
        note_key=str(m.get("note_key", "")),
        note_type=cast(NoteType, m.get("note_type")),
        patient_id=str(m.get("patient_id", "")),
        year=None if year == MISSING_YEAR else year,
        section=str(m.get("section") or "") or None,
        start=int(cast(int, m.get("start", 0))),
        end=int(cast(int, m.get("end", 0))),
        text=document or "",
    )


class ChunkWriter:
    """Buffers chunks and writes them in batches, embedding only new ones."""

    def __init__(
        self,
        collection: ChromaCollection,
        embedder: Embedder,
        report: IngestReport,
        progress: bool,
    ) -> None:
        """Write into ``collection``, counting into ``report``."""
        self._col = collection
        self._embedder = embedder
        self._report = report
        self._pending: list[tuple[NoteChunk, str | None]] = []
        # Boilerplate repeats across chunks and notes: embed each distinct text once
        # per ingest call (bounded; 10k x 384 floats is ~15 MB).
        self._memo: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._bar = None
        if progress:
            from tqdm import tqdm

            self._bar = tqdm(unit="chunk", desc="ingest", dynamic_ncols=True)

    def push(
        self, chunks: list[NoteChunk], encounter_id: str | None, batch_size: int
    ) -> None:
        """Queue ``chunks``; write every full batch."""
        self._pending.extend((c, encounter_id) for c in chunks)
        while len(self._pending) >= batch_size:
            batch, self._pending = (
                self._pending[:batch_size],
                self._pending[batch_size:],
            )
            self._write(batch)

    def flush(self) -> None:
        """Write whatever is queued."""
        if self._pending:
            batch, self._pending = self._pending, []
            self._write(batch)

    def close(self) -> None:
        """Close the progress bar."""
        if self._bar is not None:
            self._bar.close()

    def _remember(self, texts: list[str], vectors: npt.NDArray[np.float32]) -> None:
        for text, vector in zip(texts, vectors, strict=True):
            self._memo[text] = vector
        while len(self._memo) > MEMO_SIZE:
            self._memo.popitem(last=False)

    def _write(self, batch: list[tuple[NoteChunk, str | None]]) -> None:
        unique = {c.chunk_id: (c, enc) for c, enc in batch}
        have = set(self._col.get(ids=list(unique), include=[])["ids"])
        new = [(c, enc) for cid, (c, enc) in unique.items() if cid not in have]
        self._report.skipped_existing += len(batch) - len(new)
        if new:
            texts = [embedding_text(c) for c, _ in new]
            known = {t: self._memo[t] for t in texts if t in self._memo}
            distinct = [t for t in dict.fromkeys(texts) if t not in known]
            if distinct:
                vectors = self._embedder.encode(distinct)
                known.update(zip(distinct, vectors, strict=True))
                self._remember(distinct, vectors)
            embeddings = np.stack([known[t] for t in texts])
            self._col.upsert(
                ids=[c.chunk_id for c, _ in new],
                embeddings=embeddings,
                documents=[c.text for c, _ in new],
                metadatas=[chunk_metadata(c, enc) for c, enc in new],
            )
            self._report.embedded_texts += len(distinct)
            self._report.added += len(new)
        if self._bar is not None:
            self._bar.update(len(batch))
