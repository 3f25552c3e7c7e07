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


def run_lexical(
    lexicon: PatientLexicon, queries: list[str], flt: NoteFilter, n: int
) -> list[Ranking]:
    """Rank the patient's accepted chunks by BM25 for each query."""
    out: list[Ranking] = []
    for query in queries:
        ranked = lexicon.rank(query, flt.accepts, n)
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
    """Fuse every ranking by RRF and return the top ``k`` hits.

    Lexical contributions are weighted by query-term coverage, so a chunk that shares
    one common word ("heart") with a long paraphrase does not outrank the dense
    match; an abbreviation query ("LBBB") keeps full weight.

    A hit's ``query`` is the query whose ranking contributed most to it; its
    ``dense_rank`` / ``lexical_rank`` are its best ranks over all queries.
    """
    del queries  # the rankings carry their queries
    score: dict[str, float] = {}
    best: dict[str, tuple[float, str]] = {}
    ranks: dict[str, dict[str, int]] = {}
    records: dict[str, tuple[str, Mapping[str, MetaValue]]] = {}
    for ranking in [*dense, *lexical]:
        for rank, cid in enumerate(ranking.ids, start=1):
            weight = 1.0 if ranking.weights is None else ranking.weights[cid]
            part = weight / (rrf_k + rank)
            score[cid] = score.get(cid, 0.0) + part
            if part > best.get(cid, (0.0, ""))[0]:
                best[cid] = (part, ranking.query)
            kinds = ranks.setdefault(cid, {})
            kinds[ranking.kind] = min(rank, kinds.get(ranking.kind, rank))
            records.setdefault(cid, ranking.records[cid])
    order = sorted(score, key=lambda c: (-score[c], c))[:k]
    return [
        NoteHit(
            chunk=chunk_from_record(cid, *records[cid]),
            score=score[cid],
            dense_rank=ranks[cid].get("dense"),
            lexical_rank=ranks[cid].get("lexical"),
            query=best[cid][1],
        )
        for cid in order
    ]
