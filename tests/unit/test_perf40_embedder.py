"""perf40: one embedder per index; the float MiniLM stays the default (RESULTS perf40).

An index built by one embedder (the float MiniLM or its int8 variant) is refused by
the other with a message naming both ways out, never queried across models: vectors of
two models are not comparable, so a mixed search would rank by noise.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import numpy as np
import pytest

from graph.settings import Settings
from retrieval.embeddings import FloatArray, HashingEmbedder
from retrieval.store import NoteStore

_FLOAT = "sentence-transformers/all-MiniLM-L6-v2"


class _Named(HashingEmbedder):
    """A hashing fake under a real model's name (no model is loaded)."""

    def __init__(self, name: str) -> None:
        super().__init__(dim=16)
        self._name = name

    @property
    def model_id(self) -> str:
        return self._name

    def encode(self, texts: Sequence[str]) -> FloatArray:
        return np.asarray(super().encode(texts), dtype=np.float32)


def test_float_model_is_the_default() -> None:
    assert Settings().embed_int8 is False


@pytest.mark.parametrize(
    ("built", "opened"), [(_FLOAT, f"{_FLOAT}+int8"), (f"{_FLOAT}+int8", _FLOAT)]
)
def test_an_index_of_the_other_embedder_is_refused(built: str, opened: str) -> None:
    name = f"perf40-{uuid.uuid4().hex[:8]}"  # the ephemeral client is process-wide
    first = NoteStore(ephemeral=True, collection=name, embedder=_Named(built))
    with pytest.raises(ValueError) as err:
        NoteStore(client=first.client, collection=name, embedder=_Named(opened))
    message = str(err.value)
    assert built in message and opened in message
    assert "rebuild" in message and "REASONER_EMBED_INT8" in message


def test_the_same_embedder_reopens_its_index() -> None:
    name = f"perf40-{uuid.uuid4().hex[:8]}"
    first = NoteStore(ephemeral=True, collection=name, embedder=_Named(_FLOAT))
    again = NoteStore(client=first.client, collection=name, embedder=_Named(_FLOAT))
    assert again.collection.metadata["embedding_model"] == _FLOAT
