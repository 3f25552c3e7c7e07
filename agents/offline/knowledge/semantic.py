"""Chief complaints matched by meaning with the offline MiniLM embedder.

A complaint written freely ("L side weakness", "chin pain", an ESI-handbook narrative)
is matched to the knowledge base's complaints by cosine similarity between its
sentence embedding and the embeddings of every complaint alias, instead of by the
first alias that happens to appear in it ("denies chest pain" is not a chest pain
complaint). Alias embeddings are computed once per knowledge base and process; query
results are cached per text, so a repeated complaint costs a dictionary look-up.

A narrative is read clause by clause: clauses with a negation or history cue are
skipped (the same cues as the triage patterns) and the best clause decides.
Research software, not for clinical use.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING, Final

import numpy as np

from retrieval.embeddings import (
    Embedder,
    FloatArray,
    SentenceTransformerEmbedder,
    encode_cached,
    encode_stored,
)

if TYPE_CHECKING:
    from agents.offline.knowledge.models import ComplaintSpec, KnowledgeBase

MIN_SIMILARITY: Final = 0.5
"""Cosine similarity below which no complaint is close enough (MiniLM, unit vectors)."""
CLEAR_SIMILARITY: Final = 0.6
"""At or above this a match stands on its own (paraphrases: "chin pain" ~ jaw pain)."""
MIN_MARGIN: Final = 0.03
"""Below ``CLEAR_SIMILARITY`` the nearest complaint must beat every other complaint's
nearest alias by this much: a near tie between unrelated complaints ("alopecia":
syncope 0.504, scalp laceration 0.502) means the text matches neither."""
NARRATIVE_CHARS: Final = 80
"""Longer texts are narratives, read clause by clause."""
MAX_CLAUSES: Final = 8
"""Narrative clauses embedded at most (the presenting problem comes first)."""

_CLAUSE = re.compile(r"[^.;!?\n]+")
_SKIP = re.compile(
    r"(?i)(?<![a-z])(?:no|not|denies|denied|without|negative|history of|hx of|h/o|"
    r"prior|previous|years? ago|months? ago|in the past|family|mother|father|"
    r"allergies|allergic to|medications?|takes|vital signs?)(?![a-z])"
)
_LOCK = threading.Lock()
_EMBEDDER: list[Embedder] = []


def default_embedder() -> Embedder:
    """The process-wide MiniLM embedder (the model loads on first use, offline)."""
    with _LOCK:
        if not _EMBEDDER:
            _EMBEDDER.append(SentenceTransformerEmbedder())
        return _EMBEDDER[0]


class ComplaintMatcher:
    """Nearest knowledge-base complaint to a free-text chief complaint."""

    def __init__(self, kb: KnowledgeBase, embedder: Embedder | None = None) -> None:
        """Prepare the alias list; embeddings are computed on the first match.

        Args:
            kb: The knowledge base whose complaints are matched.
            embedder: Sentence embedder (default: the offline MiniLM model).
        """
        self._kb = kb
        self._embedder = embedder
        self._aliases: list[tuple[str, str]] = [
            (alias, spec.id)
            for spec in kb.complaints.values()
            for alias in dict.fromkeys(
                [spec.id.replace("_", " "), *(a.lower() for a in spec.aliases)]
            )
        ]
        self._matrix: FloatArray | None = None
        self._lock = threading.Lock()
        self.match = functools.lru_cache(maxsize=4096)(self._match)

    @property
    def embedder(self) -> Embedder:
        """The embedder in use."""
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def _alias_matrix(self) -> FloatArray:
        with self._lock:
            if self._matrix is None:
                self._matrix = encode_stored(
                    self.embedder, [a for a, _ in self._aliases], "complaint-aliases"
                )
            return self._matrix

    def _match(self, text: str) -> tuple[str, float] | None:
        """Return (complaint id, similarity) of the nearest complaint, or None."""
        clauses = _clauses(text)
        if not clauses:
            return None
        # Through the process-wide vector cache: the retrieval query of the same
        # complaint then costs no second model call.
        sims = encode_cached(self.embedder, clauses) @ self._alias_matrix().T
        row, col = np.unravel_index(int(np.argmax(sims)), sims.shape)
        best = float(sims[row, col])
        if best < MIN_SIMILARITY:
            return None
        complaint = self._aliases[int(col)][1]
        if best < CLEAR_SIMILARITY:
            others = [
                float(sims[row, i])
                for i, (_, cid) in enumerate(self._aliases)
                if cid != complaint
            ]
            if others and best - max(others) < MIN_MARGIN:
                return None
        return complaint, round(best, 3)

    def nearest(self, text: str | None) -> ComplaintSpec | None:
        """Return the complaint nearest in meaning to ``text``, or None."""
        if not text or not text.strip():
            return None
        found = self.match(text.strip())
        return None if found is None else self._kb.complaints[found[0]]


def _clauses(text: str) -> list[str]:
    if len(text) <= NARRATIVE_CHARS:
        return [text]
    kept = [
        c.strip()
        for c in (m.group(0) for m in _CLAUSE.finditer(text))
        if len(c.strip()) > 3 and not _SKIP.search(c)
    ]
    return kept[:MAX_CLAUSES]
