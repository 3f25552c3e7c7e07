"""perf56: the served MiniLM graph is ONNX Runtime's fused BERT graph, in float32.

The export (``retrieval.onnx_minilm.export``) runs torch's eager attention through ONNX
Runtime's BERT optimizer: one Attention node a layer, SkipLayerNormalization, BiasGelu.
Its vectors must stay the torch model's (cosine >= 0.99999 on short complaints, the
calls a request pays), and the int8 variant keeps being quantised from the plain
export (perf28's vectors). No timing is asserted.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from retrieval import onnx_minilm

COMPLAINTS = (
    "chest pain worse today since morning",
    "SOB at rest",
    "fall from standing, head strike on warfarin",
    "abd pain with nausea",
)


def test_served_graph_is_fused_float32(embedder) -> None:  # type: ignore[no-untyped-def]
    import onnx

    embedder.load()
    if embedder.backend != "onnx":
        pytest.skip("ONNX Runtime unavailable: torch serves")
    graph = onnx.load(str(onnx_minilm.ensure_onnx(Path(embedder.path))))
    ops = Counter(n.op_type for n in graph.graph.node)
    layers = 6  # all-MiniLM-L6-v2
    assert ops["Attention"] == layers
    assert ops["SkipLayerNormalization"] == 2 * layers
    assert ops["Softmax"] == 0  # no attention left unfused
    weights = {t.data_type for t in graph.graph.initializer if len(t.dims) > 1}
    assert weights == {onnx.TensorProto.FLOAT}


def test_fused_vectors_are_the_torch_ones(embedder) -> None:  # type: ignore[no-untyped-def]
    embedder.load()
    if embedder.backend != "onnx":
        pytest.skip("ONNX Runtime unavailable: torch serves")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from retrieval.embeddings import SentenceTransformerEmbedder

    torch_side = SentenceTransformerEmbedder(embedder.path, backend="torch")
    got = embedder.encode(list(COMPLAINTS))
    want = torch_side.encode(list(COMPLAINTS))
    assert float(np.min(np.sum(got * want, axis=1))) >= 0.99999


def test_int8_is_quantised_from_the_plain_export(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    plain = onnx_minilm.onnx_file(tmp_path, fused=False)
    fused = onnx_minilm.onnx_file(tmp_path)
    assert plain != fused
    assert plain.name.endswith(f"-v{onnx_minilm.PLAIN_VERSION}.onnx")
    assert onnx_minilm.int8_file(tmp_path).name.startswith(plain.stem + "-int8pc-")
