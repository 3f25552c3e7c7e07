"""Dense and lexical candidate runs, and their reciprocal-rank fusion into hits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from retrieval.embeddings import Embedder, encode_queries
from retrieval.filters import MetaValue, NoteFilter
from retrieval.lexical import RRF_K, PatientLexicon
from retrieval.schemas import NoteHit
from retrieval.writer import chunk_from_record

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection as ChromaCollection
    from chromadb.api.types import Where


MIN_COVERAGE = 0.5
"""A lexical match votes only if it holds half of the query's distinct content terms:
one shared common word ("heart", "well") is no evidence for a paraphrase query."""


@dataclass(frozen=True)
class Ranking:
    """One retriever's ranked candidates for one query."""

    query: str
    kind: str  # "dense" or "lexical"
    ids: list[str]
    records: dict[str, tuple[str, Mapping[str, MetaValue]]]
    weights: dict[str, float] | None = None
    """Per-id fusion weight (lexical: query-term coverage); None means 1.0."""


def run_dense(
    collection: ChromaCollection,
    embedder: Embedder,
    queries: list[str],
    flt: NoteFilter,
    n: int,
) -> list[Ranking]:
    """Query Chroma once with all query vectors under the filter's ``where``."""
    vectors = encode_queries(embedder, queries)
    res = collection.query(
        query_embeddings=vectors,
        n_results=n,
        where=cast("Where", flt.where()),
        include=["documents", "metadatas"],
    )
    out: list[Ranking] = []
    docs_all, metas_all = res["documents"] or [], res["metadatas"] or []
    for query, ids, docs, metas in zip(
        queries, res["ids"], docs_all, metas_all, strict=True
    ):
        records: dict[str, tuple[str, Mapping[str, MetaValue]]] = {
            cid: (doc or "", meta or {})
            for cid, doc, meta in zip(ids, docs, metas, strict=True)
            if flt.accepts(meta or {})  # belt and braces over the where clause
        }
        out.append(Ranking(query, "dense", [i for i in ids if i in records], records))
    return out


def run_dense_cached(
    lexicon: PatientLexicon,
    embedder: Embedder,
    queries: list[str],
    flt: NoteFilter,
    n: int,
) -> list[Ranking]:
    """Exact cosine over the patient's cached vectors (fetched once from Chroma)."""
    vectors = encode_queries(embedder, queries)
    out: list[Ranking] = []
    for query, idx in zip(
        queries, lexicon.dense_rank(vectors, flt.accepts, n), strict=True
    ):
        records: dict[str, tuple[str, Mapping[str, MetaValue]]] = {
            lexicon.ids[i]: (lexicon.documents[i], lexicon.metadatas[i]) for i in idx
        }
        out.append(Ranking(query, "dense", [lexicon.ids[i] for i in idx], records))
    return out


def run_lexical(
    lexicon: PatientLexicon,
    queries: list[str],
    flt: NoteFilter,
    n: int,
    min_coverage: float = MIN_COVERAGE,
) -> list[Ranking]:
    """Rank the patient's accepted chunks by BM25 for each query (coverage-gated)."""
    out: list[Ranking] = []
    for query in queries:
        ranked = [
            (i, cover)
            for i, cover in lexicon.rank(query, flt.accepts, n)
            if cover >= min_coverage
        ]
        records: dict[str, tuple[str, Mapping[str, MetaValue]]] = {
            lexicon.ids[i]: (lexicon.documents[i], lexicon.metadatas[i])
            for i, _ in ranked
        }
        weights = {lexicon.ids[i]: cover for i, cover in ranked}
        ids = [lexicon.ids[i] for i, _ in ranked]
        out.append(Ranking(query, "lexical", ids, records, weights))
    return out


def fuse_hits(
    queries: list[str],
    dense: list[Ranking],
    lexical: list[Ranking],
    k: int,
    rrf_k: int = RRF_K,
) -> list[NoteHit]:
    """Fuse rankings by RRF per query, then merge queries by their best score.

    Per query, a chunk scores ``sum(w / (rrf_k + rank))`` over the dense and lexical
    rankings. Lexical weights ``w`` are the query-term coverage, so a chunk sharing one
    common word ("heart") with a long paraphrase does not outrank the dense match,
    while an abbreviation query ("LBBB") keeps full weight. Across queries a chunk
    keeps its best per-query score (ties broken by the sum), so each query of a
    stage's set surfaces its own best evidence instead of being drowned by chunks
    loosely related to every query.

    A hit's ``query`` is the query it scored best for; ``dense_rank`` and
    ``lexical_rank`` are its best ranks over all queries.
    """
    per_query: dict[str, dict[str, float]] = {q: {} for q in queries}
    ranks: dict[str, dict[str, int]] = {}
    records: dict[str, tuple[str, Mapping[str, MetaValue]]] = {}
    for ranking in [*dense, *lexical]:
        scores = per_query.setdefault(ranking.query, {})
        for rank, cid in enumerate(ranking.ids, start=1):
            weight = 1.0 if ranking.weights is None else ranking.weights[cid]
            scores[cid] = scores.get(cid, 0.0) + weight / (rrf_k + rank)
            kinds = ranks.setdefault(cid, {})
            kinds[ranking.kind] = min(rank, kinds.get(ranking.kind, rank))
            records.setdefault(cid, ranking.records[cid])
    best: dict[str, tuple[float, str]] = {}
    total: dict[str, float] = {}
    for query, scores in per_query.items():
        for cid, value in scores.items():
            total[cid] = total.get(cid, 0.0) + value
            if value > best.get(cid, (0.0, ""))[0]:
                best[cid] = (value, query)
    order = sorted(best, key=lambda c: (-best[c][0], -total[c], c))[:k]
    return [
        NoteHit(
            chunk=chunk_from_record(cid, *records[cid]),
            score=best[cid][0],
            dense_rank=ranks[cid].get("dense"),
            lexical_rank=ranks[cid].get("lexical"),
            query=best[cid][1],
        )
        for cid in order
    ]
