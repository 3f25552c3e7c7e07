"""Reasoner.warm_up: loads the request path's lazy parts, writes nothing."""

from __future__ import annotations

import pytest

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from graph.runtime import Reasoner
from retrieval.embeddings import VectorCache

pytestmark = pytest.mark.anyio


async def test_warm_up_loads_and_writes_nothing(embedder, tmp_path):
    from retrieval.store import NoteStore

    store = NoteStore(path=str(tmp_path / "chroma"), embedder=embedder)
    reasoner = Reasoner(AgentContext(knowledge=load_knowledge(), store=store))
    timings = await reasoner.warm_up()
    assert set(timings) == {
        "store_s",
        "graph_s",
        "lexicon_s",
        "complaints_s",
        "patterns_s",
    }
    assert store.count() == 0  # the warm-up case is never indexed
    # the model really ran (its vector is cached under the text digest)
    key = VectorCache.key("warm-up query: chest pain")
    assert embedder.vectors.get(key) is not None
    # every first-word pattern of the findings lexicon is compiled: none on a request
    from agents.offline.rules import compile_lexicon

    compiled = compile_lexicon(reasoner.context.knowledge)
    assert compiled > 1000
    assert compile_lexicon(reasoner.context.knowledge) == compiled
