"""NoteStore: a Chroma collection of prior-note chunks, hybrid leakage-safe search.

Embeddings are computed by our :class:`~retrieval.embeddings.Embedder` and passed to
Chroma explicitly (no Chroma embedding function: the default one downloads a model).
Search fuses dense (Chroma, cosine) and lexical (BM25 over the patient's chunks)
rankings of every query by reciprocal rank; see :mod:`retrieval.filters` for the
patient, time and current-note rules applied to both.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from cases.models import ClinicalNote
from retrieval.chunking import chunk_note
from retrieval.client import DEFAULT_DB_PATH, make_client
from retrieval.embeddings import Embedder, SentenceTransformerEmbedder, encode_queries
from retrieval.filelock import locked
from retrieval.filters import NoteFilter
from retrieval.hygiene import IngestReport, NoteTriage
from retrieval.lexical import PatientLexicon
from retrieval.schemas import NoteChunk, NoteHit
from retrieval.writer import ChunkWriter, chunk_from_record

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection as ChromaCollection

logger = logging.getLogger(__name__)

_QUERY_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="query-embed")
"""Embeds queries while the searching thread fetches a patient's chunks."""

SearchMode = Literal["hybrid", "dense", "lexical"]


def mismatch_message(collection: str, stored: str, wanted: str) -> str:
    """Why an index built by another embedder is refused, and the two ways out.

    Vectors of two embedders (e.g. the float MiniLM and its int8 variant,
    ``REASONER_EMBED_INT8``) are not comparable: a query of one against chunks of the
    other would rank by noise, so the index is never silently mixed.
    """
    return (
        f"collection {collection!r} was built with {stored}, not {wanted}: "
        "rebuild the index with this embedder (a new REASONER_CHROMA_PATH, or "
        "ingest again into an empty folder) or run with the embedder it was built "
        "with (REASONER_EMBED_INT8 selects the int8 variant)"
    )


class NoteStore:
    """Prior clinical notes in one Chroma collection, searched per patient."""

    def __init__(
        self,
        path: str | Path | None = DEFAULT_DB_PATH,
        *,
        url: str | None = None,
        ephemeral: bool = False,
        client: ClientAPI | None = None,
        collection: str = "prior_notes",
        embedder: Embedder | None = None,
        candidates: int = 30,
        lexicon_cache: int = 256,
        dense_via: Literal["patient", "chroma"] = "patient",
    ) -> None:
        """Open (or create) the collection.

        Args:
            path: PersistentClient folder (default ``.er_reasoner/chroma``).
            url: Chroma server URL; uses HttpClient instead of the folder.
            ephemeral: Use an in-memory client (tests).
            client: An existing Chroma client (overrides path/url/ephemeral).
            collection: Collection name.
            embedder: Embedder; defaults to the offline MiniLM (loaded lazily).
            candidates: Per-query, per-retriever candidates fed to the fusion.
            lexicon_cache: Patients whose chunks (text, vectors, BM25) stay cached.
            dense_via: ``patient`` (default): fetch the patient's vectors from Chroma
                once and rank them exactly in memory; ``chroma``: a filtered Chroma
                query per search. Measured on 44k chunks: a compound ``where`` query
                took ~440 ms, the per-patient fetch ~20 ms (then microseconds).
        """
        self.embedder: Embedder = embedder or SentenceTransformerEmbedder()
        on_disk = client is None and not url and not ephemeral
        # Several server workers open one on-disk folder at start-up: its files and
        # the collection are created by one process at a time (Chroma's on-disk
        # client is not process-safe; requests never write to it unless
        # persist_request_notes).
        folder = Path(path or DEFAULT_DB_PATH)
        with locked(folder) if on_disk else contextlib.nullcontext():
            self.client = client or make_client(path, url=url, ephemeral=ephemeral)
            self.collection: ChromaCollection = self.client.get_or_create_collection(
                collection,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedding_model": self.embedder.model_id},
            )
        stored = (self.collection.metadata or {}).get("embedding_model")
        if stored and stored != self.embedder.model_id:
            raise ValueError(
                mismatch_message(collection, stored, self.embedder.model_id)
            )
        self.candidates = candidates
        self.dense_via = dense_via
        self._lexicons: OrderedDict[str, PatientLexicon] = OrderedDict()
        self._lexicon_cap = lexicon_cache
        self._lock = threading.Lock()

    # ----------------------------------------------------------------- admin
    def ping(self) -> bool:
        """Return True when the Chroma backend answers (readiness probe)."""
        try:
            self.client.heartbeat()
            self.collection.count()
        except Exception:  # any backend failure means "not ready"
            logger.warning("chroma ping failed", exc_info=True)
            return False
        return True

    def count(self) -> int:
        """Return the number of chunks in the collection."""
        return int(self.collection.count())

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[NoteChunk]:
        """Fetch stored chunks by id (unknown ids are left out)."""
        if not chunk_ids:
            return []
        got = self.collection.get(
            ids=list(chunk_ids), include=["documents", "metadatas"]
        )
        docs, metas = got["documents"] or [], got["metadatas"] or []
        return [
            chunk_from_record(cid, doc, meta)
            for cid, doc, meta in zip(got["ids"], docs, metas, strict=True)
        ]

    # ---------------------------------------------------------------- ingest
    def add_notes(
        self,
        notes: Iterable[ClinicalNote],
        *,
        batch_size: int = 256,
        progress: bool = False,
        max_chars: int | None = None,
    ) -> IngestReport:
        """Chunk, embed and upsert notes; idempotent and resumable.

        Chunk ids are content-addressed. Each batch first asks Chroma which ids it
        already holds and embeds only the others, so a re-run (or a run resumed after
        an interruption) costs little more than chunking.

        Args:
            notes: Prior notes (any order; repeated notes are chunked once).
            batch_size: Chunks per existence check, embedding call and upsert.
            progress: Show a tqdm bar of chunks.
            max_chars: Chunk character budget (default: chunking's default).

        Returns:
            Counts of notes, bad inputs, chunks, added and skipped chunks, time.
        """
        report = IngestReport()
        started = time.perf_counter()
        triage = NoteTriage(report)
        writer = ChunkWriter(self.collection, self.embedder, report, progress)
        counter = getattr(self.embedder, "count_tokens", None)
        max_tokens = int(getattr(self.embedder, "max_tokens", 254))
        extra = {"max_chars": max_chars} if max_chars else {}
        touched: set[str] = set()
        try:
            for raw in notes:
                note = triage.admit(raw)
                if note is None:
                    continue
                try:
                    chunks = chunk_note(
                        note,
                        token_counter=counter if callable(counter) else None,
                        max_tokens=max_tokens,
                        **extra,
                    )
                except Exception as exc:  # one bad note must not stop the ingest
                    report.errors.append(type(exc).__name__)
                    continue
                report.chunks += len(chunks)
                touched.add(note.patient_id)
                writer.push(chunks, note.encounter_id, batch_size)
            writer.flush()
        finally:
            writer.close()
            self._invalidate(touched if report.added else set())
            report.seconds = time.perf_counter() - started
        logger.info("ingest: %s", report.to_dict())
        return report

    def _invalidate(self, patients: set[str]) -> None:
        with self._lock:
            for pid in patients:
                self._lexicons.pop(pid, None)

    def _lexicon(self, patient_id: str) -> PatientLexicon:
        """Return the cached BM25 index of one patient's chunks (built on demand)."""
        with self._lock:
            lex = self._lexicons.get(patient_id)
            if lex is not None:
                self._lexicons.move_to_end(patient_id)
                return lex
        got = self.collection.get(
            where={"patient_id": patient_id},
            include=["documents", "metadatas", "embeddings"],
        )
        vectors = got["embeddings"]
        lex = PatientLexicon(
            ids=list(got["ids"]),
            documents=list(got["documents"] or []),
            metadatas=list(got["metadatas"] or []),
            embeddings=None
            if vectors is None or len(vectors) == 0
            else np.asarray(vectors, dtype=np.float32),
        )
        with self._lock:
            self._lexicons[patient_id] = lex
            while len(self._lexicons) > self._lexicon_cap:
                self._lexicons.popitem(last=False)
        return lex

    # ---------------------------------------------------------------- search
    def search(
        self,
        queries: Sequence[str],
        *,
        patient_id: str,
        allowed_note_keys: Collection[str] | None = None,
        before_year: int | None = None,
        exclude_note_keys: Collection[str] = (),
        k: int = 5,
        mode: SearchMode = "hybrid",
    ) -> list[NoteHit]:
        """Return the top-k chunks over all queries, fused by reciprocal rank.

        Args:
            queries: A stage's query set (encoded in one batch; blanks ignored).
            patient_id: Only this patient's notes are searched.
            allowed_note_keys: When given, only these notes (the encounter's listed
                prior notes); same-year notes pass only through this list.
            before_year: Encounter year; later notes never pass (see filters).
            exclude_note_keys: Never returned (pass the current ED note's key).
            k: Hits to return.
            mode: ``hybrid`` (default), or ``dense`` / ``lexical`` alone (ablations).

        Returns:
            Hits, best first, each with its fused score and best dense/lexical rank.
        """
        from retrieval.fusion import (
            MIN_COVERAGE,
            Ranking,
            fuse_hits,
            run_dense,
            run_dense_cached,
            run_lexical,
        )

        qs = list(dict.fromkeys(q.strip() for q in queries if q and q.strip()))
        flt = NoteFilter.build(
            patient_id, allowed_note_keys, before_year, exclude_note_keys
        )
        if not qs or k <= 0 or flt.empty:
            return []
        n = max(self.candidates, k)
        if mode != "lexical" and self.dense_via == "patient":
            # Embed the queries (into the embedder's LRU) while this thread fetches
            # the patient's chunks: torch and Chroma both release the GIL.
            warming = _QUERY_POOL.submit(encode_queries, self.embedder, qs)
            self._lexicon(patient_id)
            warming.result()
        dense: list[Ranking] = []
        if mode != "lexical" and self.dense_via == "chroma":
            dense = run_dense(self.collection, self.embedder, qs, flt, n)
        elif mode != "lexical":
            dense = run_dense_cached(
                self._lexicon(patient_id), self.embedder, qs, flt, n
            )
        lexical = (
            run_lexical(
                self._lexicon(patient_id),
                qs,
                flt,
                n,
                # BM25 alone (ablation) ranks every match; in fusion, gate by coverage.
                min_coverage=MIN_COVERAGE if mode == "hybrid" else 0.0,
            )
            if mode != "dense"
            else []
        )
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
        """Async :meth:`search`: encoding and Chroma calls run in a worker thread."""
        return await asyncio.to_thread(
            self.search,
            queries,
            patient_id=patient_id,
            allowed_note_keys=allowed_note_keys,
            before_year=before_year,
            exclude_note_keys=exclude_note_keys,
            k=k,
        )
