"""One patient's chunks in memory: BM25 (lexical) and exact dense search, plus RRF.

Clinical abbreviations, drug names and lab names are lexical: MiniLM knows "apixaban"
poorly, BM25 matches it exactly. A patient's chunk set is small (tens to hundreds), so
an index is built per patient on demand and cached by the store.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import numpy.typing as npt

from retrieval.filters import MetaValue

_TOKEN_RE: Final[re.Pattern[str]] = re.compile(r"[a-z0-9]+")
STOPWORDS: Final[frozenset[str]] = frozenset(
    (
        *("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has"),
        *("have", "he", "her", "his", "in", "is", "it", "of", "on", "or", "she"),
        *("that", "the", "their", "there", "this", "to", "was", "were", "which"),
        *("with", "without", "patient", "pt", "how", "what", "when", "who", "why"),
        *("does", "did", "do", "any", "has", "had", "him", "them", "they", "we"),
        *("there", "been", "before", "visit", "prior", "previous", "ever"),
    )
)
RRF_K: Final[int] = 60


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens without stopwords (digits kept: lab values, doses)."""
    return [t for t in _TOKEN_RE.findall(text.lower()) if t not in STOPWORDS]


@dataclass
class PatientLexicon:
    """One patient's chunks with a BM25 index over their text."""

    ids: list[str]
    documents: list[str]
    metadatas: list[Mapping[str, MetaValue]]
    embeddings: npt.NDArray[np.float32] | None = None
    """The chunks' stored vectors (rows match ``ids``), for exact dense search."""
    _bm25: object = field(default=None, repr=False)
    _terms: list[frozenset[str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        """Build the BM25 index (bm25s) over the tokenised documents."""
        import bm25s

        # bm25s sets its own logger to DEBUG at import; keep its chatter off stderr.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        retriever = bm25s.BM25()
        tokens = [tokenize(d) or [""] for d in self.documents]
        if self.ids:
            retriever.index(tokens, show_progress=False)
        self._bm25 = retriever
        self._terms = [frozenset(t) for t in tokens]

    def dense_rank(
        self,
        vectors: npt.NDArray[np.float32],
        accepts: Callable[[Mapping[str, MetaValue]], bool],
        limit: int,
    ) -> list[list[int]]:
        """Rank accepted chunks by exact cosine for each query vector (normalised).

        Returns:
            One list of document indices per query vector, best first.
        """
        if self.embeddings is None or not self.ids:
            return [[] for _ in range(len(vectors))]
        allowed = np.fromiter(
            (accepts(m) for m in self.metadatas), dtype=bool, count=len(self.ids)
        )
        sims = vectors @ self.embeddings.T
        sims[:, ~allowed] = -np.inf
        out = []
        for row in sims:
            order = np.argsort(-row, kind="stable")[:limit]
            out.append([int(i) for i in order if np.isfinite(row[i])])
        return out

    def rank(
        self,
        query: str,
        accepts: Callable[[Mapping[str, MetaValue]], bool],
        limit: int,
    ) -> list[tuple[int, float]]:
        """Return the best-scoring accepted chunks for ``query`` with their coverage.

        Args:
            query: Query text.
            accepts: Metadata predicate (the leakage filter).
            limit: Maximum number of results.

        Returns:
            ``(document index, coverage)`` pairs, best first, where coverage is the
            share of the query's distinct terms the chunk contains; chunks scoring
            zero are left out.
        """
        tokens = list(dict.fromkeys(tokenize(query)))
        if not self.ids or not tokens:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens))  # type: ignore[attr-defined]
        order = np.argsort(-scores, kind="stable")
        out: list[tuple[int, float]] = []
        for idx in order:
            if scores[idx] <= 0 or len(out) >= limit:
                break
            if accepts(self.metadatas[idx]):
                covered = sum(t in self._terms[idx] for t in tokens) / len(tokens)
                out.append((int(idx), covered))
        return out
