"""The int8 note embedder (perf28): opt-in, its own vectors, quantised once per machine.

Measured (benchmarks/RESULTS.md, perf28): ~1.8x less CPU a note chunk, but the
citations of 6 of 41 demo cases and 9 of 76 MIMIC demo cases changed, so it is off by
default and its vectors never mix with the float model's (cache, index name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.settings import Settings
from retrieval import onnx_minilm
from retrieval.embeddings import SentenceTransformerEmbedder


def test_off_by_default() -> None:
    assert Settings().embed_int8 is False


def test_int8_vectors_are_another_models() -> None:
    plain = SentenceTransformerEmbedder(backend="onnx")
    int8 = SentenceTransformerEmbedder(backend="onnx", int8=True)
    assert plain.model_id == "sentence-transformers/all-MiniLM-L6-v2"
    assert int8.model_id != plain.model_id  # a persisted index refuses the other
    assert SentenceTransformerEmbedder(backend="torch", int8=True).model_id == (
        plain.model_id
    )


def test_int8_graph_is_quantised_once_from_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import onnxruntime.quantization as q

    source = tmp_path / "minilm-0123-v1.onnx"
    source.write_bytes(b"float graph")
    monkeypatch.setattr(onnx_minilm, "ensure_onnx", lambda _path, **_: source)
    monkeypatch.setattr(onnx_minilm, "onnx_file", lambda _path, **_: source)
    calls: list[tuple[str, dict[str, object]]] = []

    def fake_quantize(model_input: str, model_output: str, **kw: object) -> None:
        calls.append((str(model_input), kw))
        Path(model_output).write_bytes(b"int8 graph")

    monkeypatch.setattr(q, "quantize_dynamic", fake_quantize)
    got = onnx_minilm.ensure_int8(tmp_path)
    assert got.name == f"minilm-0123-v1-int8pc-v{onnx_minilm.INT8_VERSION}.onnx"
    assert got.read_bytes() == b"int8 graph"
    assert calls == [
        (str(source), {"weight_type": q.QuantType.QInt8, "per_channel": True})
    ]
    onnx_minilm.ensure_int8(tmp_path)
    assert len(calls) == 1  # kept in the model cache
    assert [p.name for p in tmp_path.glob("*.onnx") if p != source and p != got] == []
