"""The content-hash vector cache, the ONNX MiniLM backend and the scoped index reuse."""

from __future__ import annotations

import numpy as np
import pytest

from cases.models import ClinicalNote
from retrieval.embeddings import (
    HashingEmbedder,
    SentenceTransformerEmbedder,
    VectorCache,
    encode_cached,
)
from retrieval.onnx_minilm import plan_batches
from retrieval.scoped import ScopedNotes
from retrieval.store import NoteStore

NOTE_TEXT = (
    "Discharge summary. Admitted for community-acquired pneumonia, treated with "
    "ceftriaxone and azithromycin. History of COPD on tiotropium. "
    "Echocardiogram: ejection fraction 55 percent."
)


def _note(text: str = NOTE_TEXT, key: str = "N1") -> ClinicalNote:
    return ClinicalNote(
        note_key=key,
        note_type="discharge_summary",
        patient_id="P-cache",
        text=text,
        year=2020,
    )


def test_cache_is_bounded_lru_and_keeps_no_text():
    cache = VectorCache(2)
    vec = np.ones(3, dtype=np.float32)
    for text in ("alpha note", "beta note", "gamma note"):
        cache.put(VectorCache.key(text), vec)
    assert len(cache) == 2
    assert cache.get(VectorCache.key("alpha note")) is None  # least recently used
    assert cache.get(VectorCache.key("gamma note")) is not None
    held = list(cache._data)  # the keys are 32-byte digests, not the texts
    assert all(isinstance(k, bytes) and len(k) == 32 for k in held)
    assert not any(b"note" in k for k in held)


def test_cache_of_size_zero_stores_nothing():
    cache = VectorCache(0)
    cache.put(VectorCache.key("x"), np.ones(3, dtype=np.float32))
    assert len(cache) == 0


def test_encode_cached_falls_back_to_encode_for_plain_embedders():
    fake = HashingEmbedder(16)
    got = encode_cached(fake, ["chest pain", "fever"])
    assert np.allclose(got, fake.encode(["chest pain", "fever"]))


@pytest.fixture(scope="module")
def onnx_and_torch(embedder):  # type: ignore[no-untyped-def]
    if embedder.backend != "onnx":
        pytest.skip("ONNX backend unavailable here (the torch fallback is in use)")
    return embedder, SentenceTransformerEmbedder(backend="torch", query_cache_size=0)


TEXTS = [
    "chest pain",
    "  Medications: apixaban 5 mg BID, metoprolol 25 mg  ",
    "",
    "Pt c/o SOB x3d; BNP 1,240 pg/mL; CXR: bilateral effusions.",
    "naïve café patient — 38.5 °C, SpO₂ 91 %",
    "History of heart failure, hypertension and atrial fibrillation. " * 40,
]


def test_onnx_vectors_and_token_counts_equal_the_torch_model(onnx_and_torch):
    onnx, torch_model = onnx_and_torch
    a, b = onnx.encode(TEXTS), torch_model.encode(TEXTS)
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert np.min(np.sum(a * b, axis=1)) > 0.9999
    assert [onnx.count_tokens(t) for t in TEXTS] == [
        torch_model.count_tokens(t) for t in TEXTS
    ]
    assert onnx.max_tokens == torch_model.max_tokens == 254


def test_encode_cached_embeds_each_distinct_text_once(embedder, monkeypatch):
    calls: list[list[str]] = []
    real = embedder.encode

    def counting(texts):  # type: ignore[no-untyped-def]
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(embedder, "encode", counting)
    texts = [
        "unique text one for the cache test",
        "unique text two",
        "unique text one for the cache test",
    ]
    first = embedder.encode_cached(texts)
    assert calls == [["unique text one for the cache test", "unique text two"]]
    again = embedder.encode_cached(list(reversed(texts)))
    assert len(calls) == 1  # all hits
    assert np.allclose(again, first[::-1])
    assert np.allclose(first, real(texts), atol=1e-6)


def test_scoped_index_reuses_vectors_and_writes_nothing(
    embedder, tmp_path, monkeypatch
):
    store = NoteStore(str(tmp_path / "chroma"), embedder=embedder)
    before = store.count()
    calls: list[int] = []
    real = embedder.encode

    def counting(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(embedder, "encode", counting)
    note = _note(NOTE_TEXT + " Scoped cache test 7f3a.")
    hits = []
    for _ in range(2):  # two requests carrying the same note
        scoped = ScopedNotes(store, [note])
        scoped.add_notes([note])
        hits.append(
            scoped.search(
                ["pneumonia treated with antibiotics, cache probe 7f3a"],
                patient_id="P-cache",
                k=3,
            )
        )
    assert len(calls) == 2  # first run: the chunks (one batch) and the query
    assert hits[0] and [h.chunk.chunk_id for h in hits[0]] == [
        h.chunk.chunk_id for h in hits[1]
    ]
    assert store.count() == before  # the request's notes never reach the index
    other = ScopedNotes(store, [_note("Unrelated note about an ankle sprain.", "N2")])
    other.add_notes(other.notes)
    found = other.search(["pneumonia antibiotics"], patient_id="P-cache", k=3)
    assert all("pneumonia" not in h.chunk.text for h in found)


def test_scoped_index_with_persisted_notes_reads_their_stored_vectors(
    embedder, tmp_path
):
    """The harness persists request notes (persist=True): the scoped index is built
    from the vectors Chroma already holds, and the notes are found."""
    store = NoteStore(str(tmp_path / "chroma"), embedder=embedder)
    note = _note(NOTE_TEXT + " Persisted scoped test 9c1d.")
    for _ in range(2):  # first run writes the chunks; the second reads them back
        scoped = ScopedNotes(store, [note], persist=True)
        scoped.add_notes([note])
        hits = scoped.search(["pneumonia antibiotics"], patient_id="P-cache", k=3)
        assert hits and "pneumonia" in hits[0].chunk.text
    assert store.count() > 0


def test_fixed_texts_are_embedded_once_and_read_back(embedder, tmp_path, monkeypatch):
    from retrieval.embeddings import encode_stored

    identity = embedder.identity  # loads the model with the default cache folder
    assert identity.startswith(("onnx:", "torch:"))
    monkeypatch.setenv("REASONER_MODEL_CACHE", str(tmp_path))
    texts = ["chest pain", "shortness of breath", "abdominal pain"]
    first = encode_stored(embedder, texts, "aliases")
    assert [p.name.startswith("aliases-") for p in tmp_path.iterdir()] == [True]

    def no_model(_texts):  # type: ignore[no-untyped-def]
        raise AssertionError("the stored vectors should have been read")

    monkeypatch.setattr(embedder, "encode", no_model)
    again = encode_stored(embedder, texts, "aliases")
    assert np.array_equal(first, again)
    monkeypatch.undo()
    assert np.allclose(first, embedder.encode(texts), atol=1e-6)
    fake = HashingEmbedder(8)  # no identity: embedded, nothing stored
    monkeypatch.setenv("REASONER_MODEL_CACHE", str(tmp_path / "other"))
    assert np.allclose(encode_stored(fake, texts, "aliases"), fake.encode(texts))
    assert not (tmp_path / "other").exists()


def test_scoped_async_search_skips_the_thread_only_when_queries_are_cached(
    embedder, tmp_path, monkeypatch
):
    import asyncio

    store = NoteStore(str(tmp_path / "chroma"), embedder=embedder)
    note = _note(NOTE_TEXT + " Inline search test 91c2.")
    scoped = ScopedNotes(store, [note])
    scoped.add_notes([note])
    query = ["copd on tiotropium, inline probe 91c2"]
    threads: list[object] = []
    real = asyncio.to_thread

    async def counting(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(fn)
        return await real(fn, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", counting)

    async def both() -> tuple[list[str], list[str]]:
        cold = await scoped.asearch(query, patient_id="P-cache", k=3)
        warm = await scoped.asearch(query, patient_id="P-cache", k=3)
        return [h.chunk.chunk_id for h in cold], [h.chunk.chunk_id for h in warm]

    cold, warm = asyncio.run(both())
    assert len(threads) == 1  # the new query was embedded in a thread, once
    assert cold and cold == warm
    assert warm == [
        h.chunk.chunk_id for h in scoped.search(query, patient_id="P-cache", k=3)
    ]


def test_batches_group_similar_lengths_and_cover_every_text():
    lengths = [250, 30, 250, 31, 5, 250, 29, 4]
    batches = plan_batches(lengths, batch_size=32)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    # The three 250-token chunks run together, apart from the short texts (padding
    # a 30-token text to 250 costs more than a call).
    assert [0, 2, 5] in [sorted(b) for b in batches]
    assert all(len(b) <= 2 for b in plan_batches(lengths, batch_size=2))
    assert plan_batches([], batch_size=32) == []
    # Equal lengths: as few calls as the batch size allows.
    assert sorted(len(b) for b in plan_batches([12] * 40, batch_size=32)) in (
        [k, 40 - k] for k in range(8, 21)
    )


def test_onnx_vectors_do_not_depend_on_the_batch(onnx_and_torch):
    onnx, _ = onnx_and_torch
    together = onnx.encode(TEXTS)
    alone = np.concatenate([onnx.encode([t]) for t in TEXTS])
    assert np.allclose(together, alone, atol=1e-6)


def test_scoped_index_is_reused_for_the_same_notes_only(embedder, tmp_path):
    """Two requests with the same notes share one read-only in-memory index; a
    changed note field (text, date, encounter) gets its own."""
    store = NoteStore(str(tmp_path / "chroma"), embedder=embedder)
    note = _note(NOTE_TEXT + " Index reuse test 2b7e.")
    first = ScopedNotes(store, [note])
    first.add_notes([note])
    again = ScopedNotes(store, [note.model_copy()])
    again.add_notes(again.notes)
    assert first._lexicon is not None and again._lexicon is first._lexicon
    for change in (
        {"text": note.text + " More."},
        {"date": "2019-01-02"},
        {"encounter_id": "E-other"},
    ):
        other = ScopedNotes(store, [note.model_copy(update=change)])
        other.add_notes(other.notes)
        assert other._lexicon is not None and other._lexicon is not first._lexicon


def test_scoped_index_kept_is_added_without_a_thread_hand_off(
    embedder, tmp_path, monkeypatch
):
    import asyncio

    import retrieval.scoped as scoped_module

    store = NoteStore(str(tmp_path / "chroma"), embedder=embedder)
    note = _note(NOTE_TEXT + " Hand-off test 5d1c.")
    hand_offs: list[str] = []
    real = asyncio.to_thread

    async def counting(func, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        hand_offs.append(func.__name__)
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(scoped_module.asyncio, "to_thread", counting)
    for _ in range(2):
        scoped = ScopedNotes(store, [note])
        asyncio.run(scoped.aadd_notes([note]))
        assert scoped._lexicon is not None
    assert hand_offs == ["add_notes"]  # new notes in a thread; the kept index here


def test_kept_index_keeps_lexical_rankings_per_query_and_filter(
    embedder, tmp_path, monkeypatch
):
    """A search over a kept index ranks each query by BM25 once per filter: a repeat
    answers from the per-query memo (digest keys, no text), with the same hits as
    ranking afresh; another filter or a persisted index ranks again."""
    import retrieval.scoped as scoped_module
    from retrieval.fusion import run_lexical

    store = NoteStore(str(tmp_path / "chroma"), embedder=embedder)
    note = _note(NOTE_TEXT + " Lexical memo test 3e9a.")
    ranked: list[list[str]] = []

    def counting(lexicon, queries, flt, n, min_coverage=0.5):  # type: ignore[no-untyped-def]
        ranked.append(list(queries))
        return run_lexical(lexicon, queries, flt, n, min_coverage=min_coverage)

    monkeypatch.setattr(scoped_module, "run_lexical", counting)
    queries = ["pneumonia ceftriaxone 3e9a", "COPD tiotropium"]
    hits = []
    for complaint in ("cough 3e9a", "fever 3e9a"):  # two requests, same notes
        scoped = ScopedNotes(store, [note])
        scoped.add_notes([note])
        hits.append(scoped.search([complaint, *queries], patient_id="P-cache", k=3))
    assert ranked == [["cough 3e9a"], queries[:1], queries[1:], ["fever 3e9a"]]
    fresh = ScopedNotes(store, [note], persist=True)  # no kept index: no memo
    fresh.add_notes([note])
    assert [h.chunk.chunk_id for h in hits[1]] == [
        h.chunk.chunk_id
        for h in fresh.search(["fever 3e9a", *queries], patient_id="P-cache", k=3)
    ]
    assert ranked[-1] == ["fever 3e9a", *queries]
    scoped.search(queries[:1], patient_id="P-cache", exclude_note_keys=["N9"], k=3)
    assert ranked[-1] == queries[:1]  # another filter: ranked again
    held = list(scoped_module._LEXICAL._data)
    assert all(isinstance(k, bytes) and len(k) == 32 for k in held)
